"""The summary, measured: what it names that the article holds, and whom it names.

The summary is the one text of a briefing not quoted from the article (the
`rules` strategy writes the article's lead, `Reading.lead`, so its rows are the
no-model baseline). Counted per article:

- `summary.mentions`: the summary's names and numbers: runs of capitalised
  words ("Ana Ruiz", "Department of Works" counts as "Department", "Works"),
  a leading function word dropped ("The", "In", ... `_OPENERS`), and digit runs
  ("2,300", "4.5"). A regex, not the parse: the scorer has no parse at hand,
  and a name split in two is found or missed alike;
- `summary.grounded`: ... found in the article, whole words, case and white
  space aside;
- `summary.parties_required`, `summary.parties_named`: the gold's required
  parties, and those the summary names (`identity.is_mentioned`: name, alias,
  a person's surname). A failed run names none.
"""

from __future__ import annotations

import re

from briefing.evals.scoring.gold import GoldArticle
from briefing.identity import is_mentioned
from briefing.schema import Briefing

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_OPENERS = frozenset(
    {"the", "a", "an", "in", "on", "at", "as", "by", "for", "from", "to", "of", "and", "but"}
    | {"or", "after", "before", "when", "while", "if", "it", "he", "she", "they", "we", "i"}
    | {"this", "that", "these", "those", "his", "her", "its", "their", "our", "there"}
)


def mentions(summary: str) -> list[str]:
    """The summary's names and numbers (see the module docstring)."""
    found = []
    for match in _CAPITALISED_RUN.finditer(summary):
        words = match.group().split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        name = " ".join(words).rstrip(".-'’")
        if name:
            found.append(name)
    return found + _NUMBER.findall(summary)


def _folded(text: str) -> str:
    return " ".join(text.split()).lower()


def is_grounded(mention: str, article_text: str) -> bool:
    pattern = rf"(?<![\w]){re.escape(_folded(mention))}(?![\w])"
    return re.search(pattern, _folded(article_text)) is not None


def summary_quality(briefing: Briefing | None, gold: GoldArticle, text: str) -> dict[str, float]:
    """The `summary.*` counts of one article (see the module docstring)."""
    required = [party for party in gold.parties if party.required]
    summary = briefing.summary if briefing is not None else ""
    names = mentions(summary)
    return {
        "summary.mentions": len(names),
        "summary.grounded": sum(is_grounded(name, text) for name in names),
        "summary.parties_required": len(required),
        "summary.parties_named": sum(is_mentioned(party, summary) for party in required),
    }
