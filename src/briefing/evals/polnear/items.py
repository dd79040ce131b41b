"""Scoring a briefing's items against PolNeAR's attributions (read by `corpus.py`).

Named sources (`is_named_source`):
    a Source names a party when it has a capitalised word that is not a
    pronoun, determiner, title or generic noun ("He", "The source", "Officials"
    do not; "The New York Post", "Mr. Trump" do). No coreference is attempted.

Actor matching:
    a predicted item's actor (its party's name, aliases and id read as words)
    matches a Source when they share a name word, case-insensitively, ignoring
    stopwords, titles and generic nouns ("Donald Trump" matches "Trump" and
    "the Trump campaign"). Only named matching counts: an item attributed to
    the right person whose gold Source is a pronoun ("he said") is NOT
    matched, which understates precision on such items.

Scores (`score_attribution`), with a predicted item's span its quote's span:
    An item may be paired with a gold attribution when its span lies inside
    that attribution's Content (2 characters of slack at each end, or at
    least 80% of its characters inside) and its actor matches the Source
    (the kind, claim, denial or concern, is not compared). Pairs are one to
    one: the largest set of pairs using each item and each attribution at
    most once (a maximum bipartite matching). A paired item is a TP. An item
    that could be paired, but only with attributions already paired with
    another item (a further part of a content split in two, or the same
    quote twice), is a `split`: neither TP nor FP, so splitting a content
    neither raises nor lowers precision. Any other item is an FP.
    precision = tp / (tp + fp). An FP lying only inside Contents whose Source
        is unnamed ("he said") is also counted as `unjudged`: a scorer without
        coreference cannot tell whether its actor is right. `named_precision`
        leaves those out; it is reported next to the strict precision, never
        instead of it. `named_precision_with_splits` counts splits as TPs, as
        this scorer did before pairs were one to one (kept for one release).
    recall = recall_tp / n_gold, over gold attributions with a named Source
        only. One is recovered (recall_tp, counted once however many items
        recover it) when some predicted item lies inside its Content span or
        has at least 50% of its characters inside it, and has a matching
        actor; otherwise it is an FN. Recall is not one to one: an item may
        recover two attributions (nested or repeated Contents of one Source).

Empty sets score 0.0 here (`Counts(empty=0.0)`): an article with nothing
predicted and no named-source attribution has precision, recall and F1 0.0,
as this scorer always reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from briefing.evals.polnear.corpus import Attribution, Offsets, PolnearArticle
from briefing.evals.scoring import Counts, Measure, Tally, register, run_measures
from briefing.schema import Briefing, Party

INSIDE_SLACK = 2
INSIDE_MIN_FRACTION = 0.8
RECOVER_MIN_FRACTION = 0.5
EMPTY = 0.0  # the score of nothing predicted and nothing to find (see the module doc)

_WORD = re.compile(r"[^\W\d_]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that do not name anyone: pronouns, determiners, titles and generic
# nouns that can start a Source ("Officials said ...").
_GENERIC = _word_set(
    """
    i you he she it we they me him her us them who whom whose one someone
    this that these those the a an some many most several few all both each
    other others another any no his its our their my your such
    official officials source sources spokesman spokeswoman spokesperson
    aide aides adviser advisers advisor advisors people person critics
    experts analysts observers supporters voters reports report
    mr mrs ms miss dr sen senator rep gov governor president vice candidate
    nominee secretary former
    """
)
# Capitalised but not a name in a Source ("The Republican nominee").
_UNNAMED = _GENERIC | _word_set("republican democratic democrat gop conservative liberal")
# Words that never identify a party when matching an actor to a Source.
_NOT_NAMES = _GENERIC | _word_set(
    """
    and or of for in on at to by with from as s campaign team party
    committee group office staff administration spokesman said according
    """
)


# --- sources and actors --------------------------------------------------


def is_named_source(attribution: Attribution) -> bool:
    """Whether the Source has a capitalised word that is not a pronoun, title or generic noun."""
    words = _WORD.findall(attribution.source or "")
    return any(word[0].isupper() and word.lower() not in _UNNAMED for word in words)


def name_words(text: str) -> set[str]:
    """The words of `text` that can identify a party (lower case, no stopwords or titles)."""
    words = (word.lower() for word in _WORD.findall(text))
    return {word for word in words if len(word) > 1 and word not in _NOT_NAMES}


def _party_words(party_id: str, parties: list[Party]) -> set[str]:
    """Name words of a party: its name, aliases and id (as words)."""
    words = name_words(party_id.replace("-", " "))
    for party in parties:
        if party.id == party_id:
            for mention in (party.name, *party.aliases):
                words |= name_words(mention)
    return words


# --- scoring -------------------------------------------------------------


@dataclass(frozen=True)
class AttributionScore(Counts):
    """`Counts` (recall_tp counted apart) plus `unjudged`: fps inside gold Content
    whose Source is unnamed ("he", "the campaign"), and `split`: items whose only
    possible pairs were taken by another item (neither tp nor fp)."""

    recall_tp: int | None = 0
    empty: float = field(default=EMPTY, compare=False, repr=False)
    unjudged: int = 0
    split: int = 0

    @classmethod
    def from_tally(cls, tally: Tally) -> AttributionScore:
        keys = ("tp", "fp", "fn", "recall_tp", "unjudged", "split")
        tp, fp, fn, recall_tp, unjudged, split = (int(tally.get(key, 0)) for key in keys)
        return cls(tp, fp, fn, recall_tp, unjudged=unjudged, split=split)

    def as_tally(self) -> dict[str, float]:
        """The counts as a run tally: `tp`, `fp`, `fn`, `recall_tp`, `unjudged`, `split`."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "recall_tp": self.recalled,
            "unjudged": self.unjudged,
            "split": self.split,
        }

    @property
    def named_precision(self) -> float:
        """Precision over items a named Source can judge: unjudged fps left out."""
        return Counts(self.tp, self.fp - self.unjudged, empty=EMPTY).precision

    @property
    def named_precision_with_splits(self) -> float:
        """`named_precision` with splits counted as tps, as before pairs were one to one."""
        return Counts(self.tp + self.split, self.fp - self.unjudged, empty=EMPTY).precision

    def __add__(self, other: Counts) -> AttributionScore:
        summed = super().__add__(other)
        unjudged, split = (
            (other.unjudged, other.split) if isinstance(other, AttributionScore) else (0, 0)
        )
        return AttributionScore(
            summed.tp,
            summed.fp,
            summed.fn,
            summed.recalled,
            unjudged=self.unjudged + unjudged,
            split=self.split + split,
        )


def sum_scores(scores: Iterable[AttributionScore]) -> AttributionScore:
    """Micro-average: add up the counts."""
    return sum(scores, AttributionScore())


def _fraction_inside(span: Offsets, gold: Offsets) -> float:
    overlap = min(span[1], gold[1]) - max(span[0], gold[0])
    return max(overlap, 0) / max(span[1] - span[0], 1)


def lies_inside(span: Offsets, gold: Offsets) -> bool:
    """Whether a span lies inside a gold Content (with slack, or mostly inside)."""
    within = gold[0] - INSIDE_SLACK <= span[0] and span[1] <= gold[1] + INSIDE_SLACK
    return within or _fraction_inside(span, gold) >= INSIDE_MIN_FRACTION


def _recovers(span: Offsets, gold: Offsets) -> bool:
    return lies_inside(span, gold) or _fraction_inside(span, gold) >= RECOVER_MIN_FRACTION


Predicted = list[tuple[Offsets, set[str]]]
Gold = list[tuple[Attribution, set[str]]]


def maximum_matching(options: Sequence[Sequence[int]]) -> dict[int, int]:
    """A largest one-to-one pairing of items with gold (augmenting paths, as in Kuhn's
    algorithm): `options[i]` lists the gold indices item i may pair with; returns gold -> item."""
    owner: dict[int, int] = {}

    def place(item: int, seen: set[int]) -> bool:
        for gold in options[item]:
            if gold not in seen:
                seen.add(gold)
                if gold not in owner or place(owner[gold], seen):
                    owner[gold] = item
                    return True
        return False

    for item in range(len(options)):
        place(item, set())
    return owner


def _judge_predictions(predicted: Predicted, gold: Gold) -> tuple[int, int, int, int]:
    """(tp, fp, unjudged, split) over the predicted items, paired one to one with gold."""
    holding = [
        [i for i, (a, _) in enumerate(gold) if lies_inside(span, a.content_span)]
        for span, _ in predicted
    ]
    options = [
        [i for i in inside if actor & gold[i][1]]
        for inside, (_, actor) in zip(holding, predicted, strict=True)
    ]
    tp = len(maximum_matching(options))
    split = sum(bool(pairs) for pairs in options) - tp
    unpaired = [inside for inside, pairs in zip(holding, options, strict=True) if not pairs]
    unjudged = sum(
        bool(inside) and not any(is_named_source(gold[i][0]) for i in inside) for inside in unpaired
    )
    return tp, len(unpaired), unjudged, split


def _recover_gold(predicted: Predicted, gold: Gold) -> tuple[int, int]:
    """(recall_tp, fn) over the gold attributions with a named Source."""
    recall_tp = fn = 0
    for attribution, source in gold:
        if not is_named_source(attribution):
            continue
        if any(
            _recovers(span, attribution.content_span) and actor & source
            for span, actor in predicted
        ):
            recall_tp += 1
        else:
            fn += 1
    return recall_tp, fn


def score_attribution(briefing: Briefing, article: PolnearArticle) -> AttributionScore:
    """Compare a briefing's items with an article's gold attributions (see the module doc)."""
    gold = [(a, name_words(a.source or "")) for a in article.attributions]
    predicted = [
        (item.span, _party_words(item.actor, briefing.parties)) for item in briefing.items()
    ]
    tp, fp, unjudged, split = _judge_predictions(predicted, gold)
    recall_tp, fn = _recover_gold(predicted, gold)
    return AttributionScore(tp, fp, fn, recall_tp, unjudged=unjudged, split=split)


def _measure(
    name: str, read: Callable[[AttributionScore], float], header: str = "", shown: bool = True
) -> Measure:
    return Measure(
        name,
        lambda tally: read(AttributionScore.from_tally(tally)),
        header=header,
        gate=shown,
        table=shown,
    )


def _register() -> None:
    """PolNeAR's gated measures, from the tally `AttributionScore.as_tally` writes."""
    for measure in (
        _measure("precision", lambda score: score.precision),
        _measure("named_precision", lambda score: score.named_precision, "named prec"),
        _measure(
            "named_precision_with_splits",
            lambda score: score.named_precision_with_splits,
            shown=False,
        ),
        _measure("recall", lambda score: score.recall),
        _measure("f1", lambda score: score.f1, "F1"),
        *run_measures(),
    ):
        register("polnear", measure)


_register()
