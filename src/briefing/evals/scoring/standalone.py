"""Items that stand alone: paraphrases a reader understands without the article.

`statement`, `denied` and `about` should say what "they" or "those concerns"
refer to. Two views, both over the items' text (`item.text`):

- `standalone.items`, `standalone.unresolved`: predicted items, and those whose
  text leans on the article for its referent (`unresolved`);
- `paraphrase.pairs`, `paraphrase.f1_sum`, `paraphrase.quote_f1_sum`: true-positive
  pairs, and the sums of token F1 (`match.token_f1`) of the predicted text, and
  of the predicted *quote* in its place, against the gold's paraphrase. The
  quote's F1 is the verbatim baseline: what copying the quote would score.

The word lists are kept small on purpose; a text is unresolved when

1. its first word is a pronoun or demonstrative (`LEADING`): "they were
   exaggerated", "this would hurt farmers", "his plan fails";
2. it holds a demonstrative before a word for something said (`REFERENT_NOUNS`):
   "dismissed those concerns", "that claim is false";
3. it holds a personal subject pronoun (`SUBJECT`) and names nobody (no
   capitalised word after the first): "the plan fails because they cut it".

A leading expletive ("It is a disgrace that ...") counts too; a text with no
subject ("takes sides") does not.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing.evals.scoring.gold import FIELDS, GoldArticle
from briefing.evals.scoring.match import FieldMatch, token_f1
from briefing.schema import Briefing

LEADING = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "them"}
    | {"this", "that", "these", "those"}
)
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
REFERENT_NOUNS = frozenset(
    {"claim", "claims", "concern", "concerns", "allegation", "allegations", "report"}
    | {"reports", "charge", "charges", "accusation", "accusations", "remark", "remarks"}
    | {"comment", "comments", "statement", "statements", "criticism", "criticisms", "idea"}
    | {"suggestion", "suggestions", "assertion", "assertions", "story", "stories", "one"}
)
SUBJECT = frozenset({"he", "she", "they", "we"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def unresolved(text: str) -> bool:
    """Does the text lean on the article for whom or what it speaks of? (module docstring)"""
    words = _WORD.findall(text)
    lower = [word.lower() for word in words]
    if not lower:
        return False
    if lower[0] in LEADING:
        return True
    if any(a in DEMONSTRATIVES and b in REFERENT_NOUNS for a, b in pairwise(lower)):
        return True
    names_someone = any(word[0].isupper() and word.lower() not in LEADING for word in words[1:])
    return not names_someone and any(word in SUBJECT for word in lower)


def standalone(
    briefing: Briefing | None, gold: GoldArticle, matches: dict[str, FieldMatch]
) -> dict[str, float]:
    """The `standalone.*` and `paraphrase.*` counts of one article (module docstring)."""
    items = briefing.items() if briefing is not None else []
    tally: dict[str, float] = {
        "standalone.items": len(items),
        "standalone.unresolved": sum(unresolved(item.text) for item in items),
    }
    predicted = {item.id: item for item in items}
    pairs = 0
    text_f1 = quote_f1 = 0.0
    for field in FIELDS:
        gold_text = {true.id: true.text for true in gold.items(field)}
        for pair in matches[field].pairs:
            item = predicted[pair.predicted]
            pairs += 1
            text_f1 += token_f1(item.text, gold_text[pair.gold])
            quote_f1 += token_f1(item.quote, gold_text[pair.gold])
    tally["paraphrase.pairs"] = pairs
    tally["paraphrase.f1_sum"] = text_f1
    tally["paraphrase.quote_f1_sum"] = quote_f1
    return tally
