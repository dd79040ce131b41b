"""`briefing eval compare A B` and `briefing eval baseline RUN -o FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.options import fail
from briefing.errors import BriefingError, EvalError
from briefing.evals.reporting import (
    RunResult,
    compare_page,
    compare_runs,
    console,
    delta_table,
    flip_lines,
    load_result,
    save,
    strip,
)
from briefing.evals.scoring import RunKind
from briefing.output import check_file, write_atomic

RunArgument = Annotated[Path, typer.Argument(help="A run folder, its result.json, or a baseline.")]


def load_baseline(path: Path, kind: RunKind) -> RunResult:
    """A baseline for a run of `kind`; EvalError if it is another kind of run."""
    found = load_result(path)
    if found.kind != kind:
        raise EvalError(f"{path}: a {found.kind} run cannot be the baseline of a {kind} run")
    return found


def compare(
    run_a: RunArgument,
    run_b: Annotated[Path, typer.Argument(help="The later run to compare with A.")],
    fail_on_regression: Annotated[
        bool,
        typer.Option("--fail-on-regression", help="Exit 1 when B is worse beyond the noise."),
    ] = False,
    html: Annotated[Path | None, typer.Option("--html", help="Write an HTML page.")] = None,
    config_a: Annotated[
        str | None, typer.Option("--config-a", help="A's configuration, e.g. 'default @ local'.")
    ] = None,
    config_b: Annotated[
        str | None, typer.Option("--config-b", help="B's configuration (with --config-a).")
    ] = None,
) -> None:
    """B - A per metric, paired over the shared articles, with 95% intervals and flipped items.

    Configurations pair by label; give --config-a and --config-b to compare two prompts
    or models, also within one run (RUN_A and RUN_B the same folder).
    """
    if (config_a is None) != (config_b is None):
        raise typer.BadParameter("give both --config-a and --config-b, or neither")
    chosen = (config_a, config_b) if config_a is not None and config_b is not None else None
    try:
        if html is not None:
            check_file(html)
        comparison = compare_runs(load_result(run_a), load_result(run_b), chosen=chosen)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    if not comparison.deltas:
        raise fail("the two runs share no prompt @ model configuration and article")
    out = console()
    out.print(delta_table(comparison))
    for label, ids in comparison.shared.items():
        out.print(f"{label}: {len(ids)} shared article(s)", markup=False)
    out.print("per article:")
    for change in comparison.articles:
        out.print(f"  {change}", markup=False)
    lines = flip_lines(comparison)
    out.print(f"{len(lines)} item(s) flipped (+ found more often in B, - less often)")
    for line in lines:
        out.print(f"  {line}", markup=False)
    if html is not None:
        try:
            write_atomic(html, compare_page(comparison, str(run_a), str(run_b)))
        except BriefingError as exc:
            raise fail(str(exc)) from None
        typer.echo(f"html: {html}")
    regressions = comparison.regressions
    typer.echo(f"{len(regressions)} regression(s)")
    if regressions and fail_on_regression:
        raise typer.Exit(1)


def baseline(
    run: RunArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="The baseline file to write.")],
) -> None:
    """Write a run's scores (no briefings) as a baseline file for `--baseline`."""
    try:
        check_file(output)
        saved = save(strip(load_result(run)), output)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"baseline: {saved}")
