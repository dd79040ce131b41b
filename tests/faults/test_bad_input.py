"""Bad input, round two: long non-ASCII ids, BOMs, UTF-16, empty pages, overlong text."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import briefing.cli as cli
from briefing.batch.inputs import safe_id
from briefing.batch.store import FileStore, OutputFormat
from tests.faults.conftest import ARTICLE, run
from tests.faults.server import FakeServer


def rules_run(*args: str | Path) -> tuple[int, str]:
    """`briefing run ARGS -p rules -q`: no model at all."""
    result = CliRunner().invoke(cli.app, ["run", *map(str, args), "-p", "rules", "-q"])
    return result.exit_code, result.stderr


def feed(path: Path, *ids: str) -> Path:
    lines = [json.dumps({"id": name, "text": ARTICLE}, ensure_ascii=False) for name in ids]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_long_non_ascii_id_is_cut_by_bytes_and_the_others_are_written(tmp_path: Path):
    """Before: OSError File name too long, a traceback, none of the 3 written."""
    long_id = "新闻" * 60  # 120 characters, 360 bytes
    out = tmp_path / "out"
    code, stderr = rules_run(feed(tmp_path / "feed.jsonl", "a", long_id, "c"), "-o", f"{out}/")
    assert (code, stderr) == (0, "")
    names = sorted(path.name for path in out.iterdir())
    assert len(names) == 3 and {"a.json", "c.json"} <= set(names)
    assert all(len(name.encode()) <= 255 for name in names)


def test_ids_cut_by_bytes_keep_a_hash_of_the_whole_id():
    one, two = safe_id("新闻" * 60), safe_id("新闻" * 59 + "x")
    assert one != two and len(one.encode()) <= 120 and len(two.encode()) <= 120
    assert one.startswith("新闻新闻") and safe_id("a" * 100) == "a" * 100


def test_an_output_name_the_file_system_refuses_is_that_articles_failure(tmp_path: Path):
    store = FileStore(fmt=OutputFormat.json, folder=tmp_path)
    reason = store.refuse("x" * 300)
    assert reason is not None and reason.endswith("(File name too long)")
    assert not store.is_done("x" * 300, "key")


def test_a_utf8_bom_at_the_start_of_json_lines_is_stripped(tmp_path: Path):
    """Before: the first record failed, "Invalid JSON: expected value at line 1 column 1"."""
    path = feed(tmp_path / "feed.jsonl", "a", "b")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    code, stderr = rules_run(path, "-o", tmp_path / "out.jsonl")
    assert (code, stderr) == (0, "")
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_utf16_files_are_named_as_utf16_with_how_to_convert(tmp_path: Path):
    """Before: "looks like a binary file, not text"."""
    cases = [("le.txt", "utf-16", "UTF-16"), ("be.txt", "utf-16-be", "UTF-16BE")]
    cases += [("f.jsonl", "utf-16", "UTF-16"), ("g.jsonl", "utf-16-le", "UTF-16LE")]
    for name, encoding, named in cases:
        text = json.dumps({"id": "a", "text": ARTICLE}) if name.endswith("l") else ARTICLE
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        converted = path.with_name(f"{path.stem}-utf8{path.suffix}")
        assert rules_run(path) == (
            1,
            f"error: {path}: UTF-16 text, not UTF-8; convert it first, "
            f"e.g. iconv -f {named} -t UTF-8 {path} > {converted}\n",
        )


def test_an_html_page_of_links_only_is_refused_in_one_line(tmp_path: Path):
    """Before: exit 0 and a briefing whose summary was "Home Login"."""
    page = tmp_path / "nav.html"
    page.write_text(
        '<html><head><title>News</title></head><body><nav><a href="/">Home</a> '
        '<a href="/login">Login</a></nav></body></html>',
        encoding="utf-8",
    )
    assert rules_run(page) == (
        1,
        f"error: {page}: an HTML page with no article text that can be extracted\n",
    )
    short = tmp_path / "short.html"
    short.write_text("<html><body><p>Ana Ruiz said the bridge is safe.</p></body></html>")
    assert rules_run(short)[0] == 0


def test_text_too_long_for_the_parse_is_refused_in_one_line_before_any_call(
    tmp_path: Path, server: FakeServer
):
    """Before: "internal error ValueError: [E088] Text of length 1050112 exceeds maximum …"."""
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * (1_050_112 // len(ARTICLE) + 1), encoding="utf-8")
    length = len(big.read_text(encoding="utf-8"))
    expected = (
        f"error: {big}: too long to parse: {length} characters, more than the 1000000 "
        "the parser takes; split the article\n"
    )
    assert rules_run(big) == (1, expected)
    for prompt in ("default", "onepass"):
        result = run(server.url, big, "-p", prompt, "--context", "2000000")
        assert (result.exit_code, result.stderr) == (1, expected)
    assert server.received == []


def test_a_failures_file_that_is_a_symlink_is_refused_never_replaced(tmp_path: Path):
    """Before: the symlink was replaced by a plain file."""
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere.jsonl"
    out.mkdir()
    elsewhere.write_text("kept\n", encoding="utf-8")
    for failures in (out / "failures.jsonl", tmp_path / "o.failures.jsonl"):
        failures.symlink_to(elsewhere)
        target = f"{out}/" if failures.parent == out else str(tmp_path / "o.jsonl")
        code, stderr = rules_run(feed(tmp_path / "feed.jsonl", "a"), "-o", target)
        assert (code, stderr) == (1, f"error: {failures}: is a symlink; not replacing it\n")
        assert failures.is_symlink() and elsewhere.read_text(encoding="utf-8") == "kept\n"
