"""The batch's progress bar on stderr (count, rate, ETA) and its closing summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from briefing.progress import ProgressBar
from briefing.schema import Usage

ALL_DONE = 0
NOTHING_DONE = 1
SOME_FAILED = 3
INTERRUPTED = 130
STDOUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader left


def _average_rate(task: Task) -> float | None:
    """Articles per second since the start: steadier than rich's windowed speed."""
    if not task.completed or not task.elapsed:
        return None
    return task.completed / task.elapsed


class RateColumn(ProgressColumn):
    """Articles per minute so far."""

    def render(self, task: Task) -> Text:
        rate = _average_rate(task)
        return Text("-/min" if rate is None else f"{rate * 60:.1f}/min")


class EtaColumn(ProgressColumn):
    """Time left at the rate so far."""

    def render(self, task: Task) -> Text:
        rate = _average_rate(task)
        if rate is None or task.total is None:
            return Text("ETA -:--:--")
        left = int((task.total - task.completed) / rate)
        return Text(f"ETA {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}")


@dataclass
class Summary:
    """What a batch did; `exit_code` tells all done, some failed and nothing done apart."""

    done: int = 0
    skipped: int = 0
    failed: int = 0
    usage: Usage = field(default_factory=Usage)
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[str] = field(default_factory=list)
    """One line per failed article: its source and the reason."""
    stopped: str | None = None
    closed: bool = False
    """True when stdout was closed by its reader: the batch stopped there, quietly."""
    """Why the batch stopped before its end (the model cannot start), if it did."""

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return INTERRUPTED
        if self.closed:
            return STDOUT_CLOSED
        if self.stopped is not None:
            return SOME_FAILED if self.done + self.skipped else NOTHING_DONE
        if not self.failed:
            return ALL_DONE
        return SOME_FAILED if self.done + self.skipped else NOTHING_DONE

    def line(self) -> str:
        rate = f", {self.done * 60 / self.seconds:.1f} articles/min" if self.done else ""
        return (
            f"{self.done} done, {self.skipped} skipped, {self.failed} failed in "
            f"{self.seconds:.1f} s{rate}; tokens: {self.usage.prompt_tokens} prompt, "
            f"{self.usage.completion_tokens} completion"
        )

    def report(self, limit: int = 10) -> list[str]:
        """The closing lines: the summary, then the failures (the first `limit`)."""
        lines = [self.line()]
        if self.failures:
            lines.append(f"failed ({len(self.failures)}):")
            lines += [f"  {failure}" for failure in self.failures[:limit]]
            if len(self.failures) > limit:
                lines.append(f"  … and {len(self.failures) - limit} more")
        return lines


class BatchProgress(ProgressBar):
    """A rich progress bar; notes print above it. Errors print even when quiet."""

    def __init__(self, console: Console, quiet: bool) -> None:
        self.console = console
        self.quiet = quiet
        self._progress = None
        self._task: TaskID | None = None

    def note(self, message: str) -> None:
        if not self.quiet:
            self.console.print(message, markup=False, highlight=False, soft_wrap=True)

    def error(self, message: str) -> None:
        self.console.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)

    def start(self, total: int) -> BatchProgress:
        if not self.quiet and total > 1:
            self._progress = Progress(
                TextColumn("briefing"),
                BarColumn(),
                MofNCompleteColumn(),
                RateColumn(),
                TimeElapsedColumn(),
                EtaColumn(),
                console=self.console,
                transient=not self.console.is_terminal,
            )
            self._task = self._progress.add_task("briefing", total=total)
            self._progress.start()
        return self

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def __enter__(self) -> BatchProgress:
        return self
