"""`briefing batch`: a dataset through a Ray Data actor pool pointed at OpenAI-compatible servers.

Ray does the scheduling, retries and data movement. Each actor holds one
backend per server and spreads its articles over them in turn; within a
batch it keeps `threads` requests in flight. Rows out: id, source, sha256,
briefing (its JSON) or error. The driver reads the source (`dataset`): a bad
record is one failure row, duplicate ids are made distinct. A re-run skips the
(id, text hash) pairs already briefed in the output folder, and appends new
files beside the old ones.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from briefing.backends.base import DEFAULT_TIMEOUT_S
from briefing.backends.openai import OpenAIBackend
from briefing.batch.dataset import items_table, read_items, row_article
from briefing.batch.inputs import BadInput
from briefing.batch.progress import Summary
from briefing.batch.runner import Failure, Job
from briefing.pipeline import Options
from briefing.prompt_template import PromptTemplate
from briefing.schema import Usage

OutputFormat = Literal["parquet", "jsonl"]
OUTPUT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("sha256", pa.string()),
        ("briefing", pa.string()),
        ("error", pa.string()),
        ("prompt_tokens", pa.int64()),
        ("completion_tokens", pa.int64()),
    ]
)
_READ = ["id", "source", "sha256", "error", "prompt_tokens", "completion_tokens"]


@dataclass(frozen=True)
class BatchConfig:
    """What every actor needs to build its backends and job."""

    model: str
    base_urls: tuple[str, ...]
    prompt: PromptTemplate  # loaded once by the driver: workers need no prompt folders
    max_retries: int = 1
    threads: int = 4
    timeout_s: float = DEFAULT_TIMEOUT_S


class Briefer:
    """One actor of the pool: briefs a batch of rows, `threads` at a time."""

    def __init__(self, config: BatchConfig) -> None:
        prompt = config.prompt
        options = Options(max_retries=config.max_retries)
        self.jobs = [
            Job(OpenAIBackend(config.model, url, timeout=config.timeout_s), prompt, options)
            for url in config.base_urls
        ]
        self.threads = config.threads
        self.turn = 0

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = batch.to_pylist()
        jobs = [self.jobs[(self.turn + n) % len(self.jobs)] for n in range(len(rows))]
        self.turn += len(rows)
        with ThreadPoolExecutor(self.threads) as pool:
            results = list(pool.map(brief_row, jobs, rows))
        return pa.Table.from_pylist(results, schema=OUTPUT_SCHEMA)


def brief_row(job: Job, row: dict[str, Any]) -> dict[str, Any]:
    """One row of `dataset.items_table` to one output row (missing columns are null)."""
    out: dict[str, Any] = {"id": row["id"], "source": row["source"]}
    if row.get("error"):
        return {**out, "error": row["error"]}  # a bad record, refused by the driver
    article = row_article(row)
    outcome = job.attempt(article)
    if isinstance(outcome, Failure):
        return {**out, "sha256": article.sha256, "error": outcome.reason}
    usage = outcome.provenance.usage
    return {
        **out,
        "sha256": article.sha256,
        "briefing": outcome.model_dump_json(),
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
    }


Done = tuple[str, str]  # (id, sha256 of the text): what a re-run skips


@dataclass
class Outcomes:
    """What an output folder holds: token usage per briefed (id, text hash), and the last
    failure ("SOURCE: error") of ids that only failed."""

    briefed: dict[Done, Usage] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)


def output_files(folder: Path) -> set[Path]:
    """The files in an output folder (none when it does not exist yet)."""
    return set(folder.iterdir()) if folder.is_dir() else set()


def read_outcomes(folder: Path, old: set[Path] | None = None) -> Outcomes:
    """The outcomes in an output folder, leaving out the `old` files (those of earlier runs);
    unreadable files (a crash mid-write) are skipped."""
    found = Outcomes()
    for path in sorted(output_files(folder) - (old or set())):
        table = _read_output_file(path)
        for row in table.to_pylist() if table is not None else []:
            if row["error"]:
                found.failed[row["id"]] = f"{row['source']}: {row['error']}"
            else:
                found.briefed[(row["id"], row["sha256"])] = Usage(
                    prompt_tokens=row["prompt_tokens"] or 0,
                    completion_tokens=row["completion_tokens"] or 0,
                )
    ids = {article_id for article_id, _ in found.briefed}
    found.failed = {i: error for i, error in found.failed.items() if i not in ids}
    return found


def _read_output_file(path: Path) -> pa.Table | None:
    try:
        if path.suffix == ".parquet":
            return pq.read_table(path, columns=_READ)
        if path.suffix in (".json", ".jsonl"):
            return pa_json.read_json(path).select(_READ)
    except (pa.ArrowException, OSError, KeyError):
        return None
    return None


def run_ray_batch(
    source: str,
    output: Path,
    config: BatchConfig,
    fmt: OutputFormat = "parquet",
    actors: int = 2,
    actor_cpus: float = 1.0,
    batch_size: int = 16,
) -> Summary:
    """Brief every row of `source` not yet briefed in `output`; Ray must be initialised."""
    import ray.data

    started = time.perf_counter()
    old = output_files(output)
    before = set(read_outcomes(output).briefed)
    items = read_items(source)
    todo = [
        item for item in items if isinstance(item, BadInput) or (item.id, item.sha256) not in before
    ]
    summary = Summary(skipped=len(items) - len(todo))
    if todo:
        table = items_table(todo)
        rows = max(1, min(batch_size, -(-len(table) // actors)))  # a block for each actor
        blocks = [table.slice(at, rows) for at in range(0, len(table), rows)]
        briefed = ray.data.from_arrow(blocks).map_batches(
            Briefer,
            fn_constructor_args=(config,),
            compute=ray.data.ActorPoolStrategy(size=actors),
            num_cpus=actor_cpus,
            batch_size=batch_size,
            batch_format="pyarrow",
        )  # Ray Data restarts dead actors and retries their tasks by default
        if fmt == "parquet":
            briefed.write_parquet(str(output))
        else:
            briefed.write_json(str(output))
    now = read_outcomes(output, old)  # what this run wrote
    summary.done = len(now.briefed)
    order = {item.id: n for n, item in enumerate(todo)}
    failed = sorted(now.failed, key=lambda article_id: order.get(article_id, len(order)))
    summary.failures = [now.failed[article_id] for article_id in failed]
    summary.failed = len(failed)
    for usage in now.briefed.values():
        summary.usage = summary.usage + usage
    summary.seconds = time.perf_counter() - started
    return summary


def briefing_rows(output: Path) -> list[dict[str, Any]]:
    """Every briefing in an output folder, parsed (for tests and small outputs)."""
    rows: list[dict[str, Any]] = []
    for path in sorted(output.iterdir()):
        if path.suffix == ".parquet":
            table = pq.read_table(path)
        elif path.suffix in (".json", ".jsonl"):
            table = pa_json.read_json(path)
        else:
            continue
        rows += [json.loads(b) for b in table["briefing"].to_pylist() if b]
    return rows


__all__ = ["BatchConfig", "Briefer", "briefing_rows", "read_outcomes", "run_ray_batch"]
