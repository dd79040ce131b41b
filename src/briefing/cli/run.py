"""`briefing run`: brief articles (files, folders, globs, JSON Lines, stdin) to JSON, markdown
or HTML pages."""

from __future__ import annotations

from typing import Annotated

import typer

from briefing import logs, strategies
from briefing.backends import DEFAULT_MODEL, DEFAULT_TIMEOUT_S, Limits, resolve_backend
from briefing.batch import (
    BatchProgress,
    Job,
    OutputFormat,
    expand,
    names_several,
    open_store,
    run_batch,
)
from briefing.cli.options import (
    BaseUrlOption,
    ContextOption,
    ModelOption,
    PromptOption,
    QuietOption,
    RetriesOption,
    TimeoutOption,
    VerboseOption,
    command_prompt,
    fail,
)
from briefing.errors import BriefingError
from briefing.pipeline import Options
from briefing.progress import QUIET, Reporter


def run(
    ctx: typer.Context,
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
    fmt: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="json, markdown, or html (a page per article; with -o DIR, an index.html).",
        ),
    ] = OutputFormat.json,
    max_retries: RetriesOption = 1,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    context: ContextOption = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-j", min=1, help="Articles in flight (servers only).")
    ] = 1,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Write a briefing of each ARTICLE as JSON, markdown or HTML; re-runs skip what is done."""
    logs.setup(verbose)
    reporter = Reporter(quiet=quiet)
    try:
        template = command_prompt(ctx, prompt)
        store = open_store(output, fmt, names_several(articles))
        items = expand(articles, outputs=store.paths())
        backend = resolve_backend(model, base_url, reporter, Limits(timeout, context))
        uses_model = strategies.get(template.strategy).passes > 0
        if uses_model:
            backend.check_ready()
    except BriefingError as exc:
        logs.details("setup failed", exc)
        raise fail(str(exc)) from None
    if concurrency > 1 and not backend.parallel_requests:
        reporter.say(f"{backend.describe()} briefs one article at a time; --concurrency ignored")
        concurrency = 1
    used = backend.describe() if uses_model else "no model"
    reporter.say(f"{len(items)} article(s) with {used}, prompt {template.name}")
    passes = reporter if concurrency == 1 else QUIET  # pass lines of N articles would interleave
    job = Job(backend, template, Options(max_retries=max_retries), passes)
    progress = BatchProgress(reporter.console, quiet)
    summary = run_batch(items, job, store, progress, concurrency)
    if summary.closed:
        raise typer.Exit(summary.exit_code)  # the reader left (`| head`): nothing to say
    if summary.stopped is not None:
        progress.error(summary.stopped)  # one line for the batch, not one per article
    for line in summary.report():
        progress.note(line)
    if summary.failed and store.failures is not None:
        progress.note(f"failures: {store.failures.path}")
    raise typer.Exit(summary.exit_code)
