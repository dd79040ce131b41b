"""Backends chosen by a model string; heavy libraries load only when used."""

from __future__ import annotations

import os

from briefing.backends.base import Backend
from briefing.errors import BackendError
from briefing.progress import QUIET, Reporter

DEFAULT_MODEL = "local"


def resolve_backend(
    model: str = DEFAULT_MODEL, base_url: str | None = None, reporter: Reporter = QUIET
) -> Backend:
    """`local`, `local:PATH.gguf`, `openai/NAME`, or NAME with a base URL."""
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    if model == "local" or model.startswith("local:"):
        from briefing.backends.local import LocalBackend

        return LocalBackend(model.partition(":")[2] or None, reporter=reporter)
    if model.startswith("openai/") or base_url:
        from briefing.backends.openai import OpenAIBackend

        return OpenAIBackend(model.removeprefix("openai/"), base_url=base_url, reporter=reporter)
    raise BackendError(
        f"unknown model {model!r}: use 'local', 'local:PATH.gguf', 'openai/NAME', "
        "or NAME with --base-url URL for an OpenAI-compatible server"
    )


__all__ = ["DEFAULT_MODEL", "Backend", "resolve_backend"]
