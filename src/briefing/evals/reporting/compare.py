"""Comparing two runs of the same kind, paired over their shared articles.

For every configuration (prompt @ model) in both runs, each metric's
difference B - A comes with a paired-bootstrap 95% interval (`stats.paired`):
the same articles are drawn for both runs in each resample. A difference is
*distinguishable* when its interval excludes zero; a *regression* is a
distinguishable change for the worse. Items that flipped (a required gold
item found in one run and missed in the other) are listed per article.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table

from briefing.errors import EvalError
from briefing.evals.reporting.repeats import found_items
from briefing.evals.reporting.result import ConfigEntry, RunResult
from briefing.evals.reporting.tables import span_text, value_text
from briefing.evals.scoring import (
    HEADLINE,
    Measure,
    PairedDiff,
    RunKind,
    add,
    evaluate,
    measures,
    paired,
)


@dataclass(frozen=True)
class Delta:
    config: str
    measure: Measure
    diff: PairedDiff

    @property
    def worse(self) -> bool:
        """The whole interval of B - A lies on the bad side of zero."""
        return self._beyond_zero(good=False)

    @property
    def better(self) -> bool:
        """The whole interval of B - A lies on the good side of zero."""
        return self._beyond_zero(good=True)

    def _beyond_zero(self, good: bool) -> bool:
        interval = self.diff.interval
        if interval is None:
            return False
        upward = self.measure.higher_is_better == good
        return interval.above_zero() if upward else interval.below_zero()

    @property
    def verdict(self) -> str:
        if self.diff.interval is None:
            return "n/a"
        return "worse" if self.worse else "better" if self.better else "no clear difference"


def _outcome(found: int, runs: int) -> str:
    if runs == 1:
        return "found" if found else "missed"
    return f"found {found}/{runs}"


@dataclass(frozen=True)
class Flip:
    """A required gold item found (in `found` of `runs` repeats) more or less often in B."""

    config: str
    article_id: str
    field: str
    gold_id: str
    before: tuple[int, int]
    after: tuple[int, int]

    @property
    def gained(self) -> bool:
        return self.after[0] / self.after[1] > self.before[0] / self.before[1]

    def __str__(self) -> str:
        return (
            f"{'+' if self.gained else '-'} {self.config} {self.article_id} {self.field} "
            f"{self.gold_id}: {_outcome(*self.before)} → {_outcome(*self.after)}"
        )


@dataclass(frozen=True)
class ArticleChange:
    """The headline metric (macro F1, PolNeAR F1) of one shared article in A and in B."""

    config: str
    article_id: str
    metric: str
    before: float | None
    after: float | None

    def __str__(self) -> str:
        a, b = value_text(None, self.before), value_text(None, self.after)
        change = (
            ""
            if self.before is None or self.after is None
            else f" ({self.after - self.before:+.2f})"
        )
        return f"{self.config} {self.article_id} {self.metric}: {a} → {b}{change}"


@dataclass(frozen=True)
class Comparison:
    shared: dict[str, list[str]]  # config label -> shared article ids
    deltas: list[Delta]
    flips: list[Flip]
    articles: list[ArticleChange]

    @property
    def regressions(self) -> list[Delta]:
        return [d for d in self.deltas if d.worse]


def _check(before: RunResult, after: RunResult) -> None:
    if before.kind != after.kind:
        raise EvalError(f"cannot compare a {before.kind} run with a {after.kind} run")


def _found(config: ConfigEntry) -> dict[tuple[str, str, str], tuple[int, int]]:
    return {(i.article_id, i.field, i.gold_id): (i.found, i.runs) for i in found_items(config)}


def flips(label: str, before: ConfigEntry, after: ConfigEntry, shared: list[str]) -> list[Flip]:
    """Required gold items found more or less often in B, on the shared articles."""
    old, new = _found(before), _found(after)
    return [
        Flip(label, *key, old[key], new[key])
        for key in new
        if key in old
        and key[0] in shared
        and old[key][0] / old[key][1] != new[key][0] / new[key][1]
    ]


def _by_article(config: ConfigEntry, kind: RunKind, metric: str) -> dict[str, float | None]:
    """The metric per article, its repeats pooled."""
    ids = dict.fromkeys(row.article_id for row in config.articles)
    return {
        i: evaluate(kind, add(r.tally for r in config.articles if r.article_id == i))[metric]
        for i in ids
    }


def per_article(
    label: str, before: ConfigEntry, after: ConfigEntry, shared: list[str], kind: RunKind
) -> list[ArticleChange]:
    metric = HEADLINE[kind]
    old, new = _by_article(before, kind, metric), _by_article(after, kind, metric)
    return [ArticleChange(label, i, metric, old[i], new[i]) for i in shared]


def pairs(
    before: RunResult, after: RunResult, chosen: tuple[str, str] | None = None
) -> list[tuple[ConfigEntry, ConfigEntry]]:
    """Which configuration of A goes with which of B.

    `chosen` = (label in A, label in B) picks one pair (two prompts, even of one run);
    otherwise configurations pair by label, and two runs of one configuration each
    pair with each other whatever their labels.
    """
    if chosen is not None:
        return [(_named(before, chosen[0]), _named(after, chosen[1]))]
    found = [
        (match, config)
        for config in after.configurations
        if (match := before.configuration(config.label)) is not None
    ]
    if not found and len(before.configurations) == len(after.configurations) == 1:
        found = [(before.configurations[0], after.configurations[0])]
    return found


def _named(run: RunResult, label: str) -> ConfigEntry:
    found = run.configuration(label)
    if found is None:
        known = ", ".join(c.label for c in run.configurations)
        raise EvalError(f"no configuration {label!r} (the run has: {known})")
    return found


def _label(old: ConfigEntry, new: ConfigEntry) -> str:
    return new.label if old.label == new.label else f"{old.label} → {new.label}"


def compare(
    before: RunResult,
    after: RunResult,
    only_gated: bool = False,
    chosen: tuple[str, str] | None = None,
) -> Comparison:
    """Paired deltas, per-article scores and flips for each pair of configurations."""
    _check(before, after)
    kind = after.kind
    measured = {n: m for n, m in measures(kind).items() if (m.gate if only_gated else m.table)}
    shared: dict[str, list[str]] = {}
    deltas: list[Delta] = []
    flipped: list[Flip] = []
    changes: list[ArticleChange] = []
    for old, new in pairs(before, after, chosen):
        label = _label(old, new)
        ids, diffs = paired(old.rows(), new.rows(), measured)
        shared[label] = ids
        deltas += [Delta(label, measured[name], diff) for name, diff in diffs.items()]
        flipped += flips(label, old, new, ids)
        changes += per_article(label, old, new, ids, kind)
    return Comparison(shared, deltas, flipped, changes)


def _change(delta: Delta) -> str:
    change = delta.diff.change
    if change is None:
        return "–"
    text = value_text(delta.measure, abs(change))
    return ("+" if change >= 0 else "-") + text


def delta_table(comparison: Comparison) -> Table:
    """A row per configuration x metric: A, B, B - A, its 95% interval and a verdict."""
    table = Table(title="A → B (paired over shared articles)")
    table.add_column("prompt @ model")
    table.add_column("metric")
    for header in ("A", "B", "B - A", "95% CI", ""):
        table.add_column(header, justify="right")
    for delta in comparison.deltas:
        verdict = delta.verdict
        if delta.worse:
            verdict = "[red]REGRESSION[/red]"
        elif delta.better:
            verdict = "[green]better[/green]"
        table.add_row(
            delta.config,
            delta.measure.name,
            value_text(delta.measure, delta.diff.before),
            value_text(delta.measure, delta.diff.after),
            _change(delta),
            span_text(delta.measure, delta.diff.interval),
            verdict,
        )
    return table


def flip_lines(comparison: Comparison) -> list[str]:
    """One line per flipped item: + found more often in B, - less often."""
    return [str(flip) for flip in comparison.flips]
