"""Links between items: whom a concern is addressed to, which concern a denial answers.

Addressee (evals/README, "Concerns, demands and claims"): the first of the words
`addressee_words` finds that names a listed party other than the speaker's side, by name,
by title ("asked the former secretary of state to"), by a person or group named before, or
by "the N" ("called on the government to": the one listed party whose name ends in that
noun); none named, a concern that speaks to "you", or points back at its holder's concern
just before ("this development"), goes where its holder's last concern went.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.attribution.candidates import Candidate
from briefing.attribution.links.addressee_names import fitting_genders, named_party, names_in
from briefing.attribution.links.addressee_words import addressee_spans
from briefing.attribution.links.answers import ARTICLES, Answered
from briefing.attribution.names.described import LEADER_TITLES
from briefing.attribution.names.genders import gender_of
from briefing.attribution.names.person_titles import titles
from briefing.attribution.parties.parties import party_of
from briefing.attribution.reading import Reading
from briefing.attribution.text.spans import Offsets, sentences_back
from briefing.identity import is_mentioned, is_named_as, mention_spans
from briefing.schema import Party

_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_DEMONSTRATIVES = frozenset({"this", "that"})


def _own_side(speaker: Party | None, parties: Sequence[Party]) -> set[str]:
    """The speaker and the bodies it speaks for (affiliation chain)."""
    side: set[str] = set()
    by_id = {p.id: p for p in parties}
    while speaker is not None and speaker.id not in side:
        side.add(speaker.id)
        speaker = by_id.get(speaker.affiliation or "")
    return side


def addressed_to(
    reading: Reading, candidate: Candidate, speaker: str, parties: Sequence[Party]
) -> str | None:
    """The listed party, other than the speaker's side, a concern is addressed to: of
    several the words name, the first named ("President Obama and his Justice
    Department")."""
    side = _own_side(next((p for p in parties if p.id == speaker), None), parties)
    for start, end in addressee_spans(reading, candidate):
        described = _described_leader(reading, (start, end), parties, side)
        if described is not None:
            return described
        named = reading.text[start:end]
        found = [p for p in parties if is_mentioned(p, named) and p.id not in side]
        found.sort(key=lambda p: _first_named(p, named))
        exact = [p for p in found if is_named_as(p, _article_dropped(named))]
        if exact or found:
            return (exact or found)[0].id
        titled = (
            _titled(reading, (start, end), parties)
            or _person_before(reading, (start, end), parties, side)
            or _group_before(reading, candidate, (start, end), parties, side)
        )
        if titled is not None and titled not in side:
            return titled
        by_noun = _named_by_head_noun(reading, (start, end), parties, side)
        if by_noun is not None:
            return by_noun
        words = reading.doc.char_span(start, end, alignment_mode="expand")
        for mention in names_in(words) if words is not None else []:
            party = named_party(mention, parties)
            if party is not None and party not in side:
                return party
    return None


def _first_named(party: Party, words: str) -> int:
    """Where `words` first name the party (their end if no name form is found)."""
    return min((start for start, _ in mention_spans(party, words)), default=len(words))


def continued_addressee(
    reading: Reading, candidate: Candidate, speaker: str, earlier: Sequence[Answered]
) -> str | None:
    """A concern naming no addressee that speaks to one ("concerned your campaign is ...",
    an open letter's "you") goes where its holder's last addressed concern went; one that
    points back at the concern just before it, its holder's ("I hope this development
    does not occur"), goes where that one went."""
    content = reading.doc.char_span(*candidate.content, alignment_mode="expand")
    if candidate.kind != "concern" or content is None:
        return None
    held = [k for k in earlier if k[0]["holder"] == speaker and k[0].get("addressed_to")]
    if not held:
        return None
    addressee: str = held[-1][0]["addressed_to"]
    if any(t.lower_ in _SECOND_PERSON for t in content):
        return addressee
    points_back = any(
        t.dep_ == "det" and t.lower_ in _DEMONSTRATIVES and t.head.pos_ == "NOUN" for t in content
    )
    return addressee if points_back and earlier[-1] is held[-1] else None


def _titled(reading: Reading, words: Offsets, parties: Sequence[Party]) -> str | None:
    """ "asked the former secretary of state to ...": the party of the person the article
    gives that title ("Secretary Clinton"), the last named before it, else the first after."""
    span = reading.doc.char_span(*words, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    if head is None or head.tag_ not in ("NN", "NNP"):  # "the secretary", "the President"
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    holders = [m for m, title in titles(reading.doc) if head.lemma_.lower() in title]
    before = [m for m in holders if m.span[1] <= head.idx]
    after = [m for m in holders if m.span[0] > head.idx]
    if not before and not after:
        return None
    return party_of(before[-1] if before else after[0], list(parties))


def _described_leader(
    reading: Reading, words: Offsets, parties: Sequence[Party], side: set[str]
) -> str | None:
    """ "urged the candidate to ...", "asked the Vermont senator to ...": a leader's title
    with "the" is the person the article gives that title, else the one it names most
    (`Descriptions`), not a place in it."""
    span = reading.doc.char_span(*words, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    if head is None or head.tag_ != "NN" or head.lemma_.lower() not in LEADER_TITLES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    described = reading.descriptions
    person = described.titled(head) or described.most_named(before=head.idx)
    party = party_of(person, list(parties)) if person is not None else None
    return party if party not in side else None


def _named_by_head_noun(
    reading: Reading, words: Offsets, parties: Sequence[Party], side: set[str]
) -> str | None:
    """ "the government": the one listed party outside the speaker's side whose name, or
    an alias, ends in that common noun ("Mexican government"); none if two do."""
    span = reading.doc.char_span(*words, alignment_mode="expand")
    if span is None or len(span) != 2 or span[0].lower_ != "the" or span[1].tag_ != "NN":
        return None
    noun = span[1].lower_
    found = {
        p.id
        for p in parties
        if p.id not in side
        and any(len(n.split()) > 1 and n.lower().split()[-1] == noun for n in (p.name, *p.aliases))
    }
    return found.pop() if len(found) == 1 else None


def _person_before(
    reading: Reading, words: Offsets, parties: Sequence[Party], side: set[str]
) -> str | None:
    """'"She should get out of this race," X said': the party of the last listed person
    named before "he" or "she", not on the speaker's side, of that gender where it is known
    (one of the other gender is passed over: "brought this on Trump's wife, he should
    resign"); before an appeal's "him" / "her", of that gender known."""
    genders = fitting_genders(reading.text[words[0] : words[1]].lower())
    if genders is None:
        return None
    people = [m for m in reading.mentions if m.label == "PERSON" and m.span[1] <= words[0]]
    for mention in reversed(people):
        party = party_of(mention, list(parties))
        if party is None or party in side:
            continue
        if gender_of(reading.genders, mention.text) in genders:
            return party
    return None


def _group_before(
    reading: Reading,
    candidate: Candidate,
    words: Offsets,
    parties: Sequence[Party],
    side: set[str],
) -> str | None:
    """ "They need to act": the party of the last organization or group named before
    "they", in its sentence or the two before, if it is listed and outside the speaker's
    side; only for the subject of what is said, not of a clause inside it ("they want to
    know why they shouldn't vote")."""
    they = reading.doc.char_span(*words, alignment_mode="expand")
    if they is None or they.text.lower() != "they":
        return None
    verb = they.root.head
    while verb.dep_ == "conj":
        verb = verb.head
    start, end = candidate.content
    if verb.dep_ != "ROOT" and start <= verb.head.idx < end:
        return None
    at = words[0]
    floor = sentences_back(reading.sentences, at, 2)
    named = [
        m
        for m in reading.mentions
        if m.label in ("ORG", "NORP") and floor <= m.span[0] and m.span[1] <= at
    ]
    party = named_party(named[-1], parties) if named else None
    return party if party not in side else None


def _article_dropped(words: str) -> str:
    first, _, rest = words.partition(" ")
    return rest if rest and first.lower() in ARTICLES else words
