import json
import os

import pytest
from typer.testing import CliRunner

import briefing.cli as cli
import briefing.cli.run as run_command
from briefing.resources import project_root
from briefing.schema import Briefing
from tests.conftest import NOVILLO, SEED_000, FakeBackend
from tests.test_schema import draft

runner = CliRunner()


def seed_answer():
    """A draft whose quotes are words of seed 000."""
    answer = draft()
    answer["parties"][0] = dict(NOVILLO)
    answer["claims"] = [
        {
            "id": "c1",
            "claimant": "Novillo",
            "statement": "Bolivia wants drones",
            "quote": "Their technology could satisfy the requirement",
        }
    ]
    answer["denials"] = [
        {
            "id": "d1",
            "denier": "edmundo-novillo",
            "denied": "the concerns",
            "quote": "Novillo dismissed those concerns",
            "responds_to": None,
        }
    ]
    answer["concerns"] = []
    return answer


@pytest.fixture
def backend(monkeypatch):
    fake = FakeBackend()
    monkeypatch.setattr(run_command, "resolve_backend", lambda *args: fake)
    return fake


def test_run_prints_one_json_briefing(backend):
    backend.enqueue(seed_answer())
    result = runner.invoke(cli.app, ["run", str(SEED_000), "-q", "-p", "onepass"])
    assert result.exit_code == 0, result.output
    briefing = Briefing.model_validate_json(result.stdout)
    assert briefing.claims[0].claimant == "edmundo-novillo"
    assert briefing.article.id == "000_ca5623d69bcd5fb1"


def test_run_markdown(backend):
    backend.enqueue(seed_answer())
    result = runner.invoke(
        cli.app, ["run", str(SEED_000), "-q", "-p", "onepass", "--format", "markdown"]
    )
    assert result.exit_code == 0, result.output
    assert "## Claims" in result.stdout
    assert "**Edmundo Novillo**: Bolivia wants drones" in result.stdout


def test_several_articles_write_one_file_each_into_a_folder(backend, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(SEED_000.read_text())
    backend.enqueue(seed_answer(), seed_answer())
    out = tmp_path / "out"
    result = runner.invoke(
        cli.app, ["run", str(SEED_000), str(other), "-o", str(out), "-q", "-p", "onepass"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["000_ca5623d69bcd5fb1.json", "other.json"]


def test_several_articles_to_stdout_are_json_lines(backend, tmp_path):
    backend.enqueue(seed_answer(), seed_answer())
    result = runner.invoke(cli.app, ["run", str(SEED_000), str(SEED_000), "-q", "-p", "onepass"])
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["article"]["length"] == 2447 for line in lines)


def test_bad_input_is_one_line_exit_1_and_no_output_file(backend, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    out = tmp_path / "out.json"
    result = runner.invoke(cli.app, ["run", str(empty), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {empty}: the article is empty"
    assert not out.exists()


def test_a_failing_article_does_not_stop_the_others(backend, tmp_path):
    backend.enqueue('{"summary": 1}', '{"summary": 1}', seed_answer())
    out = tmp_path / "out"
    result = runner.invoke(
        cli.app, ["run", str(SEED_000), str(SEED_000), "-o", str(out), "-q", "-p", "onepass"]
    )
    assert result.exit_code == 3  # some failed
    assert "failed validation after 2 attempt(s)" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["000_ca5623d69bcd5fb1.json", "failures.jsonl"]
    failure = json.loads((out / "failures.jsonl").read_text())
    assert failure["id"] == "000_ca5623d69bcd5fb1" and failure["source"] == str(SEED_000)
    assert failure["error"].startswith("the model's answer failed validation after 2 attempt(s)")


def test_unknown_prompt_and_model_are_clear_errors():
    result = runner.invoke(cli.app, ["run", str(SEED_000), "-p", "nope"])
    assert result.exit_code == 1 and "prompt 'nope' not found" in result.stderr
    result = runner.invoke(cli.app, ["run", str(SEED_000), "-m", "gpt-9"])
    assert result.exit_code == 1 and "unknown model 'gpt-9'" in result.stderr


def test_usage_error_exits_2():
    assert runner.invoke(cli.app, ["run"]).exit_code == 2


def test_schema_prompts_and_models_commands():
    schema = json.loads(runner.invoke(cli.app, ["schema"]).stdout)
    assert schema["title"] == "Briefing"
    prompts = runner.invoke(cli.app, ["prompts"]).stdout
    assert "default" in prompts and "multipass" in prompts
    models = runner.invoke(cli.app, ["models"]).stdout
    assert "22/22 installed" in models


def test_prompts_dir_reaches_the_loader_without_the_environment(backend, tmp_path, monkeypatch):
    """`--prompts-dir` is handed to the prompt loader, not through os.environ."""
    monkeypatch.delenv("BRIEFING_PROMPTS_DIR", raising=False)
    mine = tmp_path / "mine"
    mine.mkdir()
    shipped = (project_root() / "prompts" / "rules.md").read_text(encoding="utf-8")
    (mine / "plain.md").write_text(shipped.replace("name: rules", "name: plain"), encoding="utf-8")
    args = ["--prompts-dir", str(mine), "run", str(SEED_000), "-q", "-p", "plain"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    assert Briefing.model_validate_json(result.stdout).provenance.prompt == "plain"
    assert "BRIEFING_PROMPTS_DIR" not in os.environ
    listed = runner.invoke(cli.app, ["--prompts-dir", str(mine), "prompts"])
    assert listed.stdout.startswith("default") and "\nplain " in listed.stdout
    missing = runner.invoke(cli.app, ["run", str(SEED_000), "-q", "-p", "plain"])
    assert missing.exit_code == 1
    assert "prompt 'plain' not found" in missing.stderr
