"""The `briefing eval` command line, on the seeds, with fake models."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from briefing import backends
from briefing.cli import app
from briefing.progress import QUIET, Reporter
from tests.conftest import SEED_000, FakeBackend
from tests.evals.helpers import empty_answer, perfect_answer, polnear_folder, write_prompt


class FakeModels:
    """Replaces resolve_backend: every model is a FakeBackend with `answers` queued."""

    def __init__(self) -> None:
        self.answers: list[dict[str, Any] | str] = [
            perfect_answer(SEED_000.stem),
            perfect_answer("004_7c793c227ccf8d88"),
        ]
        self.made: list[FakeBackend] = []

    def __call__(
        self, model: str = "local", base_url: str | None = None, reporter: Reporter = QUIET
    ) -> FakeBackend:
        backend = FakeBackend(*self.answers)
        backend.model = model
        self.made.append(backend)
        return backend

    @property
    def requests(self) -> int:
        return sum(len(backend.requests) for backend in self.made)


@pytest.fixture
def models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeModels:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BRIEFING_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setenv("BRIEFING_PROMPTS_DIR", str(write_prompt(tmp_path / "prompts")))
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    fake = FakeModels()
    monkeypatch.setattr(backends, "resolve_backend", fake)
    return fake


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, ["eval", *args])


def last_result(tmp_path: Path) -> dict[str, Any]:
    folder = sorted((tmp_path / "runs").iterdir())[-1]
    data: dict[str, Any] = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    return data


def test_eval_without_arguments_runs_the_seeds_suite(models: FakeModels, tmp_path: Path) -> None:
    result = invoke()
    assert result.exit_code == 0, result.output
    assert "2 model calls, 0 cached" in result.stdout
    assert "default @ local" in result.stdout
    data = last_result(tmp_path)
    assert data["suite"] == "seeds"
    (config,) = data["configurations"]
    assert config["label"] == "default @ local"
    metrics = config["metrics"]
    assert metrics["macro_f1"] == 1.0
    assert metrics["grounding"] == 1.0
    assert metrics["actor_accuracy"] == 1.0
    assert metrics["schema_valid"] == 1.0
    assert metrics["first_attempt_valid"] == 1.0
    assert metrics["tokens"] == 300  # 2 runs x (100 prompt + 50 completion)
    assert [a["article_id"] for a in config["articles"]] == [
        "000_ca5623d69bcd5fb1",
        "004_7c793c227ccf8d88",
    ]
    assert config["articles"][0]["matches"]["denials"]["matched"] == [
        {"predicted": "d1", "gold": "d1", "tier": "span", "score": 2.0}
    ]
    table = next((tmp_path / "runs").iterdir()) / "table.md"
    assert "| default @ local | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 |" in table.read_text()


def test_eval_named_suite_uses_the_cache_the_second_time(models: FakeModels) -> None:
    assert invoke("seeds", "-q").exit_code == 0
    second = invoke("seeds", "-q")
    assert second.exit_code == 0, second.output
    assert "0 model calls, 2 cached" in second.stdout
    assert models.requests == 2
    third = invoke("seeds", "-q", "--no-cache")
    assert "2 model calls, 0 cached" in third.stdout
    assert models.requests == 4


def test_eval_suite_path_with_models_and_prompts(models: FakeModels, tmp_path: Path) -> None:
    suite = tmp_path / "one.toml"
    suite.write_text(
        f'name = "one"\narticles = ["{SEED_000}"]\nmodels = ["ignored"]\n',
        encoding="utf-8",
    )
    result = invoke(str(suite), "-m", "model-a", "-m", "model-b", "-p", "default", "-q")
    assert result.exit_code == 0, result.output
    assert "2 model calls, 0 cached" in result.stdout
    labels = [c["label"] for c in last_result(tmp_path)["configurations"]]
    assert labels == ["default @ model-a", "default @ model-b"]
    assert [b.model for b in models.made] == ["model-a", "model-b"]


def test_fail_under_names_each_metric_under_its_floor(models: FakeModels) -> None:
    models.answers = [empty_answer(), empty_answer()]
    result = invoke(
        "-q",
        "--fail-under", "claims_f1=0.5",
        "--fail-under", "grounding=0.9",
        "--fail-under", "schema_valid=1",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "error: default @ local: claims_f1 0.00 is under 0.50" in result.stderr
    assert "error: default @ local: grounding n/a is under 0.90" in result.stderr
    assert "schema_valid" not in result.stderr


def test_fail_under_rejects_unknown_metrics(models: FakeModels) -> None:
    result = invoke("--fail-under", "speed=1")
    assert result.exit_code == 2
    assert "'speed=1': use FIELD=VALUE" in result.output


def test_unknown_suite_is_a_one_line_error(models: FakeModels) -> None:
    result = invoke("nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: suite 'nope' not found (available: ")


def test_junit_and_html_outputs(models: FakeModels, tmp_path: Path) -> None:
    models.answers = [perfect_answer(SEED_000.stem), *["not json"] * 4]
    junit, page = tmp_path / "out" / "junit.xml", tmp_path / "out" / "report.html"
    result = invoke("-q", "--junit", str(junit), "--html", str(page),
                    "--fail-under", "macro_f1=0.9")  # fmt: skip
    assert result.exit_code == 1  # macro F1 of the configuration is under 0.9
    root = ET.fromstring(junit.read_text(encoding="utf-8"))
    (suite,) = root.findall("testsuite")
    assert suite.get("tests") == "2"
    assert suite.get("failures") == "1"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["000_ca5623d69bcd5fb1", "004_7c793c227ccf8d88"]
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert failure is not None
    assert failure.get("message", "").startswith("run failed: the model's answer failed")
    assert "<mark class=" in page.read_text(encoding="utf-8")


def test_compare_two_runs_flags_regressions(models: FakeModels, tmp_path: Path) -> None:
    assert invoke("-q").exit_code == 0
    models.answers = [empty_answer(), empty_answer()]
    assert invoke("-q", "--no-cache").exit_code == 0
    first, second = sorted((tmp_path / "runs").iterdir())
    result = invoke("compare", str(first), str(second / "result.json"))
    assert result.exit_code == 0, result.output
    assert "REGRESSION" in result.stdout
    assert "claims_f1" in result.stdout
    gated = invoke("compare", str(first), str(second), "--fail-on-regression")
    assert gated.exit_code == 1
    same = invoke("compare", str(first), str(first), "--fail-on-regression")
    assert same.exit_code == 0
    assert "0 regression(s)" in same.stdout


def test_compare_rejects_a_file_that_is_not_a_result(models: FakeModels, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text("{}", encoding="utf-8")
    result = invoke("compare", str(other), str(other))
    assert result.exit_code == 1
    assert "not a briefing eval result" in result.stderr


def test_polnear_command(models: FakeModels, tmp_path: Path) -> None:
    data = polnear_folder(tmp_path, "a1", "a2")
    models.answers = [
        {
            "summary": "A mayor on a bridge.",
            "parties": [
                {"id": "ada-quill", "name": "Ada Quill", "kind": "person", "role": "Mayor",
                 "affiliation": None, "aliases": []}
            ],
            "claims": [{"id": "c1", "claimant": "ada-quill", "statement": "Reopens in May.",
                        "quote": "the bridge will reopen in May"}],
            "denials": [],
            "concerns": [],
        }
    ]  # fmt: skip
    result = invoke("polnear", "--data", str(data), "--limit", "1", "-m", "m", "-q")
    assert result.exit_code == 0, result.output
    assert "micro precision 1.00, recall 1.00 (tp 1, fp 0, fn 0)" in result.stdout
    assert "1 model calls, 0 cached" in result.stdout
    folder = sorted((tmp_path / "runs").iterdir())[-1]
    assert folder.name.endswith("_polnear")
    saved = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    assert (saved["format"], saved["version"], saved["kind"]) == (
        "briefing-eval-result",
        2,
        "polnear",
    )
    (config,) = saved["configurations"]
    assert [row["article_id"] for row in config["articles"]] == ["a1"]
    assert config["metrics"]["precision"] == 1.0
    tally = config["articles"][0]["tally"]
    assert tally.pop("latency.sum") >= 0
    spans = {key: tally.pop(key) for key in list(tally) if key.startswith("span.")}
    assert spans["span.content.overlap.gold"] >= 1  # the attribution layer's span match
    assert "content_overlap_f1" in config["metrics"]
    assert tally == {
        "tp": 1, "fp": 0, "fn": 0, "recall_tp": 1, "unjudged": 0, "split": 0,
        "runs.total": 1, "runs.valid": 1, "prompt_tokens": 100, "completion_tokens": 50,
        "tokens": 150,
    }  # fmt: skip
    again = invoke("polnear", "--data", str(data), "--limit", "1", "-m", "m", "-q")
    assert "0 model calls, 1 cached" in again.stdout


def test_polnear_missing_folder(models: FakeModels, tmp_path: Path) -> None:
    result = invoke("polnear", "--data", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert "not a PolNeAR folder" in result.stderr


def test_eval_help_lists_the_subcommands(models: FakeModels) -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("run", "compare", "polnear"):
        assert command in result.stdout


def test_polnear_scores_every_prompt_given(models: FakeModels, tmp_path: Path) -> None:
    """Before: `-p` took one prompt and a second silently replaced the first."""
    data = polnear_folder(tmp_path, "a1")
    result = invoke("polnear", "--data", str(data), "-p", "rules", "-p", "nohints", "-q")
    assert result.exit_code == 0, result.output
    folder = sorted((tmp_path / "runs").iterdir())[-1]
    saved = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    labels = [config["label"] for config in saved["configurations"]]
    assert labels[0].startswith("rules @ ") and labels[1].startswith("nohints @ ")
    assert "rules @ " in result.stdout and "nohints @ " in result.stdout
