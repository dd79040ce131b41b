"""One-to-one matching of a briefing's parties and items to gold.

Items (claims, denials, concerns) are matched per field. A predicted/gold pair
is a candidate when

1. its quote matches, in tiers: span IoU >= `iou` ("span" tier, score 1 + IoU),
   else normalized token F1 >= `token_f1` ("tokens" tier, score F1), taking the
   better of quote-vs-quote and quote+paraphrase-vs-quote+paraphrase, so a
   system quoting a lead sentence can still match by meaning; and
2. its actor is right (`ActorJudge`).

Matching is greedy, best score first: all candidate pairs are sorted by score
(ties: required gold first, then document order) and a pair is taken when
neither side is taken yet. This is not an optimal assignment, but with few
items per article and tiered scores it rarely differs, and it is easy to follow.

Parties match by slugified name/id/alias overlap, or by surname for persons.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

from briefing.evals.scoring.counts import Counts
from briefing.evals.scoring.gold import FIELDS, GoldArticle, GoldParty
from briefing.identity import alias_slugs, name_slugs, scored_surname, slugify
from briefing.schema import Briefing, Claim, Concern, Denial, ItemField, Party

Tier = Literal["span", "tokens", "name", "alias", "surname"]
_ARTICLES = {"a", "an", "the"}


class Thresholds(BaseModel):
    """When two quotes count as the same: span IoU, else token F1."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    iou: float = 0.5
    token_f1: float = 0.5


@dataclass(frozen=True)
class Entry:
    """An item of either side, reduced to what matching compares."""

    id: str
    actor: str
    quote: str
    text: str
    span: tuple[int, int] | None
    required: bool = True


@dataclass(frozen=True)
class Pair:
    predicted: str
    gold: str
    tier: Tier
    score: float


@dataclass
class FieldMatch:
    """The outcome for one field of one article.

    `pairs` matched required gold (true positives); `ignored` matched optional
    gold (neither TP nor FP); `missed` are required gold ids left unmatched
    (false negatives); `extra` are predicted ids left unmatched (false positives).
    """

    pairs: list[Pair] = field(default_factory=list)
    ignored: list[Pair] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    quote_matched: int = 0  # predicted items whose quote matches some gold item
    actor_right: int = 0  # ... of which some such gold item has the right actor

    @property
    def counts(self) -> Counts:
        return Counts(self.tp, self.fp, self.fn)

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fp(self) -> int:
        return len(self.extra)

    @property
    def fn(self) -> int:
        return len(self.missed)


# --- text similarity --------------------------------------------------------


def tokens(text: str) -> list[str]:
    """Lowercased ASCII word tokens without 'a', 'an', 'the'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [t for t in re.findall(r"[a-z0-9]+", ascii_text.lower()) if t not in _ARTICLES]


def token_f1(predicted: str, gold: str) -> float:
    """SQuAD-style bag-of-tokens F1."""
    pred, true = tokens(predicted), tokens(gold)
    common = sum((Counter(pred) & Counter(true)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(true)
    return 2 * precision * recall / (precision + recall)


def span_iou(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    if a is None or b is None:
        return 0.0
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(overlap, 0) / union if union > 0 else 0.0


def quote_score(pred: Entry, gold: Entry, thresholds: Thresholds) -> tuple[Tier, float] | None:
    """The tier and score at which two items' quotes match, or None."""
    iou = span_iou(pred.span, gold.span)
    if iou >= thresholds.iou:
        return "span", 1.0 + iou
    f1 = max(
        token_f1(pred.quote, gold.quote),
        token_f1(f"{pred.quote} {pred.text}", f"{gold.quote} {gold.text}"),
    )
    return ("tokens", f1) if f1 >= thresholds.token_f1 else None


def greedy_match(candidates: Iterable[tuple[float, bool, int, int]]) -> list[tuple[int, int]]:
    """Best-first one-to-one assignment of (score, gold_required, pred, gold) candidates."""
    ranked = sorted(candidates, key=lambda c: (-c[0], not c[1], c[2], c[3]))
    taken_pred: set[int] = set()
    taken_gold: set[int] = set()
    chosen = []
    for _, _, pred, gold in ranked:
        if pred not in taken_pred and gold not in taken_gold:
            taken_pred.add(pred)
            taken_gold.add(gold)
            chosen.append((pred, gold))
    return chosen


# --- parties and actors -----------------------------------------------------


@dataclass(frozen=True)
class PartyNames:
    """What party matching compares: slugs of the id and name, of aliases, a surname."""

    names: frozenset[str]
    aliases: frozenset[str]
    surname: str  # persons only

    @classmethod
    def of(cls, party: Party | GoldParty) -> PartyNames:
        """Each slug also without a leading "the" ("the Harbor Museum" names "Harbor
        Museum")."""
        return cls(
            _and_without_the(name_slugs(party)),
            _and_without_the(alias_slugs(party)),
            scored_surname(party),
        )


def _and_without_the(slugs: set[str]) -> frozenset[str]:
    return frozenset(slugs | {s.removeprefix("the-") for s in slugs} - {""})


def party_tier(pred: PartyNames, gold: PartyNames) -> tuple[Tier, float] | None:
    """How a predicted party names a gold party: by name/id, alias, or surname."""
    if pred.names & gold.names:
        return "name", 1.0
    if (pred.names | pred.aliases) & (gold.names | gold.aliases):
        return "alias", 0.9
    if pred.surname and pred.surname == gold.surname:
        return "surname", 0.8
    return None


class ActorJudge:
    """Whether a predicted actor (a party id of the briefing) is a gold actor.

    Right when the predicted party names the gold party, or names a gold
    party on the gold actor's affiliation chain, in either direction:
    predicted 'john-kirby' for gold 'biden-administration' (john-kirby ->
    us-national-security-council -> biden-administration), or 'united-states'
    for 'biden-administration' (biden-administration -> united-states).
    A predicted party that names no gold party is never right.
    """

    def __init__(self, predicted: Sequence[Party], gold: GoldArticle) -> None:
        self.predicted = {p.id: PartyNames.of(p) for p in predicted}
        self.gold = gold
        self.gold_names = [(g.id, PartyNames.of(g)) for g in gold.parties]

    def named(self, pred_id: str) -> set[str]:
        """Ids of the gold parties that the predicted party names."""
        unknown = PartyNames(frozenset({slugify(pred_id)}), frozenset(), "")
        pred = self.predicted.get(pred_id, unknown)
        return {gid for gid, names in self.gold_names if party_tier(pred, names) is not None}

    def chain(self, gold_id: str) -> list[str]:
        """The gold party's affiliations, nearest first."""
        found: list[str] = []
        party = self.gold.party(gold_id)
        while party is not None and party.affiliation and party.affiliation not in found:
            found.append(party.affiliation)
            party = self.gold.party(party.affiliation)
        return found

    def right(self, pred_id: str, gold_id: str) -> bool:
        return any(
            q == gold_id or gold_id in self.chain(q) or q in self.chain(gold_id)
            for q in self.named(pred_id)
        )


def match_parties(predicted: Sequence[Party], gold: GoldArticle) -> FieldMatch:
    """Match the briefing's parties to gold parties one to one."""
    candidates = []
    tiers: dict[tuple[int, int], tuple[Tier, float]] = {}
    gold_names = [PartyNames.of(g) for g in gold.parties]
    for i, pred in enumerate(predicted):
        pred_names = PartyNames.of(pred)
        for j, true in enumerate(gold.parties):
            tier = party_tier(pred_names, gold_names[j])
            if tier is not None:
                tiers[i, j] = tier
                candidates.append((tier[1], true.required, i, j))
    chosen = greedy_match(candidates)
    result = _collect(
        chosen,
        [p.id for p in predicted],
        [(g.id, g.required) for g in gold.parties],
        {(i, j): Pair(predicted[i].id, gold.parties[j].id, *tiers[i, j]) for i, j in chosen},
    )
    result.quote_matched = result.actor_right = len(chosen)
    return result


# --- items ------------------------------------------------------------------


def predicted_entries(items: Sequence[Claim | Denial | Concern]) -> list[Entry]:
    return [Entry(item.id, item.actor, item.quote, item.text, item.span) for item in items]


def gold_entries(gold: GoldArticle, field_name: ItemField) -> list[Entry]:
    return [
        Entry(item.id, item.actor, item.quote, item.text, item.span, item.required)
        for item in gold.items(field_name)
    ]


def match_items(
    predicted: Sequence[Entry], gold: Sequence[Entry], judge: ActorJudge, thresholds: Thresholds
) -> FieldMatch:
    """Match one field's items: quote tiers first, then the actor must be right."""
    candidates = []
    pairs: dict[tuple[int, int], Pair] = {}
    quote_matched: set[int] = set()
    actor_right: set[int] = set()
    for i, pred in enumerate(predicted):
        for j, true in enumerate(gold):
            scored = quote_score(pred, true, thresholds)
            if scored is None:
                continue
            quote_matched.add(i)
            if judge.right(pred.actor, true.actor):
                actor_right.add(i)
                pairs[i, j] = Pair(pred.id, true.id, *scored)
                candidates.append((scored[1], true.required, i, j))
    chosen = greedy_match(candidates)
    result = _collect(
        chosen,
        [p.id for p in predicted],
        [(g.id, g.required) for g in gold],
        {key: pairs[key] for key in chosen},
    )
    result.quote_matched, result.actor_right = len(quote_matched), len(actor_right)
    return result


def _collect(
    chosen: list[tuple[int, int]],
    predicted_ids: list[str],
    gold_ids: list[tuple[str, bool]],
    pairs: dict[tuple[int, int], Pair],
) -> FieldMatch:
    result = FieldMatch()
    matched_pred = {i for i, _ in chosen}
    matched_gold = {j for _, j in chosen}
    for i, j in sorted(chosen, key=lambda c: c[1]):
        (result.pairs if gold_ids[j][1] else result.ignored).append(pairs[i, j])
    result.missed = [
        gid for j, (gid, required) in enumerate(gold_ids) if required and j not in matched_gold
    ]
    result.extra = [pid for i, pid in enumerate(predicted_ids) if i not in matched_pred]
    return result


def match_briefing(
    briefing: Briefing, gold: GoldArticle, thresholds: Thresholds | None = None
) -> dict[str, FieldMatch]:
    """Match every field of a briefing: parties, claims, denials, concerns."""
    thresholds = thresholds or Thresholds()
    judge = ActorJudge(briefing.parties, gold)
    matches = {"parties": match_parties(briefing.parties, gold)}
    for name in FIELDS:
        predicted = predicted_entries(getattr(briefing, name))
        matches[name] = match_items(predicted, gold_entries(gold, name), judge, thresholds)
    return matches


def unmatched_gold(gold: GoldArticle) -> dict[str, FieldMatch]:
    """The match of a failed run: every required gold item is missed."""
    matches = {"parties": FieldMatch(missed=[p.id for p in gold.parties if p.required])}
    for name in FIELDS:
        missed = [e.id for e in gold_entries(gold, name) if e.required]
        matches[name] = FieldMatch(missed=missed)
    return matches
