"""Bad input, round two: long non-ASCII ids, BOMs, UTF-16, empty pages, overlong text."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import briefing.cli as cli
from briefing.batch.inputs import safe_id
from briefing.batch.store import FileStore
from tests.faults.conftest import ARTICLE


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
    store = FileStore(markdown=False, folder=tmp_path)
    reason = store.refuse("x" * 300)
    assert reason is not None and reason.endswith("(File name too long)")
    assert not store.is_done("x" * 300, "key")
