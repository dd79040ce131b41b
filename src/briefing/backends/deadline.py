"""One deadline for a whole HTTP request, not only for each read.

httpx's read timeout restarts with every byte, so a server that sends one
byte a second never trips it. `DeadlineTransport` caps each socket read and
write at the time left before the deadline that `deadline(seconds)` sets for
the calling thread; past it, the request fails as a read timeout.
"""

from __future__ import annotations

import threading
import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager

import openai

# openai 3 sends through httpx2 (with httpcore2), older releases through httpx.
if any(kind.__module__.startswith("httpx2") for kind in openai.DefaultHttpxClient.__mro__):
    import httpcore2 as httpcore
    import httpx2 as httpx
else:  # pragma: no cover - the openai of this environment uses httpx2
    import httpcore  # type: ignore[no-redef]
    import httpx  # type: ignore[no-redef]

_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Requests sent by this thread inside the block end within `seconds` in all."""
    _local.deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = None


def _capped(timeout: float | None, error: type[Exception]) -> float | None:
    end: float | None = getattr(_local, "deadline", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error("the request took longer than its timeout")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _capped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(self.inner.start_tls(ssl_context, server_hostname, capped))

    def get_extra_info(self, info: str) -> typing.Any:
        return self.inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Any = None,
    ) -> httpcore.NetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(self.inner.connect_tcp(host, port, capped, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Any = None
    ) -> httpcore.NetworkStream:
        capped = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(self.inner.connect_unix_socket(path, capped, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's own transport, its sockets wrapped so that `deadline` bounds each request."""

    def __init__(self, **options: typing.Any) -> None:
        super().__init__(**options)
        # httpx builds the pool and gives no option for its network backend; without the
        # pool (another httpx), requests keep httpx's own per-read timeout.
        pool = getattr(self, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            pool._network_backend = _Backend(pool._network_backend)
