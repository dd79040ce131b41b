"""The parties a concern's addressee words name ("urged Mexico to", "called on the Obama
administration to"): an institution a name or a nationality owns ("the Mexican
government"), a described group, else the named entities, a place that only says where the
addressee is from aside; none named, the person a "he" / "she" stands for, or a governing
body named by its noun alone ("called on the government to")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.links.addressee_words import addressee_spans
from briefing.attribution.links.answers import ARTICLES
from briefing.attribution.names.genders import gender_of
from briefing.attribution.names.institutions import INSTITUTIONS
from briefing.attribution.parties.parties import is_actor_name, party_from, party_of
from briefing.attribution.reading import Reading
from briefing.attribution.speakers.groups import COLLECTIVES
from briefing.attribution.text.spans import Offsets
from briefing.identity import is_named_as, surname
from briefing.schema import Party

_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_GENDERED = {"he": "m", "she": "f", "him": "m", "her": "f"}
_OBJECTS = frozenset({"him", "her"})  # whom an appeal names: "urged him to"
# bodies a demand may name by their noun alone ("called on the government to")
_GOVERNING = frozenset({"government", "administration", "legislature", "parliament", "court"})
_APPEAL_VERBS = frozenset(
    {"call", "urge", "ask", "press", "push", "pressure", "warn", "implore", "petition", "beg"}
)


def addressee_parties(reading: Reading, parties: list[Party]) -> list[Party]:
    """`parties` plus one per name in a concern's addressee words no party names ("urged
    Mexico to", "called for the United States to"): the parties a concern goes to."""
    result = list(parties)
    for candidate in reading.candidates:
        for start, end in addressee_spans(reading, candidate):
            words = reading.doc.char_span(start, end, alignment_mode="expand")
            mentions = names_in(words) if words is not None else []
            mentions = mentions or _person_for(reading, candidate, (start, end))
            for mention in mentions or _governing_body(words, result):
                if named_party(mention, result) is not None:
                    continue
                party = party_from(mention, reading.doc)
                if is_actor_name(party.name, party.kind, reading.doc) and party.id not in {
                    p.id for p in result
                }:
                    result.append(party)
    return result


def fitting_genders(pronoun: str) -> tuple[str | None, ...] | None:
    """The genders the person a pronoun stands for may have: a demand's "he" / "she", that
    gender or one unknown; an appeal's "him" / "her", that gender known (an unknown one
    took "Christine Todd Whitman" for "urged him to resign"); None for another word."""
    gender = _GENDERED.get(pronoun)
    if gender is None:
        return None
    return (gender,) if pronoun in _OBJECTS else (None, gender)


def _person_for(reading: Reading, candidate: Candidate, words: Offsets) -> list[Mention]:
    """ "If Ann Cole still cannot say it, she should resign": the person a demand's "he" /
    "she" stands for, the last named before it in its sentence, of its gender where known;
    an appeal's "urged him / her to", in its sentence or the two before. Not the speaker."""
    pronoun = reading.text[words[0] : words[1]].lower()
    genders = fitting_genders(pronoun)
    if genders is None:
        return []
    starts = [start for start, _ in reading.sentences if start <= candidate.sentence[0]]
    start = starts[-3] if len(starts) >= 3 and pronoun in _OBJECTS else candidate.sentence[0]
    speaker = surname(candidate.referent.text) if candidate.referent is not None else None
    people = [
        m
        for m in reading.mentions
        if m.label == "PERSON" and start <= m.span[0] and m.span[1] <= words[0]
    ]
    known = [
        m
        for m in people
        if gender_of(reading.genders, m.text) in genders and surname(m.text) != speaker
    ]
    return known[-1:]


def _governing_body(words: Span | None, parties: Sequence[Party]) -> list[Mention]:
    """ "called on the government to", "urged the legislature to": a governing body the
    words name only by its noun, when no listed party's name ends in that noun."""
    if words is None or len(words) < 2 or words[0].lower_ != "the" or words.root.tag_ != "NN":
        return []
    noun = words.root.lower_
    if noun not in _GOVERNING or any(not t.text.islower() for t in words):
        return []
    if not _appealed_to(words.root):
        return []  # "the government must ...": a view, not whom a demand is made to
    names = (n.lower().split() for p in parties for n in (p.name, *p.aliases))
    if any(len(n) > 1 and n[-1] == noun for n in names):
        return []
    return [_without_article(words, "ORG")]


def _appealed_to(noun: Token) -> bool:
    """Whether a noun is whom an appeal verb addresses ("urged the government to", "called
    on the legislature to")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("on", "upon"):
        verb = verb.head
    return noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in _APPEAL_VERBS


def named_party(mention: Mention, parties: Sequence[Party]) -> str | None:
    """The party that names the mention; an institution a name owns ("the Obama
    administration") only by its whole name, not by the owner's ("Obama"). A party the
    same body or collective goes by counts ("Republicans" for "the Republican
    electorate"); a place's name names only a country ("China", not "China's foreign
    ministry")."""
    if mention.label == "ORG":
        return next((p.id for p in parties if is_named_as(p, mention.text)), None)
    found = party_of(mention, list(parties))
    party = next((p for p in parties if p.id == found), None)
    if party is not None and mention.label == "GPE" and party.kind != "country":
        return None  # "urged China to": the country, not "China's foreign ministry"
    return found


def names_in(words: Span) -> list[Mention]:
    """The names in an addressee's words: an institution a name owns ("the Obama
    administration"), else its named entities."""
    head = words.root
    owner = [c for c in head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
    owner = owner or [
        c for c in head.children if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.is_title
    ]
    if head.lemma_.lower() in INSTITUTIONS and owner:
        start = owner[0].left_edge.idx
        name = words.doc[owner[0].left_edge.i : head.i + 1].text
        return [Mention(name, "ORG", (start, head.idx + len(head)))]
    if _is_group(head):
        return [_without_article(words, "NORP")]  # "superdelegates", "wealthy Americans"
    return [
        _without_article(e, e.label_)
        for e in words.ents
        if e.label_ in _NAME_LABELS and not _place_of(e, words)
    ]


def _place_of(entity: Span, words: Span) -> bool:
    """A place or people naming where another addressee is from ("urged the Vermont
    senator", "called on Michigan Gov. Rick Snyder", "the North Korean regime"): a
    modifier of a noun in the words, not the addressee."""
    root = entity.root
    return (
        entity.label_ in ("GPE", "NORP")
        and root.dep_ in ("compound", "amod", "nmod")
        and root.head not in entity
        and words.start <= root.head.i < words.end
        and root.head.pos_ in ("NOUN", "PROPN")
    )


def _is_group(head: Token) -> bool:
    """A plural common noun or a collective with its phrase ("Asian and other countries",
    "countries in the region", "the Republican electorate", "wealthy Americans"): the
    group the words describe, not the names inside it."""
    if head.pos_ == "NOUN":
        return head.tag_ == "NNS" or head.lemma_.lower() in COLLECTIVES
    described = any(c.dep_ == "amod" and c.text.islower() for c in head.children)
    return head.tag_ == "NNPS" and described


def _without_article(words: Span, label: str) -> Mention:
    """Words as a mention, without a leading "the" ("the United States")."""
    if len(words) > 1 and words[0].lower_ in ARTICLES:
        words = words[1:]
    return Mention(words.text, label, (words.start_char, words.end_char))
