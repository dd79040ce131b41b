"""'Harbor Oil fell 2 percent. The company reported a loss': a definite word for a body
with no name of its own is the last organization named in its sentence or the one before."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.shapes import Found
from briefing.attribution.names.institutions import INSTITUTIONS, institution
from briefing.attribution.speakers.source_words import definite, indefinite

COMPANIES = frozenset({"company", "firm"})  # "the company": the organization just named
# "The group said", "the agency said", "the online retail giant said": the same, once no
# "<name> group" was written before (`Descriptions.institution`)
BODIES = frozenset({"group", "agency", "organization", "giant"})
# what an organization named as these is not the body speaking later: the one spoken to
# ("telling Fox 35 that the organization ...") or a name for something else ("U.N. panel")
_NOT_ACTING = frozenset({"dobj", "dative", "iobj", "compound"})


def body_for(
    head: Token, doc: Doc, mentions: Sequence[Mention], sentence_starts: Sequence[int]
) -> Mention | None:
    """ "the company", "the group": the organization just named; "the campaign": its own."""
    company = body_before(head, mentions, sentence_starts, COMPANIES)
    if company is None and head.lower_ in INSTITUTIONS and not indefinite(head):
        company = institution(doc, mentions, head.lower_, head.idx)
    return company or body_before(head, mentions, sentence_starts, BODIES)


def body_before(
    head: Token, mentions: Sequence[Mention], sentence_starts: Sequence[int], words: frozenset[str]
) -> Mention | None:
    """The last organization named in the sentence of `head` or the one before, if `head`
    is "the" and one of `words`."""
    if head.lower_ not in words or not definite(head):
        return None
    index = max(i for i, s in enumerate(sentence_starts) if s <= head.idx)
    floor = sentence_starts[max(0, index - 1)]
    if words is BODIES:
        mentions = [m for m in mentions if _acting(head.doc, m)]
    return named_before(mentions, floor, head.idx, ("ORG",))


def _acting(doc: Doc, body: Mention) -> bool:
    span = doc.char_span(*body.span, alignment_mode="expand")
    return span is None or span.root.dep_ not in _NOT_ACTING


def named_before(
    mentions: Sequence[Mention], floor: int, at: int, labels: Sequence[str]
) -> Mention | None:
    """The last mention of one of `labels` between `floor` and `at`."""
    earlier = [m for m in mentions if m.label in labels and floor <= m.span[0] and m.span[1] <= at]
    return earlier[-1] if earlier else None


_SINGULAR = frozenset({"NN", "NNP"})


def they_before(doc: Doc, mentions: Sequence[Mention], floor: int, at: int) -> Mention | None:
    """Whom "they" stands for: the last organization or group named between `floor` and
    `at`, never a nationality qualifying one thing or person ("an American general", "the
    American's offensive", "Japanese background"), though "Republican leaders" may be."""
    return named_before([m for m in mentions if _plural_group(doc, m)], floor, at, ("ORG", "NORP"))


def _plural_group(doc: Doc, mention: Mention) -> bool:
    if mention.label != "NORP":
        return True
    span = doc.char_span(*mention.span, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if root.dep_ in ("amod", "compound"):
        return root.head.tag_ not in _SINGULAR
    return not (root.dep_ == "poss" and root.tag_ in _SINGULAR)


_SPEAKING = frozenset({"ORG", "NORP", "GPE"})


def body_speaking(found: Found, outer: Sequence[tuple[Found, Mention | None]]) -> Mention | None:
    """ "Acme Corp. said it fears C", "X said it was worried that C": "it", the subject of
    the cue inside the words a named body says, is that body (a person's words' "it" is no
    one, nor is an "it" standing for what follows: "it will be hard to deny X")."""
    pronoun, cue = found.head, found.token
    if pronoun is None or cue is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = cue.head if cue.dep_ == "acomp" else cue
    if pronoun.head.i != verb.i:
        return None
    at = pronoun.idx
    for other, referent in reversed(outer):
        if (
            referent is not None
            and referent.label in _SPEAKING
            and other.content[0] <= at < other.content[1]
        ):
            return referent
    return None
