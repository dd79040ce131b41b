"""The OpenAI API, or any OpenAI-compatible server (vLLM, Ollama, llama.cpp).

Structured output is asked for as `response_format` type `json_schema`.
Servers that reject it (llama-cpp-python's server answers 500 naming
`response_format`) get the same
schema as `{"type": "json_object", "schema": ...}`, which they do apply as a
grammar; the switch is remembered for the backend's lifetime.

Requests have a timeout and are retried by `RetryPolicy` (the SDK's own
retries are off, so one policy holds); every failure becomes a one-line
BackendError without credentials (see `server_errors`).
"""

from __future__ import annotations

import logging
import os
from typing import Any
from urllib.parse import urlsplit

import openai
from openai.types.chat import ChatCompletion

from briefing.backends.base import DEFAULT_TIMEOUT_S, Backend, response_schema
from briefing.backends.deadline import DeadlineTransport, deadline
from briefing.backends.retry import GaveUp, RetryPolicy
from briefing.backends.server_errors import check_answer, failure
from briefing.errors import BackendError
from briefing.progress import QUIET, Reporter
from briefing.redact import has_credentials, redact, redact_url, register, url_secrets

CONNECT_TIMEOUT_S = 10.0
OPENAI_CONTEXT = 128_000  # the OpenAI API's current models
SERVER_CONTEXT = 8192  # a server's context is not known: a common size
_LOCAL_KEY = "sk-no-key-needed"
log = logging.getLogger(__name__)


class OpenAIBackend(Backend):
    name = "openai"
    parallel_requests = True

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        reporter: Reporter = QUIET,
        timeout: float = DEFAULT_TIMEOUT_S,
        context: int | None = None,
        retry: RetryPolicy | None = None,
    ):
        super().__init__(model)
        self.base_url = _checked_url(base_url) if base_url else None
        self.reporter = reporter
        self.timeout = timeout
        self.context = context or (SERVER_CONTEXT if base_url else OPENAI_CONTEXT)
        self.retry = retry or RetryPolicy.from_env()
        self.json_object_schema = False
        api_key = os.environ.get("OPENAI_API_KEY")
        register(api_key, *url_secrets(base_url or ""))
        if not api_key and base_url is None:
            raise BackendError(
                "no OpenAI key: set OPENAI_API_KEY, or give --base-url for a local server"
            )
        self.client = openai.OpenAI(
            api_key=api_key or _LOCAL_KEY,
            base_url=base_url,
            timeout=openai.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT_S)),
            max_retries=0,
            http_client=openai.DefaultHttpxClient(
                transport=DeadlineTransport(limits=openai.DEFAULT_CONNECTION_LIMITS)
            ),
        )

    @property
    def where(self) -> str:
        """The server, as messages name it (never with credentials)."""
        return f"the server at {redact_url(self.base_url)}" if self.base_url else "api.openai.com"

    def describe(self) -> str:
        where = redact_url(self.base_url) if self.base_url else "api.openai.com"
        return f"{self.name}:{self.model}@{where}"

    def complete(self, **request: Any) -> ChatCompletion:
        request = {**request, "model": self.model}
        if self.json_object_schema:
            request = _as_json_object(request)
        try:
            answer = self._send(request)
        except GaveUp as exc:
            if not self._refused_format(exc.last, request):
                raise self._failure(exc) from exc
            self.reporter.say("server refused json_schema; sending the schema as json_object")
            self.json_object_schema = True
            request = _as_json_object(request)
            try:
                answer = self._send(request)
            except GaveUp as again:
                raise self._failure(again) from again
        return check_answer(answer, self.where, request.get("max_tokens"))

    def _failure(self, gave_up: GaveUp) -> BackendError:
        # A user and password in the URL go as HTTP Basic auth, in place of the key.
        credential = (
            "the user and password in --base-url"
            if has_credentials(self.base_url)
            else "OPENAI_API_KEY"
        )
        return failure(gave_up, self.where, self.timeout, self.retry, credential)

    def _refused_format(self, exc: BaseException, request: dict[str, Any]) -> bool:
        """A server that cannot apply a `json_schema` response format says so by name.

        Judged by the request's own format, not by `json_object_schema`: a request sent
        as json_schema before another thread's refusal switched the backend is refused
        too, and falls back the same way.
        """
        return (
            isinstance(exc, openai.APIStatusError)
            and request.get("response_format", {}).get("type") == "json_schema"
            and "response_format" in str(exc)
        )

    def _send(self, request: dict[str, Any]) -> object:
        def call() -> object:
            with deadline(self.timeout):  # the whole request, not each read (--timeout)
                return self.client.chat.completions.create(**request)

        return self.retry.run(call, lambda exc: self._refused_format(exc, request), self._waiting)

    def _waiting(self, exc: BaseException, attempt: int, wait_s: float) -> None:
        what = f"HTTP {exc.status_code}" if isinstance(exc, openai.APIStatusError) else "no answer"
        line = (
            f"  {what} from {self.where}; try {attempt} of {self.retry.attempts} in {wait_s:.1f} s"
        )
        self.reporter.say(redact(line))
        log.info("%s (%s)", line, redact(str(exc)))


def _checked_url(url: str) -> str:
    """`url` if it is an http(s) URL with a host; the message never echoes it (credentials)."""
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        parts.port  # noqa: B018 - raises ValueError on a port out of range
    except ValueError:
        valid = False
    if not valid:
        raise BackendError(
            "--base-url (OPENAI_BASE_URL) is not an http(s) URL with a host, "
            "e.g. http://127.0.0.1:8000/v1"
        )
    return url


def _as_json_object(request: dict[str, Any]) -> dict[str, Any]:
    schema = response_schema(request.get("response_format"))
    if schema is None:
        return request
    return {**request, "response_format": {"type": "json_object", "schema": schema}}
