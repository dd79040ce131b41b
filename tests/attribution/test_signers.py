"""The signers of a letters or reader-comments page are person parties, kept though named
once (the guide: the signer of a comment is its speaker). Invented text only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.items.statements import framing_parties
from briefing.attribution.parties.parties import parties_of
from briefing.attribution.speakers.signers import signers
from briefing.identity import mention_spans
from briefing.schema import Party

PAGE = """Readers weigh in on the bridge vote.

LETTERS.

The council should never have approved the toll. Commuters already pay enough to cross the river.

Marta Q. Oyelaran.

Dunmore, Pa.

A new bridge will bring shops and jobs to the east side. I am glad the vote passed.

Tobias Wrenfield.

Eastport.

TWITTER.

The toll is a tax on working families, plain and simple.

@bridgewatcher77.

Finally some progress in this town!

@quill_and_ink.
"""

SUBHEADS = """Three rivals, three roads to the nomination.

The race is wide open after the last round of primaries, and every candidate has a path.

Ana Ruiz.

Ruiz leads in the delegate count and has the most money left.

Ben Ostrow.

Ostrow is counting on the Midwest, where his message on trade plays well.

Cara Lindqvist.

Lindqvist needs a strong night in the West to stay in the race.
"""


def test_a_letters_page_is_signed_by_names_and_handles() -> None:
    assert signers(PAGE) == [
        "Marta Q. Oyelaran",
        "Tobias Wrenfield",
        "@bridgewatcher77",
        "@quill_and_ink",
    ]


def test_subheads_naming_whom_the_next_paragraph_is_about_sign_nothing() -> None:
    assert signers(SUBHEADS) == []


def test_two_signatures_make_no_letters_page() -> None:
    two = PAGE.split("TWITTER.")[0]
    assert signers(two) == []


def test_the_signers_are_person_parties_that_speak() -> None:
    reading = read(PAGE)
    parties = {p.name: p for p in parties_of(reading)}
    assert {"Marta Q. Oyelaran", "Tobias Wrenfield", "@bridgewatcher77"} <= set(parties)
    assert parties["@quill_and_ink"].kind == "person"
    speaking = framing_parties(reading, list(parties.values()))
    assert {"tobias-wrenfield", "bridgewatcher77"} <= speaking


def test_a_handle_is_found_after_a_space() -> None:
    handle = Party(
        id="quill-and-ink",
        name="@quill_and_ink",
        kind="person",
        role=None,
        affiliation=None,
        aliases=[],
    )
    assert mention_spans(handle, "Signed, @quill_and_ink.")[0] == (8, 22)
    assert mention_spans(handle, "mail@quill_and_ink") == []
