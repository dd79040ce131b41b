"""Named mentions <-> parties: the parties a parse finds, and which party a mention names."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.attribution.party_kinds import ENTITY_KINDS, kind_of
from briefing.attribution.reading import Reading
from briefing.attribution.spans import doc_text
from briefing.identity import aliases_of, is_mentioned, is_named_as, slugify
from briefing.schema import Party, PartyKind


def party_of(mention: Mention, parties: list[Party]) -> str | None:
    """The id of the party a mention names: its whole name first, else a name inside it
    (not a country's inside an organization's: a state's agency is a party of its own),
    else a shared surname."""
    for party in parties:
        if is_named_as(party, mention.text):
            return party.id
    for party in parties:
        if party.kind == "country" and mention.label == "ORG":
            continue  # "U.S. Defense Intelligence Agency", "Argentina's foreign ministry"
        if is_mentioned(party, mention.text):
            return party.id
    named = _party(mention.text[:120], ENTITY_KINDS.get(mention.label, "other"), [])
    for party in parties:
        if is_mentioned(named, party.name):
            return party.id
    return None


def party_from(mention: Mention, doc: Doc) -> Party:
    """A party for a mention of the parsed article `doc`: its kind from the evidence
    (`party_kinds.kind_of`, the entity label's kind last), known by the aliases
    `aliases_of` gives."""
    name = mention.text[:120]
    kind = kind_of(name, ENTITY_KINDS.get(mention.label, "other"), doc)
    return _party(name, kind, aliases_of(name, kind, doc_text(doc)))


def _party(name: str, kind: PartyKind, aliases: list[str]) -> Party:
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
            party = party_from(mention, reading.doc)
            if party.id not in {p.id for p in result}:
                result.append(party)
    return result


def parties_of(reading: Reading) -> list[Party]:
    """The parties of a no-model briefing: every resolved source, people merged by surname."""
    return speaker_parties(reading, [])
