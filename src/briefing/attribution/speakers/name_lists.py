"""Names listed together with a source's head word, as the parse holds them: its
conjuncts, and the comma-list items the parser took for appositions ("Ruiz, Berg and Tam"),
and the words that open one of those names ("House Speaker Berg"), for `joint_sources`."""

from __future__ import annotations

from spacy.tokens import Token


def listed_names(head: Token) -> list[Token]:
    """A source and each name listed with it, in reading order: every conjunct ("Ruiz,
    Berg (D-Ohio), and Tam": the parser may join two to the first), and a name the parser
    took for the first one's apposition in a list that "and" ends ("Ruiz, Berg and Tam").
    A conjunct right before the next one's title is part of its name ("Ruiz and House
    Speaker Berg": "House")."""
    found: list[Token] = []
    todo = [head]
    while todo:
        token = todo.pop()
        found.append(token)
        todo += [c for c in token.children if c.dep_ == "conj" or _listed_as_apposed(token, c)]
    found.sort(key=lambda t: t.i)
    return [t for t in found if t is head or not _title_of_next(t, found)]


def _listed_as_apposed(token: Token, child: Token) -> bool:
    """A person's name set off by a comma after a person's name, in a list that joins a
    person's name by "and": a list item, since a person's apposition describes."""
    if child.dep_ != "appos" or child.pos_ != "PROPN" or token.pos_ != "PROPN":
        return False
    people = token.ent_type_ == child.ent_type_ == "PERSON"
    comma = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
    listed = any(t.dep_ == "conj" and t.ent_type_ == "PERSON" for t in token.subtree)
    return people and comma and listed


def _title_of_next(token: Token, chain: list[Token]) -> bool:
    """A bare conjunct whose next word belongs to the next conjunct's name."""
    bare = all(c.dep_ in ("cc", "punct") for c in token.children)
    if not bare or token.i + 1 >= len(token.doc):
        return False
    nxt = token.nbor()
    return nxt.pos_ == "PROPN" and nxt.dep_ == "compound" and nxt.head in chain


def opens_name(token: Token, head: Token) -> bool:
    """A word that opens the name `head` ends: "Democrat" of "Democrat Berg", "House" of
    "House Speaker Tom Berg" (proper nouns only, up to the head)."""
    words = token.doc[token.i : head.i]
    return len(words) > 0 and all(t.pos_ == "PROPN" for t in words)
