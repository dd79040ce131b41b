"""A reported clause's content without what the reporter adds after it.

"X told the AP that C, conceding the race" (a participle after a comma) and "X said C,
but for her critics, D" (a clause of the reporter's own after ", but") end the content
before the comma. Words inside a quotation are the speaker's and are never cut, and
neither is a content told before its cue ("C, and pledged D, the Sentinel reported").
"X said C and praised D" is left whole: news-train's gold keeps it one claim. A content
cut before a joined verb loses the conjunction left at its end ("a safe zone in Syria and").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from briefing.attribution.text.spans import Offsets, content_roots, trim

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _comma_before(token: Token) -> Token | None:
    """The comma right before `token`."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before if before is not None and before.text == "," else None


def _tail_start(root: Token) -> int | None:
    """Where the reporter's addition to the clause headed by `root` starts, if it has one."""
    for child in root.rights:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and (comma := _comma_before(child)):
            return comma.idx  # ", conceding the race"
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX"):
            continue
        own_subject = any(c.dep_ in _SUBJECTS for c in child.children)
        cc = next((c for c in root.rights if c.dep_ == "cc" and c.i < child.i), None)
        comma = _comma_before(cc) if cc is not None else None
        if own_subject and cc is not None and cc.lower_ == "but" and comma is not None:
            return comma.idx  # ", but for her critics, D"
    return None


def without_tail(
    doc: Doc, text: str, content: Offsets, cue: Offsets, quoted: Sequence[Offsets]
) -> Offsets:
    """The content cut before a tail the reporter adds (module doc), unless quoted."""
    if content[0] < cue[1]:
        return content
    roots = content_roots(doc, content)
    if not roots:
        return content
    cut = _tail_start(roots[0])
    if cut is None or not content[0] < cut < content[1]:
        return content
    if any(a < cut < b for a, b in quoted):
        return content
    return trim(text, content[0], cut)


# a coordinating conjunction left at a content's end once what it joined was cut off
_DANGLING = re.compile(r"\s(?:and|or|but|nor)$", re.IGNORECASE)


def without_dangling(text: str, span: Offsets) -> Offsets:
    """A content's span without a coordinating conjunction left at its end once what it
    joined was cut off ("she wants a safe zone in Syria and")."""
    start, end = span
    while tied := _DANGLING.search(text, start, end):
        start, end = trim(text, start, tied.start())
    return start, end
