"""Reading a `RunResult` for people: the comparison table with its intervals, cost, slices.

A run folder `evals/runs/YYYYmmdd-HHMMSS_SUITE/` holds `result.json` (the
RunResult) and `table.md` (these tables); the same tables print with rich.
Under each configuration's row, a second row gives the 95% bootstrap
interval of each metric (`scoring/stats.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from briefing.evals.folders import new_run_dir
from briefing.evals.reporting.repeats import repeat_lines
from briefing.evals.reporting.result import RESULT_FILE, ConfigEntry, Cost, RunResult, Span, save
from briefing.evals.scoring import FEW_ARTICLES, SOURCE_TYPES, Interval, Measure, RunKind, measures
from briefing.output import write_atomic
from briefing.schema import ITEM_FIELDS

TABLE_FILE = "table.md"
CI_LABEL = "95% CI"
LEGENDS: dict[RunKind, str] = {
    "suite": (
        "parties..concerns: F1 per field; grounding: quotes found at their span; "
        "actor acc: right actor among quote matches; kind / full name: right kind / the "
        "gold's full name among matched parties; dupes: extra parties naming a matched gold "
        "party; links: gold responds_to/addressed_to found; link prec: links given on "
        "matched items that are right; unresolved: items whose text "
        "leans on a pronoun or 'those concerns'; para F1 / quote F1: token F1 of the "
        "paraphrase / of the quote against the gold's paraphrase; sum. ground: the "
        "summary's names and numbers found in the article; sum. cover: required parties "
        "the summary names; valid: runs that gave a briefing; "
        "latency: mean per article"
    ),
    "polnear": (
        "precision/recall against PolNeAR's named sources (one item per attribution, "
        "splits left out); named prec: precision without "
        "the items under unnamed sources"
    ),
}
WIDE = 200  # columns when stdout is not a terminal (files, CI logs)


def columns(kind: RunKind) -> list[Measure]:
    return [m for m in measures(kind).values() if m.table]


def value_text(measure: Measure | None, value: float | None) -> str:
    """Rates with 2 decimals, latency in s, counts as integers, '–' for none."""
    if value is None:
        return "–"
    if measure is not None and measure.unit == "seconds":
        return f"{value:.1f} s"
    if measure is not None and measure.unit == "count":
        return str(round(value))
    return f"{value:.2f}"


def span_text(measure: Measure | None, span: Span | Interval | None) -> str:
    """An interval as `[low, high]` (readable when it holds negative differences)."""
    if span is None:
        return "–"
    return f"[{value_text(measure, span.low)}, {value_text(measure, span.high)}]"


def range_text(measure: Measure | None, span: Span | None) -> str:
    """A metric's interval, compact for the tables: `low–high`."""
    if span is None:
        return "–"
    return f"{value_text(measure, span.low)}–{value_text(measure, span.high)}"


def table_rows(result: RunResult) -> list[tuple[str, list[str]]]:
    """(label, cells) per configuration, each followed by its interval row."""
    shown = columns(result.kind)
    found: list[tuple[str, list[str]]] = []
    for config in result.configurations:
        cells = [value_text(m, config.metrics.get(m.name)) for m in shown]
        spans = [range_text(m, config.intervals.get(m.name)) for m in shown]
        calls = f"{config.cost.runs_calling}/{config.cost.cache_hits}"
        found += [(config.label, [*cells, calls]), (CI_LABEL, [*spans, ""])]
    return found


def headers(kind: RunKind) -> list[str]:
    return [m.title for m in columns(kind)] + ["calls/cached"]


def caveat(result: RunResult) -> str:
    articles = result.bootstrap.articles
    line = (
        f"95% CI: bootstrap over {articles} article(s), {result.bootstrap.resamples} "
        f"resamples, seed {result.bootstrap.seed}."
    )
    if articles < FEW_ARTICLES:
        line += f" Only {articles} article(s): the intervals are rough; do not trust them."
    return line


def console() -> Console:
    """A stdout console, wide when writing to a file or CI log."""
    found = Console()
    return found if found.is_terminal else Console(width=WIDE)


def comparison_table(result: RunResult) -> Table:
    table = Table(title=f"{result.kind} {result.suite}", caption=LEGENDS[result.kind])
    table.add_column("prompt @ model", no_wrap=True)
    for header in headers(result.kind):
        table.add_column(header, justify="right")
    for label, cells in table_rows(result):
        style = "dim" if label == CI_LABEL else None
        table.add_row(label, *cells, style=style)
    return table


COST_HEADERS = (
    "runs",
    "runs calling",
    "model calls",
    "cache hits",
    "prompt tok",
    "completion tok",
    "model time",
    "wall",
    "USD",
)


def cost_cells(cost: Cost) -> list[str]:
    money = "–" if cost.usd is None else f"{cost.usd:.4f}"
    return [
        str(cost.runs),
        str(cost.runs_calling),
        str(cost.model_calls),
        str(cost.cache_hits),
        str(cost.prompt_tokens),
        str(cost.completion_tokens),
        f"{cost.model_time_s:.1f} s",
        f"{cost.wall_s:.1f} s",
        money,
    ]


def slice_cells(config: ConfigEntry, field: str) -> list[str]:
    """F1 [interval] per source type of one field (suite runs)."""
    found = []
    for source in SOURCE_TYPES:
        name = f"{field}_f1[{source}]"
        value, span = config.metrics.get(name), config.intervals.get(name)
        found.append("–" if value is None else f"{value:.2f} ({range_text(None, span)})")
    return found


def print_table(result: RunResult) -> None:
    out = console()
    out.print(comparison_table(result))
    out.print(caveat(result))
    cost = Table(title="cost")
    cost.add_column("prompt @ model", no_wrap=True)
    for header in COST_HEADERS:
        cost.add_column(header, justify="right")
    for config in result.configurations:
        cost.add_row(config.label, *cost_cells(config.cost))
    out.print(cost)
    if result.kind == "suite":
        out.print(_slice_table(result))
    for line in repeat_lines(result):
        out.print(line, markup=False)
    out.print(f"{result.calls} model calls, {result.cached} cached")


def _slice_table(result: RunResult) -> Table:
    table = Table(title="F1 by source type (95% CI)")
    table.add_column("prompt @ model", no_wrap=True)
    table.add_column("field")
    for source in SOURCE_TYPES:
        table.add_column(source, justify="right")
    for config in result.configurations:
        for field in ITEM_FIELDS:
            table.add_row(config.label, field, *slice_cells(config, field))
    return table


def _md_table(head: Sequence[str], body: Sequence[Sequence[str]]) -> list[str]:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return [line(head), "|---|" + "---:|" * (len(head) - 1), *(line(row) for row in body)]


def markdown(result: RunResult) -> str:
    """The comparison table with intervals, cost, slices, repeats and per-article scores."""
    lines = [f"# Eval {result.suite} ({result.created})", ""]
    lines += _md_table(
        ["prompt @ model", *headers(result.kind)],
        [[label, *cells] for label, cells in table_rows(result)],
    )
    lines += [
        "",
        f"{result.calls} model calls, {result.cached} cached. "
        f"{LEGENDS[result.kind]}. {caveat(result)}",
        "",
        "## Cost",
        "",
    ]
    lines += _md_table(
        ["prompt @ model", *COST_HEADERS],
        [[c.label, *cost_cells(c.cost)] for c in result.configurations],
    )
    if result.kind == "suite":
        lines += ["", "## F1 by source type (95% CI)", ""]
        lines += _md_table(
            ["prompt @ model", "field", *SOURCE_TYPES],
            [[c.label, f, *slice_cells(c, f)] for c in result.configurations for f in ITEM_FIELDS],
        )
    repeats = repeat_lines(result)
    if repeats:
        lines += ["", "## Repeats", "", *(f"    {line}" for line in repeats)]
    lines += ["", "## Per article", ""]
    shown = columns(result.kind)[:5]
    lines += _md_table(
        ["article", "prompt @ model", *(m.title for m in shown), "error"],
        [
            [
                row.article_id + (f" #{row.repeat}" if row.repeat else ""),
                config.label,
                *(value_text(m, row.scores.get(m.name)) for m in shown),
                row.error or "",
            ]
            for config in result.configurations
            for row in config.articles
        ],
    )
    return "\n".join(lines) + "\n"


def write_run(result: RunResult) -> Path:
    """Write result.json and table.md to a new run folder; return the folder."""
    folder = new_run_dir(result.suite)
    save(result, folder / RESULT_FILE)
    write_atomic(folder / TABLE_FILE, markdown(result))
    return folder
