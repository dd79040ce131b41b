"""Repeat runs (`--repeat N`): per-metric mean and spread, and how often each gold item is found.

Each repeat is scored on its own (its rows' tallies summed), giving N values
per metric: their mean and sample standard deviation are reported. A required
gold item is *found* in a repeat when it is matched there; an item found in
some repeats but not all is *flaky*.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from briefing.evals.reporting.result import ConfigEntry, RunResult
from briefing.evals.scoring import RunKind, add, evaluate, measures


@dataclass(frozen=True)
class Spread:
    mean: float
    sd: float
    values: list[float]


@dataclass(frozen=True)
class ItemFound:
    article_id: str
    field: str
    gold_id: str
    found: int
    runs: int

    @property
    def flaky(self) -> bool:
        return 0 < self.found < self.runs


def per_repeat(config: ConfigEntry, kind: RunKind) -> dict[str, Spread]:
    """Mean and sd over the repeats of each table rate."""
    shown = [m for m in measures(kind).values() if m.table and m.unit == "rate"]
    scores = [
        evaluate(kind, add(r.tally for r in config.articles if r.repeat == index))
        for index in range(config.repeats)
    ]
    found = {}
    for measure in shown:
        values = [v for s in scores if (v := s[measure.name]) is not None]
        if values:
            sd = statistics.stdev(values) if len(values) > 1 else 0.0
            found[measure.name] = Spread(statistics.fmean(values), sd, values)
    return found


def found_items(config: ConfigEntry) -> list[ItemFound]:
    """For each required gold item: in how many rows (repeats) it was matched."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    for row in config.articles:
        for field, outcome in row.matches.items():
            for pair in outcome.matched:
                counts.setdefault((row.article_id, field, pair.gold), [0, 0])[0] += 1
            for key in [(row.article_id, field, pair.gold) for pair in outcome.matched] + [
                (row.article_id, field, gid) for gid in outcome.missed
            ]:
                counts.setdefault(key, [0, 0])[1] += 1
    return [ItemFound(a, f, g, found, runs) for (a, f, g), (found, runs) in counts.items()]


def repeat_lines(result: RunResult) -> list[str]:
    """Plain lines for the report; empty when no configuration was repeated."""
    lines: list[str] = []
    for config in result.configurations:
        if config.repeats < 2:
            continue
        lines.append(f"{config.label}: {config.repeats} repeats, mean ± sd")
        for name, spread in per_repeat(config, result.kind).items():
            shown = " ".join(f"{v:.2f}" for v in spread.values)
            lines.append(f"  {name} {spread.mean:.2f} ± {spread.sd:.2f}  ({shown})")
        items = found_items(config)
        flaky = [i for i in items if i.flaky]
        steady = sum(i.found == i.runs for i in items)
        lines.append(
            f"  gold items found in every repeat: {steady}, in none: "
            f"{sum(i.found == 0 for i in items)}, flaky: {len(flaky)}"
        )
        lines += [
            f"  flaky {i.article_id} {i.field} {i.gold_id}: found {i.found}/{i.runs}" for i in flaky
        ]
    return lines
