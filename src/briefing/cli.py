"""The `briefing` command line."""

from __future__ import annotations

import json
import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefing.article import Article, read_article
from briefing.backends import DEFAULT_MODEL, embedded, probe, resolve_backend
from briefing.cli_options import BaseUrlOption, QuietOption, RetriesOption, fail
from briefing.errors import BriefingError
from briefing.evals.cli import eval_app
from briefing.output import write_atomic
from briefing.pipeline import Options, brief
from briefing.progress import Reporter
from briefing.prompts import list_prompts, load_prompt
from briefing.render import to_markdown
from briefing.schema import Briefing

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Turn news articles into structured, grounded briefings.",
)
app.add_typer(eval_app, name="eval")


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


def _render(briefing: Briefing, fmt: Format, indent: int | None) -> str:
    if fmt is Format.markdown:
        return to_markdown(briefing)
    return briefing.model_dump_json(indent=indent) + "\n"


def _target(output: Path | None, article: Article, fmt: Format, many: bool) -> Path | None:
    if output is None:
        return None
    if many or output.is_dir() or str(output).endswith("/"):
        suffix = ".md" if fmt is Format.markdown else ".json"
        return output / f"{article.id}{suffix}"
    return output


@app.command()
def run(
    articles: Annotated[list[str], typer.Argument(help="Article files, or - for stdin.")],
    model: ModelOption = DEFAULT_MODEL,
    base_url: BaseUrlOption = None,
    prompt: PromptOption = "default",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="A file, or a folder for several.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.json,
    max_retries: RetriesOption = 1,
    quiet: QuietOption = False,
) -> None:
    """Write a briefing of each ARTICLE as JSON (or markdown)."""
    reporter = Reporter(quiet=quiet)
    many = len(articles) > 1
    try:
        template = load_prompt(prompt)
        inputs = [read_article(source) for source in articles]
        backend = resolve_backend(model, base_url, reporter)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    failures = 0
    for position, article in enumerate(inputs, start=1):
        reporter.say(
            f"[{position}/{len(inputs)}] {article.id} ({len(article.text)} chars) "
            f"with {backend.describe()}, prompt {template.name}"
        )
        try:
            result = brief(article, backend, template, Options(max_retries=max_retries), reporter)
        except BriefingError as exc:
            failures += 1
            typer.echo(f"error: {article.source}: {exc}", err=True)
            continue
        _emit(result, fmt, _target(output, article, fmt, many), many)
        reporter.say(
            f"  done in {result.provenance.latency_s:.1f} s, "
            f"{result.provenance.attempts} attempt(s), "
            f"{len(result.parties)} parties, {len(result.items())} items"
        )
    if failures:
        raise typer.Exit(1)


def _emit(result: Briefing, fmt: Format, target: Path | None, many: bool) -> None:
    if target is not None:
        write_atomic(target, _render(result, fmt, indent=2))
    else:
        sys.stdout.write(_render(result, fmt, indent=None if many else 2))
        sys.stdout.flush()


@app.command()
def schema() -> None:
    """Print the briefing's JSON Schema."""
    typer.echo(json.dumps(Briefing.model_json_schema(), indent=2))


@app.command()
def models() -> None:
    """List backends, the embedded model's status and the llama.cpp build (for bug reports)."""
    state = embedded.status()
    size = f"{state.size / 1e9:.2f} GB" if state.assembled else "-"
    library = probe.library_file()
    last_probe = probe.recorded()
    typer.echo("backends:")
    typer.echo("  local             llama.cpp in process (default: the embedded model)")
    typer.echo("  local:PATH.gguf   llama.cpp in process, any GGUF")
    typer.echo("  openai/NAME       the OpenAI API (needs OPENAI_API_KEY)")
    typer.echo("  NAME --base-url   any OpenAI-compatible server")
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
    """List the prompts in prompts/."""
    try:
        found = list_prompts()
    except BriefingError as exc:
        raise fail(str(exc)) from None
    for template in found:
        typer.echo(
            f"{template.name:<14} v{template.version:<4} {template.strategy:<10} "
            f"{template.description}"
        )
