"""Paired comparison, flipped items, the baseline gate and repeats, on hand-built runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import EvalError
from briefing.evals.reporting.compare import compare, flip_lines
from briefing.evals.reporting.gate import below_baseline, under_floors
from briefing.evals.reporting.html_tables import compare_page, run_tables
from briefing.evals.reporting.repeats import found_items, per_repeat, repeat_lines
from briefing.evals.reporting.result import (
    ArticleRow,
    FieldOutcome,
    PairOut,
    RunConfig,
    RunResult,
    load_result,
    save,
    strip,
)
from briefing.evals.reporting.summary import config_entry, run_result
from briefing.evals.scoring import Counts, RunKind

CONFIG = RunConfig(prompts=["p"], models=["m"])


def row(article: str, found: bool, repeat: int = 0) -> ArticleRow:
    """One article with one required gold claim c1, found or missed."""
    counts = Counts(tp=1) if found else Counts(fn=1)
    outcome = (
        FieldOutcome(matched=[PairOut(predicted="c9", gold="c1", tier="span", score=2.0)])
        if found
        else FieldOutcome(missed=["c1"])
    )
    tally = {**counts.tally("claims"), "runs.total": 1, "runs.valid": 1}
    return ArticleRow(article_id=article, repeat=repeat, tally=tally, matches={"claims": outcome})


def run(found: list[bool], kind: RunKind = "suite", repeat: int = 0) -> RunResult:
    rows = [row(f"a{i}", hit, repeat) for i, hit in enumerate(found)]
    return run_result(kind, "hand", CONFIG, [config_entry(kind, "p", "m", rows)])


def test_compare_reports_paired_deltas_and_flips() -> None:
    before, after = run([True] * 12), run([False] + [True] * 11)
    comparison = compare(before, after)
    assert comparison.shared == {"p @ m": [f"a{i}" for i in range(12)]}
    claims = next(d for d in comparison.deltas if d.measure.name == "claims_f1")
    assert claims.diff.before == 1.0
    assert claims.diff.after == pytest.approx(2 * 11 / 12 / (1 + 11 / 12))
    assert not claims.diff.distinguishable  # one article of twelve: within the noise
    assert claims.verdict == "no clear difference"
    assert comparison.regressions == []
    assert flip_lines(comparison) == ["- p @ m a0 claims c1: found → missed"]
    assert [str(c) for c in comparison.articles[:2]] == [
        "p @ m a0 macro_f1: 1.00 → 0.75 (-0.25)",  # claims 1 -> 0, other fields stay 1.0
        "p @ m a1 macro_f1: 1.00 → 1.00 (+0.00)",
    ]
    page = compare_page(comparison, "A", "B")
    assert "<li>- p @ m a0 claims c1: found → missed</li>" in page
    assert "no clear difference" in page


def test_a_drop_on_every_article_is_a_regression_and_fails_the_baseline() -> None:
    before, after = run([True] * 12), run([False] * 12)
    comparison = compare(before, after)
    worse = {d.measure.name for d in comparison.regressions}
    assert worse == {"claims_f1", "macro_f1"}
    lines = below_baseline(after, before)
    assert lines[0] == (
        "p @ m: claims_f1 0.00 is below the baseline's 1.00 beyond the noise "
        "(B - A 95% CI [-1.00, -1.00])"
    )
    assert below_baseline(before, before) == []
    assert below_baseline(run([False] + [True] * 11), before) == []


def test_baseline_gate_flags_a_missing_configuration_and_other_kinds() -> None:
    other = run_result(
        "suite", "hand", CONFIG, [config_entry("suite", "q", "m", [row("a0", True)])]
    )
    assert below_baseline(other, run([True])) == ["p @ m: not in this run, but in the baseline"]
    with pytest.raises(EvalError, match="cannot compare a suite run with a polnear run"):
        compare(run([True]), run([True], kind="polnear"))


def test_compare_polnear_runs() -> None:
    def polnear(tp: int) -> ArticleRow:
        return ArticleRow(article_id="x", tally={"tp": tp, "fp": 1 - tp, "recall_tp": tp,
                                                 "fn": 1 - tp})  # fmt: skip

    a = run_result("polnear", "polnear", CONFIG, [config_entry("polnear", "p", "m", [polnear(1)])])
    b = run_result("polnear", "polnear", CONFIG, [config_entry("polnear", "p", "m", [polnear(0)])])
    deltas = {d.measure.name: d.diff.change for d in compare(a, b).deltas}
    assert deltas["precision"] == -1.0
    assert deltas["recall"] == -1.0


def test_floors() -> None:
    result = run([True, False])
    assert under_floors(result, {"claims_f1": 0.5, "grounding": 0.9}) == [
        "p @ m: grounding n/a is under 0.90"
    ]


def test_repeats_give_spread_and_flaky_items() -> None:
    rows = [row("a0", True, 0), row("a1", True, 0), row("a0", False, 1), row("a1", True, 1)]
    entry = config_entry("suite", "p", "m", rows)
    assert entry.repeats == 2
    spread = per_repeat(entry, "suite")["claims_f1"]
    assert spread.values == [1.0, pytest.approx(2 / 3)]
    assert spread.mean == pytest.approx(5 / 6)
    items = {(i.article_id, i.gold_id): (i.found, i.runs) for i in found_items(entry)}
    assert items == {("a0", "c1"): (1, 2), ("a1", "c1"): (2, 2)}
    lines = repeat_lines(run_result("suite", "hand", CONFIG, [entry]))
    assert "  gold items found in every repeat: 1, in none: 0, flaky: 1" in lines
    assert "  flaky a0 claims c1: found 1/2" in lines
    page = run_tables(run_result("suite", "hand", CONFIG, [entry]))
    assert "<h2>Repeats</h2><pre>p @ m: 2 repeats, mean ± sd\n" in page


def test_result_round_trip_and_baseline_file(tmp_path: Path) -> None:
    result = run([True, False])
    path = save(strip(result), tmp_path / "base.json")
    loaded = load_result(path)
    assert loaded.configurations[0].articles[0].briefing is None
    assert (
        loaded.configurations[0].articles[0].matches == result.configurations[0].articles[0].matches
    )
    assert loaded.configurations[0].metrics == result.configurations[0].metrics
    assert loaded.configurations[0].intervals == result.configurations[0].intervals
    old = tmp_path / "old.json"
    old.write_text('{"kind": "briefing-eval", "configurations": []}', encoding="utf-8")
    with pytest.raises(EvalError, match="older briefing \\(format 1\\); re-run it"):
        load_result(old)


def test_pairs_two_configurations_by_choice_or_as_the_only_ones() -> None:
    rows, swapped = [row("a0", True), row("a1", False)], [row("a0", False), row("a1", True)]
    entries = [config_entry("suite", "p", "m", rows), config_entry("suite", "q", "m", swapped)]
    both = run_result("suite", "hand", CONFIG, entries)
    chosen = compare(both, both, chosen=("p @ m", "q @ m"))
    assert list(chosen.shared) == ["p @ m → q @ m"]
    assert flip_lines(chosen) == [
        "- p @ m → q @ m a0 claims c1: found → missed",
        "+ p @ m → q @ m a1 claims c1: missed → found",
    ]
    with pytest.raises(EvalError, match="no configuration 'x @ m' \\(the run has: p @ m, q @ m\\)"):
        compare(both, both, chosen=("x @ m", "q @ m"))
    lone_q = run_result("suite", "hand", CONFIG, [config_entry("suite", "q", "m", rows)])
    assert list(compare(run([True, False]), lone_q).shared) == ["p @ m → q @ m"]
    assert compare(both, lone_q).shared == {"q @ m": ["a0", "a1"]}  # by label


def test_cost_counts_calls_cache_hits_and_money() -> None:
    tokens = {"prompt_tokens": 1000.0, "completion_tokens": 500.0, "latency.sum": 2.5}
    rows = [
        row("a0", True).model_copy(update={"attempts": 2, "tally": {**tokens}, "wall_s": 2.6}),
        row("a1", True).model_copy(update={"attempts": 1, "cached": True, "tally": tokens}),
        row("a2", True),  # a strategy that makes no model call: 0 attempts
    ]
    cost = config_entry("suite", "p", "openai/gpt-4o-mini", rows).cost
    assert (cost.runs, cost.runs_calling, cost.model_calls, cost.cache_hits) == (3, 1, 2, 1)
    assert (cost.prompt_tokens, cost.completion_tokens) == (2000, 1000)
    assert (cost.model_time_s, cost.wall_s) == (5.0, 2.6)
    assert cost.usd == pytest.approx((2000 * 0.15 + 1000 * 0.60) / 1e6)
    assert config_entry("suite", "p", "qwen", rows).cost.usd is None
