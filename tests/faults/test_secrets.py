"""No secret (API key, credentials in --base-url) in any message, log, progress line or file."""

from __future__ import annotations

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
        "Incorrect API key provided: *** (***) (check OPENAI_API_KEY)\n"
    )


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
