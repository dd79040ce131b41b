"""'"Fields said", the small model tagging "Fields" a noun: the person named "Michelle
Fields"; an interview's "FIELDS:" label, the same."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.names.mentions import NOT_PEOPLE
from briefing.attribution.text.spans import Offsets, doc_text
from briefing.identity import surname


def person_by_surname(people: Sequence[Mention], head: Token) -> Mention | None:
    """The person the article names with the head word as surname (the nearest such person
    before it, else after it)."""
    if not head.text[:1].isupper() or head.lower_ in NOT_PEOPLE:
        return None
    same = [p for p in people if p.text != head.text and surname(p.text) == head.lower_]
    before = [p for p in same if p.span[1] <= head.idx]
    return (before[-1] if before else same[0]) if same else None


def first_bearer(doc: Doc, people: Sequence[Mention], mention: Mention | None) -> Mention | None:
    """A lone surname that two people named in full in the body share under other given
    names ("Lazar" of "Marcel Lazar" and, later, "his wife, Gabriela Lazar"; not "Ken" and
    "Kenneth Starr"): the first of them named before it, the story's person (a relative is
    named in full), else the first named; any other mention as it is."""
    if mention is None or mention.label != "PERSON" or len(mention.text.split()) != 1:
        return mention
    last, body = mention.text.lower(), doc_text(doc).find("\n\n")
    full = [
        p
        for p in people
        if len(p.text.split()) > 1 and surname(p.text) == last and p.span[0] > body
    ]
    given = {p.text.split()[0].lower() for p in full}
    if not any(not (a.startswith(b) or b.startswith(a)) for a in given for b in given):
        return mention
    before = [p for p in full if p.span[1] <= mention.span[0]]
    return (before or full)[0]


def labelled(
    text: str, source: Offsets, people: Sequence[Mention], inside: Sequence[Mention]
) -> Mention | None:
    """ "WALLACE:" is the Chris Wallace the article names, else "Wallace". A label in
    title case ("Alex Smith: ...") must name someone, a person or body `inside` it ("The
    Latest: ..." does not)."""
    label = text[source[0] : source[1]]
    last = surname(label.replace(".", " "))
    same = [p for p in people if surname(p.text) == last]
    if same:
        best = max(same, key=lambda p: len(p.text))
        return best if not best.text.isupper() else Mention(best.text.title(), "PERSON", best.span)
    if label.isupper():
        return Mention(label.title(), "PERSON", source)
    return inside[0] if inside else None
