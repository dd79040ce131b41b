"""Where an article's quotations are: pairs of quotation marks (no parse, no other rules)."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.attribution.text.spans import Offsets

_MARK = re.compile(r"''|[“”\"\n]")
_OPENING = ("“", '"', "''")
_CLOSING = ("”", '"', "''")


@lru_cache(maxsize=8)
def quotations(text: str) -> tuple[Offsets, ...]:
    """[start, end) of each quotation, its marks included: worked out once per text (the
    quotations of the last few texts are kept for every rule that asks).

    Curly and straight marks may be mixed ('"C,” X said'); a quotation opened by a
    straight mark ends within its line, one opened by “ may run over lines until a
    ” (a new “ starts afresh, except at a paragraph's start: the news convention for a
    quotation running on into the next paragraph, which opens with “ again)."""
    found: list[Offsets] = []
    start: int | None = None
    opener = ""
    broken = False  # a line break since the open “
    for match in _MARK.finditer(text):
        mark = match.group()
        if mark == "\n":
            broken = True
            if opener != "“":
                start = None
            continue
        if start is not None and mark in _CLOSING and (mark != "''" or opener == "''"):
            found.append((start, match.end()))
            start = None
        elif mark in _OPENING:
            if not (start is not None and mark == "“" and broken and _opens_line(text, match)):
                start, opener = match.start(), mark
            broken = False
    return tuple(found)


def _opens_line(text: str, match: re.Match[str]) -> bool:
    """Whether the mark opens its line (only blanks before it since the line break)."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    return not text[line_start : match.start()].strip()


_PARAGRAPH_OPENING = ('"', "“", "''")


def running_on(text: str) -> list[Offsets]:
    """[start, line end) of each straight-quoted quotation (in '"' or in doubled
    apostrophes, "''") left open at its line's end while the next paragraph opens with a
    mark: the news convention for a quotation that runs on ('"A," he said. "B.' then a new
    paragraph '"C," he said.'), which `quotations` (a straight mark ends within its line)
    does not pair."""
    found: list[Offsets] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        opened = _left_open(line)
        rest = text[end:].lstrip()
        if opened is not None and rest.startswith(_PARAGRAPH_OPENING):
            found.append((at + opened, end))
        at = end + 1
    return found


def _left_open(line: str) -> int | None:
    """Where the line's last straight quotation opens, if no mark of its kind closes it."""
    opened: int | None = None
    for mark in ('"', "''"):
        at: int | None = None
        for match in re.finditer(re.escape(mark), line):
            at = match.start() if at is None else None
        if at is not None and (opened is None or at > opened):
            opened = at
    return opened


def in_quotation(text: str, at: int) -> bool:
    """Whether offset `at` of `text` stands inside one of its quotations, marks aside."""
    return any(a < at < b for a, b in quotations(text))
