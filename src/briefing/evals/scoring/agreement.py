"""Agreement between two labellers' gold files, scored with the eval's own matcher.

Labeller A's file is treated as gold and labeller B's as a prediction, so the
numbers mean what the eval's numbers mean: per field F1 (parties, claims,
denials, concerns) and actor agreement (of B's items whose quote matches some
A item, the share whose actor is right for one of those A items).

By default only B's *required* parties and items are the prediction: B's
optional items are things B would not ask a system to find, so they should
neither count for nor against agreement. A's optional items still absorb
matches, as they do in an eval. `only_required=False` predicts all of B.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing.article import read_article
from briefing.evals.scoring.counts import Counts
from briefing.evals.scoring.gold import FIELDS, GoldArticle, load_gold
from briefing.evals.scoring.match import (
    ActorJudge,
    Entry,
    FieldMatch,
    Thresholds,
    gold_entries,
    match_items,
    match_parties,
)
from briefing.evals.scoring.measures import FIELD_NAMES, macro_f1
from briefing.evals.scoring.tally import FieldScores
from briefing.schema import Party


@dataclass(frozen=True)
class ArticleAgreement(FieldScores):
    """How far labeller B's file agrees with labeller A's for one article."""

    article_id: str
    matches: dict[str, FieldMatch]

    @property
    def actor_agreement(self) -> float | None:
        return share(self.actor_right, self.quote_matched)


@dataclass(frozen=True)
class Total:
    """Micro sums over articles."""

    counts: dict[str, Counts]
    quote_matched: int
    actor_right: int

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.counts)

    @property
    def actor_agreement(self) -> float | None:
        return share(self.actor_right, self.quote_matched)


def share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to share."""
    return part / whole if whole else None


def as_parties(gold: GoldArticle, only_required: bool = True) -> list[Party]:
    """The file's parties as a briefing's (built unchecked: gold may list more aliases)."""
    return [
        Party.model_construct(
            id=p.id,
            name=p.name,
            kind=p.kind,
            role=p.role,
            affiliation=p.affiliation,
            aliases=list(p.aliases),
        )
        for p in gold.parties
        if p.required or not only_required
    ]


def _predicted(entries: Iterable[Entry], only_required: bool) -> list[Entry]:
    return [e for e in entries if e.required or not only_required]


def agree(
    gold_a: GoldArticle,
    gold_b: GoldArticle,
    thresholds: Thresholds | None = None,
    only_required: bool = True,
) -> ArticleAgreement:
    """Score B (the prediction) against A (the gold); both placed in the same article."""
    thresholds = thresholds or Thresholds()
    parties = as_parties(gold_b, only_required)
    judge = ActorJudge(as_parties(gold_b, only_required=False), gold_a)
    matches = {"parties": match_parties(parties, gold_a)}
    for name in FIELDS:
        predicted = _predicted(gold_entries(gold_b, name), only_required)
        matches[name] = match_items(predicted, gold_entries(gold_a, name), judge, thresholds)
    return ArticleAgreement(gold_a.article_id, matches)


def total(results: Iterable[ArticleAgreement]) -> Total:
    results = list(results)
    counts = {name: Counts() for name in FIELD_NAMES}
    for result in results:
        counts = {name: counts[name] + result.counts[name] for name in FIELD_NAMES}
    return Total(
        counts,
        sum(r.quote_matched for r in results),
        sum(r.actor_right for r in results),
    )


def common_ids(dir_a: Path, dir_b: Path) -> list[str]:
    """Article ids (file stems) with a gold file in both folders."""
    stems_b = {path.stem for path in dir_b.glob("*.json")}
    return sorted(path.stem for path in dir_a.glob("*.json") if path.stem in stems_b)


def agree_dirs(
    dir_a: Path,
    dir_b: Path,
    articles: Mapping[str, Path],
    thresholds: Thresholds | None = None,
    only_required: bool = True,
) -> list[ArticleAgreement]:
    """Agreement for every article both folders label; `articles` maps id -> text file."""
    results = []
    for article_id in common_ids(dir_a, dir_b):
        if article_id not in articles:
            raise ValueError(f"no article text known for {article_id}")
        text = read_article(str(articles[article_id])).text
        gold_a = load_gold(article_id, text, dir_a)
        gold_b = load_gold(article_id, text, dir_b)
        results.append(agree(gold_a, gold_b, thresholds, only_required))
    return results


def _cell(counts: Counts) -> str:
    return f"{counts.f1:.2f} ({counts.tp}/{counts.fp}/{counts.fn})"


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(results: list[ArticleAgreement]) -> str:
    """A Markdown table: one row per article and a micro total; cells are F1 (tp/fp/fn)."""
    head = ["article", *FIELD_NAMES, "macro F1", "actor agr."]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        cells = [_cell(r.counts[name]) for name in FIELD_NAMES]
        row = [r.article_id, *cells, f"{r.macro_f1:.2f}", _rate(r.actor_agreement)]
        lines.append("| " + " | ".join(row) + " |")
    t = total(results)
    cells = [_cell(t.counts[name]) for name in FIELD_NAMES]
    row = ["**total (micro)**", *cells, f"{t.macro_f1:.2f}", _rate(t.actor_agreement)]
    lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)
