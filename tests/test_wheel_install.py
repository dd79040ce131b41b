"""A wheel built from the repo works from any folder: prompts, schema, suite and a run.

Builds the wheel (pip, isolated build), unpacks it with `pip install --target`,
and runs the CLI from an unrelated temporary folder with that copy first on
sys.path, against a fake OpenAI-compatible server on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.completions import party_lists
from tests.conftest import NOVILLO, ROOT, SEED_000, completion

PARTIES = party_lists({"summary": "Bolivia wants Iranian drones.", "parties": [NOVILLO]})


class _Answers(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        body = completion(json.dumps(PARTIES)).model_dump_json().encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's files, installed with `pip install --target` (no dependencies)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy: a stale build/ folder in the checkout would be reused
    skip = shutil.ignore_patterns(".git", ".venv", "build", "runs", "*.egg-info", "__pycache__")
    shutil.copytree(ROOT, source, ignore=skip, symlinks=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(work / "dist"), str(source)], check=True)
    (wheel,) = (work / "dist").glob("briefing-*.whl")
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(work / "site"), str(wheel)], check=True
    )
    return work / "site"


def briefing(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    code = "import briefing, sys; from briefing.cli import app; app()"
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("BRIEFING_PROMPTS_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True
    )


@pytest.mark.timeout(600)
def test_the_wheel_carries_prompts_schema_and_suite(installed: Path, tmp_path: Path) -> None:
    data = installed / "briefing" / "_resources"
    where = subprocess.run(
        [sys.executable, "-c", "import briefing; print(briefing.__file__)"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(installed))
    assert (data / "prompts" / "default.md").is_file()
    assert (data / "schemas" / "briefing.schema.json").is_file()
    assert (data / "evals" / "suites" / "seeds.toml").is_file()
    assert (data / "evals" / "gold" / "000_ca5623d69bcd5fb1.json").is_file()
    assert (data / "seeds" / "000_ca5623d69bcd5fb1.txt").is_file()
    assert (data / "tagger" / "attribution.crfsuite").is_file()
    listed = briefing(installed, tmp_path, "prompts")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split()[0] in {"cueguided", "default"}
    assert "default" in listed.stdout.split()
    schema = briefing(installed, tmp_path, "schema")
    assert json.loads(schema.stdout)["title"] == "Briefing"


@pytest.mark.timeout(600)
def test_a_run_from_an_unrelated_folder(installed: Path, tmp_path: Path, server_url: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    done = briefing(
        installed, tmp_path, "run", str(article), "-m", "fake", "--base-url", server_url
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["provenance"]["prompt"] == "default"
    assert any(p["id"] == "edmundo-novillo" for p in result["parties"])


@pytest.mark.timeout(600)
def test_a_user_prompt_folder_overrides_the_shipped_one(installed: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    shipped = (installed / "briefing" / "_resources" / "prompts" / "default.md").read_text()
    mine.joinpath("default.md").write_text(
        shipped.replace("description: ", "description: MINE ", 1)
    )
    mine.joinpath("extra.md").write_text(shipped.replace("name: default", "name: extra"))
    listed = briefing(installed, tmp_path, "--prompts-dir", str(mine), "prompts")
    assert listed.returncode == 0, listed.stderr
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    assert names.count("default") == 1 and "extra" in names and "onepass" in names
    default_line = next(line for line in listed.stdout.splitlines() if line.startswith("default"))
    assert "MINE" in default_line
