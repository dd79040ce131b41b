"""A fake OpenAI-compatible server on 127.0.0.1 that misbehaves on purpose.

Each POST takes the next queued `Reply`; when the queue is empty the `always`
reply answers (by default a 500 saying so). It records what it was sent, so a
test can check headers and bodies. It serves a bounded number of requests and
then closes, so a runaway retry loop ends by itself.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.completions import chat_completion

MAX_REQUESTS = 40


@dataclass
class Reply:
    """One answer: a status, headers, a body (dicts are sent as JSON), after a delay."""

    status: int = 200
    body: dict[str, Any] | str | bytes = ""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    hang_up: bool = False  # close the connection without answering
    trickle_s: float = 0.0  # send the body one byte at a time, this far apart


def chat(content: str, finish_reason: str = "stop") -> Reply:
    """A 200 chat completion whose message is `content`."""
    return Reply(body=chat_completion(content, finish_reason=finish_reason))


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    """An OpenAI-style error body."""
    return Reply(status=status, body={"error": {"message": message}}, headers=headers or {})


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up is what these tests provoke; any other error is printed.

        (socketserver prints to sys.stderr, which a CliRunner test reads as the CLI's own.)
        """
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeServer:
    """Serves queued replies on a free loopback port until stopped."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.always = error(500, "fake server: no reply queued")
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._http = _Server(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def queue(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next(self, received: Received) -> Reply | None:
        with self._lock:
            self.received.append(received)
            if len(self.received) > MAX_REQUESTS:
                return None
            return self.replies.pop(0) if self.replies else self.always

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                received = Received(self.path, dict(self.headers), json.loads(raw or b"{}"))
                reply = server._next(received)
                if reply is None or reply.hang_up:
                    self.close_connection = True
                    return
                time.sleep(reply.delay_s)
                body = reply.body
                if isinstance(body, dict):
                    body = json.dumps(body)
                data = body.encode() if isinstance(body, str) else body
                try:
                    self.send_response(reply.status)
                    if "Content-Type" not in reply.headers:
                        json_body = isinstance(reply.body, dict)
                        self.send_header(
                            "Content-Type", "application/json" if json_body else "text/plain"
                        )
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if reply.trickle_s:
                        for position in range(len(data)):
                            self.wfile.write(data[position : position + 1])
                            self.wfile.flush()
                            time.sleep(reply.trickle_s)
                    else:
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
