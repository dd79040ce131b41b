"""Token spans of a parse as article offsets, trimmed of what is no content."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

Offsets = tuple[int, int]
_EDGE = set(" \t\n.,;:-–—“”\"‘’'()")
# children of a subject that are no part of its name: "Ortiz, who chairs ..., said"
_NOT_NAME = frozenset({"relcl", "appos", "acl", "punct", "cc", "conj", "prep", "advmod"})


def doc_text(doc: Doc) -> str:
    """The text of a parse, kept once (spaCy's `Doc.text` joins every token at each call)."""
    text = doc.user_data.get("briefing_text")
    if not isinstance(text, str):
        text = doc.user_data["briefing_text"] = doc.text
    return text


def trim(text: str, start: int, end: int) -> Offsets:
    """Shrink [start, end) past punctuation, quotation marks and spaces at either end.

    A quotation opened inside keeps its closing mark: 'the bridge “is safe.”'.
    """
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    inside = text[start:end]
    if inside.count("“") > inside.count("”"):
        closing = text.find("”", end, end + 3)  # past a period or comma
        end = closing + 1 if closing >= 0 else end
    return start, end


def overlaps(a: Offsets, b: Offsets) -> bool:
    """Whether two spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def sentences_back(sentences: Sequence[Offsets], at: int, count: int) -> int:
    """Where the sentence `count` sentences before the one `at` lies in starts (of the
    `sentences`, in order), or 0 where fewer sentences come before it."""
    held = bisect_right([start for start, _ in sentences], at)
    return sentences[held - 1 - count][0] if held > count else 0


def token_offsets(token: Token) -> Offsets:
    """One token's own span (a cue word's)."""
    return token.idx, token.idx + len(token)


def tokens_span(tokens: Iterable[Token]) -> Offsets | None:
    listed = list(tokens)
    if not listed:
        return None
    return min(t.idx for t in listed), max(t.idx + len(t) for t in listed)


def trimmed_span(tokens: Iterable[Token]) -> Offsets | None:
    """The tokens' span, trimmed (`trim`); None for no tokens."""
    listed = list(tokens)
    span = tokens_span(listed)
    return trim(doc_text(listed[0].doc), *span) if span else None


def subtree_span(token: Token, skip: Iterable[Token] = ()) -> Offsets:
    """The token's subtree, without the subtrees of `skip` (at its edges only)."""
    skipped = {t.i for s in skip for t in s.subtree}
    tokens = [t for t in token.subtree if t.i not in skipped]
    span = tokens_span(tokens)
    assert span is not None
    return span


def clause_span(token: Token) -> Offsets:
    """A content clause: its subtree trimmed, without a leading "that"."""
    tokens = list(token.subtree)
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether")):
        tokens.pop(0)
    span = tokens_span(tokens) or token_offsets(token)
    return trim(doc_text(token.doc), *span)


def joined_clause(tokens: list[Token]) -> list[Token]:
    """One clause of several joined: its tokens without a leading mark ("that") and a
    trailing conjunction or punctuation ("that A and" gives "A")."""
    while tokens and tokens[0].dep_ == "mark":
        tokens = tokens[1:]
    while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    return tokens


def name_span(token: Token) -> Offsets:
    """A subject's name: its subtree without relative clauses, appositives and the like."""
    skip = [child for child in token.children if child.dep_ in _NOT_NAME]
    left = [t for t in token.subtree if t.i <= token.i]
    keep = [t for t in left if not any(t in s.subtree for s in skip)]
    span = tokens_span(keep) or token_offsets(token)
    return trim(doc_text(token.doc), *span)


def content_roots(doc: Doc, content: Offsets) -> list[Token]:
    """The tokens of a content span whose head lies outside it (or that are their own
    head), in order: the first is the content's head word ("endorsed" in "endorsed
    Clinton")."""
    start, end = content
    inside = [t for t in doc if start <= t.idx < end]
    return [t for t in inside if not start <= t.head.idx < end or t.head == t]


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CLAUSES = frozenset({"ROOT", "ccomp", "relcl", "advcl", "parataxis", "acl"})


def quoted_predicate(doc: Doc, part: Offsets, content: Offsets) -> bool:
    """Whether the quotation at `part` is a predicate whose subject the content states
    before it ('his staff "did the wrong thing"', 'the plan was "safe and proven"'): a
    verb but no subject inside it, a subject (not a relative "who") on its head's path
    within the content."""
    inside = [t for t in doc if part[0] <= t.idx < part[1]]
    if any(t.dep_ in _SUBJECTS and part[0] <= t.head.idx < part[1] for t in inside):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in inside):
        return False  # a noun phrase ('is "a marvel of steel"') stands as said
    for token in (t for t in inside if not part[0] <= t.head.idx < part[1] or t.head is t):
        while True:
            if any(
                c.dep_ in _SUBJECTS
                and c.tag_ not in ("WP", "WDT")
                and content[0] <= c.idx < part[0]
                for c in token.children
            ):
                return True
            if token.dep_ in _CLAUSES or not content[0] <= token.head.idx < content[1]:
                break  # not past its own clause: 'who he said "has never voted"'
            token = token.head
    return False
