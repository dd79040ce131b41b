"""Comparing two runs: per-metric deltas per configuration, regressions flagged.

A regression is a drop of more than 0.02 in an F1 or a rate, or latency
rising by more than 20%.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.table import Table

from briefing.evals.metrics import RATE_METRICS

RATE_DROP = 0.02
LATENCY_RISE = 0.20
COMPARED = (*RATE_METRICS, "latency_s", "tokens")


@dataclass(frozen=True)
class Delta:
    config: str
    metric: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def regression(self) -> bool:
        change = self.change
        if change is None or self.before is None:
            return False
        if self.metric in RATE_METRICS:
            return change < -RATE_DROP
        if self.metric == "latency_s":
            return self.before > 0 and change / self.before > LATENCY_RISE
        return False


def deltas(before: dict[str, Any], after: dict[str, Any]) -> list[Delta]:
    """Deltas for every configuration present in both results."""
    old = {c["label"]: c["metrics"] for c in before["configurations"]}
    found = []
    for config in after["configurations"]:
        if config["label"] not in old:
            continue
        for metric in COMPARED:
            found.append(
                Delta(
                    config["label"],
                    metric,
                    old[config["label"]].get(metric),
                    config["metrics"].get(metric),
                )
            )
    return found


def _value(value: float | None, metric: str) -> str:
    if value is None:
        return "–"
    return str(int(value)) if metric == "tokens" else f"{value:.2f}"


def _change(delta: Delta) -> str:
    change = delta.change
    if change is None:
        return "–"
    return f"{int(change):+d}" if delta.metric == "tokens" else f"{change:+.2f}"


def delta_table(found: list[Delta]) -> Table:
    """A row per configuration x metric: A, B, delta, and a flag on regressions."""
    table = Table(title="A → B")
    table.add_column("prompt @ model")
    table.add_column("metric")
    for header in ("A", "B", "delta", ""):
        table.add_column(header, justify="right")
    for delta in found:
        table.add_row(
            delta.config,
            delta.metric,
            _value(delta.before, delta.metric),
            _value(delta.after, delta.metric),
            _change(delta),
            "[red]REGRESSION[/red]" if delta.regression else "",
        )
    return table
