"""The people a story is about, though they say nothing in it: the labelling guide makes
a principal actor a party ("Trump" named in every paragraph of a story on his rivals'
attacks). A person the article names MIN_NAMED times or more is one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.identity import surname
from briefing.schema import Party

MIN_NAMED = 3  # news-train: 10 of 12 people named this often and no party yet are gold parties


def principal_parties(
    people: list[Mention],
    parties: list[Party],
    doc: Doc,
    owner: Callable[[Mention, list[Party]], str | None],
    new: Callable[[Mention, Doc], Party | None],
) -> list[Party]:
    """`parties` plus one for each person named MIN_NAMED times or more (by surname) that
    no party names (`owner`), by the fullest name the article writes (`new`, which may
    refuse a name that names no actor)."""
    result = list(parties)
    counts = Counter(surname(p.text) for p in people)
    for person in sorted(people, key=lambda p: -len(p.text)):
        if counts[surname(person.text)] < MIN_NAMED or owner(person, result) is not None:
            continue
        party = new(person, doc)
        if party is not None and party.id not in {p.id for p in result}:
            result.append(party)
    return result
