"""Ctrl-C during a concurrent batch, as a flag rather than an exception.

A KeyboardInterrupt raised at an arbitrary point of the main thread can land
inside `concurrent.futures.wait` while it holds the futures' locks; the worker
threads then block for ever on `set_result` (seen once in CI: the batch never
ended after Ctrl-C). So while the pool runs, the first SIGINT only sets a flag
that the main loop polls, and the second ends the process at once: every write
is whole, so that loses nothing written.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from briefing.batch.progress import INTERRUPTED


class CtrlC:
    """Whether Ctrl-C was pressed; a second press quits the process."""

    def __init__(self) -> None:
        self.pressed = threading.Event()

    def handle(self, signum: int, frame: FrameType | None) -> None:
        if self.pressed.is_set():
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(INTERRUPTED)
        self.pressed.set()


@contextmanager
def ctrl_c_as_flag() -> Iterator[CtrlC]:
    """Within the block, SIGINT sets the flag instead of raising (main thread only;
    elsewhere the signal cannot reach the block and the flag stays clear)."""
    ctrl_c = CtrlC()
    if threading.current_thread() is not threading.main_thread():
        yield ctrl_c
        return
    previous = signal.signal(signal.SIGINT, ctrl_c.handle)
    try:
        yield ctrl_c
    finally:
        signal.signal(signal.SIGINT, previous)
