"""Writing to a closed pipe (`briefing run … | head -c 100`): stop, no more model calls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.faults.conftest import ARTICLE, good_answer
from tests.faults.server import FakeServer

ROOT = Path(__file__).resolve().parents[2]


def test_a_closed_stdout_stops_the_run_cleanly(server: FakeServer, tmp_path: Path):
    """Before: all 10 model calls, 9 "Broken pipe" failures and exit 3."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(10):
        (folder / f"a{number}.txt").write_text(ARTICLE, encoding="utf-8")
    answer = good_answer()
    answer.delay_s = 0.3  # the reader closes the pipe while the second call is in flight
    server.always = answer
    command = [sys.executable, "-c", "from briefing.cli import app; app()", "run", str(folder)]
    command += ["-m", "fake", "--base-url", server.url, "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    assert child.stdout is not None and child.stderr is not None
    assert len(child.stdout.read(100)) == 100  # as `head -c 100` does
    child.stdout.close()
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141, stderr  # 128 + SIGPIPE, as a shell reports `head`
    assert stderr == ""
    assert len(server.received) <= 3
