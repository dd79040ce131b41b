"""An article's matches as counts: per field, per source type, for actors and grounding.

`FieldScores` is what every per-article match against gold shares (a suite
run's article, two labellers' files): the counts per field, macro F1 and the
actor sums. `match_tally` writes those counts as the additive *tally* every
suite metric is computed from (`measures.py`); the run's own counts (runs,
retries, tokens, latency) are added by `briefing.evals.running.scored`.
"""

from __future__ import annotations

from briefing.evals.scoring.counts import Counts
from briefing.evals.scoring.gold import FIELDS, GoldArticle
from briefing.evals.scoring.links import links_found
from briefing.evals.scoring.match import FieldMatch
from briefing.evals.scoring.measures import macro_f1
from briefing.evals.scoring.party_quality import party_quality
from briefing.evals.scoring.slices import source_type
from briefing.evals.scoring.standalone import standalone
from briefing.evals.scoring.summary import summary_quality
from briefing.schema import Briefing


class FieldScores:
    """Counts, macro F1 and actor sums of one article's `matches` (field name -> match)."""

    matches: dict[str, FieldMatch]

    @property
    def counts(self) -> dict[str, Counts]:
        return {name: m.counts for name, m in self.matches.items()}

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.counts)

    @property
    def quote_matched(self) -> int:
        """Predicted items (not parties) whose quote matches some gold item."""
        return sum(self.matches[name].quote_matched for name in FIELDS)

    @property
    def actor_right(self) -> int:
        """... of which some such gold item has the right actor."""
        return sum(self.matches[name].actor_right for name in FIELDS)


def grounded(briefing: Briefing, article_text: str) -> tuple[int, int]:
    """(quotes whose span holds exactly the quote, quotes emitted)."""
    items = briefing.items()
    held = sum(article_text[item.span[0] : item.span[1]] == item.quote for item in items)
    return held, len(items)


def match_tally(
    scores: FieldScores, gold: GoldArticle, briefing: Briefing | None, text: str
) -> dict[str, float]:
    """Counts per field, per field and source type, the actor counts, the party
    list's quality (`party_quality`), the links found (`links`), how the items stand
    alone (`standalone`) and the summary's quality (`summary`), as a tally."""
    tally: dict[str, float] = {}
    for name, counts in scores.counts.items():
        tally.update(counts.tally(name))
    tally.update(_slices(scores.matches, gold, briefing, text))
    tally["actor.quote_matched"] = scores.quote_matched
    tally["actor.right"] = scores.actor_right
    predicted = briefing.parties if briefing is not None else []
    tally.update(party_quality(predicted, gold, scores.matches["parties"]))
    tally.update(links_found(briefing, gold, scores.matches))
    tally.update(standalone(briefing, gold, scores.matches))
    tally.update(summary_quality(briefing, gold, text))
    return tally


def _slices(
    matches: dict[str, FieldMatch], gold: GoldArticle, briefing: Briefing | None, text: str
) -> dict[str, float]:
    """Counts per item field and source type: tp/fn typed by gold, fp by prediction."""
    found: dict[str, Counts] = {}

    def bump(key: str, counts: Counts) -> None:
        found[key] = found.get(key, Counts()) + counts

    for field in FIELDS:
        spans = {item.id: item.span for item in gold.items(field)}
        predicted = {i.id: i.span for i in getattr(briefing, field)} if briefing else {}
        match = matches[field]
        for pair in match.pairs:
            bump(f"{field}.{_typed(text, spans[pair.gold])}", Counts(tp=1))
        for gid in match.missed:
            bump(f"{field}.{_typed(text, spans[gid])}", Counts(fn=1))
        for pid in match.extra:
            bump(f"{field}.{_typed(text, predicted[pid])}", Counts(fp=1))
    return {k: v for key, counts in found.items() for k, v in counts.tally(key).items()}


def _typed(text: str, span: tuple[int, int] | None) -> str:
    return source_type(text, span) if span is not None else "paraphrase"
