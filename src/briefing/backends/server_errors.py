"""One true line for each way a server can fail to answer.

Every message names the server (without credentials), says what happened
(unreachable, HTTP status, timeout, an answer that is not a chat completion)
and is redacted: a server's error body may echo the API key.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import openai
from openai.types.chat import ChatCompletion

from briefing.backends.retry import GaveUp, RetryPolicy, never_connected, retry_after, root_cause
from briefing.errors import BackendError
from briefing.redact import redact

_DETAIL_CHARS = 200
# A token is rarely more than a few characters; an answer far longer than
# max_tokens allows comes from a server that ignored it.
MAX_CHARS_PER_TOKEN = 32


def _short(text: str) -> str:
    line = " ".join(redact(text).split())
    return line if len(line) <= _DETAIL_CHARS else line[: _DETAIL_CHARS - 1] + "…"


def _tries(attempts: int) -> str:
    return f" (after {attempts} attempts)" if attempts > 1 else ""


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _body_message(exc: openai.APIStatusError) -> str:
    """The error body's message: `{"error": {"message": ...}}`, or the raw text."""
    body: Any = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message:
            return str(message)
    try:
        return exc.response.text
    except Exception:  # a streamed or closed body
        return ""


def _status_failure(
    exc: openai.APIStatusError, where: str, attempts: int, cap: float, credential: str
) -> str:
    status = _status_text(exc.status_code)
    asked = retry_after(exc)
    if asked is not None and asked > cap:
        return (
            f"{where} answered {status} and asks to wait {asked:.0f} s, longer than the "
            f"{cap:g} s briefing waits (BRIEFING_MAX_WAIT)"
        )
    detail = _short(_body_message(exc))
    hint = f" (check {credential})" if exc.status_code in (401, 403) else ""
    return f"{where} answered {status}{_tries(attempts)}{': ' + detail if detail else ''}{hint}"


def _connection_failure(exc: openai.APIConnectionError, where: str, attempts: int) -> str:
    """Nobody listening ("cannot reach"), or a connection that broke mid-request
    (httpx's ReadError, WriteError, RemoteProtocolError)."""
    root = root_cause(exc)
    detail = _short(str(root)) or type(root).__name__
    if isinstance(exc, openai.APITimeoutError):
        detail = "the connection timed out"
    broke = any(word in type(root).__name__ for word in ("Read", "Write", "RemoteProtocol"))
    if never_connected(exc) or not broke:
        return f"cannot reach {where}{_tries(attempts)}: {detail}"
    return f"the connection to {where} broke{_tries(attempts)}: {detail}"


def failure(
    gave_up: GaveUp,
    where: str,
    timeout: float,
    policy: RetryPolicy,
    credential: str = "OPENAI_API_KEY",
) -> BackendError:
    """The BackendError telling why a request to `where` got no usable answer
    (`credential`: what was sent, for the hint on HTTP 401 and 403)."""
    exc, attempts = gave_up.last, gave_up.attempts
    if isinstance(exc, openai.APITimeoutError) and not never_connected(exc):
        message = f"{where} did not answer within {timeout:g} s (--timeout)"
    elif isinstance(exc, openai.APIConnectionError):
        message = _connection_failure(exc, where, attempts)
    elif isinstance(exc, openai.APIStatusError):
        message = _status_failure(exc, where, attempts, policy.max_wait_s, credential)
    elif isinstance(exc, ValueError):  # the SDK could not decode a JSON body
        message = f"the answer from {where} is not valid JSON: {_short(str(exc))}"
    else:
        message = f"{where}: {_short(str(exc)) or type(exc).__name__}"
    return BackendError(message)


def check_answer(answer: object, where: str, max_tokens: int | None) -> ChatCompletion:
    """`answer` if it is a chat completion with a text message within max_tokens."""
    problem = _answer_problem(answer, max_tokens)
    if problem is not None:
        raise BackendError(f"the answer from {where} {problem}")
    assert isinstance(answer, ChatCompletion)
    return answer


def _answer_problem(answer: object, max_tokens: int | None) -> str | None:
    if not isinstance(answer, ChatCompletion):
        return f"is not JSON: {_short(str(answer)) or 'an empty body'}"
    if not isinstance(answer.choices, list) or not answer.choices:
        return "is not a chat completion (no choices)"
    content = getattr(getattr(answer.choices[0], "message", None), "content", None)
    if not isinstance(content, str):
        return "has no text message"
    if max_tokens is not None and len(content) > max_tokens * MAX_CHARS_PER_TOKEN:
        return f"is {len(content)} characters long, more than max_tokens={max_tokens} allows"
    return None
