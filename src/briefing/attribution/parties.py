"""Named mentions <-> parties: the parties a parse finds, and which party a mention names."""

from __future__ import annotations

import re

from briefing.attribution.candidates import Mention
from briefing.attribution.reading import Reading
from briefing.schema import Party, PartyKind, slugify

# The party kind of each NER label the attribution layer keeps.
ENTITY_KINDS: dict[str, PartyKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
}
_TITLE = re.compile(
    r"^(?:.*?\b(?:President|Minister|Secretary|Chief|Director|Spokesman|"
    r"Spokeswoman|Senator|Governor|General|Commander)\s+)(?P<name>[A-Z].*)$"
)


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower().replace(".", ""))) + " "


def name_forms(party: Party) -> list[str]:
    """Name, aliases, and for a person the surname and a title the name starts with.

    "Defense Minister Edmundo Novillo" is also "Novillo" and, in "Bolivia's
    defense minister said", "defense minister".
    """
    names = [party.name, *party.aliases]
    if party.kind == "person":
        names.append(party.name.split()[-1])
        titled = _TITLE.match(party.name)
        if titled and titled.start("name") > 0:
            names.append(" ".join(party.name[: titled.start("name")].split()[-2:]))
    return [name for name in names if _words(name).strip()]


def is_mentioned(party: Party, text: str) -> bool:
    """Does `text` name the party (by name, alias, or a person's surname)?"""
    words = _words(text)
    return any(_words(name) in words for name in name_forms(party))


def mention_spans(party: Party, text: str) -> list[tuple[int, int]]:
    """[start, end) of each mention of the party in `text` (name, alias or surname)."""
    return [
        match.span()
        for name in name_forms(party)
        for match in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    ]


def party_of(mention: Mention, parties: list[Party]) -> str | None:
    """The id of the party a mention names: its whole name first, else a name inside it
    (not a country's inside an organization's: a state's agency is a party of its own),
    else a shared surname."""
    words = _words(mention.text)
    for party in parties:
        if any(_words(name) == words for name in name_forms(party)):
            return party.id
    for party in parties:
        if party.kind == "country" and mention.label == "ORG":
            continue  # "U.S. Defense Intelligence Agency", "Argentina's foreign ministry"
        if any(_words(name) in words for name in name_forms(party)):
            return party.id
    for party in parties:
        if is_mentioned(party_from(mention), party.name):
            return party.id
    return None


_MINOR_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to"})


def acronym(name: str, text: str) -> str | None:
    """The initials of a name of several words when the article uses them ("Institute
    for the Study of War" -> "ISW"), else None."""
    words = [word for word in name.split() if word.lower() not in _MINOR_WORDS]
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return None
    initials = "".join(word[0] for word in words)
    return initials if re.search(rf"\b{re.escape(initials)}\b", text) else None


def aliases_of(name: str, kind: PartyKind, text: str) -> list[str]:
    """What else a party is called: a person of several names the surname, anything else
    the initials `text` (the article) uses."""
    if kind == "person":
        return [name.split()[-1]] if len(name.split()) > 1 else []
    return [initials] if (initials := acronym(name, text)) else []


def party_from(mention: Mention, text: str = "") -> Party:
    """A party for a mention, known by the aliases `aliases_of` gives."""
    kind = ENTITY_KINDS.get(mention.label, "other")
    if kind == "organization" and mention.text.split()[-1].lower() in ("administration",):
        kind = "government"
    name = mention.text[:120]
    aliases = aliases_of(name, kind, text)
    return Party(
        id=slugify(name)[:60] or "party",
        name=name,
        kind=kind,
        role=None,
        affiliation=None,
        aliases=aliases,
    )


def speaker_parties(reading: Reading, parties: list[Party]) -> list[Party]:
    """`parties` plus one for each resolved source no listed party names (fullest name first)."""
    result = list(parties)
    referents = [c.referent for c in reading.speaking() if c.referent is not None]
    for mention in sorted(referents, key=lambda m: -len(m.text)):
        if party_of(mention, result) is None:
            party = party_from(mention, reading.text)
            if party.id not in {p.id for p in result}:
                result.append(party)
    return result


def parties_of(reading: Reading) -> list[Party]:
    """The parties of a no-model briefing: every resolved source, people merged by surname."""
    return speaker_parties(reading, [])
