"""Articles per minute of `briefing run --concurrency N` (a benchmark, not a test).

    PYTHONPATH=src:. .venv/bin/python bench/concurrency.py                # fake server
    PYTHONPATH=src:. .venv/bin/python bench/concurrency.py --latency 2 --slots 8
    PYTHONPATH=src:. .venv/bin/python bench/concurrency.py --base-url http://127.0.0.1:8000/v1

Without --base-url it starts the fake OpenAI-compatible server of the tests
on 127.0.0.1, which answers each request after a fixed latency (at most
--slots at once, when given). The articles are the seeds, repeated under
distinct ids. Each level writes a fresh .jsonl, through the same runner,
store and backend as `briefing run`.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from tests.fake_server import Stats, fake_server

from briefing.article import read_article
from briefing.backends.openai import OpenAIBackend
from briefing.batch import BatchProgress, Job, open_store, run_batch
from briefing.batch.inputs import Item
from briefing.pipeline import Options
from briefing.progress import Reporter
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--articles", type=int, default=32)
    parser.add_argument("--latency", type=float, default=1.0, help="fake server, s per request")
    parser.add_argument("--slots", type=int, default=None, help="fake server, requests at once")
    parser.add_argument("--base-url", default=None, help="a real server instead of the fake")
    parser.add_argument("--model", default="fake")
    parser.add_argument("--prompt", default="default")
    args = parser.parse_args()
    items = articles(args.articles)
    prompt = load_prompt(args.prompt)
    print("| N | articles | wall s | articles/min | done | failed | max in flight |")
    print("|---|---|---|---|---|---|---|")
    with server(args) as (url, stats):
        for level in args.levels:
            job = Job(OpenAIBackend(args.model, base_url=url), prompt, Options())
            if stats is not None:
                stats.max_in_flight = 0
            with tempfile.TemporaryDirectory() as folder:
                store = open_store(f"{folder}/out.jsonl", markdown=False, many=True)
                started = time.perf_counter()
                progress = BatchProgress(Reporter(quiet=True).console, quiet=True)
                summary = run_batch(items, job, store, progress, level)
                wall = time.perf_counter() - started
            held = stats.max_in_flight if stats is not None else "-"
            print(
                f"| {level} | {len(items)} | {wall:.1f} | {summary.done * 60 / wall:.1f} "
                f"| {summary.done} | {summary.failed} | {held} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
