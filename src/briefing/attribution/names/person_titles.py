"""The titles an article gives the people it names: "Defense Minister Ana Ruiz",
"Ana Ruiz, the city's mayor", "the city's mayor, Ana Ruiz"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.names.mentions import clean_name

# abbreviated titles, spelled out: "Sen. Ana Ruiz" is "the senator"
_SPELLED = {"sen.": "senator", "gov.": "governor", "rep.": "representative"}


# a legislator's titles: "Sen. Ana Ruiz" is also "the lawmaker"
_LEGISLATORS = frozenset(
    {"senator", "representative", "congressman", "congresswoman", "legislator", "assemblyman"}
    | {"assemblywoman", "councilman", "councilwoman", "lawmaker"}
)


# titles the entity finder takes into the name: "Pope Leo", "Judge Ana Ruiz"
_INNER = frozenset(
    {"pope", "judge", "mayor", "president", "senator", "sen.", "governor", "gov.", "king"}
    | {"queen", "prince", "cardinal", "bishop", "general", "chancellor", "premier"}
)


def _title_words(tokens: Iterable[Token]) -> frozenset[str]:
    words = {_SPELLED.get(t.lower_, t.lemma_.lower()) for t in tokens if not t.is_stop}
    if words & _LEGISLATORS:
        words |= {"lawmaker", "legislator"}
    return frozenset(w for w in words if w.isalpha())


def _role_as(verb: Token) -> list[Token]:
    """The role a verb gives its subject with "as": "was elected as mayor", "served as
    the city's mayor" (the noun and the words before it in its phrase)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            role = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if role is not None:
                return [t for t in role.subtree if t.i <= role.i and t.dep_ != "poss"]
    return []


def titles(doc: Doc) -> list[tuple[Mention, frozenset[str]]]:
    """Each person the entity finder names with the words of the title the article gives
    them there: before the name ("Defense Minister Ana Ruiz"), in apposition after it
    ("Ana Ruiz, the city's mayor") or before it ("the city's mayor, Ana Ruiz")."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        words = _title_words(doc[root.left_edge.i : ent.start])
        inner = [t for t in ent[:-1] if t.lower_ in _INNER]  # "Pope Leo", not "Leo"
        words |= _title_words(inner)
        for child in root.children:
            if child.dep_ == "appos" and child.i >= ent.end:
                words |= _title_words([t for t in child.subtree if t.i <= child.i])
        if root.dep_ in ("nsubj", "nsubjpass"):  # "Ruiz was elected as mayor"
            words |= _title_words(_role_as(root.head))
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            words |= _title_words(doc[root.head.left_edge.i : root.head.i + 1])
        if words:
            found.append(
                (Mention(clean_name(ent.text), "PERSON", (ent.start_char, ent.end_char)), words)
            )
    return found
