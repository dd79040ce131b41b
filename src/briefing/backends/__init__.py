"""Backends chosen by a model string; heavy libraries load only when used."""

from __future__ import annotations

import os

from briefing.backends.base import DEFAULT_TIMEOUT_S, Backend, Limits
from briefing.errors import BackendError
from briefing.progress import QUIET, Reporter

DEFAULT_MODEL = "local"


def resolve_backend(
    model: str = DEFAULT_MODEL,
    base_url: str | None = None,
    reporter: Reporter = QUIET,
    limits: Limits | None = None,
) -> Backend:
    """`local`, `local:PATH.gguf`, `openai/NAME`, or NAME with a base URL."""
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    limits = limits or Limits.from_env()
    if model == "local" or model.startswith("local:"):
        from briefing.backends.local import DEFAULT_CONTEXT, LocalBackend

        path = model.partition(":")[2] or None
        return LocalBackend(path, reporter=reporter, n_ctx=limits.context or DEFAULT_CONTEXT)
    if model.startswith("openai/") or base_url:
        from briefing.backends.openai import OpenAIBackend

        return OpenAIBackend(
            model.removeprefix("openai/"),
            base_url=base_url,
            reporter=reporter,
            timeout=limits.timeout_s,
            context=limits.context,
        )
    raise BackendError(
        f"unknown model {model!r}: use 'local', 'local:PATH.gguf', 'openai/NAME', "
        "or NAME with --base-url URL for an OpenAI-compatible server"
    )


__all__ = ["DEFAULT_MODEL", "DEFAULT_TIMEOUT_S", "Backend", "Limits", "resolve_backend"]
