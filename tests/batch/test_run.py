"""`briefing run` on many articles, end to end against a fake OpenAI-compatible server."""

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

import briefing.cli as cli
import briefing.cli.run as run_command
from briefing.batch import BatchProgress, Job, OutputFormat, expand, open_store, run_batch
from briefing.pipeline import Options
from briefing.progress import Reporter
from briefing.prompts import load_prompt
from briefing.schema import Briefing
from tests.batch.test_inputs import PAGE
from tests.conftest import SEED_000, SEED_004, FakeBackend
from tests.fake_server import fake_server

runner = CliRunner()
SEED_IDS = ["000_ca5623d69bcd5fb1", "004_7c793c227ccf8d88"]


@pytest.fixture
def server():
    with fake_server() as (url, stats):
        yield url, stats


@pytest.fixture(autouse=True)
def normal_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def brief(url, *args):
    return runner.invoke(cli.app, ["run", "-m", "fake", "--base-url", url, *args])


def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for seed in (SEED_000, SEED_004):
        shutil.copy(seed, folder)
    return folder


def test_a_folder_run_resumes_and_options_are_part_of_the_key(server, tmp_path):
    url, stats = server
    out = tmp_path / "out"
    first = brief(url, str(seeds(tmp_path)), "-o", str(out))
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in out.iterdir()) == [f"{i}.json" for i in SEED_IDS]
    assert "2 done, 0 skipped, 0 failed" in first.stderr
    again = brief(url, str(tmp_path / "seeds"), "-o", str(out))
    assert again.exit_code == 0
    assert "skipped 2 already briefed" in again.stderr
    assert "0 done, 2 skipped, 0 failed" in again.stderr
    assert stats.requests == 2
    other_options = brief(url, str(tmp_path / "seeds"), "-o", str(out), "--max-retries", "0")
    assert "2 done, 0 skipped" in other_options.stderr and stats.requests == 4


def test_json_lines_output_resumes_and_repairs_a_half_written_line(server, tmp_path):
    url, stats = server
    out = tmp_path / "all.jsonl"
    assert brief(url, str(seeds(tmp_path)), "-o", str(out), "-q").exit_code == 0
    complete = out.read_text()
    assert [json.loads(line)["article"]["id"] for line in complete.splitlines()] == SEED_IDS
    with out.open("a") as handle:
        handle.write('{"schema_version": "1.0", "arti')  # a power cut mid-line
    again = brief(url, str(tmp_path / "seeds"), "-o", str(out))
    assert again.exit_code == 0 and "0 done, 2 skipped" in again.stderr
    assert f"cut a half-written last line from {out}" in again.stderr
    assert out.read_text() == complete and stats.requests == 2


def test_a_run_never_reads_its_own_output_as_input(server, tmp_path):
    url, stats = server
    for name, extra in (("out.jsonl", []), ("md", ["-f", "markdown"])):
        folder = seeds(tmp_path / name.replace(".", "-"))
        args = [str(folder), "-o", str(folder / name), *extra]
        assert brief(url, *args, "-q").exit_code == 0
        again = brief(url, *args)
        assert "0 done, 2 skipped, 0 failed" in again.stderr
    assert stats.requests == 4


def test_exit_codes_and_the_failures_file(server, tmp_path):
    url, _ = server
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    missing = str(tmp_path / "missing.txt")
    out = tmp_path / "out"
    some = brief(url, str(SEED_000), missing, str(empty), "-o", str(out), "-q")
    assert some.exit_code == 3
    assert some.stderr.splitlines() == [
        f"error: {missing}: no such file",
        f"error: {empty}: the article is empty",
    ]
    assert sorted(p.name for p in out.iterdir()) == [f"{SEED_IDS[0]}.json", "failures.jsonl"]
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert [(f["id"], f["source"], f["error"]) for f in failures] == [
        ("missing", missing, "no such file"),
        ("empty", str(empty), "the article is empty"),
    ]
    nothing = brief(url, missing, str(empty), "-o", str(out), "-q")
    assert nothing.exit_code == 1
    done = brief(url, str(SEED_000), "-o", str(out), "-q")
    assert done.exit_code == 0 and not (out / "failures.jsonl").exists()
    loud = brief(url, str(SEED_000), missing, "-o", str(out))
    assert loud.stderr.splitlines()[-4:] == [
        "0 done, 1 skipped, 1 failed in " + loud.stderr.split(" failed in ")[1].splitlines()[0],
        "failed (1):",
        f"  {missing}: no such file",
        f"failures: {out / 'failures.jsonl'}",
    ]


def test_an_unwritable_output_is_one_line_before_any_model_work(monkeypatch, tmp_path):
    def no_model(*args):
        raise AssertionError("the backend was set up")

    monkeypatch.setattr(run_command, "resolve_backend", no_model)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = runner.invoke(cli.app, ["run", str(SEED_000), "-o", str(blocker / "out.json")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {blocker / 'out.json'}: cannot write there ({blocker} is not a folder)\n"
    )
    result = runner.invoke(cli.app, ["run", str(SEED_000), str(SEED_004), "-o", str(blocker)])
    assert result.stderr == f"error: {blocker}: exists and is not a folder\n"
    result = runner.invoke(cli.app, ["run", str(SEED_000), str(SEED_004), "-o", "x.json"])
    assert result.stderr == (
        "error: x.json: one file for several articles; give a folder or a .jsonl file\n"
    )


def test_a_trailing_slash_makes_a_folder_for_one_article(server, tmp_path):
    url, _ = server
    result = brief(url, str(SEED_000), "-o", f"{tmp_path / 'newdir'}/", "-q")
    assert result.exit_code == 0
    assert [p.name for p in (tmp_path / "newdir").iterdir()] == [f"{SEED_IDS[0]}.json"]


def test_symlinks_at_the_output_are_refused_not_replaced(server, tmp_path):
    url, stats = server
    target = tmp_path / "elsewhere.json"
    target.write_text("keep")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = brief(url, str(SEED_000), "-o", str(link))
    assert (
        result.exit_code == 1
        and result.stderr == f"error: {link}: is a symlink; not replacing it\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{SEED_IDS[0]}.json").symlink_to(target)
    result = brief(url, str(SEED_000), str(SEED_004), "-o", str(out), "-q")
    assert result.exit_code == 3
    assert result.stderr == (
        f"error: {SEED_000}: the output {out / SEED_IDS[0]}.json is a symlink; not replacing it\n"
    )
    assert target.read_text() == "keep" and stats.requests == 1


def test_outputs_have_normal_permissions(server, tmp_path):
    url, _ = server
    out = tmp_path / "out"
    brief(url, str(SEED_000), str(tmp_path / "missing.txt"), "-o", str(out), "-q")
    brief(url, str(SEED_000), "-o", str(tmp_path / "all.jsonl"), "-q")
    for path in (out / f"{SEED_IDS[0]}.json", out / "failures.jsonl", tmp_path / "all.jsonl"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


def test_concurrency_keeps_n_requests_in_flight(tmp_path):
    feed = tmp_path / "feed.jsonl"
    text = SEED_000.read_text()
    feed.write_text("".join(json.dumps({"id": f"a{i}", "text": text}) + "\n" for i in range(8)))
    with fake_server(latency_s=0.3) as (url, stats):
        result = brief(url, str(feed), "-o", str(tmp_path / "out.jsonl"), "-j", "4", "-q")
    assert result.exit_code == 0, result.output
    assert (stats.requests, stats.max_in_flight) == (8, 4)
    ids = sorted(json.loads(line)["article"]["id"] for line in (tmp_path / "out.jsonl").open())
    assert ids == [f"a{i}" for i in range(8)]


def test_an_in_process_model_ignores_concurrency(monkeypatch):
    fake = FakeBackend()
    monkeypatch.setattr(run_command, "resolve_backend", lambda *args: fake)
    from tests.test_cli import seed_answer

    fake.enqueue(seed_answer())
    result = runner.invoke(cli.app, ["run", str(SEED_000), "-p", "onepass", "-j", "4"])
    assert result.exit_code == 0
    assert "fake:fake-model briefs one article at a time; --concurrency ignored" in result.stderr


def test_html_pages_are_briefed_on_their_extracted_text(server, tmp_path):
    url, _ = server
    page = tmp_path / "bridge.html"
    page.write_text(PAGE)
    result = brief(url, str(page), "-q")
    assert result.exit_code == 0, result.output
    briefing = Briefing.model_validate_json(result.stdout)
    info = briefing.article
    assert (info.extracted_from, info.title, info.url) == (
        "html",
        "Bridge row",
        "https://news.example/bridge",
    )
    assert info.text is not None and info.length == len(info.text)
    assert briefing.items(), "the rules found the attributions"
    for item in briefing.items():
        assert info.text[item.span[0] : item.span[1]] == item.quote


def test_an_interrupt_keeps_what_was_written(tmp_path):
    class Interrupting(FakeBackend):
        def complete(self, **request):
            if len(self.requests) == 1:
                raise KeyboardInterrupt
            return super().complete(**request)

    from tests.test_cli import seed_answer

    backend = Interrupting(seed_answer())
    job = Job(backend, load_prompt("onepass"), Options())
    store = open_store(str(tmp_path / "out"), OutputFormat.json, many=True)
    items = expand([str(SEED_000), str(SEED_004)])
    summary = run_batch(items, job, store, BatchProgress(Reporter(quiet=True).console, True))
    assert (summary.done, summary.failed, summary.interrupted, summary.exit_code) == (
        1,
        0,
        True,
        130,
    )
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{SEED_IDS[0]}.json"]


def test_markdown_folders_resume_too(server, tmp_path):
    url, stats = server
    out = tmp_path / "md"
    assert brief(url, str(SEED_000), str(SEED_004), "-o", str(out), "-f", "markdown").exit_code == 0
    text = (out / f"{SEED_IDS[0]}.md").read_text()
    assert text.startswith("<!-- briefing run key: ") and "## " in text
    again = brief(url, str(SEED_000), str(SEED_004), "-o", str(out), "-f", "markdown")
    assert "0 done, 2 skipped" in again.stderr and stats.requests == 2


def run_in_a_process(url, tmp_path, articles):
    """`briefing run feed.jsonl -o out.jsonl -j 2` on `articles` copies of seed 000, in a
    real process (so that SIGINT is real); returns the process and out.jsonl."""
    feed = tmp_path / "feed.jsonl"
    text = SEED_000.read_text()
    rows = (json.dumps({"id": f"a{i}", "text": text}) + "\n" for i in range(articles))
    feed.write_text("".join(rows))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-c", "from briefing.cli import app; app()", "run", str(feed)]
    process = subprocess.Popen(
        [*command, "-o", str(out), "-j", "2", "-m", "fake", "--base-url", url, "-q"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    return process, out


def wait_until(condition, process):
    """Wait (60 s at most) until `condition()` holds, while `process` still runs."""
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)


def test_ctrl_c_in_a_real_process_leaves_only_whole_lines(tmp_path):
    with fake_server(latency_s=0.3) as (url, _):
        process, out = run_in_a_process(url, tmp_path, 40)
        wait_until(lambda: out.exists() and out.read_text().count("\n") >= 2, process)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.startswith("error: interrupted; not written: a")
    assert stderr.endswith(" (waiting for their requests to end; Ctrl-C again to quit at once)\n")
    lines = out.read_text().splitlines(keepends=True)
    assert 2 <= len(lines) < 40 and all(line.endswith("\n") for line in lines)
    assert all(Briefing.model_validate_json(line) for line in lines)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl", "out.jsonl"]


def test_markdown_of_an_html_page_says_where_offsets_count(server, tmp_path):
    url, _ = server
    page = tmp_path / "bridge.html"
    page.write_text(PAGE)
    result = brief(url, str(page), "-q", "-f", "markdown")
    assert result.stdout.splitlines()[:3] == [
        "# Briefing: Bridge row",
        "",
        "_Text extracted from the html page of https://news.example/bridge; "
        "offsets count in the extracted text (`article.text` in the JSON)._",
    ]


def test_a_second_ctrl_c_quits_at_once(tmp_path):
    with fake_server(latency_s=20) as (url, stats):
        process, out = run_in_a_process(url, tmp_path, 4)
        wait_until(lambda: stats.in_flight >= 2, process)
        process.send_signal(signal.SIGINT)
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        started = time.monotonic()
        _, stderr = process.communicate(timeout=10)
    assert process.returncode == 130 and time.monotonic() - started < 5
    assert stderr == (
        "error: interrupted; not written: a0, a1 (waiting for their requests to end; "
        "Ctrl-C again to quit at once)\n"
    )
    assert not out.exists()
