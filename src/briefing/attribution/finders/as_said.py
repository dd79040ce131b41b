"""Claims framed by an "as" clause: "As X put it: C", "As X noted, C", "C, as X said",
"as the Courier reported, C" (a source the writer cites: the guide's "as Jane Roe
reported in her book, C" is the author's claim).

The cue verb has no content of its own; what it frames is the clause it hangs on. The
general verb shape (`shapes.verb_cues`) finds no content for these and reads nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found, cue_speaker
from briefing.attribution.finders.labels import named_source
from briefing.attribution.text.spans import name_span, token_offsets, trimmed_span

# verbs that frame another's clause after "as" ("put" only as "put it")
FRAMING = frozenset(
    {"put", "say", "note", "write", "observe", "explain", "argue", "remark", "point", "tell"}
    | {"report", "reveal"}
)
_CONTENT = frozenset({"ccomp", "xcomp"})
SHAPE = "as-said"
_CLAUSE = frozenset({"VERB", "AUX"})


def _framing(verb: Token) -> bool:
    """ "As X put it", "as X noted": a framing verb under "as", its content elsewhere."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in FRAMING:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if any(c.dep_ in _CONTENT for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "put":
        return [o.lower_ for o in objects] == ["it"]
    return not objects


def as_said_cues(sentence: Span) -> Iterator[Found]:
    """Claims whose cue is an "as" clause before or after what it frames."""
    for token in sentence:
        if token.pos_ != "VERB" or not _framing(token) or token.head.pos_ not in _CLAUSE:
            continue  # hung on a noun ("The council, as X reported, ..."): no clause framed
        if token.head.lemma_.lower() in FRAMING:
            continue  # '"C," Y noted, as reported by X': X relays Y's words, Y's own cue
        aside = list(token.subtree)
        first, last = aside[0].i, aside[-1].i
        clause = [t for t in token.head.subtree if t.sent == token.sent and not t.is_punct]
        before = [t for t in clause if t.i < first]
        after = [t for t in clause if t.i > last]
        if after and _lead_in(before, token.head):
            before = []  # "But as X noted, C", "In 1990, as X reported, C": C
        if before and after:
            continue  # "The county, as X said, has not paid": no one span
        content = trimmed_span(after or before)
        source = cue_speaker(token)
        if content is None or source is None:
            continue
        named = named_source(source)
        cue = token_offsets(token)
        yield Found(cue, "claim", source, name_span(source), content, SHAPE, token, named)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _lead_in(before: list[Token], head: Token) -> bool:
    """Whether the words before an "as" clause only lead into the clause it frames (a
    conjunction, an adverb, a phrase of time or place): none of them is its subject or
    its verb ("The council, as X said, has not paid" frames no one span)."""
    subject = {t.i for c in head.children if c.dep_ in _SUBJECTS for t in c.subtree}
    return all(t.i not in subject and t.i < head.i for t in before)
