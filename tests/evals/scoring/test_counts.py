"""`Counts`, the one P/R/F1 type, and its empty-set convention."""

from __future__ import annotations

import pytest

from briefing.evals.polnear import AttributionScore
from briefing.evals.scoring import Counts


def test_one_to_one_counts() -> None:
    counts = Counts(2, 1, 1)
    assert (counts.precision, counts.recall) == (2 / 3, 2 / 3)
    assert counts.f1 == pytest.approx(2 / 3)
    assert counts.recalled == 2 and (counts.n_pred, counts.n_gold) == (3, 3)
    assert Counts(1, 0, 0) + Counts(0, 1, 2) == Counts(1, 1, 2)


def test_recall_counted_apart() -> None:
    counts = Counts(1, 3, 1, recall_tp=3)
    assert (counts.precision, counts.recall) == (0.25, 0.75)
    assert (Counts(1, 0, 0) + counts).recalled == 4
    assert Counts.sides(2, 4, 1, 5, empty=0.0) == Counts(2, 2, 4, 1)


def test_empty_sets() -> None:
    nothing = Counts()
    assert (nothing.precision, nothing.recall, nothing.f1) == (1.0, 1.0, 1.0)
    assert Counts(empty=0.0).f1 == 0.0
    assert (Counts(fn=2).precision, Counts(fn=2).f1) == (0.0, 0.0)  # nothing predicted
    assert (Counts(fp=2).recall, Counts(fp=2).f1) == (0.0, 0.0)  # nothing to find
    assert AttributionScore().f1 == 0.0  # PolNeAR keeps the value it always reported
    assert (AttributionScore() + AttributionScore(1, 1, unjudged=1)).named_precision == 1.0
