"""Model answers cached per request, so a change to the rules re-runs no model call.

The key hashes everything that can change an answer: the backend, model and
server, and the request itself (messages, response schema, decoding options).
Entries are the completions as JSON under `BRIEFING_HOME/answers/`; writes are
atomic and an unreadable entry is a miss. An answer cut at the token limit is
not stored, so a retry with more room is really asked.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from briefing.backends.base import Backend
from briefing.output import write_atomic
from briefing.paths import home

_KEYED = ("messages", "response_format", "max_tokens", "temperature", "top_p", "seed", "stop")


class CachingBackend(Backend):
    """Answers from `BRIEFING_HOME/answers` when the same request was answered before.

    `read=False` asks the model every time but still stores the answers.
    """

    def __init__(self, inner: Backend, root: Path | None = None, read: bool = True) -> None:
        super().__init__(inner.model)
        self.inner = inner
        self.read = read
        self.name = inner.name  # type: ignore[misc]
        self.root = root or home() / "answers"
        self.hits = 0
        self.misses = 0  # requests the inner backend answered
        self.context = inner.context

    @property
    def base_url(self) -> str | None:
        return getattr(self.inner, "base_url", None)

    def key(self, request: dict[str, Any]) -> str:
        parts = {
            "backend": self.inner.name,
            "model": self.inner.model,
            "server": self.base_url,
            "request": {name: request.get(name) for name in _KEYED},
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def complete(self, **request: Any) -> ChatCompletion:
        path = self._path(self.key(request))
        answer = self._stored(path) if self.read else None
        if answer is not None:
            self.hits += 1
            return answer
        self.misses += 1
        answer = self.inner.complete(**request)
        if all(choice.finish_reason != "length" for choice in answer.choices):
            write_atomic(path, answer.model_dump_json() + "\n")
        return answer

    @staticmethod
    def _stored(path: Path) -> ChatCompletion | None:
        try:
            return ChatCompletion.model_validate_json(path.read_bytes())
        except (OSError, ValueError, ValidationError):
            return None

    def check_fits(self, messages: list[dict[str, str]], max_tokens: int) -> None:
        self.inner.check_fits(messages, max_tokens)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def describe(self) -> str:
        return self.inner.describe()
