"""Named mentions <-> parties: the parties a parse finds, and which party a mention names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.attribution.names.mentions import people
from briefing.attribution.names.party_kinds import (
    ENTITY_KINDS,
    entity_labels,
    is_known_person,
    kind_of,
)
from briefing.attribution.names.qualified import STAFF
from briefing.attribution.parties.campaigns import with_campaigns
from briefing.attribution.parties.countries import country_key
from briefing.attribution.parties.known_bodies import known_bodies
from briefing.attribution.parties.party_names import full_name, is_common_phrase, is_title
from briefing.attribution.parties.poll_names import with_poll_names
from briefing.attribution.parties.principals import acting_bodies, principal_parties
from briefing.attribution.parties.same_party import same_body, same_collective
from briefing.attribution.parties.unkept import unkept_people
from briefing.attribution.reading import Reading
from briefing.attribution.text.spans import doc_text
from briefing.identity import (
    MINOR_WORDS,
    aliases_of,
    is_mentioned,
    is_named_as,
    other_given_names,
    party_slug,
    slugify,
)
from briefing.schema import Party, PartyKind


def party_of(mention: Mention, parties: list[Party]) -> str | None:
    """The id of the party a mention names: its whole name first, else a name inside it
    (not a country's inside an organization's: a state's agency is a party of its own),
    else a shared surname."""
    for party in parties:
        if is_named_as(party, mention.text):
            return party.id
    own = _before_members(mention.text)
    for party in parties:
        if party.kind == "country" and mention.label == "ORG":
            continue  # "U.S. Defense Intelligence Agency", "Argentina's foreign ministry"
        if _named_after(party, mention) or _named_after_person(party, mention):
            continue
        if is_mentioned(party, own):
            return party.id
    named = _party(mention.text[:120], ENTITY_KINDS.get(mention.label, "other"), [])
    for party in parties:
        if _named_after(party, mention) or _named_after_person(party, mention):
            continue
        if _adjective_of_name(mention, party) or _part_of(party, mention):
            continue
        if _one_of_joint(party, mention):
            continue
        if is_mentioned(named, party.name):
            return party.id
    return next((p.id for p in parties if _same(p, mention)), None)


_MEMBERS = re.compile(r"\s*(?:[,(\u2013\u2014-]\s*)(?:including|among them|such as)\b.*", re.S)


def _before_members(text: str) -> str:
    """ "A coalition of 40 groups - including the American Congress of Obstetricians ...":
    the words before its members, which name the group itself, not any one member."""
    return _MEMBERS.sub("", text)


def _adjective_of_name(mention: Mention, party: Party) -> bool:
    """A nationality or creed written as an adjective ("Islamic") is a word of a proper
    name ("the Islamic State") but names no one by it; it may still name a group it
    describes ("Republican" for "Republican voters")."""
    if mention.label != "NORP" or mention.text.endswith("s"):
        return False
    words = party.name.split()
    return any(word == mention.text and nxt[:1].isupper() for word, nxt in pairwise(words))


_PARTS = frozenset(
    {"some", "other", "many", "most", "several", "few", "senior", "younger", "older"}
)


def _part_of(party: Party, mention: Mention) -> bool:
    """ "other Democrats", "some Democrats": a part of a people set apart by a word before
    it is a group of its own (the guide), not the people a bare "Democrats" names."""
    words = party.name.split()
    return len(words) > 1 and words[0].lower() in _PARTS and words[1:] == mention.text.split()


# "Huffington Post-Morning Consult", "NBC/Wall Street Journal": two names joined as one
_JOINT = re.compile(r"(?<=\w)\s*[/\u2013-]\s*(?=[A-Z])")


def _one_of_joint(party: Party, mention: Mention) -> bool:
    """ "Huffington Post" is not the "Huffington Post-Morning Consult" poll's joint
    sponsors (one party, the guide), but a party of its own."""
    parts = [p.strip().lower() for p in _JOINT.split(party.name)]
    return len(parts) > 1 and mention.text.strip().lower().removeprefix("the ") in parts


def _same(party: Party, mention: Mention) -> bool:
    return same_body(party, mention) or same_collective(party, mention)


def _named_after(party: Party, mention: Mention) -> bool:
    """Whether a person's mention ("Sanders") would be taken for a body or group named
    after them ("the Sanders campaign", "Sanders aides"): a person is not their campaign,
    office, foundation or advisers."""
    return mention.label == "PERSON" and party.kind not in ("person", "other")


def _named_after_person(party: Party, mention: Mention) -> bool:
    """... and a body named after a person ("the Sanders campaign") is not that person."""
    return party.kind == "person" and mention.label == "ORG"


_PAIR = re.compile(r"[/-]")


def is_actor_name(name: str, kind: PartyKind, doc: Doc) -> bool:
    """Whether a name can name an actor of the story, not a word that only qualifies or
    locates one: an adjective ("Republican", "Russian": a group's one word that is no
    plural), a shouted dateline or headline word ("TALLAHASSEE", "DOCTORS"), or a
    person's one word the parse never tags a person that is a common word (lower-cased,
    a title, or written in lower case in the article: "Lawmaker", "Judge", "leaders"), a
    name cut short ("Legal Counsel of"), or a person's titles written as a name's, without
    the name ("District Judge"; "an ICE spokeswoman" is an unnamed person's description)."""
    words = name.split()
    if not words or words[-1].lower() in MINOR_WORDS:
        return False  # "Legal Counsel of": a name cut short
    if kind == "person" and len(words) > 1 and is_title(words[-1]) and words[-1][:1].isupper():
        return False  # "District Judge": a title without its name
    if kind == "person" and len(words) > 1 and is_common_phrase(name, doc):
        return False
    if len(words) == 1 and kind == "group" and not name.lower().endswith("s"):
        return False
    if name.isupper() and max(len(part.replace(".", "")) for part in _PAIR.split(name)) > 5:
        return False  # an acronym pair ("CNN/ORC", "AFL-CIO") is no shouted word
    if len(words) == 1 and kind == "person":
        word = name.lower()
        if not name[:1].isupper() or name.isupper() or is_title(name):
            return False
        if doc.vocab[word].is_stop:
            return False  # "Much", "Nobody": a word opening a sentence, tagged a person
        if "PERSON" in entity_labels(name, doc) or is_known_person(name, [], doc):
            return True
        return not re.search(rf"(?<![.!?]\s)\b{re.escape(word)}\b", doc_text(doc))
    return True


def party_from(mention: Mention, doc: Doc) -> Party:
    """A party for a mention of the parsed article `doc`: its kind from the evidence
    (`party_kinds.kind_of`, the entity label's kind last), a person by the fullest name
    the article writes, known by the aliases `aliases_of` gives."""
    written = _before_members(mention.text)[:120]
    kind = described_kind(
        mention, doc, kind_of(written, ENTITY_KINDS.get(mention.label, "other"), doc)
    )
    name = full_name(written, kind, doc)
    aliases = aliases_of(name, kind, doc_text(doc))
    if slugify(written) not in {slugify(name), *map(slugify, aliases)}:
        aliases.append(written)
    return _party(name, kind, aliases)


def described_kind(mention: Mention, doc: Doc, kind: PartyKind) -> PartyKind:
    """One of a body's people, described by a singular noun, is a person, not a group: "a
    top GOP strategist", "an Israeli official" ("officials" stay a group); people a place
    qualifies are a group, not a country ("protest organizers in Cleveland")."""
    span = doc.char_span(*mention.span, alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None or head.pos_ != "NOUN":
        return kind
    if kind == "group" and head.tag_ == "NN" and head.lemma_.lower() in STAFF:
        return "person"
    if kind == "country" and head.tag_ == "NNS":
        return "group"  # "workers in New York and Seattle": people, not the places
    return kind


def _party(name: str, kind: PartyKind, aliases: list[str]) -> Party:
    return Party(
        id=party_slug(name) or "party",
        name=name,
        kind=kind,
        role=None,
        affiliation=None,
        aliases=aliases,
    )


def speaker_parties(reading: Reading, parties: list[Party]) -> list[Party]:
    """`parties` plus one for each resolved source no listed party names (fullest name
    first) and whose name can name an actor (`is_actor_name`)."""
    result = list(parties)
    referents = [c.referent for c in reading.speaking() if c.referent is not None]
    for mention in sorted(referents, key=lambda m: -len(m.text)):
        _known_as(mention, result)
        owner = party_of(mention, result)
        if owner is None or _kin_of(mention, owner, result):
            party = party_from(mention, reading.doc)
            if not is_actor_name(party.name, party.kind, reading.doc):
                continue
            if party.id not in {p.id for p in result}:
                result.append(party)
    return result


def _kin_of(mention: Mention, owner_id: str, parties: list[Party]) -> bool:
    """Whether a person's full name is taken for a listed person (`owner_id`, the party it
    resolves to) of the same surname under another given name ("David Heidler" for
    "Jeanne Heidler"): a party of their own."""
    if mention.label != "PERSON":
        return False
    owner = next(p for p in parties if p.id == owner_id)
    return other_given_names(owner, _party(mention.text, "person", []))


def _known_as(mention: Mention, parties: list[Party]) -> None:
    """A shorter name of a listed party (`same_party`) is an alias of it."""
    party = next((p for p in parties if _same(p, mention)), None)
    if party is not None and not is_named_as(party, mention.text):
        party.aliases.append(mention.text)


def parties_of(reading: Reading) -> list[Party]:
    """The parties of a no-model briefing: every resolved source, people merged by surname,
    the people the story is about (`principals`, `unkept`) and the signers of a letters page."""
    speakers = speaker_parties(reading, [])
    named = people(reading.mentions, reading.doc)
    found = principal_parties(named, speakers, reading.doc, party_of, _actor_party)
    for body in acting_bodies(reading.mentions, reading.doc):
        if party_of(body, found) is not None or _same_country(body, found):
            continue
        party = _actor_party(body, reading.doc)
        if party is not None and party.id not in {p.id for p in found}:
            found.append(party)
    found = unkept_people(reading, found, party_of, _actor_party)
    found = _with_known_bodies(reading, found)
    found = with_campaigns(reading.doc, named, found, reading.headline_end)
    found = _with_signers(reading.signers, found)
    found = with_poll_names(reading, described_aliases(reading, found), party_of)
    return with_article(found, reading.doc)


def _with_signers(names: Sequence[str], parties: list[Party]) -> list[Party]:
    """`parties` plus a person for each signer of a letters or comments page (`signers`)
    no listed party names."""
    for name in names:
        if not any(is_named_as(p, name) for p in parties):
            parties.append(_party(name, "person", []))
    return parties


def _with_known_bodies(reading: Reading, parties: list[Party]) -> list[Party]:
    """`parties` plus each body news writes under several names that the article names
    often (`known_bodies`), by its usual name, known by the forms the article writes; a
    listed party naming it takes those forms as aliases."""
    for body in known_bodies(doc_text(reading.doc), reading.headline_end):
        listed = next((p for p in parties for form in body.written if is_named_as(p, form)), None)
        if listed is None:
            listed = _party(body.name, "organization", [])
            parties.append(listed)
        for form in body.written:
            if not is_named_as(listed, form):
                listed.aliases.append(form)
    return parties


def _same_country(mention: Mention, parties: list[Party]) -> bool:
    """Whether a listed party is the country `mention` names by another of its names
    ("Britain" for "the UK"); the mention becomes an alias of it."""
    key = country_key(mention.text)
    for party in parties if key is not None else []:
        if any(country_key(name) == key for name in (party.name, *party.aliases)):
            if not is_named_as(party, mention.text):
                party.aliases.append(mention.text)
            return True
    return False


def _actor_party(mention: Mention, doc: Doc) -> Party | None:
    party = party_from(mention, doc)
    return party if is_actor_name(party.name, party.kind, doc) else None


# "the Vermont senator", "the independent Vermont senator and Democratic presidential candidate"
_DESCRIPTION = re.compile(r"^(?:the|The) (?:[A-Z][\w.-]* |[a-z][a-z-]+ ){1,7}[a-z][a-z-]+$")
_BARE = re.compile(r"^(?:the|The) [a-z][a-z-]+$")


def _is_description(words: str, referent: Mention) -> bool:
    """ "the Vermont senator" for a person; "the groups", "the agency" for anyone."""
    if _BARE.match(words):
        return True
    return referent.label == "PERSON" and bool(_DESCRIPTION.match(words))


def described_aliases(reading: Reading, parties: list[Party]) -> list[Party]:
    """A party a speaking description stands for ("the Vermont senator said", "the groups
    say") is known by it too: the description is an alias of the party (lower-case "the"),
    unless it stands for someone else elsewhere in the article."""
    found: dict[str, set[str]] = {}
    for candidate in reading.speaking():
        referent = candidate.referent
        words = " ".join(candidate.source_text.split())
        if referent is None or not _is_description(words, referent):
            continue
        owner = party_of(referent, parties)
        if owner is not None:
            found.setdefault("the" + words[3:], set()).add(owner)
    for alias, owners in found.items():
        party = next((p for p in parties if p.id in owners), None)
        if len(owners) == 1 and party is not None and not is_named_as(party, alias):
            party.aliases.append(alias)
    return parties


def with_article(parties: list[Party], doc: Doc) -> list[Party]:
    """A body or group the article names with "the" ("the State Department said", "the
    Belgians", "the Times") is known by that form too: an alias "the <name>". Only where
    "the" goes with the name itself, not with a noun the name modifies ("the Orlando
    attack"); never for a person ("the Trump" names no one)."""
    for party in parties:
        form = f"the {party.name}"
        if party.kind != "person" and not is_named_as(party, form) and _with_the(party.name, doc):
            party.aliases.append(form)
    return parties


def _with_the(name: str, doc: Doc) -> bool:
    for found in re.finditer(rf"\b[Tt]he ({re.escape(name)})\b", doc.text):
        the = doc.char_span(found.start(), found.start() + 3)
        named = doc.char_span(*found.span(1), alignment_mode="expand")
        if the is not None and named is not None and the.root.head in named:
            return True
    return False
