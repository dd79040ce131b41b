"""A speaker's clause left out of a content that a quotation bounds.

'"We are not winning, but it is too soon to quit," X said': the parser may hang only the
clause after "but" on "said", so X's content starts there; the clause before it, inside
the same quotation and sentence, is X's too (a claim of its own, as the guide splits a
quotation's clauses joined by "but" or "and"). And 'X told reporters that A and that
"B"': the content is narrowed to the quotation B (`reading._quoted_part`); the
paraphrase A conjoined before it is X's claim too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.cues.concessions import CONCESSIVE
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import (
    Offsets,
    content_roots,
    joined_clause,
    overlaps,
    tokens_span,
    trim,
)

MIN_HEAD_WORDS = 3
_JOINS = frozenset({"but", "and", "yet", "so"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _head_part(text: str, start: int, end: int) -> Offsets | None:
    """The words from `start` to `end` without the comma and conjunction joining them to
    the content after them ("We are not winning, but" gives "We are not winning")."""
    words = text[start:end].rstrip(" ,;").split()
    if len(words) < 2 or words[-1].lower() not in _JOINS:
        return None
    cut = text.rfind(words[-1], start, end)
    head = trim(text, start, cut)
    stripped = text[head[0] : head[1]].rstrip(" ,;")
    return trim(text, head[0], head[0] + len(stripped))


def _is_clause(sentence: Span, part: Offsets) -> bool:
    """Whether a verb inside `part` has its own subject inside it."""
    inside = [t for t in sentence if part[0] <= t.idx < part[1]]
    return any(
        t.dep_ in _SUBJECTS and t.head.pos_ in ("VERB", "AUX") and part[0] <= t.head.idx < part[1]
        for t in inside
    )


def quote_heads(
    text: str, sentences: Sequence[Span], candidates: list[Candidate]
) -> list[Candidate]:
    """The clauses the module doc describes, as the same speakers' claims: first the
    quotations' heads (`_quoted_heads`), then the paraphrases before a quoted clause."""
    taken = [c.content for c in candidates]
    quoted = quotations(text)
    added = _quoted_heads(text, sentences, candidates, taken, quoted)
    for candidate in candidates:
        sentence = _sentence_at(sentences, candidate.content[0])
        if candidate.referent is None or candidate.shape == "co" or sentence is None:
            continue
        part = _paraphrase_before(text, sentence, candidate, quoted)
        if part is None or any(overlaps(part, t) for t in taken):
            continue
        added.append(replace(candidate, kind="claim", content=part, shape="paraphrase-head"))
        taken.append(part)
    return added


def _sentence_at(sentences: Sequence[Span], at: int) -> Span | None:
    return next((s for s in sentences if s.start_char <= at < s.end_char), None)


def _quoted_heads(
    text: str,
    sentences: Sequence[Span],
    candidates: list[Candidate],
    taken: list[Offsets],
    quoted: Sequence[Offsets],
) -> list[Candidate]:
    """For each candidate whose content sits inside a quotation that opens earlier in its
    sentence, with only the quotation's words and a joining "but"/"and" before the content,
    the clause before it (module doc). A concession ("while A, B") is no claim of its own
    (`concessions`), and a cue between the two splits them."""
    added: list[Candidate] = []
    for candidate in candidates:
        if candidate.referent is None or candidate.shape == "co":
            continue
        start, end = candidate.content
        quote = next((q for q in quoted if q[0] < start and end <= q[1]), None)
        if quote is None or quote[0] < candidate.sentence[0]:
            continue
        if quote[0] < candidate.cue[0] < start:
            continue
        head = _head_part(text, trim(text, quote[0] + 1, start)[0], start)
        if head is None or len(text[head[0] : head[1]].split()) < MIN_HEAD_WORDS:
            continue
        if text[head[0] : head[1]].split()[0].lower() in CONCESSIVE:
            continue
        sentence = _sentence_at(sentences, head[0])
        if any(overlaps(head, t) for t in taken) or sentence is None:
            continue
        if not _is_clause(sentence, head):
            continue
        added.append(replace(candidate, kind="claim", content=head, shape="quote-head"))
        taken.append(head)
    return added


def _paraphrase_before(
    text: str, sentence: Span, candidate: Candidate, quoted: Sequence[Offsets]
) -> Offsets | None:
    """The paraphrased clause conjoined before a quoted one the content was narrowed to
    ('told reporters that A and that "B"' gives A), or None."""
    if not any(trim(text, *q)[0] == candidate.content[0] for q in quoted):
        return None
    roots = content_roots(sentence.doc, candidate.content)
    if not roots or roots[0].dep_ != "conj":
        return None
    first: Token = roots[0].head
    cue = first.head
    if first.dep_ != "ccomp" or not candidate.cue[0] <= cue.idx < candidate.cue[1]:
        return None
    if first.i > roots[0].i:
        return None
    span = tokens_span(joined_clause([t for t in first.subtree if t.i < roots[0].left_edge.i]))
    if span is None or len(text[span[0] : span[1]].split()) < MIN_HEAD_WORDS:
        return None
    if span[0] < candidate.cue[1] or any(a < span[0] < b for a, b in quoted):
        return None  # the reporter's words before the cue, or a quotation's
    if text[span[1] :].lstrip().startswith(":"):
        return None  # "He adds that Muslims have two choices: 'A or B'"
    part = trim(text, *span)
    return part if _is_clause(sentence, part) else None
