"""Agreement between two labellers' gold files (src/briefing/evals/scoring/agreement.py)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest

from briefing.evals.scoring import Counts
from briefing.evals.scoring.agreement import agree, agree_dirs, common_ids, table, total
from briefing.evals.scoring.gold import load_gold
from tests.conftest import ROOT

ARTICLE = (
    "Alice Smith said the bridge is unsafe. Bob Jones denied that the bridge is unsafe. "
    "The council expressed concern about the cost of repairs. Bob Jones added that "
    "traffic is light."
)


def _party(pid: str, name: str, kind: str = "person", required: bool = True) -> dict[str, Any]:
    return {
        "id": pid,
        "name": name,
        "kind": kind,
        "role": None,
        "affiliation": None,
        "aliases": [],
        "required": required,
    }


def _claim(cid: str, who: str, quote: str, required: bool = True) -> dict[str, Any]:
    return {"id": cid, "claimant": who, "statement": quote, "quote": quote, "required": required}


LABELLER_A = {
    "article_id": "a1",
    "parties": [
        _party("alice-smith", "Alice Smith"),
        _party("bob-jones", "Bob Jones"),
        _party("council", "The council", "government"),
    ],
    "claims": [
        _claim("c1", "alice-smith", "the bridge is unsafe"),
        _claim("c2", "bob-jones", "traffic is light", required=False),
    ],
    "denials": [
        {
            "id": "d1",
            "denier": "bob-jones",
            "denied": "the bridge is unsafe",
            "quote": "that the bridge is unsafe",
            "responds_to": None,
            "required": True,
        }
    ],
    "concerns": [
        {
            "id": "k1",
            "holder": "council",
            "about": "repair costs",
            "quote": "concern about the cost of repairs",
            "addressed_to": None,
            "required": True,
        }
    ],
}
# B names Alice by surname only, misses the council, gives the concern to Bob,
# labels Bob's second claim required (A: optional) and marks an extra item optional.
LABELLER_B = {
    "article_id": "a1",
    "parties": [
        _party("smith", "Smith"),
        _party("bob-jones", "Bob Jones"),
        _party("the-bridge", "bridge", "other", required=False),
    ],
    "claims": [
        _claim("c1", "smith", "the bridge is unsafe"),
        _claim("c2", "bob-jones", "traffic is light"),
        _claim("c3", "bob-jones", "Bob Jones denied", required=False),
    ],
    "denials": [
        {
            "id": "d1",
            "denier": "bob-jones",
            "denied": "unsafe bridge",
            "quote": "the bridge is unsafe. Bob",
            "responds_to": None,
            "required": True,
        }
    ],
    "concerns": [
        {
            "id": "k1",
            "holder": "bob-jones",
            "about": "repair costs",
            "quote": "concern about the cost of repairs",
            "addressed_to": None,
            "required": True,
        }
    ],
}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    article = tmp_path / "a1.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for name, gold in (("A", LABELLER_A), ("B", LABELLER_B)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a1.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "A" / "only-in-a.json").write_text("{}", encoding="utf-8")
    return tmp_path / "A", tmp_path / "B", article


def test_agreement_per_field(folders: tuple[Path, Path, Path]) -> None:
    dir_a, dir_b, article = folders
    assert common_ids(dir_a, dir_b) == ["a1"]
    [result] = agree_dirs(dir_a, dir_b, {"a1": article})
    counts = result.counts
    # Smith is Alice by surname, Bob matches, the council is missed; B's optional
    # party is not predicted.
    assert counts["parties"] == Counts(tp=2, fp=0, fn=1)
    # c2 matches A's optional c2: ignored, neither TP nor FP; B's optional c3 is left out.
    assert counts["claims"] == Counts(tp=1, fp=0, fn=0)
    assert [p.gold for p in result.matches["claims"].ignored] == ["c2"]
    # The denial quotes overlap by tokens only, same denier: a match.
    assert counts["denials"] == Counts(tp=1, fp=0, fn=0)
    # The concern's quote matches but Bob is not the council: FP and FN.
    assert counts["concerns"] == Counts(tp=0, fp=1, fn=1)
    assert (result.quote_matched, result.actor_right) == (4, 3)
    assert result.actor_agreement == pytest.approx(0.75)


def test_all_items_counts_b_optional_items(folders: tuple[Path, Path, Path]) -> None:
    dir_a, dir_b, article = folders
    text = article.read_text(encoding="utf-8")
    result = agree(load_gold("a1", text, dir_a), load_gold("a1", text, dir_b), only_required=False)
    assert result.counts["parties"] == Counts(tp=2, fp=1, fn=1)
    assert result.counts["claims"] == Counts(tp=1, fp=1, fn=0)


def test_a_file_agrees_with_itself(folders: tuple[Path, Path, Path]) -> None:
    dir_a, _, article = folders
    gold = load_gold("a1", article.read_text(encoding="utf-8"), dir_a)
    result = agree(gold, gold)
    assert result.macro_f1 == 1.0
    assert result.actor_agreement == 1.0


def test_table_has_a_row_per_article_and_a_total(folders: tuple[Path, Path, Path]) -> None:
    dir_a, dir_b, article = folders
    results = agree_dirs(dir_a, dir_b, {"a1": article})
    lines = table(results).splitlines()
    assert lines[0].startswith("| article | parties | claims | denials | concerns |")
    assert lines[2].startswith("| a1 | 0.80 (2/0/1) | 1.00 (1/0/0) |")
    assert lines[3].startswith("| **total (micro)** |")
    assert total(results).counts["concerns"] == Counts(tp=0, fp=1, fn=1)


def test_script_prints_the_table(
    folders: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dir_a, dir_b, article = folders
    suite = tmp_path / "s.toml"
    suite.write_text(f'name = "s"\narticles = ["{article}"]\n', encoding="utf-8")
    main = runpy.run_path(str(ROOT / "scripts" / "gold_agreement.py"))["main"]
    assert main([str(dir_a), str(dir_b), "--suite", str(suite)]) == 0
    out = capsys.readouterr().out
    assert "| a1 |" in out
    assert "**total (micro)**" in out


def test_script_takes_the_suites_own_gold_as_a(
    folders: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dir_a, dir_b, _ = folders
    suite = tmp_path / "s.toml"  # beside it: a1.txt and, as the gold folder, A/
    suite.write_text('name = "s"\narticles = ["a1.txt"]\ngold = "A"\n', encoding="utf-8")
    main = runpy.run_path(str(ROOT / "scripts" / "gold_agreement.py"))["main"]
    assert main([str(dir_b), "--suite", str(suite)]) == 0
    one_folder = capsys.readouterr().out
    assert main([str(dir_a), str(dir_b), "--suite", str(suite)]) == 0
    assert f"A = {dir_a.resolve()} (gold)" in one_folder
    assert one_folder.splitlines()[1:] == capsys.readouterr().out.splitlines()[1:]
