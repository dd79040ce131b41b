"""`briefing eval init DIR`, and a suite folder of one's own run from another folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from briefing.backends import probe
from briefing.cli import app
from briefing.evals.scaffold import STARTER

EXAMPLE = STARTER / "articles" / "example.txt"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder; runs go to tmp_path/runs and no llama-cpp-python is installed."""
    monkeypatch.setenv("BRIEFING_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.delenv("BRIEFING_PROMPTS_DIR", raising=False)
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import llama_cpp fails
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, ["eval", *args])


def last_run(work: Path) -> dict[str, Any]:
    folder = sorted((work.parent / "runs").iterdir())[-1]
    found: dict[str, Any] = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    return found


def test_without_llama_cpp_the_local_backend_reports_it(work: Path) -> None:
    assert probe.library_file() is None


def test_init_writes_a_suite_that_passes_from_another_folder(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = invoke("init", "suites/mine")
    assert made.exit_code == 0, made.output
    assert "suite: suites/mine/suite.toml" in made.stdout
    written = sorted(p.relative_to(work / "suites" / "mine").as_posix()
                     for p in (work / "suites" / "mine").rglob("*") if p.is_file())  # fmt: skip
    assert written == ["README.md", "articles/example.txt", "github-actions.yml",
                       "gold/example.json", "suite.toml"]  # fmt: skip
    (work / "other").mkdir()
    monkeypatch.chdir(work / "other")
    done = invoke("run", "../suites/mine/suite.toml", "-p", "rules")
    assert done.exit_code == 0, done.output
    assert "0 model calls" in done.stdout
    result = last_run(work)
    assert result["suite"] == "mine"
    [config] = result["configurations"]
    assert config["label"] == "rules @ local"
    assert config["metrics"]["grounding"] == 1.0
    assert config["metrics"]["claims_f1"] > 0


def test_the_readme_and_ci_job_name_the_folder_and_the_baseline(work: Path) -> None:
    assert invoke("init", "evals/mine").exit_code == 0
    readme = (work / "evals" / "mine" / "README.md").read_text(encoding="utf-8")
    line = "briefing eval run evals/mine/suite.toml --baseline evals/mine/baseline.json"
    assert line in readme
    assert "briefing eval baseline RUN_FOLDER -o evals/mine/baseline.json" in readme
    job = (work / "evals" / "mine" / "github-actions.yml").read_text(encoding="utf-8")
    assert f"run: {line}" in job
    assert 'name = "mine"' in (work / "evals" / "mine" / "suite.toml").read_text()


def test_the_baseline_round_trip_passes(work: Path) -> None:
    assert invoke("init", "mine").exit_code == 0
    assert invoke("run", "mine/suite.toml", "-q").exit_code == 0
    run_folder = sorted((work.parent / "runs").iterdir())[-1]
    made = invoke("baseline", str(run_folder), "-o", "mine/baseline.json")
    assert made.exit_code == 0, made.output
    checked = invoke("run", "mine/suite.toml", "--baseline", "mine/baseline.json", "-q")
    assert checked.exit_code == 0, checked.output
    assert "baseline: 0 metric(s) worse beyond the noise" in checked.stdout
    # the same baseline named by the suite itself, relative to the suite file
    suite = work / "mine" / "suite.toml"
    suite.write_text(suite.read_text().replace('# baseline = "', 'baseline = "'))
    by_key = invoke("run", "mine/suite.toml", "-q")
    assert by_key.exit_code == 0, by_key.output
    assert "baseline: 0 metric(s) worse beyond the noise" in by_key.stdout


@pytest.mark.parametrize("content", ["a file", None])
def test_init_refuses_a_folder_that_is_not_empty(work: Path, content: str | None) -> None:
    (work / "taken").mkdir()
    if content is not None:
        (work / "taken" / "notes.txt").write_text(content)
    else:
        (work / "taken" / "sub").mkdir()
    done = invoke("init", "taken")
    assert done.exit_code == 1
    assert done.stderr == "error: taken: exists and is not empty; give a new or empty folder\n"


def test_init_fills_an_empty_folder_and_refuses_a_file(work: Path) -> None:
    (work / "empty").mkdir()
    assert invoke("init", "empty").exit_code == 0
    (work / "plain").write_text("x")
    done = invoke("init", "plain")
    assert done.exit_code == 1
    assert done.stderr == "error: plain: exists and is not a folder\n"


def test_a_hand_made_suite_from_another_folder(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's new-user path: articles/, gold/, my.toml; no gold key, model `local`."""
    mine = work / "mine"
    (mine / "articles").mkdir(parents=True)
    (mine / "gold").mkdir()
    (mine / "articles" / "story.txt").write_text(EXAMPLE.read_text(encoding="utf-8"))
    gold = json.loads((STARTER / "gold" / "example.json").read_text(encoding="utf-8"))
    (mine / "gold" / "story.json").write_text(json.dumps({**gold, "article_id": "story"}))
    (mine / "my.toml").write_text(
        'name = "mine"\narticles = ["articles/story.txt"]\n'
        'prompts = ["rules"]\nmodels = ["local"]\n'
    )
    (work / "elsewhere").mkdir()
    monkeypatch.chdir(work / "elsewhere")
    done = invoke("run", "../mine/my.toml")
    assert done.exit_code == 0, done.output
    assert last_run(work)["suite"] == "mine"


def test_a_suite_without_its_gold_names_the_file_it_expected(work: Path) -> None:
    (work / "s" / "articles").mkdir(parents=True)
    (work / "s" / "gold").mkdir()
    (work / "s" / "articles" / "story.txt").write_text(EXAMPLE.read_text(encoding="utf-8"))
    (work / "s" / "s.toml").write_text('name = "s"\narticles = ["articles/story.txt"]\n')
    done = invoke("run", "s/s.toml", "-p", "rules")
    assert done.exit_code == 1
    expected = (work / "s" / "gold" / "story.json").resolve()
    assert done.stderr == f"error: no gold file for article story (expected {expected})\n"
