"""The backend contract: one method that answers an OpenAI-style chat request."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar

from openai.types.chat import ChatCompletion

from briefing.errors import BackendError, TooLongError

DEFAULT_TIMEOUT_S = 300.0
MESSAGE_OVERHEAD = 16  # tokens of role markers per message
_BYTES_PER_TOKEN = 3  # fewer than English text takes: the estimate errs long


def env_number(name: str, default: float) -> float:
    """A non-negative number from the environment variable `name`, else `default`."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except ValueError:
        raise BackendError(f"{name}={value!r} is not a number") from None
    if number < 0:
        raise BackendError(f"{name}={value!r} is negative")
    return number


@dataclass(frozen=True)
class Limits:
    """Seconds a server may take to answer one request, and the model's context in
    tokens (None: the backend's default)."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    context: int | None = None

    @classmethod
    def from_env(cls) -> Limits:
        """BRIEFING_TIMEOUT and BRIEFING_CONTEXT, for commands without the flags (eval)."""
        context = env_number("BRIEFING_CONTEXT", 0)
        return cls(env_number("BRIEFING_TIMEOUT", DEFAULT_TIMEOUT_S), int(context) or None)


class Backend(ABC):
    """A model that answers chat completions; instructor drives it.

    `context` is the model's context window in tokens (prompt and answer),
    when known; with it, a request too long for the model is refused before
    it is sent.
    """

    name: ClassVar[str]
    context: int | None = None
    parallel_requests: ClassVar[bool] = False
    """True when requests may be sent concurrently (a server); in-process models: False."""

    def __init__(self, model: str) -> None:
        self.model = model

    @abstractmethod
    def complete(self, **request: Any) -> ChatCompletion:
        """Answer one chat-completion request (OpenAI keyword arguments)."""

    def check_ready(self) -> None:
        """Raise ModelStartError now, before any article, for what stops every call (cheap)."""
        return None  # a server is checked by its first request

    def count_tokens(self, text: str) -> int:
        """Tokens in `text`. Without a tokenizer: one per 3 UTF-8 bytes, an over-estimate."""
        return -(-len(text.encode("utf-8")) // _BYTES_PER_TOKEN)

    def prompt_tokens(self, messages: list[dict[str, str]]) -> int:
        return sum(self.count_tokens(m["content"]) + MESSAGE_OVERHEAD for m in messages)

    def answer_room(self, messages: list[dict[str, str]]) -> int | None:
        """Tokens left for the answer after `messages`, when the context is known."""
        if self.context is None:
            return None
        return self.context - self.prompt_tokens(messages)

    def check_fits(self, messages: list[dict[str, str]], max_tokens: int) -> None:
        """Raise TooLongError when the request cannot fit the model's context (when known)."""
        if self.context is None:
            return
        prompt = self.prompt_tokens(messages)
        if prompt + max_tokens > self.context:
            raise TooLongError(
                f"too long for the model: about {prompt} prompt tokens plus "
                f"{max_tokens} for the answer exceed its {self.context}-token context "
                "(--context)"
            )

    def describe(self) -> str:
        return f"{self.name}:{self.model}"


def response_schema(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """The JSON Schema in an OpenAI `response_format`, in either spelling."""
    if not response_format:
        return None
    if response_format.get("type") == "json_schema":
        schema: dict[str, Any] = response_format["json_schema"]["schema"]
        return schema
    return response_format.get("schema")
