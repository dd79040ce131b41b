"""Text that leans on the article for its referent: "they were exaggerated".

An item's `statement`, `denied` or `about` should stand alone. The word lists are kept
small on purpose; a text is unresolved when

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
