"""The speaker's own opinion frame, which a paraphrase leaves out: "I think the bridge is
safe" -> "the bridge is safe", "the bridge, we believe, is safe" -> "the bridge is safe".

The item already says who holds the view (its claimant), so "I think" is attribution left
inside the words, not what is said. A frame is a first-person subject ("I", "we") of an
opinion verb (`OPINION`) in the present, with nothing but its auxiliaries and adverbs
besides:

- before the clause it governs (its `ccomp`), with that clause's "that" ("but I think
  that it holds" -> "but it holds");
- set off by commas inside them (", I think,"), governing nothing.

A negated frame stays ("I don't think it is safe" says the opposite without it), and so
does one with an object ("I think so"), one after a relative pronoun or a comparison
("whom we believe would win", "as far as I think it goes") and one whose words are not all
its own. The paraphrase keeps the frames when leaving them out would make it lean on the
article (`paraphrase`: "I think she should run").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

OPINION = frozenset({"think", "believe", "guess", "suppose", "reckon"})
_FIRST = frozenset({"i", "we"})
_FRAME_PARTS = frozenset({"nsubj", "aux", "advmod"})
_COMPARING = frozenset({"as", "than"})


def _frame_verb(token: Token) -> bool:
    """An opinion verb in the present ("think", "do think"; "we thought he would lose" was a
    view given up) whose subject is the first person and that is not negated."""
    if token.lemma_.lower() not in OPINION or token.tag_ not in ("VBP", "VB"):
        return False
    if token.tag_ == "VB" and not any(c.lower_ == "do" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _FIRST:
        return False
    return not any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in token.children)


def _own_parts(verb: Token) -> list[Token]:
    """The verb and what stands between it and its subject (auxiliaries, adverbs: "I do
    think"), subject first, when nothing else does."""
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    parts = [c for c in verb.children if c.dep_ in _FRAME_PARTS and subject.i <= c.i < verb.i]
    if any(len(list(part.subtree)) > 1 for part in parts) or subject.i > verb.i:
        return []
    if len(parts) != verb.i - subject.i:  # a word between them is not the frame's
        return []
    return [*sorted(parts, key=lambda token: token.i), verb]


def _clause_frame(span: Span, verb: Token, start: int) -> set[int]:
    """Indices of the frame of `verb` before the clause it governs, with its "that"."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    parts = _own_parts(verb)
    if clause is None or not parts or parts[0].i < start:
        return set()
    before = span.doc[parts[0].i - 1] if parts[0].i > span.start else None
    if before is not None and (before.tag_ in ("WP", "WDT") or before.lower_ in _COMPARING):
        return set()  # "whom we believe would win", "as far as I think it goes": not a frame
    dropped = {token.i for token in parts}
    following = span.doc[parts[-1].i + 1 : clause.left_edge.i + 1]
    for token in following:  # the clause's own "that", a comma
        own_that = token.dep_ == "mark" and token.head == clause and token.lower_ == "that"
        if token.i >= span.end - 1 or not (own_that or token.is_punct):
            break
        dropped.add(token.i)
    after = max(dropped) + 1
    return set() if after >= span.end or after > clause.i else dropped


def clause_frames(span: Span, start: int) -> set[int]:
    """Indices of every opinion frame before the clause it governs, from `start`: "I think
    the bridge is safe", "but I believe that it will hold"."""
    dropped: set[int] = set()
    for verb in span:
        if _frame_verb(verb):
            dropped |= _clause_frame(span, verb, start)
    return dropped


def inner_frames(span: Span, start: int) -> set[int]:
    """Indices of ", I think," frames set off by commas inside the words, their commas
    included: "the bridge, I think, is safe" -> "the bridge is safe"."""
    dropped: set[int] = set()
    doc = span.doc
    for verb in span:
        if verb.i <= start or not _frame_verb(verb):
            continue
        if any(c.dep_ not in _FRAME_PARTS and not c.is_punct for c in verb.children):
            continue  # it governs a clause or an object: not a parenthesis
        parts = _own_parts(verb)
        if not parts or parts[0].i - 1 < span.start or doc[parts[0].i - 1].text != ",":
            continue
        after = parts[-1].i + 1
        closed = after < span.end and doc[after].text == ","
        at_end = after >= span.end or doc[after].is_punct
        if not (closed or at_end):
            continue
        dropped |= {token.i for token in parts} | {parts[0].i - 1}
        dropped |= {after} if closed else set()
    return dropped
