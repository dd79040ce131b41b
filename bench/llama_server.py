"""Articles per minute against real `python -m llama_cpp.server` processes (not run in CI).

    PYTHONPATH=src:. .venv/bin/python bench/llama_server.py              # N = 1 4, then 2 servers
    PYTHONPATH=src:. .venv/bin/python bench/llama_server.py --levels 1 4 16 --articles 16

What it measures, and why in this shape: llama-cpp-python 0.3.36's server has
no parallel slots. `python -m llama_cpp.server --help` offers no `--n_parallel`
(nor anything like it), and the server holds one `Llama` behind a lock
(`llama_outer_lock` and `llama_inner_lock` in llama_cpp/server/app.py), so it
decodes one request at a time while the others wait their turn.

1. One server with all --threads; `briefing run --concurrency N` (the same
   runner, store and backend) for each N of --levels. The rows should stay about
   flat past N = 1: queueing at the server buys only the overlap of the client's
   own work (spaCy parse, grounding) with the server's decoding.
2. With --servers K > 1 (default 2): "several slots" the only way this server
   has them, K server processes with --threads / K threads each; `briefing batch`
   (Ray Data, needs briefing[ray]) spreads the same articles over them, one actor
   keeping 2K requests in flight so that no server idles. Ray's start-up is not
   timed; its actor start is. On 2 cores this shows what splitting the cores
   across processes wins or loses.

Before each timed configuration, every server briefs one article untimed (its
first request evaluates the shared prompt prefix cold). Requests wait in the
server's queue, so the client's timeout is --timeout (default 3600 s, not
`briefing run`'s 300). Server logs go to a temporary folder, and a server that
fails to start is named with the end of its log. Every server is stopped at the
end, also on Ctrl-C or an error. It takes about (levels + 1) x articles + 1 + K
times what one article takes (40 to 130 s on 2 cores): with the defaults, 27
articles, about half an hour.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from concurrency import articles, measure, row, server_job

from briefing.article import Article
from briefing.backends import embedded
from briefing.backends.local import DEFAULT_CONTEXT
from briefing.batch import Summary
from briefing.prompt_template import PromptTemplate
from briefing.prompts import load_prompt

HEADER = (
    "| servers | threads each | client | in flight | articles | wall s | articles/min "
    "| done | failed |\n|---|---|---|---|---|---|---|---|---|"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(url: str, process: subprocess.Popen[bytes], log: Path, limit_s: float) -> None:
    """Return once `url` answers /models; exit naming the log if the server dies or hangs."""
    deadline = time.monotonic() + limit_s
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2):
                return
        except OSError:
            time.sleep(1)
    tail = log.read_text(errors="replace").splitlines()[-15:]
    state = f"exited with {process.returncode}" if process.poll() is not None else "hung"
    raise SystemExit("\n".join([f"the server at {url} {state}; {log} ends:", *tail]))


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def llama_servers(count: int, threads: int, n_ctx: int, logs: Path) -> Iterator[list[str]]:
    """`count` servers of the embedded model on free loopback ports; yields their URLs."""
    model = embedded.assemble()
    processes: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    files: list[Path] = []
    try:
        for _ in range(count):
            port = free_port()
            command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model)]
            command += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx)]
            command += ["--n_threads", str(threads), "--n_threads_batch", str(threads)]
            command += ["--use_mlock", "false", "--seed", "0"]  # as the embedded backend
            files.append(logs / f"server-{port}.log")
            with files[-1].open("wb") as log:
                processes.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}/v1")
        for url, process, file in zip(urls, processes, files, strict=True):
            wait_ready(url, process, file, 600)
        yield urls
    finally:
        stop(processes)


def result(servers: int, threads: int, client: str, flight: int, wall: float, s: Summary) -> None:
    cells = [servers, threads, client, flight, s.done + s.failed, f"{wall:.1f}"]
    row([*cells, f"{s.done * 60 / wall:.2f}", s.done, s.failed], s)


def warm_up(urls: list[str], model: str, prompt: PromptTemplate, timeout: float) -> None:
    """One article per server, untimed."""
    for url in urls:
        wall, summary = measure(articles(1), server_job(model, url, prompt, timeout), 1)
        print(f"  warm-up at {url}: {wall:.1f} s, {summary.done} done", file=sys.stderr)


def ray_batch(urls: list[str], count: int, model: str, timeout: float) -> tuple[float, Summary]:
    """`briefing batch` over all `urls` (one actor, 2 per server in flight); Ray's start-up
    is left out of the time."""
    import ray
    import ray.data

    from briefing.batch.ray_job import BatchConfig, run_ray_batch

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(
        address="local", include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR
    )
    ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "in.jsonl"
            rows = [{"id": a.id, "text": a.text} for a in articles(count) if isinstance(a, Article)]
            source.write_text("".join(json.dumps(r) + "\n" for r in rows))
            prompt = load_prompt("default")
            config = BatchConfig(
                model, tuple(urls), prompt, threads=2 * len(urls), timeout_s=timeout
            )
            started = time.perf_counter()
            summary = run_ray_batch(str(source), Path(folder) / "out", config, "jsonl", 1, 0.0)
            return time.perf_counter() - started, summary
    finally:
        ray.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2, help="in all")
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--servers", type=int, default=2, help="K for part 2 (1: skip it)")
    parser.add_argument("--n-ctx", type=int, default=DEFAULT_CONTEXT)
    parser.add_argument("--timeout", type=float, default=3600.0, help="s per request")
    args = parser.parse_args()
    model, prompt = embedded.MODEL_NAME, load_prompt("default")
    items = articles(args.articles)
    with tempfile.TemporaryDirectory(prefix="llama-server-logs-") as logs:
        print(HEADER, flush=True)
        with llama_servers(1, args.threads, args.n_ctx, Path(logs)) as urls:
            warm_up(urls, model, prompt, args.timeout)
            for level in args.levels:
                job = server_job(model, urls[0], prompt, args.timeout)
                wall, summary = measure(items, job, level)
                result(1, args.threads, "run -j N", level, wall, summary)
        if args.servers > 1:
            each = max(1, args.threads // args.servers)
            with llama_servers(args.servers, each, args.n_ctx, Path(logs)) as urls:
                warm_up(urls, model, prompt, args.timeout)
                wall, summary = ray_batch(urls, args.articles, model, args.timeout)
                result(args.servers, each, "batch (Ray)", 2 * args.servers, wall, summary)


if __name__ == "__main__":
    main()
