"""The guided strategy with a fake backend: pass 1 the parties, pass 2 the model's items."""

from typing import Any

from briefing import strategies
from briefing.article import decode_article
from briefing.attribution import read
from briefing.errors import TooLongError
from briefing.pipeline import Options, brief
from briefing.prompts import load_prompt
from briefing.strategies.base import messages, prompt_variables
from tests.conftest import FakeBackend
from tests.evals.helpers import party
from tests.strategies.helpers import context_for

TEXT = (
    "Bridge opens in May\n\n"
    "Mayor Ana Ruiz said the new bridge is safe. "
    "Senator Tom Berg denied that the vote was rushed. "
    "The Harbor Union is worried about the cost of the bridge. "
    "Critics say the design is ugly. "
    # no rule finds this one ("its members"): the model may add it
    "Its members also want a second vote on the project."
)
PARTIES = {
    "summary": "A mayor says a new bridge is safe.",
    "parties": [
        party("ana-ruiz", "Ana Ruiz", aliases=("Ruiz",)),
        party("tom-berg", "Tom Berg"),
        party("harbor-union", "Harbor Union", "organization"),
        party("critics", "Critics", "group"),
    ],
}


def item(
    n: int, kind: str, speaker: str | None, statement: str | None, **more: Any
) -> dict[str, Any]:
    return {"n": n, "kind": kind, "speaker": speaker, "statement": statement, **more}


def run(*answers: dict[str, Any]) -> tuple[strategies.Draft, FakeBackend]:
    backend = FakeBackend(PARTIES, *answers)
    context, extractor = context_for("guided", TEXT, backend)
    draft = strategies.get("guided").run(context)
    assert extractor.passes == strategies.get("guided").passes == 2
    return draft, backend


def test_the_model_paraphrases_candidates_drops_one_and_adds_one_the_rules_missed():
    draft, _ = run(
        {
            "items": [
                item(1, "claim", "ana-ruiz", "The bridge is safe."),
                item(2, "denial", "tom-berg", "The vote was not rushed."),
                item(3, "none", None, None),
                item(
                    0,
                    "concern",
                    "harbor-union",
                    "It wants a new vote.",
                    quote="want a second vote on the project",
                ),
            ]
        }
    )
    claims = [(c.id, c.actor, c.text, c.quote) for c in draft.claims]
    assert claims == [
        ("c1", "ana-ruiz", "The bridge is safe.", "the new bridge is safe"),
        # candidate 4 was not answered: kept as the rules have it
        ("c2", "critics", "the design is ugly", "the design is ugly"),
    ]
    assert [(d.actor, d.text, d.quote) for d in draft.denials] == [
        ("tom-berg", "The vote was not rushed.", "the vote was rushed")
    ]
    # candidate 3 judged no attribution; the added concern is grounded in the article
    assert [(k.actor, k.quote) for k in draft.concerns] == [
        ("harbor-union", "want a second vote on the project")
    ]
    for found in draft.items():
        assert found.located is not None and found.located.text(TEXT) == found.quote


def test_the_second_pass_shows_the_parties_and_numbered_candidates():
    _, backend = run({"items": []})
    turn = backend.requests[1]["messages"][-1]["content"]
    assert "ana-ruiz: Ana Ruiz (person)" in turn
    assert '1. claim | Mayor Ana Ruiz = ana-ruiz | said | "the new bridge is safe"' in turn
    assert '4. claim | Critics = critics | say | "the design is ugly"' in turn


def test_responds_to_a_number_becomes_that_items_id_and_addressed_to_a_party_id():
    draft, _ = run(
        {
            "items": [
                item(2, "denial", "Berg", "The vote was fair.", responds_to=1),
                item(
                    3,
                    "concern",
                    "harbor-union",
                    "The bridge costs too much.",
                    addressed_to="Ana Ruiz",
                ),
            ]
        }
    )
    assert [(d.actor, d.responds_to) for d in draft.denials] == [("tom-berg", "c1")]
    assert [(k.text, k.addressed_to) for k in draft.concerns] == [
        ("The bridge costs too much.", "ana-ruiz")
    ]


def test_an_unanswered_list_gives_the_rules_items():
    draft, _ = run({"items": []})
    cue_rules, _ = context_for("model-parties", TEXT, FakeBackend(PARTIES))
    rules = strategies.get("cue-rules").run(cue_rules)

    def pairs(d: strategies.Draft) -> list[tuple[str, str, str]]:
        return [(i.kind, i.actor, i.quote) for i in d.items()]

    assert pairs(draft) == pairs(rules) and len(pairs(draft)) == 4


def test_bad_speakers_and_quotes_are_reasked_then_fall_back_or_are_dropped():
    bad = {
        "items": [
            item(1, "claim", "the engineers", "The bridge is safe."),
            item(0, "claim", "critics", "It is late.", quote="the bridge will open in June"),
        ]
    }
    draft, backend = run(bad, bad)
    reask = backend.requests[2]["messages"][-1]["content"]
    assert "items[0].speaker 'the engineers' is not a party id" in reask
    assert "items[1].quote is not in the article" in reask
    # the candidate keeps the model's words but the rules' speaker; the new item is dropped
    first = draft.claims[0]
    assert (first.actor, first.text) == ("ana-ruiz", "The bridge is safe.")
    assert [d.item["quote"] for d in draft.dropped] == ["the bridge will open in June"]


def test_guided_end_to_end_through_brief_is_grounded_with_provenance():
    backend = FakeBackend(PARTIES, {"items": [item(1, "claim", "ana-ruiz", "It is safe.")]})
    article = decode_article(TEXT.encode(), "bridge.txt")
    result = brief(article, backend, load_prompt("guided"), Options())
    assert result.provenance.passes == result.provenance.attempts == 2
    assert result.claims[0].statement == "It is safe."
    for found in result.items():
        assert TEXT[found.span[0] : found.span[1]] == found.quote


def test_the_parties_pass_is_model_parties_own_so_cached_answers_serve_both():
    """Byte-identical first-pass requests: the answer cache of a `default` run answers
    `guided`'s first pass (only the statements pass then calls the model)."""
    reading = read(TEXT)
    default, guided = load_prompt("model-parties"), load_prompt("guided")
    first = messages(default, "parties", *prompt_variables(default, reading))
    assert messages(guided, "parties", *prompt_variables(guided, reading)) == first


class NoRoomForTheStatementsPass(FakeBackend):
    """A model whose context holds the parties pass but not the candidates pass."""

    def check_fits(self, messages: list[dict[str, str]], max_tokens: int) -> None:
        if "CANDIDATES" in messages[-1]["content"]:
            raise TooLongError("too long for the model: about 9000 prompt tokens")


def test_a_statements_pass_too_long_for_the_model_keeps_the_rules_items():
    backend = NoRoomForTheStatementsPass(PARTIES)
    context, _ = context_for("guided", TEXT, backend)
    draft = strategies.get("guided").run(context)
    cue_rules, _ = context_for("model-parties", TEXT, FakeBackend(PARTIES))
    rules = strategies.get("cue-rules").run(cue_rules)
    assert len(backend.requests) == 1  # the parties pass only
    assert [(i.kind, i.actor, i.quote) for i in draft.items()] == [
        (i.kind, i.actor, i.quote) for i in rules.items()
    ]
    assert draft.summary == PARTIES["summary"]
