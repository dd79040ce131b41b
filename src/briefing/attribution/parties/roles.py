"""A party's role, read off the parse in the article's own words.

A prompt whose parties pass answers names only (`parties_form: lists`) leaves
the role to the parse: the apposition after a person's name ("Farzin Nadimi,
an arms expert at The Washington Institute"), the noun the name is in
apposition to ("Harbor City's mayor, Ana Ruiz"), or the title written before
it ("Bolivia's Defense Minister Edmundo Novillo"). The first mention that has
one gives it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.attribution.names.party_kinds import kind_of
from briefing.attribution.parties.parties import is_actor_name
from briefing.attribution.parties.party_names import full_name
from briefing.attribution.text.spans import doc_text
from briefing.identity import aliases_of, slug_surname, slugify, unshared_aliases
from briefing.schema import Party, PartyKind

MAX_ROLE = 160
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|sir|dame|the|a|an)\.?$", re.IGNORECASE)
_EDGE = " ,;:-–—\"'“”‘’()"


def _clean(text: str) -> str | None:
    """Whitespace folded, edge punctuation and a leading article or honorific cut."""
    words = " ".join(text.split()).strip(_EDGE).split(" ")
    while words and _HONORIFIC.match(words[0]):
        words = words[1:]
    role = " ".join(words).strip(_EDGE)
    if not role or not any(c.isalpha() for c in role) or len(role) > MAX_ROLE:
        return None
    return role


def _apposition(entity: Span) -> str | None:
    """The apposition hung on the name: "X, an arms expert at Y"."""
    for child in entity.root.children:
        if child.dep_ == "appos" and not entity.start <= child.i < entity.end:
            return _clean(entity.doc[child.left_edge.i : child.right_edge.i + 1].text)
    return None


def _appositive_head(entity: Span) -> str | None:
    """The noun phrase the name is in apposition to: "Harbor City's mayor, Ana Ruiz"."""
    root = entity.root
    if root.dep_ != "appos" or root.head.pos_ not in ("NOUN", "PROPN"):
        return None
    head: Token = root.head
    return _clean(entity.doc[head.left_edge.i : head.i + 1].text)


def _title(entity: Span) -> str | None:
    """The words before the name in its phrase: "Bolivia's Defense Minister Edmundo Novillo"."""
    left = entity.root.left_edge.i
    if left >= entity.start:
        return None
    return _clean(entity.doc[left : entity.start].text)


def _mentions(name: str, doc: Doc) -> list[Span]:
    """Where the article writes the name (even where the NER missed it), then the
    person entities that are the name or its surname."""
    written = (
        doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text)
    )
    surname = slug_surname(name)
    named = (
        entity
        for entity in doc.ents
        if entity.label_ == "PERSON" and slugify(entity.text) in (slugify(name), surname)
    )
    return [span for span in (*written, *named) if span is not None]


def role_of(name: str, doc: Doc) -> str | None:
    """The role the article (parsed: `doc`) gives the person `name`, in its words, or None."""
    for entity in _mentions(name, doc):
        for finder in (_apposition, _appositive_head, _title):
            if role := finder(entity):
                return role
    return None


_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def party_named(name: str, listed: PartyKind, doc: Doc) -> Party:
    """A party the model named ("The IMF" is "IMF"), its kind from the evidence
    (`party_kinds.kind_of`, the model's kind last), named by the fullest name the
    article writes (`parties.full_name`; the name listed stays an alias): a person is
    also known by the surname
    and gets the role the article gives; an organization by the initials the article
    uses; nothing but a person gets a role (the parse does not tell one)."""
    name = _ARTICLE.sub("", name).strip() or name
    kind = kind_of(name, listed, doc)
    written, name = name, full_name(name, kind, doc)
    aliases = aliases_of(name, kind, doc_text(doc))
    if slugify(written) not in {slugify(name), *map(slugify, aliases)}:
        aliases.append(written)
    return Party(
        name=name,
        kind=kind,
        role=role_of(name, doc) if kind == "person" else None,
        affiliation=None,
        aliases=aliases,
    )


def parties_named(named: list[tuple[str, PartyKind]], doc: Doc) -> list[Party]:
    """`party_named` for each (name, kind) the model listed whose name can name an actor
    (`parties.is_actor_name`: not "Republican", not "TALLAHASSEE"); an alias two of them
    would share (Donald and Ivana Trump's surname) is given to neither."""
    parties = [
        party
        for name, kind in named
        if is_actor_name((party := party_named(name, kind, doc)).name, party.kind, doc)
    ]
    for party, aliases in zip(parties, unshared_aliases(parties), strict=True):
        party.aliases = aliases
    return parties
