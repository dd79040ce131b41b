"""Scoring a suite run: each record's matches against its gold, and its tally.

Recall counts only required gold; a prediction matched to optional gold is
neither a true nor a false positive. A failed run misses all its required gold.
Micro scores sum the counts over articles; macro F1 is the mean of the four
fields' F1. With nothing to find and nothing predicted, a field scores 1.0
(`Counts`). Rates with nothing to count (grounding with no quotes, actor
accuracy with no quote matches, latency with no briefing) are None, shown as "–".
The metrics themselves are defined once, in `briefing.evals.scoring.measures`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.evals.running.runner import RunRecord, SuiteRun, config_label
from briefing.evals.scoring import (
    FieldMatch,
    FieldScores,
    Thresholds,
    add,
    evaluate,
    grounded,
    match_briefing,
    match_tally,
    unmatched_gold,
)


def _passes(record: RunRecord) -> int:
    """Passes a run made (a cue prompt asks nothing more when it can decide alone)."""
    return record.briefing.provenance.passes if record.briefing else record.passes


@dataclass
class ArticleResult(FieldScores):
    """One run (prompt x model x article) with its matches and counts."""

    record: RunRecord
    matches: dict[str, FieldMatch]

    def tally(self) -> dict[str, float]:
        """The additive counts every suite metric is computed from (see scoring/measures.py)."""
        record, briefing = self.record, self.record.briefing
        tally = match_tally(self, record.gold, briefing, record.article.text)
        tally["runs.total"] = 1
        tally["retries"] = max(0, record.attempts - _passes(record))
        if briefing is not None:
            held, emitted = grounded(briefing, record.article.text)
            provenance = briefing.provenance
            usage = provenance.usage
            tally.update(
                {
                    "grounding.held": held,
                    "grounding.emitted": emitted,
                    "runs.valid": 1,
                    "runs.first_attempt": provenance.attempts == provenance.passes,
                    "latency.sum": provenance.latency_s,
                    "prompt_tokens": usage.prompt_tokens,
                    "completion_tokens": usage.completion_tokens,
                    "tokens": usage.prompt_tokens + usage.completion_tokens,
                }
            )
        return tally


def score_record(record: RunRecord, thresholds: Thresholds) -> ArticleResult:
    if record.briefing is None:
        return ArticleResult(record, unmatched_gold(record.gold))
    return ArticleResult(record, match_briefing(record.briefing, record.gold, thresholds))


def summarize(results: Sequence[ArticleResult]) -> dict[str, float | None]:
    """Every suite metric over one configuration's runs (micro: counts summed first)."""
    return evaluate("suite", add(r.tally() for r in results))


@dataclass
class ConfigResult:
    """One prompt x model: its runs, scored."""

    prompt: str
    model: str
    articles: list[ArticleResult]

    @property
    def label(self) -> str:
        return config_label(self.prompt, self.model)


def score_run(run: SuiteRun) -> list[ConfigResult]:
    """Score every record of a suite run, grouped by configuration in run order."""
    grouped: dict[tuple[str, str], list[ArticleResult]] = {}
    for record in run.records:
        scored = score_record(record, run.suite.thresholds)
        grouped.setdefault((record.prompt, record.model), []).append(scored)
    return [ConfigResult(prompt, model, results) for (prompt, model), results in grouped.items()]
