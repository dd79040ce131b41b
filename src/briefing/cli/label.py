"""`briefing label`: serve a page on 127.0.0.1 to correct a draft briefing into gold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefing import logs, strategies
from briefing.article import read_article
from briefing.backends import DEFAULT_MODEL, DEFAULT_TIMEOUT_S, Limits, resolve_backend
from briefing.cli.options import (
    BaseUrlOption,
    ModelOption,
    PromptOption,
    command_prompt,
    fail,
)
from briefing.errors import BriefingError
from briefing.labelling import LabelSession, gold_draft
from briefing.labelling.server import bind, require_server_libraries, serve, url_of
from briefing.pipeline import brief
from briefing.progress import Reporter


def _session(
    ctx: typer.Context, article_path: str, gold: Path | None, prompt: str, model: str,
    base_url: str | None, reporter: Reporter,
) -> LabelSession:  # fmt: skip
    article = read_article(article_path)
    template = command_prompt(ctx, prompt)
    backend = resolve_backend(model, base_url, reporter, Limits(DEFAULT_TIMEOUT_S, None))
    if strategies.get(template.strategy).passes > 0:
        backend.check_ready()
    draft = gold_draft(brief(article, backend, template, reporter=reporter))
    return LabelSession(article, gold or Path("gold") / f"{article.id}.json", draft)


def label(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="The article file to label.")],
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            help="The gold file to write (read first if it exists). [default: gold/ID.json]",
        ),
    ] = None,
    prompt: PromptOption = "rules",
    model: ModelOption = DEFAULT_MODEL,
    base_url: BaseUrlOption = None,
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (0: any free one).")
    ] = 8765,
) -> None:
    """Serve a page to label ARTICLE's gold, starting from a draft briefing (-p, default rules)."""
    logs.setup(False)
    reporter = Reporter(quiet=False)
    try:
        require_server_libraries()
        session = _session(ctx, article, gold, prompt, model, base_url, reporter)
        origin, _ = session.start()
        sock = bind(port)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    reporter.say(f"starting from {origin}; saves go to {session.gold_path}")
    if session.gold_path.name != f"{session.article.id}.json":
        reporter.say(f"note: an eval reads this article's gold as {session.article.id}.json")
    typer.echo(f"Label {session.article.id} at {url_of(sock)}  (Ctrl-C stops)", err=False)
    try:
        serve(session, sock)
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    kept = session.autosave_path
    unsaved = f"; unsaved edits kept in {kept}" if kept.is_file() else ""
    reporter.say(f"stopped; gold in {session.gold_path}{unsaved}")
