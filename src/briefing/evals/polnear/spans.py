"""Source, cue and content match against PolNeAR, exact and overlap (as Citron and CofeNet report).

These score the attribution layer's spans (`briefing.attribution`), not a
briefing's items: a briefing keeps only the content's quote, while the layer
also finds who (source) and the reporting words (cue).

For each role (source, cue, content) separately, with every gold attribution
of the article (named source or not) and every predicted attribution:
    exact: a predicted span matches a gold span of the same role when both,
        trimmed of spaces, punctuation and quotation marks at their ends,
        cover the same characters.
    overlap: they share at least one character.
    precision = predicted spans that match some gold span / predicted spans;
    recall = gold spans that some predicted span matches / gold spans;
    F1 their harmonic mean. Counts are micro-averaged over articles. A role
    with no span on either side scores 0.0 (`Counts(empty=0.0)`).
A gold attribution without a Source (or Cue) span has no span of that role,
and neither has a predicted one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from briefing.evals.polnear.corpus import Attribution, Offsets
from briefing.evals.scoring import Counts, Measure, Tally, register

ROLES = ("source", "cue", "content")
MODES = ("exact", "overlap")
_EDGE = set(" \t\n.,;:-–—“”\"‘’'()")


@dataclass(frozen=True)
class PredictedSpans:
    """One predicted attribution's spans (None where the role was not found)."""

    source: Offsets | None
    cue: Offsets | None
    content: Offsets | None


_SIDES = ("pred_matched", "pred", "gold_matched", "gold")
EMPTY = 0.0  # the score of a role with no span on either side, as this scorer always reported


def span_counts(pred_matched: int, pred: int, gold_matched: int, gold: int) -> Counts:
    """One role and mode: matched predictions, predictions, matched gold, gold."""
    return Counts.sides(pred_matched, pred, gold_matched, gold, EMPTY)


def _sides(count: Counts) -> tuple[int, int, int, int]:
    return count.tp, count.n_pred, count.recalled, count.n_gold


@dataclass
class SpanScore:
    """`Counts` per (role, mode)."""

    counts: dict[tuple[str, str], Counts] = field(
        default_factory=lambda: {(r, m): span_counts(0, 0, 0, 0) for r in ROLES for m in MODES}
    )

    def __add__(self, other: SpanScore) -> SpanScore:
        return SpanScore({key: self.counts[key] + other.counts[key] for key in self.counts})

    def tally(self) -> dict[str, float]:
        """The counts as a run tally: `span.source.exact.pred_matched`, ..."""
        return {
            f"span.{role}.{mode}.{name}": float(value)
            for (role, mode), count in self.counts.items()
            for name, value in zip(_SIDES, _sides(count), strict=True)
        }

    def fields(self) -> dict[str, float]:
        """`source_exact_p`, `source_exact_r`, `source_exact_f1`, ... rounded to 4 places."""
        out: dict[str, float] = {}
        for (role, mode), count in self.counts.items():
            for name, value in (("p", count.precision), ("r", count.recall), ("f1", count.f1)):
                out[f"{role}_{mode}_{name}"] = round(value, 4)
        return out


def _trimmed(text: str, span: Offsets) -> Offsets:
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _matches(a: Offsets, b: Offsets, mode: str, text: str) -> bool:
    if mode == "exact":
        return _trimmed(text, a) == _trimmed(text, b)
    return a[0] < b[1] and b[0] < a[1]


def _gold_spans(gold: Iterable[Attribution], role: str) -> list[Offsets]:
    spans: list[Offsets | None] = [getattr(a, f"{role}_span") for a in gold]
    return [span for span in spans if span is not None]


def _count(pred: list[Offsets], gold: list[Offsets], mode: str, text: str) -> Counts:
    return span_counts(
        pred_matched=sum(any(_matches(p, g, mode, text) for g in gold) for p in pred),
        pred=len(pred),
        gold_matched=sum(any(_matches(p, g, mode, text) for p in pred) for g in gold),
        gold=len(gold),
    )


def score_spans(
    predicted: Sequence[PredictedSpans], gold: Sequence[Attribution], text: str
) -> SpanScore:
    """Exact and overlap match of each role's spans in one article (see the module doc)."""
    score = SpanScore()
    for role in ROLES:
        found: list[Offsets | None] = [getattr(p, role) for p in predicted]
        pred = [span for span in found if span is not None]
        for mode in MODES:
            score.counts[(role, mode)] = _count(pred, _gold_spans(gold, role), mode, text)
    return score


def _measure(role: str, mode: str, which: str) -> Callable[[Tally], float]:
    def compute(tally: Tally) -> float:
        key = f"span.{role}.{mode}"
        count = span_counts(*(int(tally.get(f"{key}.{n}", 0)) for n in _SIDES))
        return {"p": count.precision, "r": count.recall, "f1": count.f1}[which]

    return compute


def _register() -> None:
    """`source_exact_p`, ..., `content_overlap_f1` as PolNeAR measures (not gated, not tabled)."""
    for role in ROLES:
        for mode in MODES:
            for which in ("p", "r", "f1"):
                name = f"{role}_{mode}_{which}"
                register(
                    "polnear", Measure(name, _measure(role, mode, which), gate=False, table=False)
                )


_register()
