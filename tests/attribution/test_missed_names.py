"""A lone surname the small model leaves untagged is the person named in full before it.

Invented sentences only."""

from __future__ import annotations

from briefing.attribution.names.mentions import mentions
from briefing.attribution.text.parse import parse


def _people(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.span[0]) for m in mentions(parse(text)) if m.label == "PERSON"]


def test_a_surname_parsed_as_a_plain_noun_is_the_person() -> None:
    text = (
        "Senator Tom Fields toured the plant on Monday with Senator Dan Ruiz. "
        "Fields supports raising the wage."
    )
    assert ("Tom Fields", text.index("Fields supports")) in _people(text)


def test_a_surname_after_a_preposition_is_the_person() -> None:
    text = (
        "Radio host Dan Kessler spoke about Paul Mercer, the new campaign chief. "
        "Much of his anger was aimed at Mercer."
    )
    assert ("Paul Mercer", text.index("Mercer.")) in _people(text)


def test_a_word_no_one_was_named_by_stays_a_word() -> None:
    text = "Senator Tom Fields toured the plant. Workers left the Fields early."
    assert [name for name, _ in _people(text)] == ["Tom Fields"]
