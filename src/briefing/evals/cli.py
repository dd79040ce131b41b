"""`briefing eval`: run a suite, compare two runs, or score against PolNeAR.

briefing eval                      # the `seeds` suite
briefing eval SUITE                # a suite name (evals/suites/) or .toml path
briefing eval --baseline FILE      # exit 1 when worse than FILE beyond the noise
briefing eval --repeat N --temperature T
briefing eval compare RUN_A RUN_B  # paired, with intervals and flipped items
briefing eval baseline RUN -o FILE
briefing eval polnear --data DIR [--limit N] [--baseline FILE]
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from typer.core import TyperGroup

from briefing import backends
from briefing.backends.answer_cache import CachingBackend
from briefing.cli_options import BaseUrlOption, QuietOption, RetriesOption, fail
from briefing.errors import BriefingError
from briefing.evals import polnear as corpus
from briefing.evals.cache import BriefingCache
from briefing.evals.cli_compare import baseline, compare, load_baseline
from briefing.evals.compare import Comparison, flip_lines
from briefing.evals.compare import compare as paired_compare
from briefing.evals.gate import below_baseline, under_floors
from briefing.evals.html import write_html
from briefing.evals.junit import write_junit
from briefing.evals.measures import gated
from briefing.evals.metrics import score_run
from briefing.evals.paths import repo_root
from briefing.evals.polnear_spans import PredictedSpans, score_spans
from briefing.evals.report import console, print_table, value_text, write_run
from briefing.evals.result import ArticleRow, ConfigEntry, RunConfig, RunResult
from briefing.evals.runner import brief_cached, config_label, run_suite
from briefing.evals.suite import load_suite
from briefing.evals.summary import config_entry, polnear_row, run_result, suite_result
from briefing.pipeline import Options
from briefing.progress import Reporter
from briefing.prompts import PromptTemplate, load_prompt

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
    help="Score briefings against gold: `briefing eval [SUITE]`, `compare`, `baseline`, `polnear`.",
)
eval_app.command()(compare)
eval_app.command()(baseline)

ModelsOption = Annotated[
    list[str] | None,
    typer.Option("--model", "-m", help="A model (repeatable); replaces the suite's models."),
]
PromptsOption = Annotated[
    list[str] | None,
    typer.Option("--prompt", "-p", help="A prompt (repeatable); replaces the suite's prompts."),
]
BaselineOption = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        help="A run folder, result.json or baseline file: exit 1 when worse beyond the noise.",
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Call the model even when a cached briefing exists.")
]


def parse_floors(given: list[str]) -> dict[str, float]:
    """['claims_f1=0.5', ...] -> {'claims_f1': 0.5}; raise BadParameter on a bad one."""
    floors = {}
    for entry in given:
        name, sep, value = entry.partition("=")
        if not sep or name not in gated("suite"):
            raise typer.BadParameter(
                f"{entry!r}: use FIELD=VALUE with FIELD one of {', '.join(gated('suite'))}",
                param_hint="--fail-under",
            )
        try:
            floors[name] = float(value)
        except ValueError:
            raise typer.BadParameter(f"{entry!r}: {value!r} is not a number") from None
    return floors


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
    baseline: BaselineOption = None,
    repeat: Annotated[
        int, typer.Option("--repeat", min=1, help="Run N times (seed, seed+1, ...).")
    ] = 1,
    temperature: Annotated[
        float, typer.Option("--temperature", min=0.0, help="Sampling temperature.")
    ] = 0.0,
    seed: Annotated[int, typer.Option("--seed", help="The first repeat's seed.")] = 0,
    max_retries: RetriesOption = 1,
    quiet: QuietOption = False,
) -> None:
    """Run a suite (default: seeds) and print the comparison table."""
    floors = parse_floors(fail_under or [])
    reporter = Reporter(quiet=quiet)
    try:
        reference = load_baseline(baseline, "suite") if baseline is not None else None
        spec = load_suite(suite)
        done = run_suite(
            spec,
            prompts=prompt or (),
            models=model or (),
            base_url=base_url,
            options=Options(max_retries=max_retries, temperature=temperature, seed=seed),
            cache=BriefingCache(read=not no_cache),
            reporter=reporter,
            repeat=repeat,
        )
    except BriefingError as exc:
        raise fail(str(exc)) from None
    configs = score_run(done)
    result = suite_result(done, configs)
    folder = write_run(result)
    print_table(result)
    typer.echo(f"results: {folder}")
    _fail_if_all_failed([record.error for record in done.records])
    floors = {**spec.floors, **floors}
    comparison = _against(result, reference)
    if html is not None:
        write_html(html, result, configs, comparison)
        typer.echo(f"html: {html}")
    if junit is not None:
        write_junit(junit, spec.name, configs, floors.get("macro_f1"))
        typer.echo(f"junit: {junit}")
    problems = under_floors(result, floors)
    if reference is not None:
        problems += below_baseline(result, reference)
    for line in problems:
        typer.echo(f"error: {line}", err=True)
    if problems:
        raise typer.Exit(1)


def _fail_if_all_failed(errors: list[str | None]) -> None:
    failed = [error for error in errors if error is not None]
    if failed and len(failed) == len(errors):
        raise fail(f"every run failed ({len(failed)} of {len(errors)}); first: {failed[0]}")


def _against(result: RunResult, reference: RunResult | None) -> Comparison | None:
    """The paired comparison with the baseline, printed; None without a baseline."""
    if reference is None:
        return None
    comparison = paired_compare(reference, result, only_gated=True)
    worse = len(comparison.regressions)
    typer.echo(
        f"baseline: {worse} metric(s) worse beyond the noise, "
        f"{len(comparison.flips)} item(s) flipped"
    )
    for line in flip_lines(comparison):
        typer.echo(f"  {line}")
    return comparison


def default_polnear_dir() -> Path:
    return (repo_root() / ".." / "shared" / "corpora" / "polnear-dev").resolve()


@eval_app.command()
def polnear(
    data: Annotated[
        Path | None, typer.Option("--data", help="A PolNeAR folder (text/, attributions/).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="First N articles.")] = None,
    model: ModelsOption = None,
    prompt: PromptsOption = None,
    base_url: BaseUrlOption = None,
    no_cache: NoCacheOption = False,
    baseline: BaselineOption = None,
    max_retries: RetriesOption = 1,
    quiet: QuietOption = False,
) -> None:
    """Score attributions against PolNeAR (micro precision/recall), for every prompt x model."""
    reporter = Reporter(quiet=quiet)
    folder = data or default_polnear_dir()
    options = Options(max_retries=max_retries)
    cache = BriefingCache(read=not no_cache)
    prompts, models = prompt or ["default"], model or [backends.DEFAULT_MODEL]
    try:
        reference = load_baseline(baseline, "polnear") if baseline is not None else None
        articles = corpus.load_polnear(folder, limit)
        templates = {name: load_prompt(name) for name in prompts}
        runs = [
            (name, name_of_model, backends.resolve_backend(name_of_model, base_url, reporter))
            for name_of_model in models
            for name in prompts
        ]
    except BriefingError as exc:
        raise fail(str(exc)) from None
    entries = []
    errors: list[str | None] = []
    for name, name_of_model, inner in runs:
        backend = CachingBackend(inner, read=not no_cache)
        label = config_label(name, name_of_model)
        rows: list[ArticleRow] = []
        for position, item in enumerate(articles, start=1):
            reporter.say(f"[{position}/{len(articles)}] {item.id} · {label}")
            rows.append(_polnear_one(item, backend, templates[name], options, cache, reporter))
        entries.append(config_entry("polnear", name, name_of_model, rows))
        errors += [row.error for row in rows]
    config = RunConfig(
        prompts=prompts,
        models=models,
        base_url=base_url,
        options=options.key(),
        data=str(folder),
        limit=limit,
    )
    result = run_result("polnear", "polnear", config, entries)
    folder_out = write_run(result)
    _print_polnear(result)
    typer.echo(f"results: {folder_out / 'result.json'}")
    _fail_if_all_failed(errors)
    _against(result, reference)
    problems = below_baseline(result, reference) if reference is not None else []
    for line in problems:
        typer.echo(f"error: {line}", err=True)
    if problems:
        raise typer.Exit(1)


def _polnear_one(
    item: corpus.PolnearArticle,
    backend: backends.Backend,
    template: PromptTemplate,
    options: Options,
    cache: BriefingCache,
    reporter: Reporter,
) -> ArticleRow:
    """Brief and score one PolNeAR article; a failure misses its named-source attributions."""
    started = time.perf_counter()
    try:
        briefing, cached = brief_cached(item.article, backend, template, options, cache, reporter)
    except BriefingError as exc:
        named = sum(corpus.is_named_source(a) for a in item.attributions)
        return polnear_row(
            item.id,
            item.article.source,
            {"fn": named, **_layer_tally(item)},
            error=str(exc),
            wall_s=time.perf_counter() - started,
        )
    score = corpus.score_attribution(briefing, item)
    counts: dict[str, float] = {
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
        "recall_tp": score.recall_tp,
        "unjudged": score.unjudged,
        **_layer_tally(item),
    }
    return polnear_row(
        item.id, item.article.source, counts, briefing, None, cached, time.perf_counter() - started
    )


def _layer_tally(item: corpus.PolnearArticle) -> dict[str, float]:
    """Source, cue and content span match of the attribution layer (whatever the prompt)."""
    from briefing.attribution import read

    text = item.article.text
    predicted = [PredictedSpans(c.source, c.cue, c.content) for c in read(text).candidates]
    return score_spans(predicted, item.attributions, text).tally()


def _print_polnear(result: RunResult) -> None:
    for config in result.configurations:
        _print_polnear_articles(config)
    print_table(result)
    for config in result.configurations:
        _print_polnear_totals(config)


def _print_polnear_articles(config: ConfigEntry) -> None:
    table = Table(title=f"PolNeAR: {config.label}")
    for header in ("article", "tp", "fp", "fn", "precision", "recall", "note"):
        table.add_column(header, justify="left" if header in ("article", "note") else "right")
    for row in config.articles:
        note = "failed: " + row.error if row.error else ("cached" if row.cached else "")
        table.add_row(
            row.article_id,
            *(str(int(row.tally.get(k, 0))) for k in ("tp", "fp", "fn")),
            value_text(None, row.scores.get("precision")),
            value_text(None, row.scores.get("recall")),
            note,
        )
    console().print(table)


def _print_polnear_totals(config: ConfigEntry) -> None:
    out = console()
    m, t = config.metrics, config.articles
    tp, fp, fn, unjudged = (
        int(sum(r.tally.get(k, 0) for r in t)) for k in ("tp", "fp", "fn", "unjudged")
    )
    out.print(
        f"{config.label}: micro precision {value_text(None, m['precision'])}, recall "
        f"{value_text(None, m['recall'])} (tp {tp}, fp {fp}, fn {fn}); precision without the "
        f"{unjudged} fp(s) under unnamed sources {value_text(None, m['named_precision'])}"
    )
    out.print(
        "attribution layer spans (P/R/F1): "
        + "; ".join(
            f"{role} {mode} "
            + "/".join(value_text(None, m[f"{role}_{mode}_{w}"]) for w in ("p", "r", "f1"))
            for role in ("source", "cue", "content")
            for mode in ("exact", "overlap")
        )
    )
