"""Briefing many articles: skip what is done, run the rest (N at a time), record the outcome.

Only the main thread writes outputs, so an interrupt loses at most the
articles in flight, and a write is always a whole file or a whole line.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from briefing import logs, strategies
from briefing.article import Article
from briefing.backends.base import Backend
from briefing.batch.inputs import BadInput, Item
from briefing.batch.interrupt import ctrl_c_as_flag
from briefing.batch.progress import BatchProgress, Summary
from briefing.batch.store import Store, run_key
from briefing.errors import BriefingError, ModelStartError, OutputClosed
from briefing.pipeline import Options, brief
from briefing.progress import QUIET, Reporter
from briefing.prompt_template import PromptTemplate
from briefing.redact import redact
from briefing.schema import Briefing, Usage


@dataclass(frozen=True)
class Failure:
    """Why an article has no briefing (one line), and the tokens it cost all the same."""

    reason: str
    usage: Usage = field(default_factory=Usage)


Outcome = Briefing | Failure


def one_line_cause(exc: Exception) -> str:
    """A failure's one line, secrets masked: ours say what happened; anything else is a bug."""
    if isinstance(exc, BriefingError):
        return redact(str(exc))
    first = redact(str(exc)).strip().splitlines()
    detail = f": {first[0]}" if first else ""
    return f"internal error {type(exc).__name__}{detail} (--verbose shows where)"


@dataclass(frozen=True)
class Job:
    """One prompt, backend and options, applied to each article."""

    backend: Backend
    prompt: PromptTemplate
    options: Options
    reporter: Reporter = QUIET

    @property
    def uses_model(self) -> bool:
        return strategies.get(self.prompt.strategy).passes > 0

    def key(self, article: Article) -> str:
        """What the briefing's provenance will give back (no backend when no model runs)."""
        return run_key(
            article.sha256,
            self.backend.name if self.uses_model else None,
            self.backend.model if self.uses_model else None,
            self.prompt.sha256,
            self.options.key(),
        )

    def attempt(self, article: Article) -> Outcome:
        """Brief `article`; any failure becomes a one-line reason, never an exception."""
        try:
            return brief(article, self.backend, self.prompt, self.options, self.reporter)
        except ModelStartError:
            raise  # no article can run: the batch stops (run_batch)
        except Exception as exc:  # a batch must not die of one article; --verbose has the rest
            logs.details(f"{article.source} failed", exc)
            spent = Usage(
                prompt_tokens=getattr(exc, "prompt_tokens", 0),
                completion_tokens=getattr(exc, "completion_tokens", 0),
            )
            return Failure(one_line_cause(exc), spent)


class _Batch:
    def __init__(self, job: Job, store: Store, progress: BatchProgress) -> None:
        self.job = job
        self.store = store
        self.progress = progress
        self.summary = Summary()

    def select(self, items: list[Item]) -> list[Article]:
        """Articles still to brief; bad inputs fail and done ones are skipped."""
        for note in self.store.notes:
            self.progress.note(note)
        pending: list[Article] = []
        for item in items:
            if isinstance(item, BadInput):
                self.fail(item.id, item.source, item.reason)
            elif reason := self.store.refuse(item.id):
                self.fail(item.id, item.source, reason)
            elif self.store.is_done(item.id, self.job.key(item)):
                self.summary.skipped += 1
            else:
                pending.append(item)
        if self.summary.skipped:
            self.progress.note(
                f"skipped {self.summary.skipped} already briefed in {self.store.describe()} "
                "(same article, prompt, model and options)"
            )
        return pending

    def fail(self, article_id: str, source: str, reason: str) -> None:
        self.summary.failed += 1
        self.summary.failures.append(f"{source}: {reason}")
        self.progress.error(f"{source}: {reason}")
        if self.store.failures is not None:
            try:
                self.store.failures.add(article_id, source, reason)
            except (BriefingError, OSError) as exc:
                self.progress.error(f"cannot record the failure: {exc}")

    def finish(self, article: Article, outcome: Outcome) -> None:
        self.progress.advance()
        if isinstance(outcome, Failure):
            self.summary.usage = self.summary.usage + outcome.usage
            self.fail(article.id, article.source, outcome.reason)
            return
        try:
            self.store.write(outcome, article.text)
        except OutputClosed:
            raise  # nothing more can be written: the batch stops (run_batch)
        except (BriefingError, OSError) as exc:
            self.fail(article.id, article.source, f"cannot write the briefing: {exc}")
            return
        self.summary.done += 1
        self.summary.usage = self.summary.usage + outcome.provenance.usage
        self.progress.note(
            f"{article.id}: {len(outcome.parties)} parties, {len(outcome.items())} items, "
            f"{outcome.provenance.latency_s:.1f} s"
        )


def run_batch(
    items: list[Item], job: Job, store: Store, progress: BatchProgress, concurrency: int = 1
) -> Summary:
    """Brief every article of `items` not already in `store`, `concurrency` at a time."""
    started = time.perf_counter()
    batch = _Batch(job, store, progress)
    if store.failures is not None:
        store.failures.begin()
    pending = batch.select(items)
    try:
        with progress.start(len(pending)):
            if concurrency <= 1:
                _run_in_turn(pending, batch)
            else:
                _run_pool(pending, batch, concurrency)
    except KeyboardInterrupt:
        batch.summary.interrupted = True
    except ModelStartError as exc:
        logs.details("the model cannot start", exc)
        batch.summary.stopped = redact(str(exc))
    except OutputClosed:
        batch.summary.closed = True
    batch.summary.seconds = time.perf_counter() - started
    return batch.summary


def _run_in_turn(pending: list[Article], batch: _Batch) -> None:
    for article in pending:
        try:
            outcome = batch.job.attempt(article)
        except KeyboardInterrupt:
            batch.progress.error(f"interrupted; not written: {article.id}")
            raise
        batch.finish(article, outcome)


def _run_pool(pending: list[Article], batch: _Batch, concurrency: int) -> None:
    """At most `concurrency` articles in flight; results are handled as they come."""
    queue: Iterator[Article] = iter(pending)
    running: dict[Future[Outcome], Article] = {}
    with (
        ctrl_c_as_flag() as ctrl_c,
        ThreadPoolExecutor(concurrency, thread_name_prefix="briefing") as pool,
    ):

        def submit_next() -> None:
            article = next(queue, None)
            if article is not None:
                running[pool.submit(batch.job.attempt, article)] = article

        for _ in range(concurrency):
            submit_next()
        try:
            while running and not ctrl_c.pressed.is_set():
                finished, _ = wait(running, timeout=_POLL_S, return_when=FIRST_COMPLETED)
                for future in finished:
                    batch.finish(running.pop(future), future.result())
                    submit_next()
        except OutputClosed:
            pool.shutdown(wait=False, cancel_futures=True)  # no new calls; those in flight end
            raise
        if ctrl_c.pressed.is_set():
            lost = ", ".join(sorted(article.id for article in running.values()))
            batch.progress.error(
                f"interrupted; not written: {lost} (waiting for their requests to end; "
                "Ctrl-C again to quit at once)"
            )
            pool.shutdown(wait=False, cancel_futures=True)
            wait(list(running))  # a second Ctrl-C ends the process (CtrlC.handle)
            raise KeyboardInterrupt


_POLL_S = 0.1
"""How often the pool loop looks at the Ctrl-C flag."""
