"""`briefing eval` baselines, repeats and paired compare, on the seeds with fake models."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from briefing import backends
from tests.conftest import SEED_000
from tests.evals.helpers import empty_answer, perfect_answer, polnear_folder, write_prompt
from tests.evals.test_eval_cli import FakeModels, invoke

SEED_004 = "004_7c793c227ccf8d88"


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeModels:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BRIEFING_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setenv("BRIEFING_PROMPTS_DIR", str(write_prompt(tmp_path / "prompts")))
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    models = FakeModels()
    monkeypatch.setattr(backends, "resolve_backend", models)
    return models


def runs(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "runs").iterdir())


def ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    return result


def test_baseline_file_passes_the_same_scores_and_fails_a_real_drop(
    fake: FakeModels, tmp_path: Path
) -> None:
    ok(invoke("-q"))
    base = tmp_path / "baselines" / "seeds.json"
    assert ok(invoke("baseline", str(runs(tmp_path)[0]), "-o", str(base))).stdout == (
        f"baseline: {base}\n"
    )
    stored = json.loads(base.read_text(encoding="utf-8"))
    assert stored["configurations"][0]["articles"][0]["briefing"] is None
    same = ok(invoke("-q", "--baseline", str(base)))
    assert "baseline: 0 metric(s) worse beyond the noise, 0 item(s) flipped" in same.stdout
    fake.answers = [empty_answer(), empty_answer()]
    dropped = invoke(
        "-q", "--no-cache", "--baseline", str(base), "--html", str(tmp_path / "r.html")
    )
    assert dropped.exit_code == 1
    assert "  - default @ local 000_ca5623d69bcd5fb1 denials d1: found → missed" in dropped.stdout
    assert (
        "error: default @ local: claims_f1 0.00 is below the baseline's 1.00 beyond the noise "
        "(B - A 95% CI [-1.00, -1.00])" in dropped.stderr
    )
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<h2>Paired comparison</h2>" in page
    assert '<tr class="worse"><td>default @ local</td><td>claims_f1</td>' in page


def test_one_article_worse_of_two_is_within_the_noise(fake: FakeModels, tmp_path: Path) -> None:
    ok(invoke("-q"))
    fake.answers = [empty_answer(), perfect_answer(SEED_004)]
    result = ok(invoke("-q", "--no-cache", "--baseline", str(runs(tmp_path)[0])))
    assert "baseline: 0 metric(s) worse beyond the noise" in result.stdout


def test_baseline_of_another_kind_is_refused(fake: FakeModels, tmp_path: Path) -> None:
    data = polnear_folder(tmp_path, "a1")
    fake.answers = [empty_answer()]
    ok(invoke("polnear", "--data", str(data), "-m", "m", "-q"))
    (polnear_run,) = runs(tmp_path)
    result = invoke("-q", "--baseline", str(polnear_run))
    assert result.exit_code == 1
    assert "a polnear run cannot be the baseline of a suite run" in result.stderr
    other = tmp_path / "p.json"
    other.write_text("{}", encoding="utf-8")
    assert "not a briefing eval result" in invoke("-q", "--baseline", str(other)).stderr


def test_repeat_runs_each_seed_and_shows_flaky_items(fake: FakeModels, tmp_path: Path) -> None:
    fake.answers = [perfect_answer(SEED_000.stem), perfect_answer(SEED_004),
                    empty_answer(), perfect_answer(SEED_004)]  # fmt: skip
    junit = tmp_path / "junit.xml"
    result = ok(invoke("-q", "--repeat", "2", "--temperature", "0.5", "--seed", "7",
                       "--junit", str(junit)))  # fmt: skip
    names = [c.get("name") for c in ET.fromstring(junit.read_text()).iter("testcase")]
    assert names == [SEED_000.stem, SEED_004, f"{SEED_000.stem} #1", f"{SEED_004} #1"]
    requests = fake.made[0].requests
    assert [(r["seed"], r["temperature"]) for r in requests] == [(7, 0.5), (7, 0.5), (8, 0.5),
                                                                  (8, 0.5)]  # fmt: skip
    assert "default @ local: 2 repeats, mean ± sd" in result.stdout
    assert "flaky 000_ca5623d69bcd5fb1 claims c1: found 1/2" in result.stdout
    saved = json.loads((runs(tmp_path)[0] / "result.json").read_text(encoding="utf-8"))
    assert [r["repeat"] for r in saved["configurations"][0]["articles"]] == [0, 0, 1, 1]
    assert saved["config"]["repeat"] == 2
    assert saved["configurations"][0]["cost"]["model_calls"] == 4


def test_compare_is_paired_and_lists_flips(fake: FakeModels, tmp_path: Path) -> None:
    ok(invoke("-q"))
    fake.answers = [empty_answer(), perfect_answer(SEED_004)]
    ok(invoke("-q", "--no-cache"))
    first, second = runs(tmp_path)
    page = tmp_path / "cmp.html"
    result = ok(invoke("compare", str(first), str(second), "--html", str(page)))
    assert "default @ local: 2 shared article(s)" in result.stdout
    assert "- default @ local 000_ca5623d69bcd5fb1 denials d1: found → missed" in result.stdout
    # B answers seed 004 as well as A and seed 000 worse, but the drop on one article of
    # two is no interval beyond zero; only the fake model's timing noise may flag latency.
    flagged = [line for line in result.stdout.splitlines() if "REGRESSION" in line]
    assert all("latency_s" in line for line in flagged), flagged
    assert f"{len(flagged)} regression(s)" in result.stdout
    assert "default @ local 000_ca5623d69bcd5fb1 macro_f1: 1.00 → 0.00 (-1.00)" in result.stdout
    assert "<h1>briefing eval compare:" in page.read_text(encoding="utf-8")


def test_compare_two_polnear_runs_and_refuse_mixed_kinds(fake: FakeModels, tmp_path: Path) -> None:
    data = polnear_folder(tmp_path, "a1")
    fake.answers = [empty_answer(), empty_answer()]  # the seeds run briefs two articles
    ok(invoke("polnear", "--data", str(data), "-m", "m", "-q"))
    ok(invoke("polnear", "--data", str(data), "-m", "m", "-q"))
    ok(invoke("-q"))
    pol_a, pol_b, seeds = runs(tmp_path)
    same = ok(invoke("compare", str(pol_a), str(pol_b)))
    assert "recall" in same.stdout and "0 regression(s)" in same.stdout
    mixed = invoke("compare", str(pol_a), str(seeds))
    assert mixed.exit_code == 1
    assert "cannot compare a polnear run with a suite run" in mixed.stderr


def test_polnear_baseline_gate(fake: FakeModels, tmp_path: Path) -> None:
    data = polnear_folder(tmp_path, "a1")
    claim = {"id": "c1", "claimant": "ada-quill", "statement": "Reopens in May.",
             "quote": "the bridge will reopen in May"}  # fmt: skip
    quill: dict[str, Any] = {"id": "ada-quill", "name": "Ada Quill", "kind": "person",
                             "role": "Mayor", "affiliation": None, "aliases": []}  # fmt: skip
    fake.answers = [{**empty_answer(), "parties": [quill], "claims": [claim]}]
    ok(invoke("polnear", "--data", str(data), "-m", "m", "-q"))
    (first,) = runs(tmp_path)
    assert (
        "baseline: 0 metric(s)"
        in ok(
            invoke("polnear", "--data", str(data), "-m", "m", "-q", "--baseline", str(first))
        ).stdout
    )
    fake.answers = [empty_answer()]
    dropped = invoke("polnear", "--data", str(data), "-m", "m", "-q", "--no-cache",
                     "--baseline", str(first))  # fmt: skip
    assert dropped.exit_code == 1
    assert "error: default @ m: recall 0.00 is below the baseline's 1.00" in dropped.stderr
