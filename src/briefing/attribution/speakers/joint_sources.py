"""Sources that name several parties at once: each of them speaks.

The labelling guide gives a statement made jointly to each party that makes it, with the
same quote: "Republican Ruiz and Democrat Berg criticized C" (a coordination the parse
reads as one name), "the biographers, Ana and Tom Ruiz, wrote C" (the named members, not
the made-up "biographers" party), "the Ruizes said C" (each listed person of that
surname), "Both promised C" and "the couple worried C" (the two named together just
before), "the lawsuit contends C" (each plaintiff who filed it). A name that holds "and"
("Procter and Gamble") is one entity, never split. A source joined by "and" to other names
("IRNA and Fars reported", "Democrats and some Clinton allies", "economists and even
Russia's central bank") is resolved as ever, and each name joined to it speaks too, so
does each name of a comma list ("Ruiz, Berg (D-Ohio), and Tam") and a business by its kind
("the Gannett newspaper chain").
`joint_speakers` is the one entry point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.shapes import Found
from briefing.attribution.names.institutions import INSTITUTIONS
from briefing.attribution.names.mentions import proper_name
from briefing.attribution.speakers.bodies import BODIES
from briefing.attribution.speakers.documents import author
from briefing.attribution.speakers.groups import owned_group_of
from briefing.attribution.speakers.name_lists import listed_names, opens_name
from briefing.attribution.speakers.owned_groups import joined_owned
from briefing.attribution.speakers.resolve import Resolver
from briefing.attribution.speakers.source_words import conjuncts, personal, same_person
from briefing.attribution.text.lexicon import DOCUMENTS
from briefing.attribution.text.spans import doc_text

# words that point back to a pair named just before: "both said", "the couple worried"
_PAIR_WORDS = frozenset({"couple", "pair", "duo"})
_SPEAKING = ("PERSON", "ORG")
# what may stand between a name and the "and" joining it to the next ("Ruiz, 25, and his
# wife, Ana Berg"): no verb, so that two clauses are never read as one pair
_BETWEEN = frozenset({"PUNCT", "NUM", "DET", "PRON", "NOUN", "ADJ", "CCONJ", "PROPN"})
# the last word of a body named after people ("the Bill and Melinda Gates Foundation")
_NAMED_BODIES = frozenset(
    {"Foundation", "Institute", "Fund", "Center", "Centre", "Trust", "Company", "Museum"}
)
_REACH = 7  # tokens from the "and" to either name of a pair
# an apposition, and the parser's misreadings of one ("outlets IRNA and Fars": amod)
_APPOSED = ("appos", "conj", "amod", "compound", "dobj")
_MARKS = frozenset({",", "--", "—", "–"})  # what sets an apposition off
_PEOPLES = ("NORP", "GPE")  # a people or a country joined to a name speaks with it
# nouns for a business that its name before them names ("the Gannett newspaper chain")
_BUSINESSES = frozenset(
    {"chain", "conglomerate", "publisher", "retailer", "insurer", "airline", "automaker"}
)


class Joint(NamedTuple):
    """The parties a source names jointly: `first` when this reading names the source's own
    party too (else the resolver does), and the `others` who speak with it."""

    first: Mention | None
    others: list[Mention]


def joint_speakers(found: Found, resolver: Resolver) -> Joint:
    """Each party the source names jointly, in reading order."""
    head, mentions = found.head, resolver.mentions
    if head is None:
        return Joint(None, [])
    whole = (
        _one_name(head, mentions)
        or _labelled_pair(head, mentions)
        or _named_members(head, mentions)
        or _listed(head, mentions)
        or _family(head, mentions)
        or _pair_before(head, mentions)
        or _co_authors(head, mentions)
    )
    if whole:
        return Joint(whole[0], whole[1:])
    return Joint(None, _joined(head, resolver))


def _one_name(head: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """A name that holds its "and": one entity over both words ("Procter and Gamble"), or a
    given name before a body's name ("the Bill and Melinda Gates Foundation"): one speaker."""
    joined = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if head.pos_ != "PROPN" or joined is None:
        return []
    start, end = head.idx, joined.idx + len(joined)
    whole = [m for m in mentions if m.span[0] <= start and end <= m.span[1]]
    if whole:
        return [] if _parts_named_apart(whole[0], doc_text(head.doc)) else whole[:1]
    body = next((m for m in mentions if m.label == "ORG" and m.span[1] == end), None)
    if body is None or body.text.split()[-1] not in _NAMED_BODIES or len(body.text.split()) < 2:
        return []  # "Ryan and Trump" (Trump tagged a body) are two
    given = not any(c.dep_ == "compound" for c in head.children)  # "Bill", not "Bill Gates"
    if not given:
        return []
    if doc_text(head.doc)[start : body.span[0]].split()[1:] != ["and"]:
        return []
    return [Mention(doc_text(head.doc)[start:end], "ORG", (start, end))]


def _parts_named_apart(entity: Mention, text: str) -> bool:
    """Whether an entity over an "and" is two names the article also writes apart ("Ryan
    and Trump", "Clinton and the State Department" tagged one body); "Procter and Gamble"
    is written whole."""
    rest = text.replace(entity.text, " ")
    parts = [part.removeprefix("the ") for part in re.split(r",? and |, ", entity.text)]
    return len(parts) > 1 and all(re.search(rf"\b{re.escape(p)}\b", rest) for p in parts)


def _labelled_pair(head: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """ "Republican Ruiz and Democrat Berg": names each set apart by its party's word (the
    parse may read the two as one name, Berg's, whose modifier "Ruiz" holds the "and");
    each name without the word."""
    if head.pos_ != "PROPN":
        return []
    # "Ruiz" with "and" and "Democrat", right before "Berg"; or hung on "Speaker" of "and
    # House Speaker Berg"
    for child in (t for t in head.subtree if t.i < head.i):
        joined = any(c.lower_ == "and" for c in child.children) and any(
            c.dep_ == "conj" and opens_name(c, head) for c in child.children
        )
        if child.dep_ in ("nmod", "compound") and child.pos_ == "PROPN" and joined:
            return _distinct([_name_of(child, mentions), _name_of(head, mentions)])
    names = conjuncts(head)
    labelled = any(
        c.dep_ == "compound" and c.ent_type_ == "NORP" for t in names for c in t.children
    )
    if len(names) < 2 or not labelled or any(t.pos_ != "PROPN" for t in names):
        return []
    return _distinct([_name_of(t, mentions) for t in names])


def _distinct(names: list[Mention]) -> list[Mention]:
    return names if len({m.span for m in names}) == len(names) else []


def _name_of(token: Token, mentions: Sequence[Mention]) -> Mention:
    """The person or body entity holding a token, else the proper noun it is with the proper
    nouns before it, as a person ("Democrat" of "Democrat Berg" is no part of the name)."""
    held = [m for m in mentions if m.span[0] <= token.idx < m.span[1] and m.label in _SPEAKING]
    if held:
        return held[0]
    name = proper_name(token)
    labelled = [c for c in token.lefts if c.dep_ == "compound" and c.ent_type_ == "NORP"]
    start = max([name.span[0], *(c.idx + len(c) + 1 for c in labelled)])
    return Mention(doc_text(token.doc)[start : name.span[1]], "PERSON", (start, name.span[1]))


def _named_members(head: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """ "the biographers, Ana and Tom Ruiz, wrote", "the judges -- Ruiz, Berg and Tam --
    agreed", "news outlets IRNA and Fars reported": a plural noun whose apposition joins two
    names or more; a given name alone shares the last one's surname."""
    if head.tag_ not in ("NNS", "NNPS"):
        return []
    for child in head.rights:
        if child.dep_ not in _APPOSED or child.pos_ != "PROPN":
            continue
        names = [t for t in conjuncts(child) if t.pos_ == "PROPN"]
        if len(names) < 2 or not _set_off(head, names[0], names[-1]):
            return []
        return _with_surname(names, mentions)
    return []


def _set_off(head: Token, first: Token, last: Token) -> bool:
    """The names right after the noun, or set off by marks before the first (no verb between
    it and the noun) and right after the last: an apposition, not the first of a list
    ("aides, Ruiz and Berg said")."""
    doc = head.doc
    start = first.left_edge.i
    if start == head.i + 1:
        return True
    between = doc[head.i + 1 : start]
    opened = len(between) > 0 and between[-1].text in _MARKS
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in between)
    after = last.right_edge.i + 1
    return opened and verbless and after < len(doc) and doc[after].text in _MARKS


def _with_surname(names: list[Token], mentions: Sequence[Mention]) -> list[Mention]:
    """ "Ana and Tom Ruiz": Ana, a given name standing alone, is Ana Ruiz."""
    named = [_name_of(t, mentions) for t in names]
    last = named[-1].text.split()
    if len(last) < 2 or named[-1].label != "PERSON":
        return named
    return [
        Mention(f"{m.text} {last[-1]}", m.label, m.span) if _given(t, m) else m
        for t, m in zip(names, named, strict=True)
    ]


def _given(token: Token, name: Mention) -> bool:
    """A name's one word with no title or ending of its own, right before the "and" of the
    last name ("Ana" of "Ana and Tom Ruiz"; not "Mr. Tam", nor "Ruiz" of "Ruiz, Berg and")."""
    bare = all(c.dep_ in ("cc", "punct", "conj") for c in token.children)
    joined = token.i + 1 < len(token.doc) and token.nbor().lower_ == "and"
    return bare and joined and len(name.text.split()) == 1


def _listed(head: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """ "the cities of Ana and Berg said": the names a plural noun lists in its "of" phrase;
    not a noun for people ("the senators of Ohio and Utah" are people of theirs)."""
    if head.tag_ != "NNS" or personal(head):
        return []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for token in prep.children:
            chain = conjuncts(token) if token.dep_ == "pobj" and token.pos_ == "PROPN" else []
            if len(chain) > 1:
                return _distinct([_name_of(t, mentions) for t in chain])
    return []


def _family(head: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """ "The Ruizes said": each person of that surname the article names in full."""
    plural = head.tag_ == "NNPS" or (head.pos_ == "PROPN" and head.text.endswith("s"))
    if not plural or not any(c.lower_ == "the" for c in head.children):
        return []
    stems = {head.text[:-1], head.text[:-2]} if head.text.endswith("es") else {head.text[:-1]}
    found: dict[str, Mention] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.label == "PERSON" and len(words) > 1 and words[-1] in stems:
            found.setdefault(mention.text, mention)
    return list(found.values()) if len(found) > 1 else []


def _pair_before(head: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """ "Both promised", "the couple worried": the last two names joined by "and" in this
    sentence before the source or in the two sentences before it."""
    pointing = head.lower_ == "both" and head.pos_ in ("DET", "PRON")
    if not pointing and not (
        head.lemma_.lower() in _PAIR_WORDS and any(c.lower_ == "the" for c in head.children)
    ):
        return []
    doc = head.doc
    floor = head.sent.start
    for _ in range(2):
        floor = doc[floor - 1].sent.start if floor > 0 else floor
    for word in reversed(doc[floor : head.i]):
        if word.lower_ == "and" and (pair := _pair_at(word, mentions)):
            return pair
    return []


def _pair_at(word: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """The names either side of an "and", each within reach and no verb between."""
    doc = word.doc
    left = _nearest(reversed(doc[max(word.i - _REACH, word.sent.start) : word.i]))
    right = _nearest(doc[word.i + 1 : min(word.i + 1 + _REACH, word.sent.end)], forward=True)
    if left is None or right is None:
        return []
    pair = [_name_of(left, mentions), _name_of(right, mentions)]
    inside = any(m.span[0] <= word.idx < m.span[1] for m in mentions)  # "Procter and Gamble"
    return pair if not inside and pair[0].span != pair[1].span else []


def _nearest(tokens: Iterable[Token], forward: bool = False) -> Token | None:
    """The first name's last word met, when only words of a name's surroundings come first."""
    for token in tokens:
        if token.pos_ not in _BETWEEN:
            return None
        if _ends_name(token) and not (forward and _ends_name_later(token)):
            return token
    return None


def _ends_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "GPE", "DATE", "LOC")


def _ends_name_later(token: Token) -> bool:
    """A given name whose surname follows ("Ana" of "Ana Berg")."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return nxt is not None and _ends_name(nxt) and token.dep_ == "compound"


def _co_authors(head: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """ "Ruiz and Berg filed a lawsuit. The lawsuit contends": each who filed it."""
    if head.lemma_.lower() not in DOCUMENTS:
        return []
    first = author(head, mentions)
    if first is None:
        return []
    written = head.doc.char_span(*first.span, alignment_mode="expand")
    names = conjuncts(written.root) if written is not None else []
    return [first, *(_name_of(t, mentions) for t in names[1:])] if len(names) > 1 else []


def _joined(head: Token, resolver: Resolver) -> list[Mention]:
    """Those joined to a source by "and", besides the one the resolver names: each name
    joined to a name ("IRNA and Fars", "Democrats and Republicans"), each group or body a
    name or a description is joined to ("Democrats and some Clinton allies", "Netanyahu and
    other Israeli leaders", "economists and even Russia's central bank"), a group by its
    owner ("Sanders and his aides": Sanders' aides). Nouns that name no one are no one
    ("Sanders and aides")."""
    if head.pos_ not in ("PROPN", "NOUN"):
        return []
    joined = [_member(head, t, resolver) for t in listed_names(head)[1:]]
    return [m for m in joined if m is not None]


def _member(head: Token, token: Token, resolver: Resolver) -> Mention | None:
    """A name joined to a name (the tagger may take it for a noun: "D'Souza"), a people or a
    country as itself ("Democrats", "France"); else a group or body (`_described`)."""
    if head.pos_ != "PROPN" or (token.pos_ == "NOUN" and not token.text[:1].isupper()):
        return _described(head, token, resolver) if token.pos_ == "NOUN" else None
    if token.pos_ not in ("PROPN", "NOUN"):
        return None
    held = [m for m in resolver.mentions if m.span[0] <= token.idx < m.span[1]]
    if held and all(m.label in _PEOPLES for m in held):
        return held[0]
    return _name_of(token, resolver.mentions)


def _described(head: Token, token: Token, resolver: Resolver) -> Mention | None:
    """A group by its side or its people, or the party a noun for people or a body names
    ("the company and France" is no joint source)."""
    if same_person(head, token):
        return None
    group = owned_group_of(token) or joined_owned(head, token, resolver)
    if group is not None:
        return group
    named = resolver.named(token)
    if named is None or named.label == "NORP":  # "other Israeli leaders": by their people
        return named
    if _business(token) and named.label in _SPEAKING:  # "the Gannett newspaper chain"
        return Mention(named.text, "ORG", named.span)
    speaks = personal(token) or token.lower_ in INSTITUTIONS | BODIES
    return named if speaks and named.label in _SPEAKING else None


def _business(token: Token) -> bool:
    """A noun for a business that a proper name before it names ("the Gannett newspaper
    chain", "the Hearst media conglomerate")."""
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
    return named and token.lemma_.lower() in _BUSINESSES
