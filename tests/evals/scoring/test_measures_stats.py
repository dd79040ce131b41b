"""Bootstrap intervals, paired differences, source-type slices and prices, on hand-built tallies."""

from __future__ import annotations

import pytest

import briefing.evals.polnear  # noqa: F401 (registers the polnear measures)
from briefing.evals.reporting.prices import usd
from briefing.evals.scoring import Counts, add, evaluate, gated, measures
from briefing.evals.scoring.slices import source_type
from briefing.evals.scoring.stats import Interval, intervals, paired

CLAIMS = {"claims_f1": measures("suite")["claims_f1"]}
FOUND = {"claims.tp": 1.0}
MISSED = {"claims.fn": 1.0}


def test_interval_over_two_articles_spans_every_resample() -> None:
    # resamples: aa -> 1.0, ab/ba -> 0.67, bb -> 0.0 (a quarter each way)
    rows = [("a", FOUND), ("b", MISSED)]
    assert intervals(rows, CLAIMS) == {"claims_f1": Interval(0.0, 1.0)}


def test_interval_is_seeded_and_clusters_rows_by_article() -> None:
    rows = [(f"a{i}", FOUND if i % 3 else MISSED) for i in range(12)]
    first = intervals(rows, CLAIMS)["claims_f1"]
    assert first == intervals(rows, CLAIMS)["claims_f1"]  # same seed, same interval
    assert first is not None and first.low < 0.8 < first.high
    # an article's two rows (two repeats) move together: same as one row with both counts
    doubled = [*rows, *rows]
    summed = [(i, add([t, t])) for i, t in rows]
    assert intervals(doubled, CLAIMS) == intervals(summed, CLAIMS)


def test_identical_articles_give_a_point_interval_and_undefined_metrics_none() -> None:
    rows = [("a", FOUND), ("b", FOUND)]
    grounding = {"grounding": measures("suite")["grounding"]}
    assert intervals(rows, CLAIMS) == {"claims_f1": Interval(1.0, 1.0)}
    assert intervals(rows, grounding) == {"grounding": None}  # no quotes in any resample
    assert intervals([], CLAIMS) == {"claims_f1": None}


def test_paired_difference_distinguishable_only_beyond_the_noise() -> None:
    before = [(f"a{i}", FOUND) for i in range(12)]
    worse_everywhere = [(f"a{i}", MISSED) for i in range(12)]
    shared, diffs = paired(before, worse_everywhere, CLAIMS)
    assert shared == [f"a{i}" for i in range(12)]
    diff = diffs["claims_f1"]
    assert (diff.before, diff.after, diff.change) == (1.0, 0.0, -1.0)
    assert diff.interval == Interval(-1.0, -1.0)
    assert diff.distinguishable
    one_worse = [("a0", MISSED), *before[1:]]
    assert not paired(before, one_worse, CLAIMS)[1]["claims_f1"].distinguishable
    same = paired(before, before, CLAIMS)[1]["claims_f1"]
    assert (same.change, same.interval) == (0.0, Interval(0.0, 0.0))


def test_paired_uses_only_the_shared_articles() -> None:
    before = [("a", FOUND), ("b", MISSED)]
    after = [("b", FOUND), ("c", MISSED)]
    shared, diffs = paired(before, after, CLAIMS)
    assert shared == ["b"]
    assert (diffs["claims_f1"].before, diffs["claims_f1"].after) == (0.0, 1.0)
    assert paired(before, [("z", FOUND)], CLAIMS) == ([], {})


def test_measures_from_tallies() -> None:
    tally = add([{**Counts(2, 1, 1).tally("claims"), "grounding.held": 3, "grounding.emitted": 4},
                 {"runs.total": 1, "runs.valid": 1, "latency.sum": 5.0, "tokens": 7}])  # fmt: skip
    found = evaluate("suite", tally)
    assert found["claims_f1"] == pytest.approx(2 / 3)
    assert found["denials_f1"] == 1.0  # nothing to find, nothing predicted
    assert found["grounding"] == 0.75
    assert (found["schema_valid"], found["latency_s"], found["tokens"]) == (1.0, 5.0, 7.0)
    assert found["actor_accuracy"] is None
    assert found["claims_f1[direct]"] is None  # an empty slice
    polnear = evaluate("polnear", {"tp": 2, "fp": 2, "fn": 1, "recall_tp": 3, "unjudged": 1})
    assert polnear["precision"] == 0.5
    assert polnear["named_precision"] == pytest.approx(2 / 3)
    assert polnear["recall"] == 0.75
    assert "macro_f1" in gated("suite") and "latency_s" not in gated("suite")
    assert gated("polnear") == ("precision", "named_precision", "recall", "f1")


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("Their tech is good", "direct"),
        ('"tolls"', "direct"),
        ("Iran has drones", "according-to"),
        ("tolls will rise", "paraphrase"),
    ],
)
def test_source_type(quote: str, kind: str) -> None:
    text = (
        "He said. “Their tech is good,” he said. Iran has drones, according to the DIA. "
        'She warned that tolls will rise. They fear "tolls".'
    )
    start = text.index(quote)
    assert source_type(text, (start, start + len(quote))) == kind


def test_prices() -> None:
    assert usd("openai/gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)
    assert usd("local", 10, 10) == 0.0
    assert usd("local:/x.gguf", 10, 10) == 0.0
    assert usd("qwen2.5", 10, 10) is None


def test_float_noise_is_no_difference() -> None:
    assert not Interval(-1e-12, -1e-12).excludes_zero()
    assert Interval(-0.01, -0.001).below_zero()
    assert Interval(0.001, 0.2).above_zero()
