"""The embedded model, for real (slow: assembles and loads a 1.1 GB GGUF)."""

import json

import pytest

from briefing.article import read_article
from briefing.backends.local import LocalBackend
from briefing.pipeline import Options, brief
from briefing.prompts import load_prompt
from tests.conftest import SEED_000

pytestmark = pytest.mark.model

# A schema a model would never follow unprompted: only constrained decoding yields it.
SECRET_SCHEMA = {
    "type": "object",
    "properties": {"code": {"type": "string", "enum": ["ZQX-417"]}, "n": {"type": "integer"}},
    "required": ["code", "n"],
    "additionalProperties": False,
}
SECRET_REQUEST = {
    "messages": [{"role": "user", "content": "Write a haiku about rain."}],
    "response_format": {
        "type": "json_schema",
        "json_schema": {"name": "x", "schema": SECRET_SCHEMA},
    },
    "max_tokens": 40,
    "temperature": 0.0,
}


@pytest.fixture(scope="module")
def local_backend():
    return LocalBackend()


def test_decoding_is_constrained_by_the_response_schema(local_backend):
    answer = local_backend.complete(**SECRET_REQUEST)
    data = json.loads(answer.choices[0].message.content or "")
    assert data["code"] == "ZQX-417"
    assert isinstance(data["n"], int)


def test_seed_000_briefing_is_valid_and_every_quote_grounded(local_backend):
    article = read_article(str(SEED_000))
    result = brief(article, local_backend, load_prompt("default"), Options(max_retries=1))
    assert result.parties, "the model found no party"
    assert result.items(), "the model found no claim, denial or concern"
    for item in result.items():
        assert article.text[item.span[0] : item.span[1]] == item.quote
    party_ids = {party.id for party in result.parties}
    assert {c.claimant for c in result.claims} <= party_ids
