"""The people a story is about, though they say nothing in it: the labelling guide makes
a principal actor a party ("Trump" named in every paragraph of a story on his rivals'
attacks). A person the article names MIN_NAMED times or more is one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.parties.countries import country_key
from briefing.attribution.reading import headline_end
from briefing.attribution.text.spans import doc_text
from briefing.identity import acronym, other_given_names, surname
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
    refuse a name that names no actor). Of two people of one surname under other given
    names, the one the body names first in full, and in full as often, is the one its
    bare surname mostly means: a principal though the other is listed ("Hillary Clinton"
    before a quoted "Bill Clinton"); so is one the body names in full MIN_NAMED times or
    more, the other's full name written too ("Bill Clinton" three times beside "Hillary
    Clinton")."""
    result = list(parties)
    counts = _surname_counts(people, doc)
    for person in sorted(people, key=lambda p: -len(p.text)):
        if counts[surname(person.text)] < MIN_NAMED:
            continue
        owned = owner(person, result)
        if owned is not None and " " not in person.text.strip():
            continue
        party = new(person, doc)
        if party is None or party.id in {p.id for p in result}:
            continue
        if owned is None or _named_first(party, _listed(owned, result), doc):
            result.append(party)
    return result


def _listed(party_id: str, parties: list[Party]) -> Party | None:
    return next((p for p in parties if p.id == party_id), None)


def _named_first(party: Party, other: Party | None, doc: Doc) -> bool:
    """Whether `party` is a person of `other`'s surname under another given name whose
    full name the body (the headline aside) writes before `other`'s."""
    if other is None or not other_given_names(party, other) or other.name in party.name:
        return False  # "Entrusting Donald Trump" is a stray capital before "Donald Trump"
    if not all(word[:1].isupper() for word in other.name.split()):
        return False  # "Victoria at Sandy Hook": no name of a person
    text = doc_text(doc)
    body = headline_end(text)
    mine, theirs = _written(party.name, text, body), _written(other.name, text, body)
    if len(mine) >= MIN_NAMED and theirs:
        return True  # "Bill Clinton" three times in full, beside "Hillary Clinton"
    if not mine or not theirs or len(mine) < len(theirs):
        return False  # "Chelsea Clinton" once, before "Hillary Clinton" twice
    return mine[0] < theirs[0]


def _written(name: str, text: str, start: int) -> list[int]:
    """Where the body writes the name in full."""
    return [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text[start:])]


_PLACES = frozenset({"GPE", "LOC", "FAC"})  # "Ho Chi Minh City" writes no "City"


def _surname_counts(people: list[Mention], doc: Doc) -> Counter[str]:
    """How often the article writes each person's surname: the parse's mentions, or the
    surname's capitalised tokens where that is more ("Mr. Camp", which the parse may miss)."""
    counts = Counter(surname(p.text) for p in people)
    full = {surname(p.text) for p in people if len(p.text.split()) > 1}
    written = Counter(
        t.lower_
        for t in doc
        if t.lower_ in full and t.text[:1].isupper() and t.ent_type_ not in _PLACES
    )
    return Counter({name: max(n, written[name]) for name, n in counts.items()})


MIN_ACTING = 2  # of its MIN_NAMED mentions, at least this many the subject of a verb
# news-train 1-196: of bodies named twice, once acting, 6 more are required parties, 5 not
MIN_BODY_NAMED = 2
MIN_BODY_ACTING = 1


def acting_bodies(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """Places named MIN_NAMED times or more, at least MIN_ACTING of them as the subject of
    a verb, and organizations named MIN_BODY_NAMED times, MIN_BODY_ACTING of them acting:
    the countries and bodies a story is about ("Russia retaliated", "the Islamic State
    claimed", "Apple said ... Apple will not fund"), one mention each (the first). A country's
    names count together ("Britain", "the UK"), and so do a body's name and the initials
    the article uses for it ("the International Federation of ... Engineers (IFPTE)"),
    whatever the small model tags the initials."""
    named: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    places: set[str] = set()
    initials = _initials(mentions, doc_text(doc))
    for mention in mentions:
        if mention.text in initials:
            name = initials[mention.text]
        elif mention.label not in ("ORG", "GPE") or _demonym(mention):
            continue
        else:
            name = country_key(mention.text) or mention.text
            if mention.label == "GPE" or name != mention.text:
                places.add(name)
        named[name] += 1
        if mention.text not in initials:
            first.setdefault(name, mention)
        span = doc.char_span(*mention.span, alignment_mode="expand")
        if span is not None and _acts(span.root):
            acting[name] += 1
    return [
        first[name]
        for name, count in named.items()
        if name in first and _enough(count, acting[name], name in places)
    ]


def _enough(named: int, acting: int, place: bool) -> bool:
    if place:
        return named >= MIN_NAMED and acting >= MIN_ACTING
    return named >= MIN_BODY_NAMED and acting >= MIN_BODY_ACTING


def _initials(mentions: list[Mention], text: str) -> dict[str, str]:
    """The initials the article uses for an organization's name of several words."""
    found: dict[str, str] = {}
    for mention in mentions:
        if mention.label == "ORG" and (short := acronym(mention.text, text)) is not None:
            found.setdefault(short, mention.text)
    return found


def _demonym(mention: Mention) -> bool:
    """A people the small model took for an organization: one plural word ("Saudis")."""
    return mention.label == "ORG" and " " not in mention.text and mention.text.endswith("s")


# linking verbs: "Orlando became politicized", "Britain remained divided"
_LINKING = frozenset({"be", "become", "remain", "seem", "appear", "stay", "look", "sound"})
_COMPLEMENTS = frozenset({"acomp", "attr"})  # "the attacks are getting ever closer"


def _acts(token: Token) -> bool:
    """The subject of an active verb that is no copula or other linking verb: "Russia
    retaliated", not "Brussels was attacked", "America is great", "Orlando became
    politicized" or "Paris and Brussels are getting closer"."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_.lower() not in _LINKING
        and not any(c.dep_ in _COMPLEMENTS for c in verb.children)
    )
