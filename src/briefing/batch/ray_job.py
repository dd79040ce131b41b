"""`briefing batch`: a dataset through a Ray Data actor pool pointed at OpenAI-compatible servers.

Ray does the scheduling, retries and data movement. Each actor holds one
backend per server and spreads its articles over them in turn; within a
batch it keeps `threads` requests in flight. Rows out: id, source, sha256,
briefing (its JSON) or error. A re-run skips ids that already have a
briefing in the output folder, and appends new files beside the old ones.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from briefing.article import article_from_text
from briefing.backends.base import DEFAULT_TIMEOUT_S
from briefing.backends.openai import OpenAIBackend
from briefing.batch.inputs import safe_id
from briefing.batch.progress import Summary
from briefing.batch.runner import Failure, Job
from briefing.errors import ArticleError, BriefingError
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
_READ = ["id", "error", "prompt_tokens", "completion_tokens"]


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
    """One input row {id, text, title?, url?} to one output row (missing columns are null)."""
    article_id = safe_id(str(row.get("id") or ""))
    out: dict[str, Any] = {"id": article_id, "source": f"row {article_id}"}
    try:
        article = article_from_text(
            str(row.get("text") or ""),
            str(out["source"]),
            article_id,
            row.get("title"),
            row.get("url"),
        )
    except ArticleError as exc:
        return {**out, "error": str(exc).removeprefix(f"{out['source']}: ")}
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


@dataclass
class Outcomes:
    """What an output folder holds: token usage per briefed id, the last error of ids that
    only failed."""

    briefed: dict[str, Usage] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)


def read_outcomes(folder: Path) -> Outcomes:
    """The outcomes in an output folder; unreadable files (a crash mid-write) are skipped."""
    found = Outcomes()
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        table = _read_output_file(path)
        for row in table.to_pylist() if table is not None else []:
            if row["error"]:
                found.failed[row["id"]] = row["error"]
            else:
                found.briefed[row["id"]] = Usage(
                    prompt_tokens=row["prompt_tokens"] or 0,
                    completion_tokens=row["completion_tokens"] or 0,
                )
    found.failed = {i: error for i, error in found.failed.items() if i not in found.briefed}
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


def _read_input(path: str) -> Any:
    """The dataset at `path`; BriefingError when its rows lack `id` or `text`."""
    import ray.data

    if path.endswith((".jsonl", ".json")):
        dataset = ray.data.read_json(path)
    else:
        dataset = ray.data.read_parquet(path)
    columns = dataset.schema().names
    if not {"id", "text"} <= set(columns):
        raise BriefingError(f"{path}: rows need 'id' and 'text' (found: {', '.join(columns)})")
    return dataset


def _without(briefed: set[str]) -> Any:
    """A batch filter dropping ids already briefed."""
    done = pa.array(sorted(briefed), type=pa.string())

    def keep(batch: pa.Table) -> pa.Table:
        ids = pc.cast(batch["id"], pa.string())
        return batch.filter(pc.invert(pc.is_in(ids, value_set=done)))

    return keep


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
    started = time.perf_counter()
    before = set(read_outcomes(output).briefed)
    dataset = _read_input(source)
    ids = {safe_id(str(i)) for i in dataset.select_columns(["id"]).to_pandas()["id"]}
    todo = ids - before
    summary = Summary(skipped=len(ids & before))
    if todo:
        pending = (
            dataset.map_batches(_without(before), batch_format="pyarrow") if before else dataset
        )
        briefed = pending.map_batches(
            Briefer,
            fn_constructor_args=(config,),
            concurrency=actors,
            num_cpus=actor_cpus,
            batch_size=batch_size,
            batch_format="pyarrow",
        )  # Ray Data restarts dead actors and retries their tasks by default
        if fmt == "parquet":
            briefed.write_parquet(str(output))
        else:
            briefed.write_json(str(output))
    after = read_outcomes(output)
    new = (set(after.briefed) - before) & todo
    summary.done = len(new)
    failed = sorted(set(after.failed) & todo)
    summary.failed = len(failed)
    summary.failures = [f"row {article_id}: {after.failed[article_id]}" for article_id in failed]
    for article_id in new:
        summary.usage = summary.usage + after.briefed[article_id]
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
