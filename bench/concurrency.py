"""Articles per minute of `briefing run --concurrency N` (a benchmark, not a test).

    PYTHONPATH=src:. .venv/bin/python bench/concurrency.py                # fake server
    PYTHONPATH=src:. .venv/bin/python bench/concurrency.py --latency 2 --slots 8
    PYTHONPATH=src:. .venv/bin/python bench/concurrency.py --base-url http://127.0.0.1:8000/v1 \
        --model NAME --timeout 3600

Without --base-url it starts the fake OpenAI-compatible server of the tests
on 127.0.0.1, which answers each request after a fixed latency (at most
--slots at once, when given). The articles are the seeds, repeated under
distinct ids. Each level writes a fresh .jsonl, through the same runner,
store and backend as `briefing run`. Against a real server that queues
requests, give a --timeout longer than the queue's wait (a request waits for
all those ahead of it). bench/llama_server.py uses `measure` too.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from tests.fake_server import Stats, fake_server

from briefing.article import read_article
from briefing.backends.base import DEFAULT_TIMEOUT_S
from briefing.backends.openai import OpenAIBackend
from briefing.batch import BatchProgress, Job, OutputFormat, Summary, open_store, run_batch
from briefing.batch.inputs import Item
from briefing.pipeline import Options
from briefing.progress import Reporter
from briefing.prompt_template import PromptTemplate
from briefing.prompts import load_prompt

ROOT = Path(__file__).resolve().parents[1]


def articles(count: int) -> list[Item]:
    seeds = [read_article(str(path)) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    return [
        replace(seeds[n % len(seeds)], id=f"{seeds[n % len(seeds)].id}-{n}") for n in range(count)
    ]


@contextlib.contextmanager
def server(args: argparse.Namespace) -> Iterator[tuple[str, Stats | None]]:
    if args.base_url:
        yield args.base_url, None
        return
    with fake_server(latency_s=args.latency, slots=args.slots) as (url, stats):
        yield url, stats


def measure(
    items: list[Item], job: Job, level: int, stats: Stats | None = None
) -> tuple[float, Summary]:
    """Brief `items` with `level` in flight into a fresh .jsonl; (wall seconds, summary)."""
    if stats is not None:
        stats.max_in_flight = 0
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"{folder}/out.jsonl", OutputFormat.json, many=True)
        started = time.perf_counter()
        progress = BatchProgress(Reporter(quiet=True).console, quiet=True)
        summary = run_batch(items, job, store, progress, level)
        return time.perf_counter() - started, summary


def row(cells: list[object], summary: Summary) -> None:
    """One Markdown table row on stdout; the first failures, if any, on stderr."""
    print("| " + " | ".join(map(str, cells)) + " |", flush=True)
    for line in summary.failures[:3]:
        print(f"  failed: {line}", file=sys.stderr)


def server_job(model: str, url: str, prompt: PromptTemplate, timeout: float) -> Job:
    """The job `briefing run -m MODEL --base-url URL` would run, with default options."""
    return Job(OpenAIBackend(model, base_url=url, timeout=timeout), prompt, Options())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--articles", type=int, default=32)
    parser.add_argument("--latency", type=float, default=1.0, help="fake server, s per request")
    parser.add_argument("--slots", type=int, default=None, help="fake server, requests at once")
    parser.add_argument("--base-url", default=None, help="a real server instead of the fake")
    parser.add_argument("--model", default="fake")
    parser.add_argument("--prompt", default="default")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="s per request")
    args = parser.parse_args()
    items = articles(args.articles)
    prompt = load_prompt(args.prompt)
    print("| N | articles | wall s | articles/min | done | failed | max in flight |")
    print("|---|---|---|---|---|---|---|")
    with server(args) as (url, stats):
        for level in args.levels:
            job = server_job(args.model, url, prompt, args.timeout)
            wall, summary = measure(items, job, level, stats)
            held = stats.max_in_flight if stats is not None else "-"
            cells = [level, len(items), f"{wall:.1f}", f"{summary.done * 60 / wall:.1f}"]
            row([*cells, summary.done, summary.failed, held], summary)


if __name__ == "__main__":
    main()
