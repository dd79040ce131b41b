"""What stops every article is one start-up line; what ran without a model says so."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletion
from typer.testing import CliRunner

import briefing.cli as cli
from briefing.article import decode_article
from briefing.batch import BatchProgress, Job, OutputFormat, open_store, run_batch
from briefing.errors import ModelStartError
from briefing.pipeline import Options
from briefing.progress import Reporter
from briefing.prompts import load_prompt
from tests.conftest import FakeBackend
from tests.faults.conftest import ARTICLE


def folder_of(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(count):
        (folder / f"a{number}.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_a_missing_gguf_is_one_start_up_error(tmp_path: Path):
    """Before: 10 identical per-article errors and 10 failure records."""
    out = tmp_path / "out"
    command = ["run", str(folder_of(tmp_path, 10)), "-m", "local:/nope.gguf", "-o", str(out)]
    result = CliRunner().invoke(cli.app, [*command, "-q"])
    assert (result.exit_code, result.stderr) == (1, "error: /nope.gguf: no such GGUF file\n")
    assert not (out / "failures.jsonl").exists()


class NoStart(FakeBackend):
    def complete(self, **request: Any) -> ChatCompletion:
        self.requests.append(request)
        raise ModelStartError("model.gguf: cannot load model (bad magic)")


def test_a_model_that_fails_to_load_stops_the_batch_after_the_first_article(tmp_path: Path):
    backend = NoStart()
    articles = [decode_article(ARTICLE.encode(), f"a{n}.txt", f"a{n}") for n in range(5)]
    job = Job(backend, load_prompt("model-parties"), Options())
    store = open_store(str(tmp_path / "out"), fmt=OutputFormat.json, many=True)
    summary = run_batch(list(articles), job, store, BatchProgress(Reporter().console, True))
    assert len(backend.requests) == 1
    assert summary.stopped == "model.gguf: cannot load model (bad magic)"
    assert (summary.done, summary.failed, summary.exit_code) == (0, 0, 1)


def test_rules_provenance_records_that_no_model_ran(tmp_path: Path):
    """Before: the header and provenance said local / qwen2.5-coder-1.5b though no model ran."""
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli.app, ["run", str(article), "-p", "rules", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "1 article(s) with no model, prompt rules" in result.stderr
    made = json.loads(out.read_text(encoding="utf-8"))["provenance"]
    assert (made["backend"], made["model"], made["passes"]) == (None, None, 0)
    markdown = CliRunner().invoke(cli.app, ["run", str(article), "-p", "rules", "-f", "markdown"])
    assert "_no model, prompt rules v1" in markdown.stdout
    again = CliRunner().invoke(cli.app, ["run", str(article), "-p", "rules", "-o", str(out)])
    assert "skipped 1 already briefed" in again.stderr  # the run key agrees with provenance
