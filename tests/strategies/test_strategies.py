"""Each strategy run on its own, its passes answered by a fake backend."""

from briefing import strategies
from tests.conftest import FakeBackend
from tests.strategies.helpers import context_for
from tests.test_schema import ARTICLE, draft

TEXT = (
    "Bridge opens in May\n\n"
    "Senator Tom Berg said the new bridge will open in May. "
    '"The vote was rushed," said Ana Ruiz, who chairs the Harbor Union.'
)


def _parties_answer() -> dict[str, object]:
    return {k: v for k, v in draft().items() if k in ("summary", "parties")}


def test_rules_makes_no_model_call():
    backend = FakeBackend()
    context, _ = context_for("rules", TEXT, backend)
    result = strategies.get("rules").run(context)
    assert backend.requests == []
    assert result.summary.startswith("Senator Tom Berg said")
    assert [(c.actor, c.quote) for c in result.claims] == [
        ("tom-berg", "the new bridge will open in May"),
        ("ana-ruiz", "The vote was rushed"),
    ]


def test_one_pass_takes_the_models_briefing_as_it_grounds():
    backend = FakeBackend(draft())
    context, extractor = context_for("onepass", ARTICLE, backend)
    result = strategies.get("one-pass").run(context)
    assert extractor.passes == len(backend.requests) == 1
    assert [p.id for p in result.parties] == ["ana-ruiz", "council", "residents"]
    assert [(i.kind, i.actor) for i in result.items()] == [
        ("claim", "ana-ruiz"),
        ("denial", "council"),
        ("concern", "residents"),
    ]
    assert all(i.located is not None for i in result.claims)


def test_multi_pass_asks_for_statements_given_the_parties_it_listed():
    second = {k: v for k, v in draft().items() if k in ("claims", "denials", "concerns")}
    backend = FakeBackend(_parties_answer(), second)
    context, extractor = context_for("multipass", ARTICLE, backend)
    result = strategies.get("multi-pass").run(context)
    assert extractor.passes == len(backend.requests) == 2
    assert '"id": "council"' in backend.requests[1]["messages"][-1]["content"]
    assert result.summary == "A mayor defends a bridge."
    assert [c.actor for c in result.concerns] == ["residents"]


def test_cue_rules_takes_the_models_parties_and_the_rules_items():
    backend = FakeBackend(_parties_answer())
    context, extractor = context_for("model-parties", ARTICLE, backend)
    result = strategies.get("cue-rules").run(context)
    assert extractor.passes == len(backend.requests) == 1
    # the compact answer lists names: a party's id is its name's slug ("The" aside)
    assert [(d.actor, d.quote) for d in result.denials] == [("council", "the vote was rushed")]
    assert [(c.actor, c.text) for c in result.concerns] == [("residents", "its cost")]


def test_summary_rules_asks_the_model_for_the_summary_alone():
    backend = FakeBackend(
        {"summary": "Berg says the bridge opens in May. Ruiz says the vote was rushed."}
    )
    context, extractor = context_for("default", TEXT, backend)
    result = strategies.get("summary-rules").run(context)
    assert extractor.passes == len(backend.requests) == 1
    asked = backend.requests[0]["messages"][-1]["content"]
    assert "Likely speakers: Tom Berg, Ana Ruiz" in asked
    assert result.summary.startswith("Berg says the bridge")
    # parties and items are the rules' own, whatever the model knows of them
    rules = strategies.get("rules").run(context_for("rules", TEXT, FakeBackend())[0])
    assert result.parties == rules.parties
    assert result.items() == rules.items()
