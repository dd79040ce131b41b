"""The backend contract: one method that answers an OpenAI-style chat request."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from openai.types.chat import ChatCompletion


class Backend(ABC):
    """A model that answers chat completions; instructor drives it."""

    name: ClassVar[str]
    parallel_requests: ClassVar[bool] = False
    """True when requests may be sent concurrently (a server); in-process models: False."""

    def __init__(self, model: str) -> None:
        self.model = model

    @abstractmethod
    def complete(self, **request: Any) -> ChatCompletion:
        """Answer one chat-completion request (OpenAI keyword arguments)."""

    def check_fits(self, messages: list[dict[str, str]], max_tokens: int) -> None:  # noqa: B027
        """Raise when the request cannot fit the model's context (when known).

        The default does nothing: a remote server reports an overlong request itself.
        """

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
