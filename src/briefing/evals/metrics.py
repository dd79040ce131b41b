"""Scores: precision/recall/F1 per field, and run-level rates.

Recall counts only required gold; a prediction matched to optional gold is
neither a true nor a false positive. A failed run misses all its required gold.
Micro scores sum the counts over articles; macro F1 is the mean of the four
fields' F1. With nothing to find and nothing predicted, a field scores 1.0.
Rates with nothing to count (grounding with no quotes, actor accuracy with no
quote matches, latency with no briefing) are None, shown as "–".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.evals.match import FieldMatch, Thresholds, match_briefing, unmatched_gold
from briefing.schema import Briefing

if TYPE_CHECKING:
    from briefing.evals.runner import RunRecord, SuiteRun

FIELD_NAMES = ("parties", "claims", "denials", "concerns")
# Metric names used by --fail-under, compare, and the reports; higher is better
# for all but latency_s, tokens and retries.
RATE_METRICS = (
    *(f"{name}_f1" for name in FIELD_NAMES),
    "macro_f1",
    "grounding",
    "actor_accuracy",
    "schema_valid",
    "first_attempt_valid",
)
COST_METRICS = ("latency_s", "tokens", "retries")


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def macro_f1(counts: dict[str, Counts]) -> float:
    return sum(counts[name].f1 for name in FIELD_NAMES) / len(FIELD_NAMES)


@dataclass
class ArticleResult:
    """One run (prompt x model x article) with its matches and counts."""

    record: RunRecord
    matches: dict[str, FieldMatch]

    @property
    def counts(self) -> dict[str, Counts]:
        return {name: Counts(m.tp, m.fp, m.fn) for name, m in self.matches.items()}

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.counts)


def score_record(record: RunRecord, thresholds: Thresholds) -> ArticleResult:
    if record.briefing is None:
        return ArticleResult(record, unmatched_gold(record.gold))
    return ArticleResult(record, match_briefing(record.briefing, record.gold, thresholds))


def grounded(briefing: Briefing, article_text: str) -> tuple[int, int]:
    """(quotes whose span holds exactly the quote, quotes emitted)."""
    items = briefing.items()
    held = sum(article_text[item.span[0] : item.span[1]] == item.quote for item in items)
    return held, len(items)


def _passes(record: RunRecord) -> int:
    """Passes a run made (a cue prompt asks nothing more when it can decide alone)."""
    return record.briefing.provenance.passes if record.briefing else record.passes


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class ConfigMetrics:
    """Everything reported for one prompt x model over the suite's articles."""

    fields: dict[str, Counts]
    grounding: float | None
    actor_accuracy: float | None
    schema_valid: float
    first_attempt_valid: float
    latency_s: float | None
    tokens: int
    retries: int
    calls: int
    cached: int

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.fields)

    def flat(self) -> dict[str, float | None]:
        """Metric name -> value, the names --fail-under and compare use."""
        values: dict[str, float | None] = {f"{n}_f1": self.fields[n].f1 for n in FIELD_NAMES}
        values.update(
            macro_f1=self.macro_f1,
            grounding=self.grounding,
            actor_accuracy=self.actor_accuracy,
            schema_valid=self.schema_valid,
            first_attempt_valid=self.first_attempt_valid,
            latency_s=self.latency_s,
            tokens=float(self.tokens),
            retries=float(self.retries),
        )
        return values


def summarize(results: Sequence[ArticleResult]) -> ConfigMetrics:
    """Micro-averaged scores and rates over one configuration's runs."""
    fields = {name: sum((r.counts[name] for r in results), Counts()) for name in FIELD_NAMES}
    briefings = [(r.record, r.record.briefing) for r in results if r.record.briefing is not None]
    held = emitted = 0
    for record, briefing in briefings:
        ok, total = grounded(briefing, record.article.text)
        held, emitted = held + ok, emitted + total
    item_matches = [m for r in results for n, m in r.matches.items() if n != "parties"]
    quote_matched = sum(m.quote_matched for m in item_matches)
    actor_right = sum(m.actor_right for m in item_matches)
    latencies = [b.provenance.latency_s for _, b in briefings]
    first = sum(b.provenance.attempts == b.provenance.passes for _, b in briefings)
    return ConfigMetrics(
        fields=fields,
        grounding=_ratio(held, emitted),
        actor_accuracy=_ratio(actor_right, quote_matched),
        schema_valid=len(briefings) / len(results) if results else 0.0,
        first_attempt_valid=first / len(results) if results else 0.0,
        latency_s=sum(latencies) / len(latencies) if latencies else None,
        tokens=sum(
            b.provenance.usage.prompt_tokens + b.provenance.usage.completion_tokens
            for _, b in briefings
        ),
        retries=sum(max(0, r.record.attempts - _passes(r.record)) for r in results),
        calls=sum(not r.record.cached for r in results),
        cached=sum(r.record.cached for r in results),
    )


@dataclass
class ConfigResult:
    """One prompt x model: its runs, scored, and their summary."""

    prompt: str
    model: str
    articles: list[ArticleResult]
    metrics: ConfigMetrics

    @property
    def label(self) -> str:
        return f"{self.prompt} @ {self.model}"


def score_run(run: SuiteRun) -> list[ConfigResult]:
    """Score every record of a suite run, grouped by configuration in run order."""
    grouped: dict[tuple[str, str], list[ArticleResult]] = {}
    for record in run.records:
        scored = score_record(record, run.suite.thresholds)
        grouped.setdefault((record.prompt, record.model), []).append(scored)
    return [
        ConfigResult(prompt, model, results, summarize(results))
        for (prompt, model), results in grouped.items()
    ]
