"""`briefing eval`: run a suite, compare two runs, or score against PolNeAR.

briefing eval                      # the `seeds` suite
briefing eval SUITE                # a suite name (evals/suites/) or .toml path
briefing eval compare RUN_A RUN_B
briefing eval polnear --data DIR [--limit N]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from typer.core import TyperGroup

from briefing import backends
from briefing.cli_options import BaseUrlOption, QuietOption, RetriesOption, fail
from briefing.errors import BriefingError
from briefing.evals import polnear as corpus
from briefing.evals.cache import BriefingCache
from briefing.evals.compare import delta_table, deltas
from briefing.evals.html import write_html
from briefing.evals.junit import write_junit
from briefing.evals.metrics import RATE_METRICS, score_run
from briefing.evals.paths import new_run_dir, repo_root
from briefing.evals.polnear_spans import PredictedSpans, SpanScore, score_spans
from briefing.evals.report import console, load_result, print_table, result_json, write_run
from briefing.evals.runner import brief_cached, passes, run_suite
from briefing.evals.suite import load_suite
from briefing.output import write_atomic
from briefing.pipeline import Options
from briefing.progress import Reporter
from briefing.prompts import load_prompt

DEFAULT_SUITE = "seeds"
RUN_COMMAND = "run"


class SuiteGroup(TyperGroup):
    """A group whose unknown first word (or no word) runs a suite: `eval [SUITE]`."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: typer's own click
        first = args[0] if args else None
        if first is None or (first not in self.commands and first not in ctx.help_option_names):
            args = [RUN_COMMAND, *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    cls=SuiteGroup,
    add_completion=False,
    help="Score briefings against gold: `briefing eval [SUITE]`, `compare`, `polnear`.",
)

ModelsOption = Annotated[
    list[str] | None,
    typer.Option("--model", "-m", help="A model (repeatable); replaces the suite's models."),
]
PromptsOption = Annotated[
    list[str] | None,
    typer.Option("--prompt", "-p", help="A prompt (repeatable); replaces the suite's prompts."),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Call the model even when a cached briefing exists.")
]


def parse_floors(given: list[str]) -> dict[str, float]:
    """['claims_f1=0.5', ...] -> {'claims_f1': 0.5}; raise BadParameter on a bad one."""
    floors = {}
    for entry in given:
        name, sep, value = entry.partition("=")
        if not sep or name not in RATE_METRICS:
            raise typer.BadParameter(
                f"{entry!r}: use FIELD=VALUE with FIELD one of {', '.join(RATE_METRICS)}",
                param_hint="--fail-under",
            )
        try:
            floors[name] = float(value)
        except ValueError:
            raise typer.BadParameter(f"{entry!r}: {value!r} is not a number") from None
    return floors


def under_floors(result: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One line per configuration x metric under its floor."""
    lines = []
    for config in result["configurations"]:
        for name, floor in floors.items():
            value = config["metrics"].get(name)
            if value is None or value < floor:
                shown = "n/a" if value is None else f"{value:.2f}"
                lines.append(f"{config['label']}: {name} {shown} is under {floor:.2f}")
    return lines


@eval_app.command(RUN_COMMAND)
def run(
    suite: Annotated[str, typer.Argument(help="A suite name or a .toml path.")] = DEFAULT_SUITE,
    model: ModelsOption = None,
    prompt: PromptsOption = None,
    base_url: BaseUrlOption = None,
    no_cache: NoCacheOption = False,
    html: Annotated[Path | None, typer.Option("--html", help="Write an HTML report.")] = None,
    junit: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML.")] = None,
    fail_under: Annotated[
        list[str] | None,
        typer.Option("--fail-under", help="FIELD=VALUE (repeatable): exit 1 under the floor."),
    ] = None,
    max_retries: RetriesOption = 1,
    quiet: QuietOption = False,
) -> None:
    """Run a suite (default: seeds) and print the comparison table."""
    floors = parse_floors(fail_under or [])
    reporter = Reporter(quiet=quiet)
    try:
        spec = load_suite(suite)
        done = run_suite(
            spec,
            prompts=prompt or (),
            models=model or (),
            base_url=base_url,
            options=Options(max_retries=max_retries),
            cache=BriefingCache(read=not no_cache),
            reporter=reporter,
        )
    except BriefingError as exc:
        raise fail(str(exc)) from None
    configs = score_run(done)
    result = result_json(done, configs)
    folder = write_run(result)
    print_table(result)
    typer.echo(f"results: {folder}")
    floors = {**spec.floors, **floors}
    if html is not None:
        write_html(html, result, configs)
        typer.echo(f"html: {html}")
    if junit is not None:
        write_junit(junit, spec.name, configs, floors.get("macro_f1"))
        typer.echo(f"junit: {junit}")
    problems = under_floors(result, floors)
    for line in problems:
        typer.echo(f"error: {line}", err=True)
    if problems:
        raise typer.Exit(1)


@eval_app.command()
def compare(
    run_a: Annotated[Path, typer.Argument(help="A result.json or its run folder.")],
    run_b: Annotated[Path, typer.Argument(help="The later run to compare with A.")],
    fail_on_regression: Annotated[
        bool, typer.Option("--fail-on-regression", help="Exit 1 when a regression is flagged.")
    ] = False,
) -> None:
    """Per-metric deltas from RUN_A to RUN_B, with regressions flagged."""
    try:
        found = deltas(load_result(run_a), load_result(run_b))
    except BriefingError as exc:
        raise fail(str(exc)) from None
    if not found:
        raise fail("the two runs share no prompt @ model configuration")
    console().print(delta_table(found))
    regressions = [d for d in found if d.regression]
    typer.echo(f"{len(regressions)} regression(s)")
    if regressions and fail_on_regression:
        raise typer.Exit(1)


def default_polnear_dir() -> Path:
    return (repo_root() / ".." / "shared" / "corpora" / "polnear-dev").resolve()


@eval_app.command()
def polnear(
    data: Annotated[
        Path | None, typer.Option("--data", help="A PolNeAR folder (text/, attributions/).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="First N articles.")] = None,
    model: Annotated[str, typer.Option("--model", "-m")] = backends.DEFAULT_MODEL,
    prompt: Annotated[str, typer.Option("--prompt", "-p")] = "default",
    base_url: BaseUrlOption = None,
    no_cache: NoCacheOption = False,
    max_retries: RetriesOption = 1,
    quiet: QuietOption = False,
) -> None:
    """Score attributions against PolNeAR (micro precision/recall)."""
    reporter = Reporter(quiet=quiet)
    folder = data or default_polnear_dir()
    options = Options(max_retries=max_retries)
    cache = BriefingCache(read=not no_cache)
    try:
        articles = corpus.load_polnear(folder, limit)
        template = load_prompt(prompt)
        backend = backends.resolve_backend(model, base_url, reporter)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    rows: list[dict[str, Any]] = []
    scores = []
    spans = SpanScore()
    calls = 0
    for position, item in enumerate(articles, start=1):
        reporter.say(f"[{position}/{len(articles)}] {item.id}")
        row: dict[str, Any] = {"article_id": item.id, "error": None, "cached": False}
        try:
            briefing, row["cached"] = brief_cached(
                item.article, backend, template, options, cache, reporter
            )
            score = corpus.score_attribution(briefing, item)
        except BriefingError as exc:
            row["error"] = str(exc)
            named = sum(corpus.is_named_source(a) for a in item.attributions)
            score = corpus.AttributionScore(fn=named)
        calls += not row["cached"] and passes(template) > 0
        spans += score_spans(_layer_spans(item.article.text), item.attributions, item.article.text)
        scores.append(score)
        row.update(_score_fields(score))
        rows.append(row)
    total = corpus.sum_scores(scores)
    result = {
        "kind": "briefing-polnear",
        "config": {
            "data": str(folder),
            "limit": limit,
            "model": model,
            "prompt": prompt,
            "base_url": base_url,
            "options": options.key(),
        },
        "calls": calls,
        "cached": sum(bool(row["cached"]) for row in rows),
        "micro": _score_fields(total),
        "spans": spans.fields(),
        "articles": rows,
    }
    out = new_run_dir("polnear") / "result.json"
    write_atomic(out, json.dumps(result, indent=2) + "\n")
    _print_polnear(result)
    typer.echo(f"results: {out}")


def _layer_spans(text: str) -> list[PredictedSpans]:
    """Source, cue and content spans of every attribution the attribution layer finds."""
    from briefing.attribution import read

    return [PredictedSpans(c.source, c.cue, c.content) for c in read(text).candidates]


def _score_fields(score: corpus.AttributionScore) -> dict[str, Any]:
    return {
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
        "recall_tp": score.recall_tp,
        "unjudged": score.unjudged,
        "precision": round(score.precision, 4),
        "named_precision": round(score.named_precision, 4),
        "recall": round(score.recall, 4),
    }


def _print_polnear(result: dict[str, Any]) -> None:
    table = Table(title=f"PolNeAR: {result['config']['prompt']} @ {result['config']['model']}")
    for header in ("article", "tp", "fp", "fn", "precision", "recall", "note"):
        table.add_column(header, justify="left" if header in ("article", "note") else "right")
    for row in result["articles"]:
        note = "failed: " + row["error"] if row["error"] else ("cached" if row["cached"] else "")
        table.add_row(
            row["article_id"],
            *(str(row[k]) for k in ("tp", "fp", "fn")),
            f"{row['precision']:.2f}",
            f"{row['recall']:.2f}",
            note,
        )
    micro = result["micro"]
    out = console()
    out.print(table)
    out.print(
        f"micro precision {micro['precision']:.2f}, recall {micro['recall']:.2f} "
        f"(tp {micro['tp']}, fp {micro['fp']}, fn {micro['fn']}); precision without the "
        f"{micro['unjudged']} fp(s) under unnamed sources {micro['named_precision']:.2f}"
    )
    spans = result["spans"]
    out.print(
        "attribution layer spans (P/R/F1): "
        + "; ".join(
            f"{role} {mode} {spans[f'{role}_{mode}_p']:.2f}/{spans[f'{role}_{mode}_r']:.2f}/"
            f"{spans[f'{role}_{mode}_f1']:.2f}"
            for role in ("source", "cue", "content")
            for mode in ("exact", "overlap")
        )
    )
    out.print(f"{result['calls']} model calls, {result['cached']} cached")
