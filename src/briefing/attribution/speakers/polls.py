"""Who speaks through a poll: the pollster it is named after ("The Harbor poll found"),
and for "the poll", "the survey" or "a new poll", which name no one, the pollster of the
poll the article names last before it ("a Harbor Research poll ... The poll shows"), else
of one it names in the next sentences ("according to a new poll. The survey, conducted
by Harbor Research, finds"). The labelling guide credits a poll's findings to its
pollster, and a record's or report's to whoever it is named after ("Harbor data show",
"FEC records show", "a Harbor Watch report found")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.finders.findings import author_of, entity_span, is_author_name
from briefing.attribution.names.mentions import clean_name
from briefing.attribution.text.spans import doc_text

POLLS = frozenset({"poll", "survey"})
# what speaks for whoever it is named after, as a poll does ("data" may be "datum")
RECORDS = POLLS | {"report", "study", "analysis", "data", "datum", "record", "statistic"}
LOOKAHEAD_SENTENCES = 2  # "according to a new poll" in a lead, its pollster named after


def pollster(head: Token, inside: Sequence[Mention]) -> Mention | None:
    """The pollster a poll (or the author a record, `RECORDS`) is named after, the last
    name `inside` its source before it ("The Harbor poll found": Harbor, the small model's
    place or not), else a name no entity holds ("FEC records show"), as a body; None for
    any other noun."""
    if head.lemma_.lower() not in POLLS and named_after(head) is None:
        return None
    named = [m for m in inside if m.label in ("ORG", "GPE", "PERSON") and m.span[1] <= head.idx]
    if named:
        return Mention(named[-1].text, "ORG", named[-1].span)
    author = named_after(head)
    return _named(author, inside) if author is not None else None


def named_after(head: Token) -> Token | None:
    """The name a record (`RECORDS`) is named after, written right before it ("Harbor
    data", "FEC records"; not "U.S. lobbying records", records of a kind)."""
    if head.i == 0 or head.lemma_.lower() not in RECORDS:
        return None
    author = author_of(head)
    after = record_after(author) if author is not None else None
    return author if after is not None and after.i == head.i else None


def record_after(last: Token) -> Token | None:
    """The record noun (`RECORDS`) written right after a name's last word ("Harbor data",
    "F.A.A. records"), read from the name's end (`poll_names`) or the noun's (`named_after`)."""
    if last.i + 1 >= len(last.doc):
        return None
    after = last.doc[last.i + 1]
    return after if after.lemma_.lower() in RECORDS else None


def poll_maker(head: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The pollster of a poll noun that names no one: the one of the poll named last
    before it (or by it), else of the first named within LOOKAHEAD_SENTENCES after; "the
    polls" are many pollsters', no one's."""
    if head.tag_ != "NN" or head.lemma_.lower() not in POLLS:
        return None
    makers = list(_makers(head, mentions))
    before = [maker for at, maker in makers if at <= head.i]
    if before:
        return before[-1]
    sentences = list(head.doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= head.i < s.end)
    limit = sentences[min(len(sentences) - 1, index + LOOKAHEAD_SENTENCES)].end
    return next((maker for at, maker in makers if at < limit), None)


def _makers(head: Token, mentions: Sequence[Mention]) -> Iterator[tuple[int, Mention]]:
    """Each poll the article names a maker of, with that maker: "a Harbor poll", "the
    survey, conducted by Harbor Research", "Harbor Research surveyed 900 voters"."""
    for token in head.doc:
        if token.lemma_.lower() not in POLLS:
            continue
        author = None
        if token.pos_ == "NOUN":
            author = author_of(token)
        elif token.pos_ == "VERB":
            subjects = (c for c in token.children if c.dep_ == "nsubj" and is_author_name(c))
            author = next(subjects, None)
        if author is not None:
            yield token.i, _named(author, mentions)


def _named(author: Token, mentions: Sequence[Mention]) -> Mention:
    """The mention holding the author's name, as a body; else its entity's words."""
    held = next((m for m in mentions if m.span[0] <= author.idx < m.span[1]), None)
    if held is not None:
        return Mention(held.text, "ORG", held.span)
    start, end = entity_span(author)
    return Mention(clean_name(doc_text(author.doc)[start:end]), "ORG", (start, end))
