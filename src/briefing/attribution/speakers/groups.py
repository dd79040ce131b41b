"""Holders of a concern or denial the article knows only by a group's description.

The labelling guide (evals/README, "Cases decided while labelling news-train") makes a
collective that takes a side ("clean-air activists", "many residents", "the community")
a `group` party named by the article's words, so that its worry or its refusal is an
item: "many residents worry about C", "supporters rejected the concerns", "the
community began calling for Y to resign". A faceless source of a plain fact ("analysts
say") gives no claim, so only a concern or a denial gets such a holder.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.shapes import Found
from briefing.attribution.speakers.polls import named_after
from briefing.attribution.text.spans import doc_text, sentences_back
from briefing.attribution.text.unresolved import REFERENT_NOUNS

# nouns for a collective that are no plurals ("the community began calling for ...")
COLLECTIVES = frozenset({"community", "public", "electorate", "coalition", "opposition"})
# plural nouns that are no collective taking a side ("the statements", "the reports"), nor
# people: a place ("the party's headquarters", "the firm's premises")
NOT_GROUPS = frozenset(
    {
        "headquarters",
        "headquarter",
        "premise",
        "statement",
        "report",
        "letter",
        "document",
        "poll",
        "survey",
        "study",
        "data",
        "figure",
        "statistic",
    }
)
_NOT_NAME = ("relcl", "acl", "appos", "punct", "advmod", "cc", "conj", "prep")


def _is_group(head: Token) -> bool:
    if head.pos_ != "NOUN" or head.lemma_.lower() in NOT_GROUPS:
        return False
    if head.lower_ in REFERENT_NOUNS:  # "Novak's remarks", "the allegations": words, no people
        return False
    return head.tag_ == "NNS" or head.lemma_.lower() in COLLECTIVES


def _of_what(child: Token) -> bool:
    """ "supporters of the bill", "our community in the United States", "the people on the
    left": an "of", "in" or "on" phrase right after the noun names what the group is for,
    where it is or which side it takes."""
    return child.dep_ == "prep" and child.lower_ in _OF_WHAT and child.i == child.head.i + 1


_OF_WHAT = frozenset({"of", "in", "on"})


def group_holder(found: Found) -> Mention | None:
    """The group a concern's or denial's unnamed source describes ("many residents", "the
    community", "Sanders supporters"), named by the article's words ("supporters of the bill")."""
    head = found.head
    if found.kind == "claim" or head is None:
        return None
    return described_group(head)


def owned_group(found: Found) -> Mention | None:
    """The group an attribution's source names by its side ("Clinton advisers", "Trump's
    lawyers", "Obama administration officials said"), for every kind: the advisers speak,
    not Clinton, whose name only tells whose they are. A plural with no owner ("analysts
    say") is left to `group_holder`."""
    return owned_group_of(found.head) if found.head is not None else None


def owned_group_of(head: Token) -> Mention | None:
    """The group a plural noun names by its side ("Clinton advisers"), else None."""
    if head.tag_ != "NNS" or named_after(head) is not None:
        return None  # "Harbor data show": Harbor's (`polls`)
    owned = any(
        c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_)
        for t in [head, *(c for c in head.children if c.dep_ == "compound")]
        for c in t.children
    )
    return described_group(head) if owned else None


# words for a part of a people: "some of Clinton's allies", "many of his supporters"
_PARTS = frozenset({"some", "many", "most", "several", "few", "all", "half", "both"})


def partitive_group(found: Found) -> Mention | None:
    """ "Some of Clinton's allies said C": a part of a group its owner names is a group of
    its own, named with the part ("some of Clinton's allies"), not the owner."""
    head = found.head
    if head is None or head.lower_ not in _PARTS:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    group = owned_group_of(whole) if whole is not None else None
    if group is None:
        return None
    start, end = head.idx, group.span[1]
    return Mention(doc_text(head.doc)[start:end], "NORP", (start, end))


# what sets one part of a people apart: "Some Democrats", "other Democrats", "senior
# Democrats", "congressional Republicans" (no "the" or "these": those point back)
_SETTING_APART = ("det", "amod", "nummod")
POINTING_BACK = frozenset({"the", "these", "those", "this", "that"})


def qualified_people(found: Found) -> Mention | None:
    """A people named with the words that set a part of it apart ("Some Democrats worry",
    "senior Democrats said"): by the guide's decisions, groups of one side with different
    stances are separate parties, named by the article's words. A plain "Democrats" is
    left to the resolver."""
    head = found.head
    if head is None or head.tag_ != "NNPS" or head.ent_type_ != "NORP":
        return None
    words = [
        c
        for c in head.children
        if c.i < head.i and c.dep_ in _SETTING_APART and c.lower_ not in POINTING_BACK
    ]
    if any(c.dep_ == "nummod" for c in words):
        words = _without_count(head, words)
    if not words:
        return None
    start = min(t.left_edge.idx for t in words)
    end = head.idx + len(head)
    return Mention(doc_text(head.doc)[start:end], "NORP", (start, end))


def _without_count(head: Token, words: list[Token]) -> list[Token]:
    """A count names no part of a people ("half a dozen Senate Republicans" are "Senate
    Republicans", as a specific group drops "three"): the other words setting it apart,
    a body's name before it ("Senate") among them."""
    return [
        c
        for c in head.children
        if c.i < head.i and c.dep_ != "nummod" and (c in words or c.dep_ == "compound")
    ]


def described_group(head: Token) -> Mention | None:
    """The group a plural noun or a collective describes, in the article's words."""
    if not _is_group(head):
        return None
    if any(c.dep_ == "poss" and c.tag_ == "WP$" for c in head.children):
        return None  # "whose leaders": the relative's noun, not a group of its own
    skip = [c for c in head.children if c.dep_ in _NOT_NAME and not _of_what(c)]
    words = [t for t in head.subtree if not any(t in s.subtree for s in skip) and not t.is_punct]
    joined = _joined_people(head, words)
    words = sorted([*words, *joined], key=lambda t: t.i) if joined else words
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return Mention(doc_text(head.doc)[start:end], "NORP", (start, end))


def _joined_people(head: Token, words: list[Token]) -> list[Token]:
    """The words of a second unnamed people joined to the group by "and", right after its
    own words ("doctors and medical experts", "Gore's close friends and allies"): by the
    guide, an unnamed crowd in one phrase is one group party, named by both. Not a
    named people ("and U.S. officials" speak on their own), nor a list ("A, B and C")."""
    cc = [c for c in head.children if c.dep_ == "cc"]
    conj = [c for c in head.children if c.dep_ == "conj"]
    if len(cc) != 1 or len(conj) != 1 or cc[0].lower_ != "and":
        return []
    other = conj[0]
    if other.pos_ != "NOUN" or not (other.tag_ == "NNS" or other.lemma_.lower() in COLLECTIVES):
        return []
    if other.lower_ in REFERENT_NOUNS or other.lemma_.lower() in NOT_GROUPS:
        return []
    own = [c for c in other.children if c.i < other.i]
    if any(c.dep_ not in ("amod", "compound", "det") for c in own):
        return []
    joined = [cc[0], *(t for c in own for t in c.subtree), other]
    if any(t.ent_type_ or t.pos_ == "PROPN" for t in joined):
        return []
    # the two must run on without a gap: "A, who X, and B" is left as it was
    run = {t.i for t in [*words, *joined]}
    between = head.doc[min(run) : max(run) + 1]
    return [] if any(t.i not in run and not t.is_punct for t in between) else joined


LOOKBACK_SENTENCES = 2
_PLURAL_PRONOUNS = frozenset({"they"})


def plural_speaker(
    found: Found, resolved: Sequence[tuple[Found, Mention | None]]
) -> Mention | None:
    """ "The groups say ... They ask Y to ...": "they" continues the group that spoke last,
    not far back, before any organization only named in between ("Islamophobia"); "the
    groups" continues the group the article described before (`described_before`)."""
    head = found.head
    if head is not None and head.lower_ not in _PLURAL_PRONOUNS:
        return described_before(head, resolved)
    if head is None:
        return None
    sentences = [(s.start_char, s.end_char) for s in head.doc.sents]
    floor = sentences_back(sentences, head.idx, LOOKBACK_SENTENCES)
    for other, referent in reversed(resolved):
        speaker = other.head
        if speaker is None or speaker.i >= head.i or speaker.idx < floor:
            continue
        if speaker.pos_ == "NOUN" and speaker.tag_ == "NNS":
            return referent or described_group(speaker)
        if speaker.tag_ == "NNPS" and referent is not None:  # "Other Democrats ... They"
            return referent
    return None


# generic words for bodies of people: "the groups" are the "organizations" named before
_BODIES = frozenset({"group", "organization", "organisation"})
_POINTING = frozenset({"the", "these", "those"})
_OWN_WORDS = ("amod", "compound", "nummod", "poss", "prep")


def _described(token: Token) -> bool:
    """ "Eleven farm organizations": a plural noun with words of its own."""
    return token.tag_ == "NNS" and any(c.dep_ in _OWN_WORDS for c in token.children)


def described_before(
    head: Token, resolved: Sequence[tuple[Found, Mention | None]]
) -> Mention | None:
    """ "Eleven farm organizations wrote ... The groups say": a plural noun with nothing of
    its own but "the" (a relative clause aside) stands for the group the article described
    before by that noun, or by a word for such bodies: the last that spoke, else the last
    such body written ("organizations", never "the biases" of "the biases in polls")."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in head.children):
        return None
    if any(c.dep_ in _OWN_WORDS for c in head.children):
        return None
    lemma = head.lemma_.lower()
    family = _BODIES if lemma in _BODIES else frozenset({lemma})
    for other, referent in reversed(resolved):
        speaker = other.head
        if speaker is None or speaker.i >= head.i or referent is None:
            continue
        if speaker.lemma_.lower() in family and _described(speaker):
            return referent
    if family is not _BODIES:
        return None
    earlier = [t for t in head.doc[: head.i] if t.lemma_.lower() in family and _described(t)]
    return described_group(earlier[-1]) if earlier else None
