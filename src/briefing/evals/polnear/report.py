"""A PolNeAR run printed: per-article rows, the comparison table, each configuration's totals."""

from __future__ import annotations

from rich.table import Table

from briefing.evals.polnear.spans import MODES, ROLES
from briefing.evals.reporting import ConfigEntry, RunResult, console, print_table, value_text


def print_polnear(result: RunResult) -> None:
    for config in result.configurations:
        _print_articles(config)
    print_table(result)
    for config in result.configurations:
        _print_totals(config)


def _print_articles(config: ConfigEntry) -> None:
    table = Table(title=f"PolNeAR: {config.label}")
    for header in ("article", "tp", "fp", "split", "fn", "precision", "recall", "note"):
        table.add_column(header, justify="left" if header in ("article", "note") else "right")
    for row in config.articles:
        note = "failed: " + row.error if row.error else ("cached" if row.cached else "")
        table.add_row(
            row.article_id,
            *(str(int(row.tally.get(k, 0))) for k in ("tp", "fp", "split", "fn")),
            value_text(None, row.scores.get("precision")),
            value_text(None, row.scores.get("recall")),
            note,
        )
    console().print(table)


def _print_totals(config: ConfigEntry) -> None:
    out = console()
    m, t = config.metrics, config.articles
    tp, fp, fn, unjudged, split = (
        int(sum(r.tally.get(k, 0) for r in t)) for k in ("tp", "fp", "fn", "unjudged", "split")
    )
    out.print(
        f"{config.label}: micro precision {value_text(None, m['precision'])}, recall "
        f"{value_text(None, m['recall'])} (tp {tp}, fp {fp}, fn {fn}); precision without the "
        f"{unjudged} fp(s) under unnamed sources {value_text(None, m['named_precision'])}; "
        f"{split} split item(s) (further parts of an already paired content) left out, "
        f"{value_text(None, m.get('named_precision_with_splits'))} counting them as tps"
    )
    out.print(
        "attribution layer spans (P/R/F1): "
        + "; ".join(
            f"{role} {mode} "
            + "/".join(value_text(None, m[f"{role}_{mode}_{w}"]) for w in ("p", "r", "f1"))
            for role in ROLES
            for mode in MODES
        )
    )
