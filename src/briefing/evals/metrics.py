"""Scoring a suite run: each article's matches, and the tally its metrics come from.

Recall counts only required gold; a prediction matched to optional gold is
neither a true nor a false positive. A failed run misses all its required gold.
Micro scores sum the counts over articles; macro F1 is the mean of the four
fields' F1. With nothing to find and nothing predicted, a field scores 1.0.
Rates with nothing to count (grounding with no quotes, actor accuracy with no
quote matches, latency with no briefing) are None, shown as "–".
The metrics themselves are defined once, in `measures.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.evals.gold import FIELDS
from briefing.evals.match import FieldMatch, Thresholds, match_briefing, unmatched_gold
from briefing.evals.measures import Counts, add, evaluate
from briefing.evals.runner import RunRecord, SuiteRun, config_label
from briefing.evals.slices import source_type
from briefing.schema import Briefing


def grounded(briefing: Briefing, article_text: str) -> tuple[int, int]:
    """(quotes whose span holds exactly the quote, quotes emitted)."""
    items = briefing.items()
    held = sum(article_text[item.span[0] : item.span[1]] == item.quote for item in items)
    return held, len(items)


def _passes(record: RunRecord) -> int:
    """Passes a run made (a cue prompt asks nothing more when it can decide alone)."""
    return record.briefing.provenance.passes if record.briefing else record.passes


@dataclass
class ArticleResult:
    """One run (prompt x model x article) with its matches and counts."""

    record: RunRecord
    matches: dict[str, FieldMatch]

    @property
    def counts(self) -> dict[str, Counts]:
        return {name: m.counts for name, m in self.matches.items()}

    @property
    def macro_f1(self) -> float:
        found = evaluate("suite", self.tally())["macro_f1"]
        return found if found is not None else 0.0

    def tally(self) -> dict[str, float]:
        """The additive counts every suite metric is computed from (see measures.py)."""
        record, briefing = self.record, self.record.briefing
        tally: dict[str, float] = {}
        for name, counts in self.counts.items():
            tally.update(counts.tally(name))
        tally.update(self._slices())
        item_matches = [m for n, m in self.matches.items() if n != "parties"]
        tally["actor.quote_matched"] = sum(m.quote_matched for m in item_matches)
        tally["actor.right"] = sum(m.actor_right for m in item_matches)
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

    def _slices(self) -> dict[str, float]:
        """Counts per item field and source type: tp/fn typed by gold, fp by prediction."""
        text, briefing = self.record.article.text, self.record.briefing
        found: dict[str, Counts] = {}

        def bump(key: str, counts: Counts) -> None:
            found[key] = found.get(key, Counts()) + counts

        for field in FIELDS:
            gold = {item.id: item.span for item in self.record.gold.items(field)}
            predicted = {i.id: i.span for i in getattr(briefing, field)} if briefing else {}
            match = self.matches[field]
            for pair in match.pairs:
                bump(f"{field}.{_typed(text, gold[pair.gold])}", Counts(tp=1))
            for gid in match.missed:
                bump(f"{field}.{_typed(text, gold[gid])}", Counts(fn=1))
            for pid in match.extra:
                bump(f"{field}.{_typed(text, predicted[pid])}", Counts(fp=1))
        return {k: v for key, counts in found.items() for k, v in counts.tally(key).items()}


def _typed(text: str, span: tuple[int, int] | None) -> str:
    return source_type(text, span) if span is not None else "paraphrase"


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
