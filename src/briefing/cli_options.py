"""Options and the error exit shared by `briefing` and `briefing eval`."""

from __future__ import annotations

from typing import Annotated

import typer

BaseUrlOption = Annotated[
    str | None,
    typer.Option("--base-url", envvar="OPENAI_BASE_URL", help="An OpenAI-compatible server's URL."),
]
RetriesOption = Annotated[
    int, typer.Option("--max-retries", min=0, help="Re-asks that feed validation errors back.")
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")]


def fail(message: str) -> typer.Exit:
    """Print a one-line error and return the exit (code 1) to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)
