"""Asides a paraphrase leaves out: words the sentence sets off as said in passing."""

from __future__ import annotations

from spacy.tokens import Span

_DASHES = frozenset({"--", "—", "–"})
# what a comma sets off in passing: "Ana Ruiz, the mayor,", ", which ...", ", who ..."
_PASSING = frozenset({"appos", "relcl", "acl"})


def asides(span: Span) -> set[int]:
    """Indices of the tokens of asides: "(R-Texas)", "-- or dissents from the majority --"."""
    dropped: set[int] = set()
    opened: int | None = None
    dash: int | None = None
    for token in span:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            dropped |= set(range(opened, token.i + 1))
            opened = None
        elif token.text in _DASHES:
            if dash is not None and token.sent.start <= dash:
                dropped |= set(range(dash, token.i + 1))
                dash = None
            else:
                dash = token.i
    return dropped if len(dropped) < len(span) - 1 else set()


def comma_asides(span: Span) -> set[int]:
    """Indices of the tokens of an apposition or a clause a comma sets off (", which ..."),
    the comma included: what a long paraphrase can do without."""
    dropped: set[int] = set()
    for token in span:
        if token.dep_ not in _PASSING or token.i in dropped:
            continue
        left = token.left_edge.i
        if left <= span.start or token.doc[left - 1].text != ",":
            continue
        end = min(token.right_edge.i, span.end - 1)
        dropped |= set(range(left - 1, end + 1))
        after = token.doc[end + 1] if end + 1 < span.end else None
        if after is not None and after.text == ",":
            dropped.add(after.i)
    return dropped if len(dropped) < len(span) - 1 else set()
