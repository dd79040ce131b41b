"""The rules-restate strategy with a fake backend: only an item that leans on the article is
asked; the model's sentence replaces its paraphrase only when it stands alone and uses the
article's words, else the rules' words stay."""

from briefing import strategies
from briefing.attribution import read
from briefing.strategies.restate import context_of, grounded
from tests.conftest import FakeBackend
from tests.strategies.helpers import context_for

TEXT = (
    "Bridge opens in May\n\n"
    "The council voted to close two clinics in Lindel. "
    'Mayor Ana Ruiz said the new bridge is safe. "They were too costly," said Tom Berg.'
)


def run(*answers: dict[str, object] | str) -> tuple[strategies.Draft, FakeBackend]:
    backend = FakeBackend(*answers)
    context, _ = context_for("rules-restate", TEXT, backend)
    return strategies.get("rules-restate").run(context), backend


def texts(draft: strategies.Draft) -> list[str]:
    return [claim.statement for claim in draft.claims]


def test_an_item_that_leans_on_the_article_is_restated_in_the_articles_words():
    draft, backend = run({"sentence": "The two clinics in Lindel were too costly"})
    assert texts(draft) == ["the new bridge is safe", "The two clinics in Lindel were too costly"]
    assert len(backend.requests) == 1  # only "They were too costly" is asked
    asked = backend.requests[0]["messages"][-1]["content"]
    assert "Speaker: Tom Berg" in asked and "close two clinics" in asked


def test_a_restatement_adding_words_the_article_lacks_is_refused():
    draft, _ = run({"sentence": "The three hospitals in Boston were too costly"})
    assert texts(draft) == ["the new bridge is safe", "They were too costly"]


def test_a_restatement_that_still_leans_on_the_article_is_refused():
    draft, _ = run({"sentence": "They were too costly to keep"})
    assert texts(draft)[1] == "They were too costly"


def test_grounded_lets_go_of_plurals_and_possessives_only():
    source = "The council closed the clinic of Lindel."
    assert grounded("Lindel's clinics were closed by the council", source)
    assert not grounded("Lindel's hospitals were closed", source)


def test_the_context_is_two_sentences_before_and_never_the_headline():
    reading = read(
        "Bridge opens in May\n\nRuiz said the bridge is safe. Berg said it is not. Lee said it is."
    )
    first, second, third = reading.candidates
    assert context_of(reading, first) == "Ruiz said the bridge is safe."
    assert context_of(reading, second) == "Ruiz said the bridge is safe. Berg said it is not."
    assert context_of(reading, third) == (
        "Ruiz said the bridge is safe. Berg said it is not. Lee said it is."
    )
