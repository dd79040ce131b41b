import pytest
from pydantic import ValidationError

from briefing.article import decode_article
from briefing.attribution import read
from briefing.errors import ExtractionError
from briefing.pipeline import Options, brief
from briefing.prompts import load_prompt
from briefing.schema import Briefing
from tests.conftest import FakeBackend
from tests.evals.helpers import party
from tests.test_schema import ARTICLE, draft, ungrounded_draft

article = decode_article(ARTICLE.encode(), "bridge.txt", "bridge")


def test_one_pass_briefing_is_grounded_with_provenance():
    backend = FakeBackend(draft())
    result = brief(article, backend, load_prompt("onepass"))
    assert [c.quote for c in result.claims] == ["the bridge “is safe"]
    for item in result.items():
        assert ARTICLE[item.span[0] : item.span[1]] == item.quote
    assert result.provenance.attempts == 1
    assert result.provenance.usage.prompt_tokens == 100
    assert result.provenance.prompt == "onepass"
    assert result.article.sha256 == article.sha256
    request = backend.requests[0]
    assert request["response_format"]["type"] == "json_schema"
    assert ARTICLE in request["messages"][-1]["content"]


def test_ungrounded_quote_is_reasked_with_the_error_named():
    bad = ungrounded_draft()
    backend = FakeBackend(bad, draft())
    result = brief(article, backend, load_prompt("onepass"), Options(max_retries=1))
    assert result.provenance.attempts == 2
    reask = backend.requests[1]["messages"][-1]["content"]
    assert "claims[0].quote is not in the article" in reask
    assert len(result.claims) == 1


def test_items_still_ungrounded_after_retries_are_dropped_not_emitted():
    bad = ungrounded_draft()
    backend = FakeBackend(bad, bad)
    result = brief(article, backend, load_prompt("onepass"), Options(max_retries=1))
    assert result.claims == []
    assert result.provenance.dropped[0].item["quote"] == "the bridge will collapse tomorrow"
    assert len(result.denials) == 1


def test_unparseable_answer_fails_naming_the_field():
    backend = FakeBackend('{"summary": 3}', '{"summary": 3}')
    with pytest.raises(ExtractionError, match="after 2 attempt"):
        brief(article, backend, load_prompt("onepass"), Options(max_retries=1))


def test_duplicate_parties_are_merged_and_references_rewritten():
    answer = draft(
        parties=[
            party("ana-ruiz", "Ana Ruiz"),
            party("ruiz", "Ruiz"),
            party("council", "The council", "government"),
            party("residents", "Residents", "group"),
        ]
    )
    answer["claims"][0]["claimant"] = "ruiz"
    result = brief(article, FakeBackend(answer), load_prompt("onepass"))
    assert [p.id for p in result.parties] == ["ana-ruiz", "council", "residents"]
    assert result.parties[0].aliases == ["Ruiz"]
    assert result.claims[0].claimant == "ana-ruiz"


def test_multi_pass_prompt_runs_parties_then_statements():
    first = {k: v for k, v in draft().items() if k in ("summary", "parties")}
    second = {k: v for k, v in draft().items() if k in ("claims", "denials", "concerns")}
    backend = FakeBackend(first, second)
    result = brief(article, backend, load_prompt("multipass"))
    assert len(backend.requests) == 2
    assert "ana-ruiz" in backend.requests[1]["messages"][-1]["content"]
    assert result.concerns[0].holder == "residents"
    assert result.provenance.attempts == 2


def test_final_briefing_validates_spans_against_the_article():
    result = brief(article, FakeBackend(draft()), load_prompt("onepass"))
    data = result.model_dump(mode="json")
    Briefing.model_validate(data, context={"article": ARTICLE})
    data["claims"][0]["span"] = [0, 5]
    with pytest.raises(ValidationError, match="span does not hold its quote"):
        Briefing.model_validate(data, context={"article": ARTICLE})


def test_the_default_prompt_quotes_the_articles_words_for_each_speaker():
    first = {k: v for k, v in draft().items() if k in ("summary", "parties")}
    backend = FakeBackend(first)
    result = brief(article, backend, load_prompt("model-parties"))
    assert len(backend.requests) == result.provenance.passes == 1
    assert [(c.claimant, c.quote) for c in result.claims] == [("ana-ruiz", "the bridge “is safe.”")]
    # the compact answer lists names: a party's id is its name's slug ("The" aside)
    assert [(d.denier, d.quote) for d in result.denials] == [("council", "the vote was rushed")]
    assert [(c.holder, c.quote) for c in result.concerns] == [("residents", "its cost")]
    for item in result.items():
        assert ARTICLE[item.span[0] : item.span[1]] == item.quote


def test_the_rules_prompt_makes_no_model_call():
    text = (
        "Bridge opens in May\n\n"
        "Senator Tom Berg said the new bridge will open in May. Critics were not convinced. "
        '"The vote was rushed," said Ana Ruiz, who chairs the Harbor Union.'
    )
    backend = FakeBackend()  # no answer queued: any call fails
    result = brief(decode_article(text.encode(), "bridge.txt"), backend, load_prompt("rules"))
    assert backend.requests == [] and result.provenance.passes == result.provenance.attempts == 0
    assert result.summary.startswith("Senator Tom Berg said the new bridge will open in May.")
    assert [(c.claimant, c.quote) for c in result.claims] == [
        ("tom-berg", "the new bridge will open in May"),
        ("ana-ruiz", "The vote was rushed"),
    ]
    assert {p.id: p.aliases for p in result.parties} == {"tom-berg": ["Berg"], "ana-ruiz": ["Ruiz"]}


def test_a_reading_the_caller_has_is_the_one_briefed():
    article = decode_article(ARTICLE.encode(), "bridge.txt")
    rules = load_prompt("rules")
    reading = read(article.text, decide=lambda candidate, features: False)
    told = brief(article, FakeBackend(), rules, reading=reading).model_dump(mode="json")
    found = brief(article, FakeBackend(), rules).model_dump(mode="json")
    assert told["claims"] != found["claims"]  # the given reading kept fewer candidates
    with pytest.raises(ValueError, match="another text"):
        brief(article, FakeBackend(), rules, reading=read("Ana Ruiz said it."))


def test_the_rules_prompt_refuses_no_article_for_a_models_context():
    backend = FakeBackend()
    backend.context = 64  # far too small for any model call
    text = "Senator Tom Berg said the new bridge will open in May. " * 20
    result = brief(decode_article(text.encode(), "long.txt"), backend, load_prompt("rules"))
    assert len(result.claims) == 20


def test_rule_items_are_not_capped_by_the_bounds_meant_for_a_model():
    text = " ".join(f"Senator Tom Berg warned that cost number {n} is too high." for n in range(40))
    result = brief(decode_article(text.encode(), "many.txt"), FakeBackend(), load_prompt("rules"))
    assert len(result.concerns) == 40


def test_the_worked_example_turn_shows_the_examples_own_hints():
    first = {k: v for k, v in draft().items() if k in ("summary", "parties")}
    text = "Senator Jo Park said the port will close, according to the Harbor Times."
    backend = FakeBackend(first)
    brief(decode_article(text.encode(), "port.txt"), backend, load_prompt("model-parties"))
    example_turn, _, article_turn = backend.requests[0]["messages"][1:]
    assert "Ana Ruiz" in example_turn["content"] and "Jo Park" not in example_turn["content"]
    assert "Jo Park" in article_turn["content"]
