"""The signers of a letters or reader-comments page: person parties.

By the labelling guide (evals/README, reader-comment roundups) the signer of a letter or a
comment is its speaker, so a person party ("Jane Q. Doe.", "@civic_fan." on a line of its
own after the text it signs). PolNeAR credits no signer with what a letter says, so the
letters' sentences give no items (RESULTS rows 117, 132); the signers are still the people
the page gives voice to.

A line is a signature when it holds only a name of two to four capitalised words or an
@handle, follows a paragraph of three words or more (not a place line or another
signature), and its last word is written nowhere else in the article: a subhead naming
whom the next paragraph is about ("Ted Cruz." before "Cruz has two advantages") is no
signature. A page needs MIN_SIGNED such lines.
"""

from __future__ import annotations

import re
from itertools import pairwise

MIN_SIGNED = 3
MIN_PARAGRAPH_WORDS = 3
_HANDLE = re.compile(r"^@\w{2,}\.?$")
_NAME = re.compile(r"^(?:[A-Z][\w'’-]*\.?\s){1,3}[A-Z][a-z][\w'’-]*\.$")


def _signature_form(line: str) -> bool:
    return bool(_HANDLE.match(line) or _NAME.match(line))


def _written_elsewhere(line: str, lines: list[str]) -> bool:
    """Whether the line's last word (a surname, a handle) is in any other line."""
    last = line.rstrip(".").split()[-1].lstrip("@")
    word = re.compile(rf"\b{re.escape(last)}\b", re.I)
    return any(other != line and word.search(other) for other in lines)


def signers(text: str) -> list[str]:
    """The names and @handles that sign the letters or comments of a page, in order, each
    once; none unless the page holds MIN_SIGNED signatures."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found: list[str] = []
    for before, line in pairwise(lines):
        if not _signature_form(line) or _signature_form(before):
            continue
        if len(before.split()) < MIN_PARAGRAPH_WORDS or _written_elsewhere(line, lines):
            continue
        found.append(line.removesuffix("."))
    if len(found) < MIN_SIGNED:
        return []
    return list(dict.fromkeys(found))
