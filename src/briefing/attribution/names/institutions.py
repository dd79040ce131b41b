"""Bodies known by an institution's word: "the Trump campaign", "China's foreign
ministry", and "the campaign", "the board" for the body named so before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.text.spans import doc_text

INSTITUTIONS = frozenset(
    [
        "campaign",
        "administration",
        "government",
        "committee",
        "department",
        "party",
        "company",
        "agency",
        "ministry",
        "council",
        "office",
        "team",
        "group",
        "organization",
        "network",
        "newspaper",
        "court",
        "bank",
        "fund",
        "union",
        "firm",
        "board",
        "commission",
        "foundation",
        "institute",
        "university",
        "bureau",
        "panel",
    ]
)
# words for a body that name no part of it: "the BLM group" is BLM
GENERIC_BODIES = frozenset({"group", "organization", "organisation", "movement"})


def institution_named(owner: Mention, head: Token) -> Mention:
    """ "the Trump campaign" is the Trump campaign; "Argentina's foreign ministry", with
    words between the name and the institution, is named in the article's words; "the
    BLM group" is BLM."""
    if owner.label == "ORG" and head.lemma_.lower() in GENERIC_BODIES:
        return owner
    text = doc_text(head.doc)
    between = text[owner.span[1] : head.idx].strip()
    if between in ("", "'s", "’s"):
        return Mention(f"{owner.text} {head.lower_}", "ORG", owner.span)
    return Mention(text[owner.span[0] : head.idx + len(head)], "ORG", owner.span)


def institution(doc: Doc, mentions: Sequence[Mention], noun: str, at: int) -> Mention | None:
    """ "the campaign": the last "<name> campaign" or "<name>'s campaign" before it,
    with up to two words of its own ("China's foreign ministry"); "the bank": the last
    organization whose name ends in the word ("the Harbor Bank") or has it before its
    "of" ("the Harbor Board of Elections")."""
    text = doc_text(doc)
    for mention in reversed([m for m in mentions if m.span[1] <= at]):
        if mention.label == "ORG" and noun in _name_heads(mention.text):
            return mention  # "the Harbor Bank ... the bank said", "Board of Elections"
        follows = text[mention.span[1] : mention.span[1] + len(noun) + 4].lower()
        if re.match(rf"(?:['’]s)?\s+{noun}\b", follows):
            return Mention(f"{mention.text} {noun}", "ORG", mention.span)
        owned = _owned(doc, mention, noun)
        if owned is not None:
            end = owned.idx + len(owned)
            return Mention(text[mention.span[0] : end], "ORG", (mention.span[0], end))
    return None


def _owned(doc: Doc, owner: Mention, noun: str) -> Token | None:
    """The institution a name owns with words of its own between them ("China's
    foreign ministry"): the noun, each word between hanging on it."""
    span = doc.char_span(*owner.span, alignment_mode="expand")
    if span is None:
        return None
    start = span.end + (span.end < len(doc) and doc[span.end].tag_ == "POS")
    for token in doc[start : start + 3]:
        if token.lower_ == noun and token.i > start:
            return token
        if token.dep_ not in ("amod", "compound") or token.head.lower_ != noun:
            return None
    return None


def _name_heads(name: str) -> set[str]:
    """The words a body's name is headed by: its last ("the Harbor Bank") and the one
    before its first "of" or "for" ("the Harbor Board of Elections")."""
    words = name.lower().split()
    heads = {words[-1]} if words else set()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    return heads | ({words[cut - 1]} if cut > 0 else set())
