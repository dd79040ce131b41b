"""The retry policy's parts and the redaction helpers, on hand-built inputs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from email.utils import formatdate

import openai
import pytest

from briefing.backends.retry import GaveUp, RetryPolicy, retry_after
from briefing.errors import BackendError
from briefing.redact import RedactingFilter, redact, redact_url, register, url_secrets
from tests.faults.server import FakeServer, error


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        yield fake


@pytest.fixture
def status_error(
    shared_server: FakeServer,
) -> Callable[[int, dict[str, str]], openai.APIStatusError]:
    """The SDK's own error for a reply of `status` with `headers`, from a real exchange."""
    client = openai.OpenAI(api_key="k", base_url=shared_server.url, max_retries=0)

    def make(status: int, headers: dict[str, str]) -> openai.APIStatusError:
        shared_server.queue(error(status, "boom", headers))
        with pytest.raises(openai.APIStatusError) as raised:
            client.chat.completions.create(model="m", messages=[])
        return raised.value

    return make


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_reads_seconds_and_milliseconds(status_error, headers, seconds):
    assert retry_after(status_error(429, headers)) == seconds


def test_retry_after_reads_an_http_date(status_error):
    asked = retry_after(status_error(503, {"Retry-After": formatdate(usegmt=True)}))
    assert asked is not None and 0 <= asked <= 1


@pytest.mark.parametrize(
    ("status", "headers", "retried"),
    [(500, {}, True), (503, {}, True), (429, {"Retry-After": "60"}, True),
     (429, {"Retry-After": "61"}, False), (400, {}, False), (401, {}, False)],
)  # fmt: skip
def test_what_is_retried(status_error, status, headers, retried):
    assert RetryPolicy().retryable(status_error(status, headers)) is retried


def test_run_retries_then_gives_up_with_the_count(status_error):
    failures = [status_error(500, {})] * 5
    waits: list[tuple[int, float]] = []

    def call() -> str:
        raise failures.pop()

    policy = RetryPolicy(attempts=3, backoff_s=0.0)
    with pytest.raises(GaveUp) as gave_up:
        policy.run(call, lambda exc: False, lambda exc, n, wait: waits.append((n, wait)))
    assert gave_up.value.attempts == 3
    assert [n for n, _ in waits] == [2, 3]
    assert len(failures) == 2


def test_policy_from_the_environment(monkeypatch):
    monkeypatch.setenv("BRIEFING_RETRIES", "2")
    monkeypatch.setenv("BRIEFING_BACKOFF", "0.5")
    monkeypatch.setenv("BRIEFING_MAX_WAIT", "9")
    assert RetryPolicy.from_env() == RetryPolicy(attempts=2, backoff_s=0.5, max_wait_s=9.0)
    monkeypatch.setenv("BRIEFING_MAX_WAIT", "a while")
    with pytest.raises(BackendError, match="BRIEFING_MAX_WAIT='a while' is not a number"):
        RetryPolicy.from_env()
    monkeypatch.setenv("BRIEFING_RETRIES", "0")
    with pytest.raises(BackendError, match="BRIEFING_RETRIES must be a whole number"):
        RetryPolicy.from_env()


def test_urls_lose_their_credentials():
    assert redact_url("http://bob:pw%40x@host:8000/v1") == "http://***@host:8000/v1"
    assert redact_url("https://token@host/v1") == "https://***@host/v1"
    assert redact_url("http://127.0.0.1:8000/v1") == "http://127.0.0.1:8000/v1"
    assert url_secrets("http://bob:pw%40x@host/v1") == [
        "bob:pw%40x",
        "bob:pw@x",
        "pw%40x",
        "pw@x",
        "Ym9iOnB3JTQweA==",  # base64 of both forms: HTTP Basic auth
        "Ym9iOnB3QHg=",
    ]
    assert url_secrets("http://host/v1?api-key=k-123&api-version=2") == ["k-123"]
    assert url_secrets("http://host/v1") == []


def test_registered_secrets_are_masked_in_text_and_logs(capsys):
    register("sk-unit-test-key", None, "abc")  # too short to mask safely: kept
    assert redact("key sk-unit-test-key, abc") == "key ***, abc"
    logger = logging.getLogger("briefing.test-redact")
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    try:
        raise ValueError("server said sk-unit-test-key")
    except ValueError:
        logger.error("failed with %s", "sk-unit-test-key", exc_info=True)
    finally:
        logger.removeHandler(handler)
    logged = capsys.readouterr().err
    assert "failed with ***" in logged and "ValueError: server said ***" in logged
    assert "sk-unit-test-key" not in logged


def test_the_api_key_in_the_environment_is_masked_without_registering(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-only-in-the-env")
    assert redact("echo: sk-only-in-the-env") == "echo: ***"
