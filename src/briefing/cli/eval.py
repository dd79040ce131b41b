"""`briefing eval`: run a suite, compare two runs, or score against PolNeAR.

briefing eval                      # the `seeds` suite
briefing eval SUITE                # a suite name (evals/suites/) or .toml path
briefing eval --baseline FILE      # exit 1 when worse than FILE beyond the noise
briefing eval --repeat N --temperature T
briefing eval compare RUN_A RUN_B  # paired, with intervals and flipped items
briefing eval baseline RUN -o FILE
briefing eval init DIR             # a suite folder of one's own, ready to run
briefing eval polnear --data DIR [--limit N] [--baseline FILE]
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from briefing import backends
from briefing.backends.answer_cache import CachingBackend
from briefing.cli.eval_compare import baseline, compare, load_baseline
from briefing.cli.options import BaseUrlOption, QuietOption, RetriesOption, fail, prompt_search
from briefing.errors import BriefingError
from briefing.evals.folders import repo_root, runs_dir
from briefing.evals.polnear import load_polnear, polnear_article, print_polnear
from briefing.evals.reporting import (
    Comparison,
    RunConfig,
    RunResult,
    below_baseline,
    compare_runs,
    config_entry,
    flip_lines,
    print_table,
    run_result,
    suite_result,
    under_floors,
    write_html,
    write_junit,
    write_run,
)
from briefing.evals.running import BriefingCache, config_label, load_suite, run_suite, score_run
from briefing.evals.scaffold import write_starter
from briefing.evals.scoring import gated
from briefing.output import check_file, check_folder
from briefing.paths import home
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
    help="Score briefings against gold: `briefing eval [SUITE]`, `compare`, `baseline`, `init`, "
    "`polnear`.",
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
SuiteBaselineOption = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        help="A run folder, result.json or baseline file: exit 1 when worse beyond the noise "
        "(default: the file the suite's `baseline` names, if any).",
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
    ctx: typer.Context,
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
    baseline: SuiteBaselineOption = None,
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
        check_outputs(html, junit)
        spec = load_suite(suite)
        baseline = baseline or spec.baseline_path()
        reference = load_baseline(baseline, "suite") if baseline is not None else None
        done = run_suite(
            spec,
            prompts=prompt or (),
            models=model or (),
            base_url=base_url,
            options=Options(max_retries=max_retries, temperature=temperature, seed=seed),
            cache=BriefingCache(read=not no_cache),
            reporter=reporter,
            repeat=repeat,
            prompt_dirs=prompt_search(ctx),
        )
    except BriefingError as exc:
        raise fail(str(exc)) from None
    configs = score_run(done)
    result = suite_result(done, configs)
    print_table(result)
    floors = {**spec.floors, **floors}
    comparison = _against(result, reference)
    try:  # every output is written, also when every run failed (CI reads the JUnit then)
        typer.echo(f"results: {write_run(result)}")
        if html is not None:
            write_html(html, result, configs, comparison)
            typer.echo(f"html: {html}")
        if junit is not None:
            write_junit(junit, spec.name, configs, floors.get("macro_f1"))
            typer.echo(f"junit: {junit}")
    except BriefingError as exc:
        raise fail(str(exc)) from None
    _fail_if_all_failed([record.error for record in done.records])
    problems = under_floors(result, floors)
    if reference is not None:
        problems += below_baseline(result, reference)
    for line in problems:
        typer.echo(f"error: {line}", err=True)
    if problems:
        raise typer.Exit(1)


@eval_app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="A new or empty folder for the suite.")],
) -> None:
    """Write a suite folder that runs as it is: suite, example article and gold, README, CI."""
    try:
        suite = write_starter(folder)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"suite: {suite}")
    typer.echo(f"run it: briefing eval run {suite}   (then see {folder / 'README.md'})")


def check_outputs(*files: Path | None) -> None:
    """Before any model call: the runs folder, the cache folder and `files` can be written."""
    check_folder(runs_dir())
    check_folder(home())
    for file in files:
        if file is not None:
            check_file(file)


def _fail_if_all_failed(errors: list[str | None]) -> None:
    failed = [error for error in errors if error is not None]
    if failed and len(failed) == len(errors):
        raise fail(f"every run failed ({len(failed)} of {len(errors)}); first: {failed[0]}")


def _against(result: RunResult, reference: RunResult | None) -> Comparison | None:
    """The paired comparison with the baseline, printed; None without a baseline."""
    if reference is None:
        return None
    comparison = compare_runs(reference, result, only_gated=True)
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
    ctx: typer.Context,
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
        check_outputs()
        reference = load_baseline(baseline, "polnear") if baseline is not None else None
        articles = load_polnear(folder, limit)
        templates = {name: load_prompt(name, prompt_search(ctx)) for name in prompts}
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
        rows = []
        for position, item in enumerate(articles, start=1):
            reporter.say(f"[{position}/{len(articles)}] {item.id} · {label}")
            rows.append(polnear_article(item, backend, templates[name], options, cache, reporter))
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
    print_polnear(result)
    try:
        typer.echo(f"results: {write_run(result) / 'result.json'}")
    except BriefingError as exc:
        raise fail(str(exc)) from None
    _fail_if_all_failed(errors)
    _against(result, reference)
    problems = below_baseline(result, reference) if reference is not None else []
    for line in problems:
        typer.echo(f"error: {line}", err=True)
    if problems:
        raise typer.Exit(1)
