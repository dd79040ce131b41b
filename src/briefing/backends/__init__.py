"""Backends chosen by a model string, from one registry; heavy libraries load only when used.

`BACKENDS` is the table `resolve_backend` looks model strings up in and
`briefing models` lists, so the two cannot drift apart. To add a backend,
write its module beside these and register a `BackendSpec` here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from briefing.backends.base import DEFAULT_TIMEOUT_S, Backend, Limits
from briefing.errors import BackendError
from briefing.progress import QUIET, Reporter

DEFAULT_MODEL = "local"


@dataclass(frozen=True)
class Request:
    """What a model string was given with: the name after the prefix, the server, the limits."""

    name: str
    base_url: str | None
    reporter: Reporter
    limits: Limits


@dataclass(frozen=True)
class BackendSpec:
    """One way to name a model: the form users write, what it is, and how to build it."""

    form: str
    description: str
    matches: Callable[[str, str | None], bool]
    build: Callable[[Request], Backend]


def _local(request: Request) -> Backend:
    from briefing.backends.local import DEFAULT_CONTEXT, LocalBackend

    path = request.name.partition(":")[2] or None
    context = request.limits.context or DEFAULT_CONTEXT
    return LocalBackend(path, reporter=request.reporter, n_ctx=context)


def _openai(request: Request) -> Backend:
    from briefing.backends.openai import OpenAIBackend

    return OpenAIBackend(
        request.name.removeprefix("openai/"),
        base_url=request.base_url,
        reporter=request.reporter,
        timeout=request.limits.timeout_s,
        context=request.limits.context,
    )


def _is_local(model: str, base_url: str | None) -> bool:
    return model == "local" or model.startswith("local:")


BACKENDS: tuple[BackendSpec, ...] = (
    BackendSpec("local", "llama.cpp in process: the embedded model (default)", _is_local, _local),
    BackendSpec("local:PATH.gguf", "llama.cpp in process, any GGUF file", _is_local, _local),
    BackendSpec(
        "openai/NAME",
        "the OpenAI API (needs OPENAI_API_KEY)",
        lambda model, base_url: model.startswith("openai/"),
        _openai,
    ),
    BackendSpec(
        "NAME --base-url URL",
        "any OpenAI-compatible server (vLLM, Ollama, llama.cpp)",
        lambda model, base_url: base_url is not None,
        _openai,
    ),
)


def resolve_backend(
    model: str = DEFAULT_MODEL,
    base_url: str | None = None,
    reporter: Reporter = QUIET,
    limits: Limits | None = None,
) -> Backend:
    """The backend of the first registered form that `model` (with `base_url`) matches."""
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    for spec in BACKENDS:
        if spec.matches(model, base_url):
            return spec.build(Request(model, base_url, reporter, limits or Limits.from_env()))
    forms = ", ".join(f"'{spec.form}'" for spec in BACKENDS)
    raise BackendError(f"unknown model {model!r}: use one of {forms}")


__all__ = [
    "BACKENDS",
    "DEFAULT_MODEL",
    "DEFAULT_TIMEOUT_S",
    "Backend",
    "BackendSpec",
    "Limits",
    "resolve_backend",
]
