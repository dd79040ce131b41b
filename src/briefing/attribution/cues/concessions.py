"""A quoted concession before what a speaker asserts is no part of the assertion.

"X warned that while ''logic would suggest A,'' the attacks ''may trigger B''": what X
warns of is B. The concession ("while", "although", "though", "whereas") opening the
content, with a quotation in it, is set aside, so that the content, and the quotation
taken as its words (`reading._quoted_part`), are the main clause's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from briefing.attribution.text.spans import Offsets, content_roots, doc_text, trim

CONCESSIVE = frozenset({"while", "although", "though", "whereas"})


def _concession(root: Token) -> Token | None:
    """The concessive clause opening before the content's head word, if any."""
    return next(
        (
            c
            for c in root.children
            if c.dep_ == "advcl"
            and c.i < root.i
            and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE for m in c.children)
        ),
        None,
    )


def main_clause(doc: Doc, content: Offsets, quoted: Sequence[Offsets]) -> Offsets:
    """The content without a quoted concession opening it (see the module's docstring)."""
    roots = content_roots(doc, content)
    clause = _concession(roots[0]) if roots else None
    if clause is None:
        return content
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    if not any(start <= q[0] + 1 and q[0] < end for q in quoted):
        return content
    after = trim(doc_text(doc), end, content[1])
    return after if after[0] < after[1] else content
