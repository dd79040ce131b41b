"""A quotation two cues share goes to the saying verb, not to a rarer cue word beside it.

Invented sentences only. "Soon after Walsh was booed, Novak wrote, 'C'": the parse hangs
the quotation on "booed" too, a word PolNeAR rarely marks as a cue; "wrote" nearly always
is one, so C is Novak's."""

from __future__ import annotations

from briefing.attribution.text.lexicon import cue_share
from tests.attribution.found import found


def test_the_writer_not_the_booed_says_the_quotation() -> None:
    text = (
        "Soon after Mary Walsh was booed Monday during a breakfast in Dayton, Tim Novak "
        'wrote to his followers, "It is time to end her political career for good," and '
        "shared a link to his webpage."
    )
    assert ("claim", "Tim Novak", "It is time to end her political career for good") in found(text)
    assert all(speaker != "Mary Walsh" for _, speaker, _ in found(text))


def test_a_short_sentence_too() -> None:
    text = (
        "Shortly after Mary Walsh was booed at a rally, Tim Novak wrote, "
        '"The voters have had enough of her tired slogans."'
    )
    assert [speaker for _, speaker, _ in found(text)] == ["Tim Novak"]


def test_cue_share_is_the_share_of_occurrences_inside_a_cue() -> None:
    say, boo = cue_share("say", "VERB"), cue_share("boo", "VERB")
    assert say is not None and boo is not None and say > 2 * boo
    assert cue_share("table", "NOUN") is None
