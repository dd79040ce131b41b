"""`briefing eval` and the files it reads: a bad cache entry, a bad prompt file, all runs failed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefing.cli as cli
from briefing.article import read_article
from briefing.backends.answer_cache import CachingBackend
from briefing.backends.openai import OpenAIBackend
from briefing.evals.running.cache import BriefingCache, cache_key
from briefing.evals.running.runner import brief_cached
from briefing.pipeline import Options
from briefing.prompts import load_prompt
from tests.conftest import SEED_000, SEED_004, FakeBackend
from tests.evals.helpers import perfect_answer, write_prompt
from tests.faults.conftest import API_KEY
from tests.faults.server import FakeServer, Reply, chat, error

PASSWORD = "s3cret-pw"


@pytest.fixture
def eval_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Runs and prompts in tmp; a one-article suite; returns the suite file."""
    monkeypatch.setenv("BRIEFING_RUNS_DIR", str(tmp_path / "runs"))
    monkeypatch.setenv("BRIEFING_PROMPTS_DIR", str(write_prompt(tmp_path / "prompts")))
    suite = tmp_path / "one.toml"
    suite.write_text(f'name = "one"\narticles = ["{SEED_000}"]\n', encoding="utf-8")
    return suite


def eval_over(server: FakeServer, suite: Path, *extra: str) -> tuple[int, str, str]:
    url = server.url.replace("http://", f"http://alice:{PASSWORD}@")
    command = ["eval", str(suite), "-m", "fake", "--base-url", url, "-q", *extra]
    result = CliRunner().invoke(cli.app, command)
    return result.exit_code, result.stdout, result.stderr


def saved_result(tmp_path: Path) -> str:
    folder = sorted((tmp_path / "runs").iterdir())[-1]
    return (folder / "result.json").read_text(encoding="utf-8")


def test_eval_saves_no_credentials(server: FakeServer, eval_env: Path, tmp_path: Path):
    server.queue(chat(json.dumps(perfect_answer(SEED_000.stem))))
    code, stdout, stderr = eval_over(server, eval_env, "--no-cache")
    assert code == 0, stderr
    saved = saved_result(tmp_path)
    assert json.loads(saved)["config"]["base_url"] == server.url.replace("http://", "http://***@")
    for text in (saved, stdout, stderr):
        assert PASSWORD not in text and API_KEY not in text


def test_eval_exits_1_when_every_run_failed(server: FakeServer, eval_env: Path, tmp_path: Path):
    server.always = error(500, f"down, key {API_KEY}")
    code, _, stderr = eval_over(server, eval_env, "--no-cache")
    assert code == 1
    shown = server.url.replace("http://", "http://***@")
    assert stderr == (
        f"error: every run failed (1 of 1); first: the server at {shown} answered HTTP 500 "
        "Internal Server Error (after 3 attempts): down, key ***\n"
    )
    assert PASSWORD not in saved_result(tmp_path) and API_KEY not in saved_result(tmp_path)


@pytest.fixture
def cache(tmp_path: Path, eval_env: Path) -> BriefingCache:
    return BriefingCache(tmp_path / "cache")


def test_a_cache_entry_that_is_not_utf8_is_a_miss(cache: BriefingCache, tmp_path: Path):
    article, prompt = read_article(str(SEED_000)), load_prompt("default", [tmp_path / "prompts"])
    backend = FakeBackend(perfect_answer(SEED_000.stem))
    key = cache_key(backend, prompt, article, Options())
    cache.path(key).parent.mkdir(parents=True)
    cache.path(key).write_bytes(b'{"summary": "\xff\xfe"}')
    briefing, cached = brief_cached(article, backend, prompt, Options(), cache)
    assert not cached and briefing.article.id == SEED_000.stem
    assert cache.get(key) == briefing  # the bad entry was replaced


def test_eval_goes_past_a_cache_entry_that_is_not_utf8(
    server: FakeServer, eval_env: Path, tmp_path: Path
):
    """Before: UnicodeDecodeError, a traceback, no result."""
    url = server.url.replace("http://", f"http://alice:{PASSWORD}@")
    backend = OpenAIBackend("fake", base_url=url)
    prompt = load_prompt("default", [tmp_path / "prompts"])
    key = cache_key(backend, prompt, read_article(str(SEED_000)), Options())
    entry = BriefingCache().path(key)
    entry.parent.mkdir(parents=True)
    entry.write_bytes(b"\xff\xfe not a briefing")
    server.queue(chat(json.dumps(perfect_answer(SEED_000.stem))))
    code, stdout, stderr = eval_over(server, eval_env)
    assert code == 0, stderr
    assert "1 model calls, 0 cached" in stdout
    assert BriefingCache().get(key) is not None  # replaced by the fresh briefing


def test_a_cache_entry_of_another_article_is_a_miss(cache: BriefingCache, tmp_path: Path):
    prompt = load_prompt("default", [tmp_path / "prompts"])
    ours, other = read_article(str(SEED_000)), read_article(str(SEED_004))
    backend = FakeBackend(perfect_answer(SEED_004.stem), perfect_answer(SEED_000.stem))
    wrong, _ = brief_cached(other, backend, prompt, Options(), cache)
    key = cache_key(backend, prompt, ours, Options())
    cache.put(key, wrong)  # a stale or tampered entry under our key
    assert cache.get(key, ours.sha256) is None
    briefing, cached = brief_cached(ours, backend, prompt, Options(), cache)
    assert not cached and briefing.article.sha256 == ours.sha256


def test_a_prompt_file_that_is_not_utf8_is_one_line(tmp_path: Path):
    prompt = tmp_path / "latin1.md"
    prompt.write_bytes("---\nname: caf\xe9\n---\n".encode("latin-1"))
    result = CliRunner().invoke(cli.app, ["run", str(SEED_000), "-p", str(prompt), "-q"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {prompt}: not valid UTF-8 text (byte 13)\n"


def test_eval_reads_the_timeout_from_the_environment(
    server: FakeServer, eval_env: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("BRIEFING_TIMEOUT", "0.2")
    server.always = Reply(delay_s=3.0, body="late")
    code, _, stderr = eval_over(server, eval_env, "--no-cache")
    assert code == 1
    shown = server.url.replace("http://", "http://***@")
    assert stderr == (
        f"error: every run failed (1 of 1); first: the server at {shown} did not answer "
        "within 0.2 s (--timeout)\n"
    )


def test_a_run_whose_second_pass_was_computed_is_not_counted_as_cached(tmp_path: Path):
    """guided's first pass is model-parties's own request, so the answer cache serves it;
    its second pass is the model's work. Before: the run was reported as cached."""
    article = read_article(str(SEED_000))
    parties = {"summary": "A minister wants drones.", "parties": []}
    inner = FakeBackend(parties, {"items": []})
    answers = CachingBackend(inner, tmp_path / "answers")
    cache = BriefingCache(tmp_path / "briefings")
    _, cached = brief_cached(article, answers, load_prompt("model-parties"), Options(), cache)
    assert not cached and answers.misses == 1
    _, cached = brief_cached(article, answers, load_prompt("guided"), Options(), cache)
    assert (cached, answers.hits, answers.misses, len(inner.requests)) == (False, 1, 2, 2)
    _, cached = brief_cached(article, answers, load_prompt("guided"), Options(), cache)
    assert cached  # the whole briefing, from the briefing cache


@pytest.mark.parametrize("which", ["runs", "home", "html", "junit"])
def test_unwritable_eval_outputs_are_one_line_before_any_call(
    server: FakeServer, eval_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
):
    """Before: a raw NotADirectoryError or PermissionError, after every model call."""
    plain = tmp_path / "plain"
    plain.write_text("a file, not a folder", encoding="utf-8")
    extra: list[str] = []
    if which == "runs":
        monkeypatch.setenv("BRIEFING_RUNS_DIR", str(plain))
        expected = f"error: {plain}: exists and is not a folder\n"
    elif which == "home":
        monkeypatch.setenv("BRIEFING_HOME", str(plain))
        expected = f"error: {plain}: exists and is not a folder\n"
    else:
        target = plain / f"report.{which}"
        extra = [f"--{which}", str(target)]
        expected = f"error: {target}: cannot write there ({plain} is not a folder)\n"
    server.always = chat(json.dumps(perfect_answer(SEED_000.stem)))
    code, _, stderr = eval_over(server, eval_env, "--no-cache", *extra)
    assert (code, stderr) == (1, expected)
    assert server.received == []


def test_eval_baseline_and_compare_check_their_outputs(
    server: FakeServer, eval_env: Path, tmp_path: Path
):
    server.queue(chat(json.dumps(perfect_answer(SEED_000.stem))))
    assert eval_over(server, eval_env, "--no-cache")[0] == 0
    run = sorted((tmp_path / "runs").iterdir())[-1]
    plain = tmp_path / "plain"
    plain.write_text("a file", encoding="utf-8")
    for command in (
        ["baseline", str(run), "-o", str(plain / "b.json")],
        ["compare", str(run), str(run), "--html", str(plain / "c.html")],
    ):
        result = CliRunner().invoke(cli.app, ["eval", *command])
        target = command[-1]
        assert (result.exit_code, result.stderr) == (
            1,
            f"error: {target}: cannot write there ({plain} is not a folder)\n",
        )
        assert result.stdout == ""


def test_html_and_junit_are_written_when_every_run_failed(
    server: FakeServer, eval_env: Path, tmp_path: Path
):
    """Before: neither was written; CI needs the JUnit most when everything failed."""
    server.always = error(500, "down")
    junit, page = tmp_path / "junit.xml", tmp_path / "report.html"
    code, _, stderr = eval_over(
        server, eval_env, "--no-cache", "--junit", str(junit), "--html", str(page)
    )
    assert code == 1 and stderr.startswith("error: every run failed (1 of 1)")
    assert page.is_file() and 'failures="1"' in junit.read_text(encoding="utf-8")
