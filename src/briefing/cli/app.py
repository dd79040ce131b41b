"""The root `briefing` app: its global options, and the commands and groups it holds."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from briefing.cli import info
from briefing.cli.batch import batch
from briefing.cli.eval import eval_app
from briefing.cli.label import label
from briefing.cli.options import Settings
from briefing.cli.run import run

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Turn news articles into structured, grounded briefings.",
    pretty_exceptions_show_locals=False,  # locals hold keys and URLs (typer 0.12 showed them)
)


@app.callback()
def main(
    ctx: typer.Context,
    prompts_dir: Annotated[
        list[Path] | None,
        typer.Option(
            "--prompts-dir",
            envvar="BRIEFING_PROMPTS_DIR",
            help="A folder of prompt files, searched before the shipped prompts (repeatable).",
        ),
    ] = None,
) -> None:
    """Turn news articles into structured, grounded briefings."""
    ctx.obj = Settings(prompt_dirs=tuple(prompts_dir or ()))


# instructor logs every exhausted retry; the CLI reports failures itself.
logging.getLogger("instructor").setLevel(logging.CRITICAL)

app.command()(run)
app.command()(info.schema)
app.command()(info.models)
app.command()(info.prompts)
app.add_typer(eval_app, name="eval")
app.command()(batch)
app.command()(label)
