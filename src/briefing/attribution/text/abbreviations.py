"""Title abbreviations ("Sec.", "Lt.", "Capt.") that spaCy's English tokenizer splits off
their full stop, so the parser ends a sentence there ('..., Sec. | Clinton is ...'): one
quotation gives two items, or none."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

# titles before a name that spaCy does not keep whole ("Gov.", "Sen.", "Rep." it does)
TITLES = (
    "Sec.",
    "Secs.",
    "Lt.",
    "Col.",
    "Sgt.",
    "Cpl.",
    "Capt.",
    "Cmdr.",
    "Maj.",
    "Brig.",
    "Supt.",
    "Det.",
    "Atty.",
    "Amb.",
    "Pres.",
    "Hon.",
    "Msgr.",
    "Sens.",
    "Reps.",
    "Govs.",
    "Gens.",
)


def keep_titles(nlp: Language) -> None:
    """Teach the tokenizer the titles: each stays one token, its full stop included."""
    add = getattr(nlp.tokenizer, "add_special_case", None)  # spaCy's Tokenizer has no stub
    if add is None:
        return
    for title in TITLES:
        add(title, [{"ORTH": title, "NORM": title}])


COMPONENT = "briefing_titles"
ENTITIES = "briefing_title_entities"
_KNOWN = frozenset(TITLES) | {"Gov.", "Sen.", "Rep.", "Gen.", "Adm.", "Rev.", "Prof.", "Dr."}


@Language.component(COMPONENT)
def titles_go_on(doc: Doc) -> Doc:
    """A title abbreviation before a proper noun ends no sentence ("Sec. Clinton"; the
    tagger runs before this, the parser after)."""
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if token.text in _KNOWN and not token.whitespace_.count("\n") and after.tag_ == "NNP":
            after.is_sent_start = False
    return doc


@Language.component(ENTITIES)
def untitled_entities(doc: Doc) -> Doc:
    """An entity without the title abbreviation the entity finder took in ("Sec. Clinton"
    is Clinton, the Hillary Clinton named before); a title alone is none."""
    doc.ents = [
        Span(doc, ent.start + 1, ent.end, label=ent.label_) if ent[0].text in _KNOWN else ent
        for ent in doc.ents
        if ent.text not in _KNOWN  # "Lt." alone is no entity
    ]
    return doc
