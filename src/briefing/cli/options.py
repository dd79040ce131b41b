"""Options, the prompt search path and the error exit shared by every command."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from briefing.prompt_template import PromptTemplate
from briefing.prompts import load_prompt
from briefing.redact import redact

BaseUrlOption = Annotated[
    str | None,
    typer.Option("--base-url", envvar="OPENAI_BASE_URL", help="An OpenAI-compatible server's URL."),
]
RetriesOption = Annotated[
    int, typer.Option("--max-retries", min=0, help="Re-asks that feed validation errors back.")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Details of failures and retries on stderr.")
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout",
        min=0.01,
        envvar="BRIEFING_TIMEOUT",
        help="Seconds a server may take to answer one request.",
    ),
]
ContextOption = Annotated[
    int | None,
    typer.Option(
        "--context",
        min=256,
        envvar="BRIEFING_CONTEXT",
        help="The model's context in tokens; longer requests are refused before any call "
        "(default: 8192 for local models and servers, 128000 for openai/).",
    ),
]


def fail(message: str) -> typer.Exit:
    """Print a one-line error (secrets redacted) and return the exit (code 1) to raise."""
    typer.echo(f"error: {redact(message)}", err=True)
    return typer.Exit(1)


ModelOption = Annotated[
    str,
    typer.Option(
        "--model", "-m", help="local, local:PATH.gguf, openai/NAME, or NAME with --base-url."
    ),
]
PromptOption = Annotated[
    str, typer.Option("--prompt", "-p", help="A prompt name (see `briefing prompts`) or path.")
]


@dataclass(frozen=True)
class Settings:
    """What the root command's options set for every command (`ctx.obj`)."""

    prompt_dirs: tuple[Path, ...] = ()


def settings(ctx: typer.Context) -> Settings:
    """The root command's settings (defaults when a command runs on its own, as in tests)."""
    found = ctx.find_object(Settings)
    return found if found is not None else Settings()


def prompt_search(ctx: typer.Context) -> tuple[Path, ...]:
    """The folders `--prompts-dir` (or BRIEFING_PROMPTS_DIR) names, searched first."""
    return settings(ctx).prompt_dirs


def command_prompt(ctx: typer.Context, name_or_path: str) -> PromptTemplate:
    """The prompt a command names, looked up in `--prompts-dir` first."""
    return load_prompt(name_or_path, prompt_search(ctx))
