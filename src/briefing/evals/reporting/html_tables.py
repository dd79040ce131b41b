"""The HTML tables of a run (metrics with intervals, cost, slices) and of a paired comparison."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from briefing.evals.reporting.compare import Comparison, flip_lines
from briefing.evals.reporting.repeats import repeat_lines
from briefing.evals.reporting.result import RunResult
from briefing.evals.reporting.tables import (
    CI_LABEL,
    COST_HEADERS,
    caveat,
    cost_cells,
    headers,
    slice_cells,
    span_text,
    table_rows,
    value_text,
)
from briefing.evals.scoring import SOURCE_TYPES
from briefing.schema import ITEM_FIELDS


def table(head: Sequence[str], body: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A table.cmp; each body row is (css class, cells)."""
    top = "".join(f"<th>{escape(h)}</th>" for h in head)
    rows = "".join(
        f'<tr class="{escape(css)}">' + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>"
        for css, cells in body
    )
    return f'<table class="cmp"><tr>{top}</tr>{rows}</table>'


def run_tables(result: RunResult) -> str:
    """Comparison table (each row followed by its 95% interval), cost, and slices."""
    body = [
        ("ci" if label == CI_LABEL else "", [label, *cells]) for label, cells in table_rows(result)
    ]
    parts = [
        "<h2>Comparison</h2>",
        table(["prompt @ model", *headers(result.kind)], body),
        f'<p class="caveat">{escape(caveat(result))}</p>',
        "<h2>Cost</h2>",
        table(
            ["prompt @ model", *COST_HEADERS],
            [("", [c.label, *cost_cells(c.cost)]) for c in result.configurations],
        ),
    ]
    if result.kind == "suite":
        slices = [
            ("", [c.label, f, *slice_cells(c, f)])
            for c in result.configurations
            for f in ITEM_FIELDS
        ]
        parts += [
            "<h2>F1 by source type (95% CI)</h2>",
            table(["prompt @ model", "field", *SOURCE_TYPES], slices),
        ]
    repeats = repeat_lines(result)
    if repeats:
        parts += ["<h2>Repeats</h2>", f"<pre>{escape(chr(10).join(repeats))}</pre>"]
    return "".join(parts)


def comparison_section(comparison: Comparison, title: str = "Paired comparison") -> str:
    """B - A per configuration and metric, with its interval and verdict, then the flips."""
    body = []
    for delta in comparison.deltas:
        css = "worse" if delta.worse else "better" if delta.better else ""
        change = delta.diff.change
        body.append(
            (
                css,
                [
                    delta.config,
                    delta.measure.name,
                    value_text(delta.measure, delta.diff.before),
                    value_text(delta.measure, delta.diff.after),
                    "–" if change is None else f"{change:+.2f}",
                    span_text(delta.measure, delta.diff.interval),
                    delta.verdict,
                ],
            )
        )
    head = ["prompt @ model", "metric", "A", "B", "B - A", "95% CI", "verdict"]
    shared = "; ".join(f"{label}: {len(ids)}" for label, ids in comparison.shared.items())
    flips = flip_lines(comparison)
    listed = "".join(f"<li>{escape(line)}</li>" for line in flips) or "<li>none</li>"
    articles = table(
        ["prompt @ model", "article", "metric", "A", "B"],
        [
            (
                "",
                [
                    c.config,
                    c.article_id,
                    c.metric,
                    value_text(None, c.before),
                    value_text(None, c.after),
                ],
            )
            for c in comparison.articles
        ],
    )
    return (
        f"<h2>{escape(title)}</h2><p>shared articles: {escape(shared)}</p>"
        f"{table(head, body)}<h3>Per article</h3>{articles}"
        f"<h3>Items that flipped</h3><ul>{listed}</ul>"
    )


def compare_page(comparison: Comparison, name_a: str, name_b: str) -> str:
    """A self-contained page of a comparison (`briefing eval compare --html`)."""
    title = f"briefing eval compare: {name_a} → {name_b}"
    style = (
        "body{font:14px/1.45 system-ui,sans-serif;margin:24px}"
        "table.cmp{border-collapse:collapse}table.cmp td,table.cmp th"
        "{border:1px solid #d0d7de;padding:4px 8px;text-align:right}"
        ".worse{color:#cf222e;font-weight:600}.better{color:#1a7f37;font-weight:600}"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{style}</style></head><body><h1>{escape(title)}</h1>"
        f"{comparison_section(comparison)}</body></html>\n"
    )
