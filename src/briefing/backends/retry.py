"""When to re-send a request a server did not answer, and how long to wait first.

Connection errors, HTTP 5xx and 429 are retried with exponential backoff
(tenacity); a `Retry-After` the server sends is followed when it is at most
`max_wait_s`, and a longer one ends the retries at once. Timeouts are not
retried (but for the connection itself): a server that held one request for
`--timeout` seconds is reported.

The policy reads BRIEFING_RETRIES (tries per request, the first included),
BRIEFING_BACKOFF (the first wait, in seconds; it doubles) and
BRIEFING_MAX_WAIT (the longest wait, in seconds) from the environment.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TypeVar

import openai
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_exponential, wait_random

from briefing.backends.base import env_number
from briefing.errors import BackendError

T = TypeVar("T")
RETRIED_STATUS = (429, 500, 502, 503, 504)


class GaveUp(Exception):
    """The last error of a request, and how many tries were made."""

    def __init__(self, last: Exception, attempts: int) -> None:
        super().__init__(str(last))
        self.last = last
        self.attempts = attempts


def root_cause(exc: BaseException) -> BaseException:
    """The innermost exception of a chain (httpx's own, under the SDK's)."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return exc


def never_connected(exc: BaseException) -> bool:
    """No connection was made: httpx's ConnectError or ConnectTimeout under the SDK's error."""
    return "Connect" in type(root_cause(exc)).__name__


def retry_after(exc: BaseException) -> float | None:
    """Seconds a server asked to wait (`retry-after-ms` or `Retry-After`), if any."""
    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
    try:
        if "retry-after-ms" in headers:
            return float(headers["retry-after-ms"]) / 1000
        value = headers.get("retry-after")
        if value is None:
            return None
        if value.strip().isdigit():
            return float(value)
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a request is re-sent."""

    attempts: int = 4
    backoff_s: float = 1.0
    max_backoff_s: float = 20.0
    max_wait_s: float = 60.0

    @classmethod
    def from_env(cls) -> RetryPolicy:
        attempts = env_number("BRIEFING_RETRIES", cls.attempts)
        if attempts < 1 or attempts != int(attempts):
            raise BackendError("BRIEFING_RETRIES must be a whole number of at least 1")
        return cls(
            attempts=int(attempts),
            backoff_s=env_number("BRIEFING_BACKOFF", cls.backoff_s),
            max_wait_s=env_number("BRIEFING_MAX_WAIT", cls.max_wait_s),
        )

    def retryable(self, exc: BaseException) -> bool:
        """A connection error, 5xx or 429 whose requested wait (if any) is within bounds."""
        if isinstance(exc, openai.APITimeoutError):
            return never_connected(exc)  # a server that took the request is not asked again
        if isinstance(exc, openai.APIConnectionError):
            return True
        if not isinstance(exc, openai.APIStatusError) or exc.status_code not in RETRIED_STATUS:
            return False
        wait = retry_after(exc)
        return wait is None or wait <= self.max_wait_s

    def run(
        self,
        call: Callable[[], T],
        give_up: Callable[[BaseException], bool],
        on_retry: Callable[[BaseException, int, float], None],
    ) -> T:
        """`call()`, re-sent while retryable; raise GaveUp with the last error.

        `give_up(exc)` stops at once on an error the caller handles itself;
        `on_retry(exc, next_attempt, wait_s)` is told before each wait.
        """
        exponential = wait_exponential(multiplier=self.backoff_s, max=self.max_backoff_s)
        backoff = exponential + wait_random(0, self.backoff_s / 2)

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            asked = retry_after(exc) if exc else None
            return asked if asked is not None else float(backoff(state))

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            sleep = state.next_action.sleep if state.next_action else 0.0
            if exc is not None:
                on_retry(exc, state.attempt_number + 1, sleep)

        retrying = Retrying(
            stop=stop_after_attempt(self.attempts),
            wait=wait,
            retry=retry_if_exception(lambda exc: self.retryable(exc) and not give_up(exc)),
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            return retrying(call)
        except Exception as exc:
            raise GaveUp(exc, int(retrying.statistics.get("attempt_number", 1))) from exc
