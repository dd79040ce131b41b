"""The OpenAI-compatible path against a real llama.cpp server on 127.0.0.1."""

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from briefing.article import decode_article, read_article
from briefing.backends import embedded
from briefing.backends.openai import OpenAIBackend
from briefing.pipeline import Options, brief
from briefing.prompts import load_prompt
from briefing.schema import Briefing
from tests.conftest import SEED_000
from tests.test_local_model import SECRET_REQUEST

pytestmark = pytest.mark.server

ARTICLE = (
    "The mayor of Harbor City, Ana Ruiz, said on Monday that the new bridge is safe. "
    "The city council denied that the vote on the bridge was rushed."
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server_url():
    model = embedded.assemble()
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "8192",  # the embedded model's context: guided's second pass on a seed needs ~4k
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{url}/models", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("llama_cpp.server did not start") from None
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_server_decoding_is_constrained_after_json_schema_is_refused(server_url):
    backend = OpenAIBackend("local-model", base_url=server_url)
    answer = backend.complete(**SECRET_REQUEST)
    assert backend.json_object_schema, "llama-cpp-python's server refuses json_schema"
    assert json.loads(answer.choices[0].message.content or "")["code"] == "ZQX-417"


def test_briefing_over_http_is_grounded(server_url):
    article = decode_article(ARTICLE.encode(), "bridge.txt", "bridge")
    backend = OpenAIBackend("local-model", base_url=server_url)
    result = brief(article, backend, load_prompt("default"), Options(max_retries=1))
    assert result.provenance.backend == "openai"
    assert result.provenance.usage.completion_tokens > 0
    assert result.parties
    for item in result.items():
        assert ARTICLE[item.span[0] : item.span[1]] == item.quote


def test_guided_writes_a_grounded_briefing_of_a_seed_over_http(server_url):
    """The model-written strategy end to end: both passes answered by the real model."""
    article = read_article(str(SEED_000))
    backend = OpenAIBackend("local-model", base_url=server_url)
    result = brief(article, backend, load_prompt("guided"), Options(max_retries=1))
    data = result.model_dump(mode="json")
    Briefing.model_validate(data, context={"article": article.text})
    assert result.provenance.prompt == "guided" and result.provenance.passes == 2
    assert result.provenance.usage.completion_tokens > 0
    for item in result.items():
        assert article.text[item.span[0] : item.span[1]] == item.quote
    party_ids = {party.id for party in result.parties}
    assert any(item.actor in party_ids for item in result.items())
