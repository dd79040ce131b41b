"""The OpenAI API, or any OpenAI-compatible server (vLLM, Ollama, llama.cpp).

Structured output is asked for as `response_format` type `json_schema`.
Servers that reject it (llama-cpp-python's server answers 500 naming
`response_format`) get the same
schema as `{"type": "json_object", "schema": ...}`, which they do apply as a
grammar; the switch is remembered for the backend's lifetime.
"""

from __future__ import annotations

import os
from typing import Any

import openai
from openai.types.chat import ChatCompletion

from briefing.backends.base import Backend, response_schema
from briefing.errors import BackendError
from briefing.progress import QUIET, Reporter

_LOCAL_KEY = "sk-no-key-needed"


class OpenAIBackend(Backend):
    name = "openai"
    parallel_requests = True

    def __init__(self, model: str, base_url: str | None = None, reporter: Reporter = QUIET):
        super().__init__(model)
        self.base_url = base_url
        self.reporter = reporter
        self.json_object_schema = False
        api_key = os.environ.get("OPENAI_API_KEY")
        if not api_key and base_url is None:
            raise BackendError(
                "no OpenAI key: set OPENAI_API_KEY, or give --base-url for a local server"
            )
        self.client = openai.OpenAI(api_key=api_key or _LOCAL_KEY, base_url=base_url)

    def describe(self) -> str:
        where = self.base_url or "api.openai.com"
        return f"{self.name}:{self.model}@{where}"

    def complete(self, **request: Any) -> ChatCompletion:
        request = {**request, "model": self.model}
        if self.json_object_schema:
            request = _as_json_object(request)
        try:
            return self._create(request)
        except openai.APIStatusError as exc:
            refused_format = "response_format" in str(exc) and "response_format" in request
            if self.json_object_schema or not refused_format:
                raise BackendError(f"{self.describe()} refused the request: {exc}") from exc
            self.reporter.say("server refused json_schema; sending the schema as json_object")
            self.json_object_schema = True
            return self._create(_as_json_object(request))

    def _create(self, request: dict[str, Any]) -> ChatCompletion:
        try:
            answer: ChatCompletion = self.client.chat.completions.create(**request)
            return answer
        except openai.AuthenticationError as exc:
            raise BackendError(f"{self.describe()}: authentication failed ({exc})") from exc
        except openai.APIConnectionError as exc:
            raise BackendError(f"{self.describe()}: cannot connect ({exc})") from exc


def _as_json_object(request: dict[str, Any]) -> dict[str, Any]:
    schema = response_schema(request.get("response_format"))
    if schema is None:
        return request
    return {**request, "response_format": {"type": "json_object", "schema": schema}}
