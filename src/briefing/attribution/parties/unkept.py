"""People who act in the story though no statement of theirs is kept: the labelling guide
lists a story's principal actors as parties, and a person the article names in full as
the source of a cue the keep decision left out ("President Barack Obama to announce an
intensification", "was sent by Chief of Staff Jeremy Bash"; "Sanders" where the article
writes "Bernie Sanders" too) is one such actor."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.attribution.reading import Reading
from briefing.schema import Party

# news-train 1-244: people with a full name this way are 13 required parties more, 2 extra;
# places, groups and bodies are not (11 required parties more, 39 extra)


def unkept_people(
    reading: Reading,
    parties: list[Party],
    owner: Callable[[Mention, list[Party]], str | None],
    new: Callable[[Mention, Doc], Party | None],
) -> list[Party]:
    """`parties` plus a person for each source of `reading.unkept` that writes a person's
    name (not a pronoun or a description the resolver took for them) no party names
    (`owner`), by the fullest name the article writes (`new`, which may refuse a name that
    names no actor), when that is a full name: given name and surname, capitalised."""
    for candidate in reading.unkept:
        mention = candidate.referent
        if mention is None or mention.label != "PERSON":
            continue
        if mention.text not in candidate.source_text or owner(mention, parties) is not None:
            continue
        party = new(mention, reading.doc)
        if party is None or party.kind != "person" or not _full_name(party.name):
            continue
        if party.id not in {p.id for p in parties}:
            parties.append(party)
    return parties


def _full_name(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and all(word[:1].isupper() for word in words)
