"""Surnames spelt like a modal verb: "George Will" is a columnist, and "Will wrote" his.

The parser reads a capitalised "Will" (or "May") as the modal and leaves the verb after it
with no subject ('"C," Will wrote'). When the article names a person whose surname is
such a word, every capitalised use of it is the name: the article is parsed again with
the word masked by a plain surname of the same length, and the masked parse is laid on
the article's own words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

# modal spelling -> a surname of the same length that the parser reads as a name
_MASKS = {"will": "Ward", "may": "Kay"}


def _surname_words(doc: Doc) -> set[str]:
    """The modal spellings the article uses as a person's surname ("George Will")."""
    return {
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) >= 2
        and ent[-1].lower_ in _MASKS
        and ent[-1].text[:1].isupper()
        and ent[-2].text[:1].isupper()
    }


def _is_name(token: Token, words: set[str]) -> bool:
    """A capitalised use of a surname word, but not a question's opening modal ("Will he?")."""
    if token.text not in words:
        return False
    sentence = token.sent
    return not (token.i == sentence.start and sentence.text.rstrip(" \n\"”'").endswith("?"))


def masked(doc: Doc, parse: Callable[[str], Doc]) -> Doc:
    """`doc`, or the parse of its text with each surname use masked (see the module doc),
    laid on the original words; `doc` itself when nothing is masked or the tokens differ."""
    words = _surname_words(doc)
    spots = [t for t in doc if _is_name(t, words)]
    if not spots:
        return doc
    text = doc.text
    for token in spots:
        mask = _MASKS[token.lower_]
        text = text[: token.idx] + mask + text[token.idx + len(mask) :]
    return reparsed(doc, text, parse, {t.i for t in spots})


def reparsed(doc: Doc, text: str, parse: Callable[[str], Doc], names: set[int]) -> Doc:
    """The parse of `text`, a same-length masked copy of `doc`'s text, laid on `doc`'s
    own words (the words at `names` keep their own spelling as their lemma); `doc`
    itself when the masked text is tokenized differently."""
    other = parse(text)
    if [(t.idx, len(t)) for t in other] != [(t.idx, len(t)) for t in doc]:
        return doc
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in other],
        pos=[t.pos_ for t in other],
        morphs=[str(t.morph) for t in other],
        lemmas=[doc[t.i].text if t.i in names else t.lemma_ for t in other],
        heads=[t.head.i for t in other],
        deps=[t.dep_ for t in other],
        sent_starts=[bool(t.is_sent_start) for t in other],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in other],
    )
