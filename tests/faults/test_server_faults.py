"""Each fault of an OpenAI-compatible server, end to end through `briefing run`.

Every failure is one line naming the article and the true cause, exit code 1;
a fault the retries absorb gives the briefing, exit code 0.
"""

from __future__ import annotations

import json
import socket
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefing.cli as cli
from briefing.schema import Briefing
from tests.faults.conftest import PARTIES, good_answer, run
from tests.faults.server import FakeServer, Reply, chat, error


@dataclass(frozen=True)
class Fault:
    """A server fault: what the fake server answers, the one line `briefing run` prints
    after `error: ARTICLE: ` ({url} is the server's), and how many requests it takes
    (None: not checked)."""

    says: str
    always: Reply | None = None
    queued: tuple[Reply, ...] = ()
    requests: int | None = None
    prompt: str = "default"

    def arrange(self, server: FakeServer) -> None:
        if self.always is not None:
            server.always = self.always
        server.queue(*self.queued)


_OVER_CAPS = chat(json.dumps({**PARTIES, "people": [f"Ana Ruiz {n}" for n in range(11)]}))
FAULTS = [
    pytest.param(
        Fault(
            "the connection to the server at {url} broke (after 3 attempts): "
            "Server disconnected without sending a response.",
            always=Reply(hang_up=True),
            requests=3,
        ),
        id="hanging-up-is-a-broken-connection-after-retries",
    ),
    pytest.param(
        Fault(
            "the server at {url} answered HTTP 500 Internal Server Error (after 3 attempts): "
            "the GPU fell over",
            always=error(500, "the GPU fell over"),
            requests=3,
        ),
        id="500-every-time-is-an-http-error-not-the-models",
    ),
    pytest.param(
        Fault(
            "the server at {url} answered HTTP 429 Too Many Requests and asks to wait 3600 s, "
            "longer than the 1 s briefing waits (BRIEFING_MAX_WAIT)",
            always=error(429, "quota exceeded", {"Retry-After": "3600"}),
            requests=1,
        ),
        id="429-with-a-long-retry-after-stops-at-once",
    ),
    pytest.param(
        Fault(
            "the answer from the server at {url} is not JSON: "
            "<html><body>Bad Gateway</body></html>",
            queued=(Reply(body="<html><body>Bad Gateway</body></html>"),),
        ),
        id="a-body-that-is-not-json-is-the-servers-fault",
    ),
    pytest.param(
        Fault(
            "the answer from the server at {url} is not valid JSON: "
            "Unterminated string starting at: line 1 column 13 (char 12)",
            queued=(Reply(body='{"id": "x", "choi', headers={"Content-Type": "application/json"}),),
        ),
        id="a-json-body-cut-short-is-the-servers-fault",
    ),
    pytest.param(
        Fault(
            "the answer from the server at {url} is not a chat completion (no choices)",
            queued=(Reply(body={"object": "list", "data": []}),),
        ),
        id="json-that-is-not-a-chat-completion",
    ),
    pytest.param(
        Fault(
            "the answer from the server at {url} is 70000 characters long, "
            "more than max_tokens=2048 allows",
            queued=(chat("x" * 70_000),),
        ),
        id="an-answer-longer-than-max-tokens-allows-is-refused",
    ),
    pytest.param(
        Fault(
            "the model's answer failed validation after 2 attempt(s): "
            "people: List should have at most 10 items after validation, not 11",
            queued=(_OVER_CAPS, _OVER_CAPS),
            prompt="model-parties",  # the prompt whose answer has lists with caps
        ),
        id="an-answer-over-the-caps-is-the-models-invalid-answer",
    ),
    pytest.param(
        Fault(
            "the server at {url} answered HTTP 400 Bad Request: "
            "This model's maximum context length is 4096 tokens",
            always=error(400, "This model's maximum context length is 4096 tokens"),
            requests=1,
        ),
        id="a-400-is-not-retried-and-says-what-the-server-said",
    ),
]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_server_fault_is_one_line_naming_its_cause(
    fault: Fault, server: FakeServer, article: Path
):
    fault.arrange(server)
    result = run(server.url, article, "-p", fault.prompt)
    assert result.exit_code == 1
    assert result.stderr == f"error: {article}: {fault.says.replace('{url}', server.url)}\n"
    if fault.requests is not None:
        assert len(server.received) == fault.requests


def test_refused_connection_is_unreachable_after_retries(article: Path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    result = run(url, article)
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {article}: cannot reach the server at {url} (after 3 attempts): "
        "[Errno 111] Connection refused\n"
    )


def test_a_connection_that_times_out_is_unreachable_after_retries(
    article: Path, monkeypatch: pytest.MonkeyPatch
):
    """A listener whose accept queue is full drops new connections: they time out."""
    monkeypatch.setenv("BRIEFING_RETRIES", "2")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        fillers = [socket.socket() for _ in range(3)]
        for filler in fillers:
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
        try:
            result = run(url, article, "--timeout", "0.1")
        finally:
            for filler in fillers:
                filler.close()
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {article}: cannot reach the server at {url} (after 2 attempts): "
        "the connection timed out\n"
    )


def test_one_500_is_retried_and_the_briefing_made(server: FakeServer, article: Path):
    server.queue(error(500, "busy"), good_answer())
    result = run(server.url, article)
    assert result.exit_code == 0, result.stderr
    assert Briefing.model_validate_json(result.stdout).parties[0].id == "ana-ruiz"
    assert len(server.received) == 2


def test_429_with_a_short_retry_after_waits_that_long(server: FakeServer, article: Path):
    server.queue(error(429, "slow down", {"Retry-After": "1"}), good_answer())
    started = time.monotonic()
    result = run(server.url, article)
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - started >= 0.95
    assert len(server.received) == 2


def test_a_hung_server_times_out_once(server: FakeServer, article: Path):
    server.always = Reply(delay_s=8.0, body="late")  # far past the timeout, even on a loaded CI
    started = time.monotonic()
    result = run(server.url, article, "--timeout", "0.2")
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {article}: the server at {server.url} did not answer within 0.2 s (--timeout)\n"
    )
    assert len(server.received) == 1
    assert time.monotonic() - started < 6.0  # it did not wait for the late reply


def test_the_timeout_bounds_a_server_that_sends_a_byte_at_a_time(server: FakeServer, article: Path):
    """Before: the run was still going at 45 s with --timeout 3 (each byte reset the clock)."""
    answer = good_answer()
    answer.trickle_s = 0.05  # far more than 1 s for the whole body, 0.05 s between bytes
    server.always = answer
    started = time.monotonic()
    result = run(server.url, article, "--timeout", "1")
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {article}: the server at {server.url} did not answer within 1 s (--timeout)\n"
    )
    assert len(server.received) == 1
    assert time.monotonic() - started < 4.0


def test_an_answer_cut_at_the_token_limit_is_asked_again_with_more_room(
    server: FakeServer, article: Path
):
    text = json.dumps(PARTIES)
    server.queue(chat(text[:40], finish_reason="length"), good_answer())
    result = run(server.url, article)
    assert result.exit_code == 0, result.stderr
    assert [r.body["max_tokens"] for r in server.received] == [2048, 4096]
    assert Briefing.model_validate_json(result.stdout).provenance.attempts == 2


def test_an_answer_cut_twice_is_reported_and_the_next_article_goes_on(
    server: FakeServer, article: Path, tmp_path: Path
):
    cut = chat(json.dumps(PARTIES)[:40], finish_reason="length")
    server.queue(cut, cut, good_answer())
    second = tmp_path / "second.txt"
    second.write_text(article.read_text())
    result = run(server.url, article, second)
    assert result.exit_code == 3  # some failed
    assert result.stderr.splitlines()[0] == (
        f"error: {article}: the answer was cut off at the token limit twice "
        "(2048, then 4096 tokens)"
    )
    lines = result.stdout.splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == ["second"]


def test_an_article_too_long_for_the_context_is_never_sent(server: FakeServer, tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text("The mayor said the bridge is safe. " * 20_000)  # 700 kB
    result = run(server.url, big)
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {big}: too long for the model: about 233350 prompt tokens plus 2048 "
        "for the answer exceed its 8192-token context (--context)\n"
    )
    assert server.received == []


def test_the_context_option_moves_the_limit(server: FakeServer, tmp_path: Path):
    long = tmp_path / "long.txt"
    long.write_text("The mayor said the bridge is safe. " * 1000)  # 35,000 bytes
    result = run(server.url, long, "--context", "12000")
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {long}: too long for the model: about 11683 prompt tokens plus 2048 "
        "for the answer exceed its 12000-token context (--context)\n"
    )
    server.queue(good_answer())
    assert run(server.url, long, "--context", "32000").exit_code == 0
    assert len(server.received) == 1


def test_a_server_refusing_json_schema_gets_json_object_at_once(server: FakeServer, article: Path):
    """llama-cpp-python's server answers 500 naming response_format: not a fault to retry."""
    server.queue(error(500, "response_format type json_schema is not supported"), good_answer())
    result = run(server.url, article)
    assert result.exit_code == 0, result.stderr
    formats = [r.body["response_format"]["type"] for r in server.received]
    assert formats == ["json_schema", "json_object"]


def test_requests_in_flight_when_json_schema_is_refused_all_fall_back(
    server: FakeServer, article: Path, tmp_path: Path
):
    """Two requests sent as json_schema at once: the second refusal comes after the first
    one switched the backend to json_object, and is still a refusal, not a fault."""
    second = tmp_path / "second.txt"
    second.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    refusal = error(500, "response_format type json_schema is not supported")
    server.queue(replace(refusal, delay_s=0.5), replace(refusal, delay_s=0.5))
    server.always = good_answer()
    out = tmp_path / "out"
    result = run(server.url, article, second, "-o", str(out), "--concurrency", "2")
    assert result.exit_code == 0, result.stderr
    formats = [r.body["response_format"]["type"] for r in server.received]
    assert formats == ["json_schema", "json_schema", "json_object", "json_object"]


@pytest.mark.parametrize(
    "url",
    ["ftp://host/v1", "localhost:8000/v1", "http://", "http://[::1", "http://u:pw@h:99999/v1"],
)
def test_a_base_url_that_is_not_http_is_refused_without_echoing_it(url: str, article: Path):
    result = run(url, article)
    assert result.exit_code == 1
    assert result.stderr == (
        "error: --base-url (OPENAI_BASE_URL) is not an http(s) URL with a host, "
        "e.g. http://127.0.0.1:8000/v1\n"
    )


def test_tokens_of_a_failed_article_are_counted(server: FakeServer, article: Path):
    """Before: two paid calls whose answers were not JSON gave "0 prompt, 0 completion"."""
    server.always = chat("I cannot answer in JSON, sorry.")  # 100 + 50 tokens each
    result = CliRunner().invoke(
        cli.app, ["run", str(article), "-m", "fake", "--base-url", server.url]
    )
    assert result.exit_code == 1
    assert len(server.received) == 2  # the answer and one re-ask (--max-retries 1)
    assert "tokens: 200 prompt, 100 completion" in result.stderr
