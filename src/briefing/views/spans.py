"""Drawing an article's spans: the text, escaped, with each covered stretch in a <mark>.

Marks may overlap: the text is cut at every mark's start and end, and each piece
is wrapped once, with the classes and titles of every mark covering it. A mark
may carry an `anchor` (an element id put where it starts, to link to) and a
`link` (where clicking the stretch goes; the shortest covering mark's wins).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from briefing.schema import ItemField

FIELD_FILLS: dict[ItemField, str] = {
    "claims": "#cfe3ff",
    "denials": "#ffd7d5",
    "concerns": "#fff1c2",
}
"""One background colour per kind of item, the same on every page."""


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch of the article: [start, end), its CSS class, a hover title."""

    start: int
    end: int
    css: str
    title: str
    anchor: str | None = None
    link: str | None = None


def mark_fills(prefix: str) -> str:
    """CSS giving `mark.PREFIX-FIELD` its field's background colour."""
    return " ".join(
        f"mark.{prefix}-{field} {{ background: {fill}; }}" for field, fill in FIELD_FILLS.items()
    )


def _anchors(marks: Sequence[Mark], at: int) -> str:
    return "".join(
        f'<a class="anchor" id="{escape(m.anchor)}"></a>'
        for m in marks
        if m.anchor is not None and m.start == at
    )


def _piece(piece: str, covering: Sequence[Mark]) -> str:
    css = " ".join(sorted({m.css for m in covering}))
    title = " · ".join(dict.fromkeys(m.title for m in covering))
    marked = f'<mark class="{escape(css)}" title="{escape(title)}">{piece}</mark>'
    linked = [m for m in covering if m.link is not None]
    if not linked:
        return marked
    target = min(linked, key=lambda m: (m.end - m.start, m.start))
    return f'<a class="span" href="{escape(str(target.link))}">{marked}</a>'


def highlight(text: str, marks: Sequence[Mark]) -> str:
    """The text, escaped, with each stretch covered by marks wrapped in one <mark>."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for start, end in pairwise(cuts):
        out.append(_anchors(marks, start))
        piece = escape(text[start:end])
        covering = [m for m in marks if m.start <= start and end <= m.end]
        out.append(_piece(piece, covering) if covering else piece)
    return "".join(out)
