"""A fake OpenAI-compatible server on 127.0.0.1 with a fixed latency, for tests and bench/.

It answers what the request's schema asks: the default prompt's summary alone
(a fixed summary), or a parties pass (that summary and one party per name in the
prompt's "Likely speakers" hint line). It counts requests and the most it held at once.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from briefing.schema import slugify
from tests.completions import (
    asks_for_party_lists,
    asks_for_summary_alone,
    chat_completion,
    party_lists,
)

_HINTS = re.compile(r"^Likely speakers[^:]*: (.*)$", re.M)
SUMMARY = "A fake server wrote this summary. It names no one."


@dataclass
class Stats:
    requests: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def parties_answer(prompt: str) -> dict[str, Any]:
    """The parties pass's answer for a prompt: one person per hinted speaker."""
    found = _HINTS.findall(prompt)
    names = [name.strip() for name in found[-1].split(",")] if found else []
    parties = [
        {
            "id": slugify(n),
            "name": n,
            "kind": "person",
            "role": None,
            "affiliation": None,
            "aliases": [],
        }
        for n in dict.fromkeys(names)
        if n
    ][:10]  # the cap of the compact form's "people" list
    return {"summary": SUMMARY, "parties": parties}


def _handler(
    latency_s: float, stats: Stats, slots: threading.Semaphore | None
) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _send(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._send(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})

        def do_POST(self) -> None:
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with stats.lock:
                stats.requests += 1
                stats.in_flight += 1
                stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
            try:
                if slots is not None:
                    with slots:  # a server with this many slots queues the rest
                        time.sleep(latency_s)
                else:
                    time.sleep(latency_s)
                prompt = request["messages"][-1]["content"]
                parties = parties_answer(prompt)
                if asks_for_party_lists(request):
                    parties = party_lists(parties)
                if asks_for_summary_alone(request):
                    parties = {"summary": SUMMARY}
                answer = json.dumps(parties)
                self._send(200, chat_completion(answer, 1000, 200))
            finally:
                with stats.lock:
                    stats.in_flight -= 1

    return Handler


@contextmanager
def fake_server(latency_s: float = 0.0, slots: int | None = None) -> Iterator[tuple[str, Stats]]:
    """Serve on a free loopback port; yields (base URL, stats); stops on exit.

    Each answer takes `latency_s`; with `slots`, at most that many are worked on at once.
    """
    stats = Stats()
    gate = threading.Semaphore(slots) if slots else None
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(latency_s, stats, gate))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", stats
    finally:
        server.shutdown()
        server.server_close()
