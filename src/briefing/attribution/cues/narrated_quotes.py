"""'Ann shook her head. "Tom is better at it."': a quotation standing as sentences of its
own, with no speaker tag, right after a sentence that tells what a named person did, is
that person's (the labelling guide's decision G: an untagged quotation right after a
sentence about a person is that person's claim)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.cues.quote_speakers import person_named
from briefing.attribution.cues.quotes import asks, opens_sentence, quotation_parts
from briefing.attribution.text.spans import (
    Offsets,
    doc_text,
    name_span,
    overlaps,
    token_offsets,
    trim,
)

SHAPE = "quote-narrated"
MIN_WORDS = 4  # a shorter quotation is a phrase or a title, not the person's words
_BLANK_OR_MARK = " \t\n“”\"'"
_SUBJECTS = frozenset({"nsubj"})
_SIGNATURE = re.compile(r"[\u201d\"'\u2019]?[ \t]*(?:[\u2015\u2014\u2013]|--)[ \t]*[A-Z]")


def _subject(sentence: Span) -> Token | None:
    """The subject of a narrating sentence's main verb ("Ann shook her head")."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in root.children if c.dep_ in _SUBJECTS), None)


def _narrator(
    doc: Doc, before: Span, quoted: Sequence[Offsets], mentions: list[Mention]
) -> tuple[Token, Mention] | None:
    """The person a sentence is about, when it quotes no one and names them its subject."""
    if any(overlaps(q, (before.start_char, before.end_char)) for q in quoted):
        return None
    subject = _subject(before)
    if subject is None or subject.pos_ != "PROPN":
        return None
    person = person_named(mentions, name_span(subject), subject.text)
    return None if person is None else (subject, person)


def _leads_in(text: str, before: Span, gap: str, cues: list[Offsets]) -> bool:
    """Whether a sentence leads into the quotation after it: one that opens it with a colon
    ("Cruz called them on it:", "Lee issued the following statement:"), even across a
    paragraph break; else one of the same paragraph that tags no speaker ("Or maybe Lee,
    Ruiz says." narrates no one)."""
    if text[before.start_char : before.end_char].rstrip().endswith(":"):
        return gap.count("\n") <= 2
    tagged = any(before.start_char <= c[0] < before.end_char for c in cues)
    return "\n" not in gap and not tagged


def _whole_sentences(text: str, parts: list[tuple[Span, Offsets]], quote: Offsets) -> bool:
    """Whether the quotation is all its sentences hold: no words outside its marks."""
    first, last = parts[0][0], parts[-1][0]
    outside = text[first.start_char : quote[0]] + text[quote[1] : last.end_char]
    return not outside.strip(_BLANK_OR_MARK + ".,!?")


def narrated_quotes(
    doc: Doc,
    mentions: list[Mention],
    quoted: Sequence[Offsets],
    candidates: list[Candidate],
    cues: list[Offsets],
) -> list[Candidate]:
    """One claim per sentence of each `quoted` quotation no candidate holds and no cue
    tags, that stands alone right after a sentence of its paragraph whose subject is a
    named person (no cue, no quotation in it): credited to that person. Questions give
    none."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    taken = [c.content for c in candidates]
    speaking = {c.sentence for c in candidates}
    added: list[Candidate] = []
    for quote in quoted:
        words = trim(text, *quote)[0]
        if any(overlaps(t, quote) for t in taken) or not opens_sentence(text, sentences, words):
            continue
        if len(text[quote[0] : quote[1]].split()) < MIN_WORDS or _signed(text, quote):
            continue
        parts = [(s, p) for s, p in quotation_parts(text, sentences, quote) if p[0] < p[1]]
        if not parts or not _whole_sentences(text, parts, quote):
            continue
        span = (parts[0][0].start_char, parts[-1][0].end_char)
        if any(span[0] <= c[0] < span[1] for c in cues):
            continue  # a tag, or speech the quotation tells of
        index = parts[0][0].start - 1
        before = next((s for s in sentences if s.start <= index < s.end), None)
        if before is None or (before.start_char, before.end_char) in speaking:
            continue
        gap = text[before.end_char : words]
        if gap.strip(_BLANK_OR_MARK) or not _leads_in(text, before, gap, cues):
            continue
        narrator = _narrator(doc, before, quoted, mentions)
        if narrator is None:
            continue
        subject, person = narrator
        verb = before.root
        for sentence, part in parts:
            if len(text[part[0] : part[1]].split()) < 2 or _asks(text, part):
                continue
            added.append(
                Candidate(
                    cue=token_offsets(verb),
                    cue_text=verb.text,
                    source=name_span(subject),
                    source_text=text[slice(*name_span(subject))],
                    content=part,
                    kind="claim",
                    sentence=(sentence.start_char, sentence.end_char),
                    shape=SHAPE,
                    referent=person,
                )
            )
    return added


def _signed(text: str, quote: Offsets) -> bool:
    """'"C." ― Tom Berg': a quotation signed after a dash on its own line is tagged."""
    return _SIGNATURE.match(text, quote[1]) is not None


def _asks(text: str, part: Offsets) -> bool:
    """A question, its marks and stray stops aside ('"Does that sound right?\u2019.\u2019"')."""
    return asks(text, part) or text[part[0] : part[1] + 3].rstrip(_BLANK_OR_MARK + ".’").endswith(
        "?"
    )
