"""Options and the error exit shared by `briefing` and `briefing eval`."""

from __future__ import annotations

from typing import Annotated

import typer

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
