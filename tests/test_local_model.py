"""The embedded model, for real (slow: assembles and loads a 1.1 GB GGUF)."""

import functools
import json

import pytest

from briefing.article import read_article
from briefing.backends import prefix_state
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


# A request shaped as the prompts' are: system, a worked example, then the article.
EXAMPLE_REQUEST = {
    "messages": [
        {"role": "system", "content": "You are a careful news analyst. You answer in JSON."},
        {"role": "user", "content": "Who speaks: " + "The mayor said the bridge is safe. " * 12},
        {"role": "assistant", "content": '{"parties": [{"name": "The mayor", "kind": "person"}]}'},
        {"role": "user", "content": "Who speaks: Residents said the bridge costs too much."},
    ],
    "response_format": {
        "type": "json_schema",
        "json_schema": {
            "name": "x",
            "schema": {
                "type": "object",
                "properties": {"parties": {"type": "array", "items": {"type": "string"}}},
                "required": ["parties"],
            },
        },
    },
    "max_tokens": 30,
    "temperature": 0.0,
}


def test_the_fast_greedy_grammar_sampler_picks_what_llama_cpps_own_chain_picks(local_backend):
    from llama_cpp import Llama

    llama = local_backend.llama
    llama.reset()
    fast = local_backend.complete(**SECRET_REQUEST | {"max_tokens": 60})
    llama._init_sampler = functools.partial(Llama._init_sampler, llama)  # the library's chain
    try:
        llama.reset()
        chain = local_backend.complete(**SECRET_REQUEST | {"max_tokens": 60})
    finally:
        del llama._init_sampler
    assert fast.choices[0].message.content == chain.choices[0].message.content
    assert fast.usage == chain.usage


def test_a_saved_prompt_prefix_state_serves_a_new_process_with_the_same_answer(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(prefix_state, "folder", lambda: tmp_path)
    first = LocalBackend()
    evaluated = first.complete(**EXAMPLE_REQUEST)
    assert first.prefix_states is not None
    assert (first.prefix_states.saved, first.prefix_states.loaded) == (1, 0)
    assert len(list(tmp_path.glob("*.bin"))) == 1
    del first  # one model in memory at a time

    second = LocalBackend()  # as a fresh process would: nothing in memory
    loaded = second.complete(**EXAMPLE_REQUEST)
    assert second.prefix_states is not None
    assert (second.prefix_states.saved, second.prefix_states.loaded) == (0, 1)
    assert loaded.choices[0].message.content == evaluated.choices[0].message.content
    assert loaded.usage == evaluated.usage
