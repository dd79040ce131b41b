"""Quotations introduced by a name and a colon, as newsletters cite their sources:
'Pollsters agree - Carl Bialik: “C”', 'More from Jones: “C”'.

A name opening its line ("WALLACE: ...") is a transcript's turn (`shapes.transcript_turns`);
here the name follows a dash or "from", and the quotation opens right after the colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from briefing.attribution.cues.shapes import Found
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import doc_text, trim

SHAPE = "colon-quote"
_NAME = r"[A-Z][\w.'’-]*(?:,? (?:and |& )?[A-Z][\w.'’-]*){0,5}"
_COLON_QUOTE = re.compile(
    r"(?:[-–—][ \t]*|\bfrom[ \t]+)(?P<name>" + _NAME + r")(?P<colon>:)[ \t\xa0]*(?=[“\"])"
)


def colon_quotes(doc: Doc) -> Iterator[Found]:
    """A claim of the name before the colon: the quotation after it, marks left out."""
    text = doc_text(doc)
    opening = {start: end for start, end in quotations(text)}
    for match in _COLON_QUOTE.finditer(text):
        end = opening.get(match.end())
        name = doc.char_span(*match.span("name"), alignment_mode="contract")
        if end is None or name is None or name.root.pos_ != "PROPN":
            continue
        content = trim(text, match.end(), end)
        if content[1] > content[0]:
            cue = match.span("colon")
            source = match.span("name")
            yield Found(cue, "claim", name.root, source, content, SHAPE, rule=False)
