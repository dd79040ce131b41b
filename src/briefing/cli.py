"""The `briefing` command line."""

from __future__ import annotations

import json
import logging
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefing import logs, strategies
from briefing.backends import (
    BACKENDS,
    DEFAULT_MODEL,
    DEFAULT_TIMEOUT_S,
    Limits,
    embedded,
    probe,
    resolve_backend,
)
from briefing.batch import BatchProgress, Job, expand, names_several, open_store, run_batch
from briefing.batch.command import batch as batch_command
from briefing.cli_options import (
    BaseUrlOption,
    ContextOption,
    QuietOption,
    RetriesOption,
    TimeoutOption,
    VerboseOption,
    fail,
)
from briefing.errors import BriefingError
from briefing.evals.cli import eval_app
from briefing.pipeline import Options
from briefing.progress import QUIET, Reporter
from briefing.prompts import list_prompts, load_prompt
from briefing.schema import Briefing

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Turn news articles into structured, grounded briefings.",
    pretty_exceptions_show_locals=False,  # locals hold keys and URLs (typer 0.12 showed them)
)
app.add_typer(eval_app, name="eval")
app.command()(batch_command)


@app.callback()
def main(
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
    if prompts_dir:
        os.environ["BRIEFING_PROMPTS_DIR"] = os.pathsep.join(str(p) for p in prompts_dir)


# instructor logs every exhausted retry; the CLI reports failures itself.
logging.getLogger("instructor").setLevel(logging.CRITICAL)


class Format(StrEnum):
    json = "json"
    markdown = "markdown"


ModelOption = Annotated[
    str,
    typer.Option(
        "--model", "-m", help="local, local:PATH.gguf, openai/NAME, or NAME with --base-url."
    ),
]
PromptOption = Annotated[
    str, typer.Option("--prompt", "-p", help="A prompt name (see `briefing prompts`) or path.")
]


@app.command()
def run(
    articles: Annotated[
        list[str],
        typer.Argument(
            help="Article files, folders, globs, .jsonl or .html files, or - for stdin."
        ),
    ],
    model: ModelOption = DEFAULT_MODEL,
    base_url: BaseUrlOption = None,
    prompt: PromptOption = "default",
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="A file, a folder (several, or ending in /), or a .jsonl file."
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.json,
    max_retries: RetriesOption = 1,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    context: ContextOption = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-j", min=1, help="Articles in flight (servers only).")
    ] = 1,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Write a briefing of each ARTICLE as JSON (or markdown); re-runs skip what is done."""
    logs.setup(verbose)
    reporter = Reporter(quiet=quiet)
    try:
        template = load_prompt(prompt)
        store = open_store(output, fmt is Format.markdown, names_several(articles))
        items = expand(articles, outputs=store.paths())
        backend = resolve_backend(model, base_url, reporter, Limits(timeout, context))
    except BriefingError as exc:
        logs.details("setup failed", exc)
        raise fail(str(exc)) from None
    if concurrency > 1 and not backend.parallel_requests:
        reporter.say(f"{backend.describe()} briefs one article at a time; --concurrency ignored")
        concurrency = 1
    reporter.say(f"{len(items)} article(s) with {backend.describe()}, prompt {template.name}")
    passes = reporter if concurrency == 1 else QUIET  # pass lines of N articles would interleave
    job = Job(backend, template, Options(max_retries=max_retries), passes)
    progress = BatchProgress(reporter.console, quiet)
    summary = run_batch(items, job, store, progress, concurrency)
    for line in summary.report():
        progress.note(line)
    if summary.failed and store.failures is not None:
        progress.note(f"failures: {store.failures.path}")
    raise typer.Exit(summary.exit_code)


@app.command()
def schema() -> None:
    """Print the briefing's JSON Schema."""
    typer.echo(json.dumps(Briefing.model_json_schema(mode="serialization"), indent=2))


@app.command()
def models() -> None:
    """List backends, the embedded model's status and the llama.cpp build (for bug reports)."""
    state = embedded.status()
    size = f"{state.size / 1e9:.2f} GB" if state.assembled else "-"
    library = probe.library_file()
    last_probe = probe.recorded()
    typer.echo("backends (-m):")
    for spec in BACKENDS:
        typer.echo(f"  {spec.form:<20} {spec.description}")
    typer.echo("embedded model:")
    typer.echo(f"  name       {embedded.MODEL_NAME}")
    typer.echo(f"  assembled  {'yes' if state.assembled else 'no'}")
    typer.echo(f"  path       {state.path}")
    typer.echo(f"  size       {size}")
    typer.echo(f"  parts      {state.parts_installed}/{embedded.PART_COUNT} installed")
    typer.echo(f"  verified   {'yes (sha256 checked when assembled)' if state.verified else 'no'}")
    typer.echo("llama.cpp:")
    typer.echo(f"  library    {library or 'not installed (pip install briefing[local])'}")
    if library:
        typer.echo(f"  build      {probe.system_info()}")
    probed = "not yet (runs before the first local model load)"
    if last_probe:
        probed = f"{'passed' if last_probe.ok else 'FAILED'}: {last_probe.detail}"
    typer.echo(f"  probe      {probed}")


@app.command()
def prompts() -> None:
    """List the prompts: name, version, strategy, model passes, description."""
    try:
        found = list_prompts()
    except BriefingError as exc:
        raise fail(str(exc)) from None
    for template in found:
        passes = strategies.get(template.strategy).passes
        calls = {0: "no model", 1: "1 pass"}.get(passes, f"{passes} passes")
        typer.echo(
            f"{template.name:<14} v{template.version:<4} {template.strategy:<11} {calls:<9} "
            f"{template.description}"
        )
