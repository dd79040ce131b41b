"""Groups the article names by whom they belong to through a word that points back.

By the labelling guide a source named by its side ("Clinton advisers", "Trump's lawyers")
is that group (`groups.owned_group`). The side may be told by a possessive pronoun or a
title too: "his attorneys said", "her aides told", "the senator's advisers argued",
"Trump and his attorneys denied". The owner is whom the pronoun or the title stands for,
by the resolver, and the group is named with the owner's name in its place ("Trump's
attorneys"). A plural with no owner ("aides said", "critics say") stays no party.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.shapes import Found
from briefing.attribution.names.qualified import STAFF
from briefing.attribution.speakers.groups import described_group
from briefing.attribution.speakers.resolve import Resolver
from briefing.attribution.speakers.source_words import personal
from briefing.attribution.text.spans import doc_text
from briefing.identity import possessive, written_surname

# possessive pronouns that point back to a party ("its" only to the name it is joined to:
# the resolver reads no "it" as a body)
_POINTING = frozenset({"his", "her", "their", "its"})
_OWNERS = ("PERSON", "ORG", "NORP", "GPE")
# nouns for the people of one's side or one's circle, besides a body's staff (`STAFF`) and
# nouns `personal` knows by their ending ("strategists"): not "their brains"
_CIRCLE = frozenset(
    {
        *("supporter", "ally", "lawyer", "attorney", "backer", "follower", "donor", "friend"),
        *("child", "colleague", "loyalist", "surrogate", "lieutenant", "voter", "fan"),
        *("member", "critic", "opponent", "rival", "competitor", "fundraiser", "handler"),
    }
)


def people_noun(head: Token) -> bool:
    """Whether a noun names people of a side or circle ("allies", "aides", "strategists")."""
    lemma = head.lemma_.lower()
    return lemma in _CIRCLE or lemma in STAFF or personal(head)


def owner_word(head: Token) -> Token | None:
    """The word pointing back to the owner of a group a plural noun for people names: a
    possessive pronoun ("his attorneys", "her campaign aides") or a common noun ("the
    senator's advisers"); None for a named owner (`groups.owned_group_of`) or none."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or not people_noun(head):
        return None
    for token in [head, *(c for c in head.children if c.dep_ == "compound")]:
        for child in token.children:
            if child.dep_ != "poss":
                continue
            if (child.lower_ in _POINTING and child.tag_ == "PRP$") or child.tag_ == "WP$":
                return child
            if child.pos_ == "NOUN" and child.tag_ == "NN":
                return child
    return None


def _possessive(owner: Mention) -> str:
    """ "Trump's", "Sanders'", "the Harbor Museum's": a person by the surname."""
    name = owner.text
    if owner.label == "PERSON" and len(name.split()) > 1:
        name = written_surname(name)
    return possessive(name, "'")


def named_owned(head: Token, word: Token, owner: Mention) -> Mention | None:
    """The group the plural noun names, with the owner's name for the word pointing back
    ("his attorneys" of Donald Trump: "Trump's attorneys")."""
    group = _group_span(head, word)
    if group is None or owner.label not in _OWNERS:
        return None
    tokens = list(word.subtree)  # "the senator's": the title with its article and "'s"
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if not group[0] <= start < end <= group[1]:
        return None
    text = doc_text(head.doc)
    named = text[group[0] : start] + _possessive(owner) + text[end : group[1]]
    return Mention(named, "NORP", group)


def _group_span(head: Token, word: Token) -> tuple[int, int] | None:
    """Where the group's words are: from "whose" to the noun of a relative, else
    `groups.described_group`'s."""
    if word.tag_ == "WP$":
        return word.idx, head.idx + len(head)
    group = described_group(head)
    return group.span if group is not None else None


def pronoun_owned(
    found: Found, resolver: Resolver, outer: Sequence[tuple[Found, Mention | None]]
) -> Mention | None:
    """ "his attorneys said": the owner's group, the owner resolved as a source would be."""
    head = found.head
    word = owner_word(head) if head is not None else None
    if head is None or word is None:
        return None
    if word.tag_ == "WP$":  # "Trump, whose attorneys argued": the noun the relative is on
        antecedent = next((a.head for a in head.ancestors if a.dep_ == "relcl"), None)
        if antecedent is None:
            return None
        owner = resolver.named(antecedent) or resolver.resolve(_pointing(antecedent), outer)
    else:
        pointer = replace(found, head=word, source=(word.idx, word.idx + len(word)))
        owner = resolver.resolve(pointer, outer)
    return named_owned(head, word, owner) if owner is not None else None


def joined_owned(head: Token, joined: Token, resolver: Resolver) -> Mention | None:
    """ "Trump and his attorneys denied": the group of the name the pronoun joins, its
    owner; a title ("the senator's aides") as the resolver reads it."""
    word = owner_word(joined)
    if word is None:
        return None
    # a pronoun: the name it is joined to (the parse may take it for a noun: "Trump")
    pronoun = word.tag_ == "PRP$"
    owner = resolver.named(head) if pronoun else resolver.resolve(_pointing(word), [])
    return named_owned(joined, word, owner) if owner is not None else None


def _pointing(word: Token) -> Found:
    """A bare source for the word pointing back, as the resolver takes one."""
    span = (word.idx, word.idx + len(word))
    return Found(span, "claim", word, span, span, "owner")
