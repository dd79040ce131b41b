"""Candidates with a party become the briefing's claims, denials and concerns."""

from __future__ import annotations

from textwrap import shorten
from typing import Any

from briefing.attribution.candidates import Candidate
from briefing.attribution.parties import is_mentioned, mention_spans, party_of
from briefing.attribution.reading import Reading
from briefing.schema import MAX_QUOTE, MAX_TEXT, FoundStatements, Party

_FIELDS: dict[str, tuple[str, str, str, str]] = {
    # kind -> (list field, id prefix, actor field, paraphrase field)
    "claim": ("claims", "c", "claimant", "statement"),
    "denial": ("denials", "d", "denier", "denied"),
    "concern": ("concerns", "k", "holder", "about"),
}


def _bounded(span: tuple[int, int], article: str) -> tuple[int, int]:
    """Cut an overlong quote at a word boundary: still the article's own words."""
    start, end = span
    if end - start > MAX_QUOTE:
        end = article.rfind(" ", start, start + MAX_QUOTE)
        end = end if end > start else start + MAX_QUOTE
    return start, end


def _item(candidate: Candidate, speaker: str, number: int, text: str) -> dict[str, Any]:
    field, prefix, actor, paraphrase = _FIELDS[candidate.kind]
    start, end = _bounded(candidate.content, text)
    content = " ".join(text[candidate.content[0] : candidate.content[1]].split())
    item: dict[str, Any] = {
        "id": f"{prefix}{number}",
        actor: speaker,
        paraphrase: shorten(content, MAX_TEXT),
        "quote": text[start:end],
    }
    if field == "denials":
        item["responds_to"] = None
    if field == "concerns":
        item["addressed_to"] = None
    return item


def _speaker(candidate: Candidate, parties: list[Party]) -> str | None:
    """The party the source resolves to; for an unnamed source, a listed party it names
    ("Residents worry", when the model listed the residents)."""
    if candidate.referent is not None:
        return party_of(candidate.referent, parties)
    named = [p.id for p in parties if is_mentioned(p, candidate.source_text)]
    return named[0] if named else None


def statements_from(reading: Reading, parties: list[Party]) -> dict[str, Any]:
    """StatementsDraft data: one item per candidate whose source names a party."""
    result: dict[str, list[dict[str, Any]]] = {"claims": [], "denials": [], "concerns": []}
    for candidate in reading.candidates:
        speaker = _speaker(candidate, parties)
        if speaker is None:
            continue
        field = _FIELDS[candidate.kind][0]
        result[field].append(_item(candidate, speaker, len(result[field]) + 1, reading.text))
    return result


def framing_parties(reading: Reading, parties: list[Party]) -> set[str]:
    """Parties named where a source is: they speak, even when no item is kept for them."""
    sources = [reading.text[c.source[0] : c.source[1]] for c in reading.candidates if c.source]
    return {party.id for party in parties if any(mention_spans(party, s) for s in sources)}


def validate(data: dict[str, Any], context: dict[str, Any]) -> FoundStatements:
    """Validate and ground rule-found items (not capped: an article keeps all of them)."""
    return FoundStatements.model_validate(data, context=context)
