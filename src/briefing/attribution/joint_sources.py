"""Sources that name several parties at once: each of them speaks.

The labelling guide gives a statement made jointly to each party that makes it, with the
same quote: "Republican Ruiz and Democrat Berg criticized C" (a coordination the parse
reads as one name), "the biographers, Ana and Tom Ruiz, wrote C" (the named members, not
the made-up "biographers" party), "the Ruizes said C" (each listed person of that
surname), "Both promised C" and "the couple worried C" (the two named together just
before), "the lawsuit contends C" (each plaintiff who filed it). A name that holds "and"
("Procter and Gamble") is one entity, never split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.documents import DOCUMENTS, author
from briefing.attribution.mentions import proper_name
from briefing.attribution.shapes import Found
from briefing.attribution.source_words import conjuncts
from briefing.attribution.spans import doc_text

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


def joint_speakers(found: Found, mentions: Sequence[Mention]) -> list[Mention]:
    """Each party the source names jointly, in reading order; [] for a source naming one."""
    head = found.head
    if head is None:
        return []
    return (
        _one_name(head, mentions)
        or _labelled_pair(head, mentions)
        or _named_members(head, mentions)
        or _family(head, mentions)
        or _pair_before(head, mentions)
        or _co_authors(head, mentions)
    )


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
    for child in head.lefts:  # "Ruiz" with "and" and "Democrat", right before "Berg"
        joined = any(c.lower_ == "and" for c in child.children) and any(
            c.dep_ == "conj" and c.i == head.i - 1 for c in child.children
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
    """ "the biographers, Ana and Tom Ruiz, wrote": a plural noun whose apposition, set off
    by commas, joins two names or more; a given name alone shares the last one's surname."""
    if head.tag_ != "NNS":
        return []
    for child in head.rights:
        if child.dep_ not in ("appos", "conj") or child.pos_ != "PROPN":
            continue
        names = conjuncts(child)
        if len(names) < 2 or not _set_off(head, names[-1]):
            return []
        return _with_surname([_name_of(t, mentions) for t in names])
    return []


def _set_off(head: Token, last: Token) -> bool:
    """Commas right after the noun and right after the last name: an apposition, not the
    first of a list ("aides, Ruiz and Berg said")."""
    doc = head.doc
    after = last.right_edge.i + 1
    comma = head.i + 1 < len(doc) and doc[head.i + 1].text == ","
    return comma and after < len(doc) and doc[after].text == ","


def _with_surname(names: list[Mention]) -> list[Mention]:
    """ "Ana and Tom Ruiz": Ana is Ana Ruiz."""
    surname = names[-1].text.split()[-1] if len(names[-1].text.split()) > 1 else None
    if surname is None:
        return names
    return [
        Mention(f"{m.text} {surname}", m.label, m.span) if len(m.text.split()) == 1 else m
        for m in names
    ]


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
