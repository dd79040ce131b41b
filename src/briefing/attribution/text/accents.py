"""Names spelt with combining marks ("Sarukha\u0303n"): parsed as if plain letters.

Some articles spell accented letters as a letter and a combining mark (decomposed
Unicode, often with mis-decoded bytes around it: "JuliA\u0301n Castro"). spaCy's
entity finder stops a name at such a word ("Arturo", not "Arturo Sarukha\u0303n"), and
the speaker is lost or taken for the next place named. The article is parsed again with
each combining mark masked by a plain letter of the same length, and that parse is laid on
the article's own words (`homographs.reparsed`), so a name keeps its own spelling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from spacy.tokens import Doc

from briefing.attribution.text.homographs import reparsed

_MASK = "a"  # a plain letter in place of each combining mark


def _marked(word: str) -> bool:
    return any(unicodedata.category(ch) == "Mn" for ch in word)


def plain_accents(doc: Doc, parse: Callable[[str], Doc]) -> Doc:
    """`doc`, or the parse of its text with combining marks masked, laid on its words;
    `doc` itself when the text has none or the tokens differ."""
    spots = {t.i for t in doc if _marked(t.text)}
    if not spots:
        return doc
    text = "".join(_MASK if unicodedata.category(ch) == "Mn" else ch for ch in doc.text)
    return reparsed(doc, text, parse, spots)
