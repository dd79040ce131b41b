"""The kind-check strategy with a fake backend: the parties pass, then one kind question per
claim the rules find with a sign of refusal or warning in its words; the model's answer sets
the kind, a failed question keeps the rules'."""

from briefing import strategies
from briefing.attribution import read
from briefing.strategies.kind_check import undecided
from tests.conftest import FakeBackend
from tests.evals.helpers import party
from tests.strategies.helpers import context_for

TEXT = (
    "Bridge opens in May\n\n"
    "Mayor Ana Ruiz said the new bridge is safe. "
    "Senator Tom Berg said the vote was not rushed. "
    "The Harbor Union is worried about the cost of the bridge."
)
PARTIES = {
    "summary": "A mayor says a new bridge is safe.",
    "parties": [
        party("ana-ruiz", "Ana Ruiz", aliases=("Ruiz",)),
        party("tom-berg", "Tom Berg", aliases=("Berg",)),
        party("harbor-union", "Harbor Union", "organization"),
    ],
}


def run(*answers: dict[str, object] | str) -> tuple[strategies.Draft, FakeBackend]:
    backend = FakeBackend(PARTIES, *answers)
    context, _ = context_for("kindcheck", TEXT, backend)
    return strategies.get("kind-check").run(context), backend


def test_the_model_sets_the_kind_of_an_undecided_claim_and_only_those_are_asked():
    draft, backend = run({"kind": "denial"})
    assert [c.quote for c in draft.claims] == ["the new bridge is safe"]
    assert [(d.denier, d.quote) for d in draft.denials] == [("tom-berg", "the vote was not rushed")]
    assert [k.holder for k in draft.concerns] == ["harbor-union"]  # the rules' concern, not asked
    assert len(backend.requests) == 2  # the parties pass, one kind question ("not")
    asked = backend.requests[1]["messages"][-1]["content"]
    assert "Speaker: Tom Berg" in asked and '"the vote was not rushed"' in asked


def test_an_answer_that_never_validates_keeps_the_rules_kind():
    draft, _ = run("not json", "still not json")
    assert sorted(c.quote for c in draft.claims) == [
        "the new bridge is safe",
        "the vote was not rushed",
    ]


def test_only_words_with_a_negation_a_modal_or_a_word_of_refusal_or_fear_are_undecided():
    reading = read(
        "Ruiz said the bridge is safe. Ruiz said the bridge should close. "
        "Ruiz said the bridge is not finished. Ruiz said the report was nonsense."
    )
    assert [undecided(reading, c) for c in reading.candidates] == [False, True, True, True]
