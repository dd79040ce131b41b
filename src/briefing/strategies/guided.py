"""`guided`: the model writes the briefing, hinted with what the parse found.

Pass 1 is the `parties` pass of `cue-rules` (summary and parties, hinted
with the parse's speakers and most-named actors); the sources the parse
resolves are added as parties. Pass 2 (`statements`) shows the model the
party list and the numbered attribution candidates (kind, source and the
party it resolves to, cue, attributed words). For each candidate the model
answers kind (or "none": not an attribution), speaker (a party id), one
neutral sentence in its own words, and `responds_to` / `addressed_to`; it
may add attributions the candidates missed (`n` 0, with their quote).

The merge, candidate by candidate (`merge`):
- answered with a kind: the model's kind, speaker and sentence; the quote is
  the candidate's words (or the model's, when it gives one that is grounded);
  a speaker that resolves to no party falls back on the rules' speaker;
- answered "none": left out (the model judged it not an attribution);
- not answered at all: kept as the rules have it, as `cue-rules` would
  emit it (the safety net: a model that skips candidates loses nothing);
- then each added attribution (`n` 0) whose quote is not already an item's.
Every quote is then grounded as in every strategy, so nothing ungrounded
is emitted; what cannot be grounded or attributed is dropped and listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefing.attribution import Reading
from briefing.attribution.items.statements import (
    content_words,
    item_data,
    quote_of,
    speaker_of,
    validate,
)
from briefing.errors import CutOffError, TooLongError
from briefing.schema import DRAFT_TYPES, Kind, Party
from briefing.strategies.base import Context, Draft, register
from briefing.strategies.guided_answer import GuidedItem, answer_for
from briefing.strategies.shared import ask_parties, with_speakers

HINT_WORDS = 120  # characters of a candidate's words shown; its quote keeps them all


@register
class Guided:
    name = "guided"
    description = "the model writes every item, hinted with the parse's candidates"
    sections: tuple[str, ...] = ("system", "parties", "statements")
    passes = 2

    def run(self, context: Context) -> Draft:
        reading = context.reading
        summary, listed = ask_parties(context)
        parties = with_speakers(reading, listed)
        count = len(reading.candidates)
        context.reporter.say(f"  pass 2: {count} candidates, {len(parties)} parties")
        try:
            answer = context.ask(
                answer_for(count),
                "statements",
                {"parties": parties, "candidates": count},
                parties=party_lines(parties),
                candidates=candidate_lines(reading, parties),
            )
            answered, dropped = answer.items, answer.dropped
        except (TooLongError, CutOffError) as exc:
            # Pass 1 is done: the article keeps the rules' items rather than failing.
            context.reporter.say(f"  pass 2 skipped, the rules' items kept: {exc}")
            answered, dropped = [], []
        data, anchors = merge(reading, parties, answered)
        checks = {**context.grounding, "parties": parties, "on_invalid": "drop", "anchors": anchors}
        statements = validate(data, checks)
        return Draft(
            summary,
            parties,
            statements.claims,
            statements.denials,
            statements.concerns,
            [*dropped, *statements.dropped],
        )


def party_lines(parties: Sequence[Party]) -> str:
    """`id: name (kind)`, one party a line."""
    return "\n".join(f"{p.id}: {p.name} ({p.kind})" for p in parties)


def candidate_lines(reading: Reading, parties: list[Party]) -> str:
    """`n. kind | source = party id (or ?) | cue | "words"`, one candidate a line."""
    lines = []
    for number, candidate in enumerate(reading.candidates, 1):
        source = " ".join(candidate.source_text.split()) or "?"
        speaker = speaker_of(candidate, parties) or "?"
        words = content_words(candidate, reading.text, HINT_WORDS)
        cue = " ".join(candidate.cue_text.split())
        lines.append(f'{number}. {candidate.kind} | {source} = {speaker} | {cue} | "{words}"')
    return "\n".join(lines)


@dataclass(frozen=True)
class _Row:
    """One item before numbering: `candidate` is its number (0: added by the model)."""

    candidate: int
    kind: Kind
    speaker: str
    statement: str
    quote: str
    responds_to: int | None = None
    addressed_to: str | None = None
    anchor: int | None = None  # where the candidate's words are: the quote is placed there


def _from_candidate(
    number: int, answer: GuidedItem | None, reading: Reading, parties: list[Party]
) -> _Row | None:
    """Candidate `number` as the model answered it; as the rules have it when unanswered."""
    candidate = reading.candidates[number - 1]
    rules_speaker = speaker_of(candidate, parties)
    words, quote = content_words(candidate, reading.text), quote_of(candidate, reading.text)
    rules = _Row(
        number, candidate.kind, rules_speaker or "", words, quote, anchor=candidate.content[0]
    )
    if answer is None:
        return rules if rules_speaker else None
    speaker = answer.speaker or rules_speaker
    if answer.kind == "none" or speaker is None:
        return None
    return replace(
        rules,
        kind=answer.kind,
        speaker=speaker,
        statement=answer.statement or words,
        quote=answer.quote or quote,
        responds_to=answer.responds_to,
        addressed_to=answer.addressed_to,
    )


def _added(answer: GuidedItem, rows: list[_Row]) -> _Row | None:
    """An attribution the model added, unless its quote is already (in) an item's."""
    if answer.kind == "none" or not answer.speaker or not answer.quote:
        return None
    quote = " ".join(answer.quote.split()).lower()
    for row in rows:
        other = " ".join(row.quote.split()).lower()
        if quote in other or other in quote:
            return None
    statement = answer.statement or answer.quote
    return _Row(0, answer.kind, answer.speaker, statement, answer.quote, None, answer.addressed_to)


def merge(
    reading: Reading, parties: list[Party], answers: list[GuidedItem]
) -> tuple[dict[str, Any], dict[str, int]]:
    """StatementsDraft data from the model's answers and the rules' candidates (module
    doc), and the anchors of items from candidates (by item id: where their words are)."""
    by_number: dict[int, GuidedItem] = {}
    for answer in answers:
        by_number.setdefault(answer.n, answer)  # a candidate answered twice: the first counts
    rows = []
    for number in range(1, len(reading.candidates) + 1):
        row = _from_candidate(number, by_number.get(number), reading, parties)
        if row is not None:
            rows.append(row)
    for answer in answers:
        if answer.n == 0 and (row := _added(answer, rows)) is not None:
            rows.append(row)
    return _numbered(rows)


def _numbered(rows: list[_Row]) -> tuple[dict[str, Any], dict[str, int]]:
    """Items numbered per kind (c1, d1, k1 ...); a denial's `responds_to`, a candidate's
    number, becomes the id of that candidate's claim or concern. With the rows' anchors."""
    counts: Counter[Kind] = Counter()
    numbers = []
    for row in rows:
        counts[row.kind] += 1
        numbers.append(counts[row.kind])
    ids = {
        row.candidate: f"{DRAFT_TYPES[row.kind].id_prefix}{number}"
        for row, number in zip(rows, numbers, strict=True)
        if row.candidate and row.kind != "denial"
    }
    result: dict[str, list[dict[str, Any]]] = {"claims": [], "denials": [], "concerns": []}
    anchors: dict[str, int] = {}
    for row, number in zip(rows, numbers, strict=True):
        if row.anchor is not None:
            anchors[f"{DRAFT_TYPES[row.kind].id_prefix}{number}"] = row.anchor
        responds_to = ids.get(row.responds_to) if row.responds_to else None
        result[DRAFT_TYPES[row.kind].field].append(
            item_data(
                row.kind,
                number,
                row.speaker,
                row.statement,
                row.quote,
                responds_to=responds_to,
                addressed_to=row.addressed_to,
            )
        )
    return result, anchors
