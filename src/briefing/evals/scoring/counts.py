"""`Counts`: the one type that computes precision, recall and F1 in the evals.

Every P/R/F1 the evals report comes from it: suite items and parties
(`FieldMatch.counts`), labeller agreement, PolNeAR attributions
(`AttributionScore`), the attribution layer's spans, and the measures that
recompute them from a tally.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The score of a ratio over nothing when the other side is empty too.
NOTHING_TO_FIND = 1.0


@dataclass(frozen=True)
class Counts:
    """Additive counts behind one precision, recall and F1.

    - `tp`: predictions that match some gold; `fp`: predictions that match none;
    - `fn`: gold that no prediction matches;
    - `recall_tp`: gold that some prediction matches. None (the default) for
      one-to-one matching, where each match is one tp and one recalled gold, so
      it equals `tp`. PolNeAR counts it apart: several items may recover one
      attribution, and one item may lie in several.

    precision = tp / (tp + fp); recall = recall_tp / (recall_tp + fn); F1 is
    their harmonic mean, 0.0 when both are 0.

    Empty sets: with nothing predicted and nothing to find, precision, recall
    and F1 are all `empty`, 1.0 by default (nothing was missed and nothing was
    wrong). A ratio over nothing while the other side holds something is 0.0
    (nothing predicted while gold exists: precision 0; predictions while no gold
    exists: recall 0). PolNeAR's scores and spans pass `empty=0.0`, the value
    they always reported (see evals/README.md, "How items are scored").
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    recall_tp: int | None = None
    empty: float = field(default=NOTHING_TO_FIND, compare=False, repr=False)

    @classmethod
    def of(cls, tally: Mapping[str, float], prefix: str) -> Counts:
        """The counts stored under `PREFIX.tp/.fp/.fn` (0 when absent)."""
        tp, fp, fn = (int(tally.get(f"{prefix}.{key}", 0)) for key in ("tp", "fp", "fn"))
        return cls(tp, fp, fn)

    @classmethod
    def sides(
        cls, pred_matched: int, pred: int, gold_matched: int, gold: int, empty: float
    ) -> Counts:
        """Counts from both sides: predictions (matched, all) and gold (matched, all)."""
        return cls(pred_matched, pred - pred_matched, gold - gold_matched, gold_matched, empty)

    def tally(self, prefix: str) -> dict[str, float]:
        return {f"{prefix}.tp": self.tp, f"{prefix}.fp": self.fp, f"{prefix}.fn": self.fn}

    def __add__(self, other: Counts) -> Counts:
        recall_tp = (
            None
            if self.recall_tp is None and other.recall_tp is None
            else self.recalled + other.recalled
        )
        return Counts(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, recall_tp, self.empty
        )

    @property
    def recalled(self) -> int:
        """Gold that some prediction matches."""
        return self.tp if self.recall_tp is None else self.recall_tp

    @property
    def n_pred(self) -> int:
        return self.tp + self.fp

    @property
    def n_gold(self) -> int:
        return self.recalled + self.fn

    def _ratio(self, part: int, whole: int, other_side: int) -> float:
        if whole:
            return part / whole
        return self.empty if other_side == 0 else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.n_pred, self.n_gold)

    @property
    def recall(self) -> float:
        return self._ratio(self.recalled, self.n_gold, self.n_pred)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
