"""A paraphrase names the speaker's own pronouns, never those of words the speaker quotes
(invented sentences; issue 21)."""

from typing import Any

from briefing.attribution import read
from briefing.attribution.items.statements import statements_from
from briefing.attribution.parties.parties import parties_of


def statement(text: str, quote: str) -> str:
    """The paraphrase of the item whose quote is `quote`."""
    data = statements_from(read(text), parties_of(read(text)))
    found: list[dict[str, Any]] = [*data["claims"], *data["denials"], *data["concerns"]]
    item = next(item for item in found if item["quote"] == quote)
    return str(item.get("statement") or item.get("denied") or item.get("about"))


def test_a_pronoun_inside_words_the_speaker_quotes_is_left_as_written() -> None:
    words = "Mr. Berg just saying 'trust me' is not going to be enough"
    text = f'Harbor row\n\n"{words}," Mayor Ann Cole said on Monday.'
    assert statement(text, words) == words


def test_the_speakers_own_pronoun_beside_a_quoted_phrase_is_still_named() -> None:
    words = "My answer to Mr. Berg saying 'trust me' is that I never will"
    text = f'Harbor row\n\n"{words}," Mayor Ann Cole said on Monday.'
    named = "Cole’s answer to Mr. Berg saying 'trust me' is that she never will"
    assert statement(text, words) == named


def test_a_third_person_pronoun_inside_a_quotation_run_on_is_not_the_speaker() -> None:
    text = (
        "Harbor row\n\n\"Tom Berg is singularly unpersuasive in our council because he's so "
        "terrible. He is our city's Donald Trump,\" said Cole, who does not support Berg's "
        "opponent, Ruiz."
    )
    assert not statement(text, "He is our city's Donald Trump").startswith("Cole")
