"""Articles per minute against real `python -m llama_cpp.server` processes (not run in CI).

    PYTHONPATH=src:. .venv/bin/python bench/llama_server.py                  # 1 server, N = 1 2 4
    PYTHONPATH=src:. .venv/bin/python bench/llama_server.py --servers 2 --threads 1 --ray

llama-cpp-python's server has no parallel slots (one request decodes at a
time; abetlen/llama-cpp-python#1329), so "several slots" means several
server processes, each with the embedded model and `--threads` threads.
Against one server, `briefing run --concurrency N` shows how far queueing
at the server helps (it should not: the figures should stay flat past N=1).
With --ray, `briefing batch` spreads the same articles over all the servers
through a Ray Data actor pool (needs briefing[ray]). Every server is stopped
at the end, also on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from briefing.backends import embedded

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(url: str, process: subprocess.Popen[bytes], limit_s: float = 300) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server at {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"{url}/models", timeout=2)
            return
        except OSError:
            time.sleep(1)
    raise SystemExit(f"the server at {url} was not ready in {limit_s:.0f} s")


@contextlib.contextmanager
def servers(count: int, threads: int, n_ctx: int) -> Iterator[list[str]]:
    model = embedded.assemble()
    started: list[subprocess.Popen[bytes]] = []
    urls: list[str] = []
    try:
        for _ in range(count):
            port = free_port()
            command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model)]
            command += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx)]
            command += ["--n_threads", str(threads)]
            started.append(subprocess.Popen(command, stderr=subprocess.DEVNULL))
            urls.append(f"http://127.0.0.1:{port}/v1")
        for url, process in zip(urls, started, strict=True):
            wait_ready(url, process)
        yield urls
    finally:
        for process in started:
            process.terminate()
        for process in started:
            process.wait(timeout=30)


def ray_batch(urls: list[str], articles: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        with source.open("w") as out:
            for n in range(articles):
                seed = seeds[n % len(seeds)]
                out.write(json.dumps({"id": f"{seed.stem}-{n}", "text": seed.read_text()}) + "\n")
        command = [sys.executable, "-c", "from briefing.cli import app; app()", "batch"]
        command += [str(source), "-o", f"{folder}/out", "-m", "local", "--actors", str(len(urls))]
        command += ["--threads", "1", "--actor-cpus", "0"]
        for url in urls:
            command += ["--base-url", url]
        started = time.perf_counter()
        subprocess.run(command, check=False)
        wall = time.perf_counter() - started
        print(
            f"briefing batch over {len(urls)} servers: {articles} articles in {wall:.1f} s, "
            f"{articles * 60 / wall:.2f} articles/min (includes Ray start-up)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2, help="llama.cpp threads per server")
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--ray", action="store_true", help="also run briefing batch over all")
    args = parser.parse_args()
    with servers(args.servers, args.threads, args.n_ctx) as urls:
        levels = [str(level) for level in args.levels]
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "concurrency.py"),
                "--base-url",
                urls[0],
                "--model",
                "local",
                "--articles",
                str(args.articles),
                "--levels",
                *levels,
            ],
            check=False,
        )
        if args.ray:
            ray_batch(urls, args.articles)


if __name__ == "__main__":
    main()
