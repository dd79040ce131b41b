"""Progress on stderr for long work; silent when asked to be quiet."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn


class Reporter:
    """Status lines and byte progress bars on stderr."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.console = Console(stderr=True, highlight=False)

    def say(self, message: str) -> None:
        if not self.quiet:
            self.console.print(message, markup=False)

    def transfer(self, description: str, total: int) -> ByteProgress:
        return ByteProgress(self, description, total)


class ProgressBar:
    """A rich bar that is absent when quiet; leaving the `with` block stops it."""

    _progress: Progress | None = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()


class ByteProgress(ProgressBar):
    """A context manager whose `update(done, total)` moves a bar."""

    def __init__(self, reporter: Reporter, description: str, total: int) -> None:
        self._progress = None
        if not reporter.quiet:
            self._progress = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                DownloadColumn(),
                TimeRemainingColumn(),
                console=reporter.console,
                transient=not sys.stderr.isatty(),
            )
            self._task = self._progress.add_task(description, total=total)

    def __enter__(self) -> ByteProgress:
        if self._progress:
            self._progress.start()
        return self

    def update(self, done: int, total: int) -> None:
        if self._progress:
            self._progress.update(self._task, completed=done, total=total)


QUIET = Reporter(quiet=True)
