"""No secret (API key, credentials in --base-url) in any message, log, progress line or file."""

from __future__ import annotations

import base64
from pathlib import Path

from typer.testing import CliRunner

import briefing.cli as cli
from tests.faults.conftest import API_KEY, good_answer
from tests.faults.server import FakeServer, error

PASSWORD = "hunter2-p%40ss"  # percent-encoded '@': decoded, it is "hunter2-p@ss"
SECRETS = (API_KEY, "hunter2-p@ss", PASSWORD, "alice")


def with_credentials(url: str) -> str:
    return url.replace("http://", f"http://alice:{PASSWORD}@")


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.app, list(map(str, args)))
    return result.exit_code, result.stdout, result.stderr


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


def test_an_error_body_echoing_the_key_is_redacted(server: FakeServer, article: Path):
    server.always = error(401, f"Incorrect API key provided: {API_KEY} (alice:hunter2-p@ss)")
    url = with_credentials(server.url)
    code, _, stderr = invoke("run", article, "-m", "fake", "--base-url", url, "-q")
    assert code == 1
    shown = server.url.replace("http://", "http://***@")
    assert stderr == (
        f"error: {article}: the server at {shown} answered HTTP 401 Unauthorized: "
        "Incorrect API key provided: *** (***) (check the user and password in --base-url)\n"
    )  # httpx sends the URL's user and password as Basic auth, in place of the key


def test_verbose_details_are_redacted_too(server: FakeServer, article: Path):
    server.queue(error(500, f"key {API_KEY} overloaded"))
    server.always = error(401, f"bad key {API_KEY}")
    url = with_credentials(server.url)
    code, _, stderr = invoke("run", article, "-m", "fake", "--base-url", url, "-v")
    assert code == 1
    assert "Traceback" in stderr  # the details are there ...
    assert "HTTP 500 from the server" in stderr
    assert_no_secret(stderr)  # ... without the secrets


def test_progress_and_output_files_hold_no_credentials(
    server: FakeServer, article: Path, tmp_path: Path
):
    server.queue(good_answer())
    out = tmp_path / "out.json"
    url = with_credentials(server.url)
    code, stdout, stderr = invoke("run", article, "-m", "fake", "--base-url", url, "-o", out)
    assert code == 0, stderr
    assert f"with openai:fake@{server.url.replace('http://', 'http://***@')}" in stderr
    assert_no_secret(stdout, stderr, out.read_text())


def test_basic_credentials_are_masked_and_named_in_the_hint(server: FakeServer, article: Path):
    """Before: `Basic YWxpY2U6...` in stderr, and the hint said "check OPENAI_API_KEY"."""
    basic = base64.b64encode(b"alice:hunter2-p@ss").decode()
    server.always = error(401, f"bad credentials in header: Basic {basic}")
    url = with_credentials(server.url)
    code, _, stderr = invoke("run", article, "-m", "fake", "--base-url", url, "-q")
    assert code == 1
    assert server.received[0].headers["Authorization"] == f"Basic {basic}"
    shown = server.url.replace("http://", "http://***@")
    assert stderr == (
        f"error: {article}: the server at {shown} answered HTTP 401 Unauthorized: "
        "bad credentials in header: Basic *** (check the user and password in --base-url)\n"
    )


def test_a_key_in_the_query_string_is_masked(server: FakeServer, article: Path, tmp_path: Path):
    """Before: `?api-key=…` was shown in errors, failures and config.base_url."""
    server.always = error(500, "down")
    url = f"{server.url}?api-key=qk-SECRET-77&api-version=2024"
    out = tmp_path / "out"
    code, _, stderr = invoke("run", article, "-m", "fake", "--base-url", url, "-o", f"{out}/")
    assert code == 1
    assert "qk-SECRET-77" not in stderr and "api-key=***&api-version=2024" in stderr
    assert "qk-SECRET-77" not in (out / "failures.jsonl").read_text(encoding="utf-8")
