"""Unnamed sources the article describes well enough to be a party of their own.

The labelling guide makes a faceless source of a plain fact ("analysts say", "critics
say" with nothing more) no party, but a described set of people with a side or a role
a `group` party named by the article's words. A plural source is specific when words of
its own set it apart: what they were told or know ("people briefed on the move", "people
familiar with the talks"), where they are ("officials in both cities", "protest organizers
in Cleveland") or what kind they are ("Protest groups"). Such a source speaks for every
kind of item, claims included.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.shapes import Found
from briefing.attribution.names.described import sets_apart
from briefing.attribution.speakers.groups import COLLECTIVES, NOT_GROUPS, POINTING_BACK
from briefing.attribution.text.spans import doc_text

# plural nouns that are no set of people: `groups`' ("the statements", "the reports") and
# more things a source may be counted by ("the records", "the projections")
_NOT_PEOPLE = NOT_GROUPS | {
    "record",
    "number",
    "result",
    "estimate",
    "projection",
    "email",
    "paper",
    "filing",
}
# a place or a side right after the noun: "officials in both cities", "advocates for X"
_PLACING = frozenset({"in", "from", "at", "for", "of"})
_OFFICES = frozenset({"official", "authority", "officer", "aide", "staffer"})
_NOT_NAME = ("relcl", "appos", "punct", "advmod", "cc", "conj")


# adjectives after the noun saying what they know or whom they are near: "people familiar
# with the matter", "sources close to her campaign"
_KNOWING = frozenset({"familiar", "close"})


def _told(child: Token) -> bool:
    """ "people briefed on the move", "people familiar with the matter", "sources close to
    her campaign"."""
    if child.i <= child.head.i:
        return False
    if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD"):
        return True
    return child.dep_ == "amod" and child.lower_ in _KNOWING


def _placed(child: Token) -> bool:
    """ "officials in both cities": a place or side phrase right after the noun."""
    if child.dep_ != "prep" or child.lower_ not in _PLACING or child.i != child.head.i + 1:
        return False
    # "Analysts at the Institute for the Study of War": the named body speaks
    return not any(t.ent_type_ in ("PERSON", "ORG") for t in child.subtree)


def _kind_of(child: Token) -> bool:
    """ "Protest groups", "patient advocacy groups": a noun saying what kind they are."""
    if child.head.lemma_.lower() in _OFFICES:
        return False  # "defense officials": a government's, left to the resolver
    return child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < child.head.i


def _misparsed_told(head: Token) -> Token | None:
    """ "People briefed on the move said": the small model makes "briefed" a verb whose
    subject is "People"; the participle still tells who they are."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i != head.i + 1 or verb.tag_ not in ("VBD", "VBN"):
        return None
    return verb if verb.dep_ in ("csubj", "nsubj", "nsubjpass") else None


def _told_before(group: Mention, earlier: Sequence[Mention | None]) -> Mention:
    """ "People briefed on the move ... people briefed on the discussions": one set of
    unnamed sources, known by the first description the article gives it."""
    words = group.text.lower().split()[:2]
    same = [m for m in earlier if m is not None and m.text.lower().split()[:2] == words]
    return same[0] if same else group


def specific_group(
    found: Found, resolved: Sequence[tuple[Found, Mention | None]] = ()
) -> Mention | None:
    """The group an unnamed plural source describes by words of its own, named by the
    article's words without a leading "the" or count ("three people briefed on the talks"
    is "people briefed on the talks"); None for a bare "analysts" or "the officials".
    Sources told of the story ("people briefed on ...") are the ones named before."""
    group = _specific(found)
    if group is None or found.head is None:
        return group
    if not any(_told(c) for c in found.head.children) and _misparsed_told(found.head) is None:
        return group
    return _told_before(group, [m for _, m in resolved])


def _specific(found: Found) -> Mention | None:
    head = found.head
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() in _NOT_PEOPLE:
        return None
    if head.tag_ != "NNS" and head.lemma_.lower() not in COLLECTIVES:
        return None
    if any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in head.children):
        return None  # "the officials in both cities": points back to someone named
    verb = _misparsed_told(head)
    if verb is not None and not any(c.dep_ in ("det", "nummod") for c in head.children):
        end = max(t.idx + len(t) for t in verb.subtree if not t.is_punct)
        return Mention(doc_text(head.doc)[head.idx : end], "NORP", (head.idx, end))
    if any(t.ent_type_ in ("PERSON", "ORG") for t in head.subtree if t.i != head.i):
        return None  # "news outlets IRNA and Fars": the named ones speak
    qualifiers = [c for c in head.children if _told(c) or _placed(c) or _kind_of(c)]
    if not qualifiers:
        return None
    skip = [c for c in head.children if c.dep_ in _NOT_NAME or c.dep_ in ("det", "nummod")]
    skip = [c for c in skip if not sets_apart(c)]  # "Some protest leaders": a part of them
    skip += [c for c in head.children if c.dep_ == "prep" and not _placed(c)]
    words = [t for t in head.subtree if not any(t in s.subtree for s in skip) and not t.is_punct]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return Mention(doc_text(head.doc)[start:end], "NORP", (start, end))
