"""`briefing batch` (Ray Data) on bad records, duplicate ids and `-q` (issue 23, defects 1
and 10), on the session's local Ray cluster (`local_ray`, tests/conftest.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefing.cli as cli
from tests.conftest import SEED_000, SEED_004, require_ray
from tests.fake_server import fake_server

require_ray()
pytestmark = [pytest.mark.ray, pytest.mark.timeout(300)]


def _feed(path: Path) -> Path:
    """Two good records sharing the id b1, a line with trailing junk, a record with no
    "text", a blank text."""
    lines = [
        json.dumps({"id": "b1", "text": SEED_000.read_text()}),
        '{"id": "bad", "text": "x"} trailing',
        json.dumps({"id": "b1", "text": SEED_004.read_text()}),
        json.dumps({"id": "nt", "body": "the text is under another name"}),
        json.dumps({"id": "blank", "text": " "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bad_records_fail_alone_duplicates_stay_apart_and_quiet_is_quiet(local_ray, tmp_path):
    from briefing.batch.ray_job import briefing_rows, read_outcomes

    feed = _feed(tmp_path / "feed.jsonl")
    out = tmp_path / "out"
    with fake_server() as (url, stats):
        args = ["batch", str(feed), "-o", str(out), "-m", "fake", "--base-url", url]
        args += ["--actors", "1", "--actor-cpus", "0.5", "-f", "jsonl"]
        quiet = CliRunner().invoke(cli.app, [*args, "-q"])
        assert quiet.exit_code == 3, quiet.output  # some failed, some briefed
        assert "Traceback" not in quiet.stderr
        # Ray Data's "Starting execution ..." INFO lines and its warnings
        assert not re.search(r"\b(?:INFO|WARNING)\b", quiet.stderr), quiet.stderr
        assert stats.requests == 2
        again = CliRunner().invoke(cli.app, args)
        assert again.exit_code == 3, again.output
        assert stats.requests == 2  # both b1 records were briefed once, and only once
    lines = again.stderr.splitlines()
    assert "0 done, 2 skipped, 3 failed" in again.stderr
    failures = [line.strip() for line in lines[lines.index("failed (3):") + 1 :]]
    assert failures == [
        f"{feed}:2: not an article record (Invalid JSON: trailing characters at line 1 column 28)",
        f'{feed}:4: not an article record (no "text" field)',
        f"{feed}:5: the article is empty",
    ]
    ids = sorted(row["article"]["id"] for row in briefing_rows(out))
    assert len(ids) == 2 and len(set(ids)) == 2
    assert all(i.startswith("b1-") for i in ids)
    briefed = read_outcomes(out).briefed
    assert {article_id for article_id, _ in briefed} == set(ids)
