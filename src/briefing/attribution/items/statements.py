"""Candidates with a party become the briefing's claims, denials and concerns."""

from __future__ import annotations

from collections.abc import Callable
from textwrap import shorten
from typing import Any

from briefing.attribution.candidates import Candidate
from briefing.attribution.items.paraphrase import Paraphraser
from briefing.attribution.items.propositions import items
from briefing.attribution.links import answers, linking
from briefing.attribution.parties.parties import party_of
from briefing.attribution.reading import Reading
from briefing.identity import is_mentioned, mention_spans
from briefing.schema import DRAFT_TYPES, MAX_QUOTE, MAX_TEXT, FoundStatements, Kind, Party


def _bounded(span: tuple[int, int], article: str) -> tuple[int, int]:
    """Cut an overlong quote at a word boundary: still the article's own words."""
    start, end = span
    if end - start > MAX_QUOTE:
        end = article.rfind(" ", start, start + MAX_QUOTE)
        end = end if end > start else start + MAX_QUOTE
    return start, end


def content_words(candidate: Candidate, text: str, width: int = MAX_TEXT) -> str:
    """The candidate's content, on one line, shortened to `width` characters."""
    start, end = candidate.content
    return shorten(" ".join(text[start:end].split()), width)


def quote_of(candidate: Candidate, text: str) -> str:
    """The candidate's content as a quote: the article's words, cut to MAX_QUOTE."""
    start, end = _bounded(candidate.content, text)
    return text[start:end]


def item_data(
    kind: Kind, number: int, speaker: str, statement: str, quote: str, **refs: Any
) -> dict[str, Any]:
    """Draft data of one item (`refs`: `responds_to`, `addressed_to`), id numbered per kind."""
    draft = DRAFT_TYPES[kind]
    item: dict[str, Any] = {
        "id": f"{draft.id_prefix}{number}",
        draft.actor_field: speaker,
        draft.text_field: statement,
        "quote": quote,
    }
    extra = {name: refs.get(name) for name in ("responds_to", "addressed_to")}
    item.update({name: value for name, value in extra.items() if name in draft.model_fields})
    return item


def _item(
    candidate: Candidate, speaker: str, number: int, words: str, target: str | None, text: str
) -> dict[str, Any]:
    refs = {"addressed_to": target} if target not in (None, speaker) else {}
    return item_data(candidate.kind, number, speaker, words, quote_of(candidate, text), **refs)


def speaker_of(candidate: Candidate, parties: list[Party]) -> str | None:
    """The party the source resolves to; for an unnamed source, a listed party it names
    ("Residents worry", when the model listed the residents)."""
    if candidate.referent is not None:
        return party_of(candidate.referent, parties)
    named = [p.id for p in parties if is_mentioned(p, candidate.source_text)]
    return named[0] if named else None


# a second pass over an item's paraphrase: (candidate, speaker id, words) -> words
Restate = Callable[[Candidate, str, str], str]


def statements_from(
    reading: Reading, parties: list[Party], restate: Restate | None = None
) -> dict[str, Any]:
    """StatementsDraft data of `anchored_statements`, without the anchors."""
    return anchored_statements(reading, parties, restate)[0]


def anchored_statements(
    reading: Reading, parties: list[Party], restate: Restate | None = None
) -> tuple[dict[str, Any], dict[str, int]]:
    """StatementsDraft data and each item's anchor (by item id, where its quote was taken
    from: grounding places it there, not at the first match). One item per proposition
    (`propositions.items`: no headline, no bare noun-phrase object) whose source names a
    party, its paraphrase made to stand alone (`paraphrase`, then `restate` if given),
    its links found by `linking` (a denial that answers no earlier concern answers what
    made it a denial (`replies`), else one told inside its own words). Two candidates
    giving one party the same words as the same kind (two sources that resolve to one
    party) make one item."""
    result: dict[str, list[dict[str, Any]]] = {"claims": [], "denials": [], "concerns": []}
    rewrite = Paraphraser(reading, parties)
    concerns: list[answers.Answered] = []
    anchors: dict[str, int] = {}
    unanswered: list[tuple[dict[str, Any], Candidate, str]] = []
    said: list[answers.Answered] = []  # claims and concerns: what a reply may answer
    given: set[tuple[str, str, tuple[int, int]]] = set()
    for candidate in items(reading):
        speaker = speaker_of(candidate, parties)
        if speaker is None or (speaker, candidate.kind, candidate.content) in given:
            continue
        given.add((speaker, candidate.kind, candidate.content))
        field = DRAFT_TYPES[candidate.kind].field
        answered = answers.responds_to(reading, candidate, speaker, concerns, parties)
        words = rewrite(candidate, speaker, answered) or content_words(candidate, reading.text)
        words = restate(candidate, speaker, words) if restate is not None else words
        target = linking.addressed_to(reading, candidate, speaker, parties)
        if target is None:
            target = linking.continued_addressee(reading, candidate, speaker, concerns)
        item = _item(candidate, speaker, len(result[field]) + 1, words, target, reading.text)
        anchors[item["id"]] = candidate.content[0]
        if candidate.kind == "denial":
            item["responds_to"] = answered[0]["id"] if answered else None
            if answered is None:
                unanswered.append((item, candidate, speaker))
        if candidate.kind == "concern":
            concerns.append((item, candidate))
        if candidate.kind != "denial":
            said.append((item, candidate))
        result[field].append(item)
    for item, candidate, speaker in unanswered:  # a concern it tells of, told after it
        replied = _reply_target(candidate, said)
        if replied is not None:  # what made it a denial (`replies`)
            item["responds_to"] = replied[0]["id"]
            continue
        told = [k for k in concerns if _told_in(k[1], candidate)]
        answered = answers.responds_to(reading, candidate, speaker, told, parties)
        if answered is None:  # a concern about the denier, told before it or after
            answered = answers.concern_about(reading, candidate, speaker, concerns, parties)
        item["responds_to"] = answered[0]["id"] if answered else None
    return result, anchors


def _reply_target(denial: Candidate, said: list[answers.Answered]) -> answers.Answered | None:
    """The item told in the words a reply denial answers (`Candidate.answers`): the one
    whose words overlap them most."""
    if denial.answers is None:
        return None
    start, end = denial.answers
    overlaps = [(min(end, c.content[1]) - max(start, c.content[0]), (i, c)) for i, c in said]
    most = max((n for n, _ in overlaps), default=0)
    return next(k for n, k in overlaps if n == most) if most > 0 else None


def _told_in(concern: Candidate, denial: Candidate) -> bool:
    """Whether a concern is told inside a denial's own words: what the denial refuses."""
    return denial.content[0] <= concern.cue[0] < denial.content[1]


def framing_parties(reading: Reading, parties: list[Party]) -> set[str]:
    """Parties named where a source is: they speak, even when no item is kept for them.
    A resolved source names only whom it resolves to: in "the Andean country's Defense
    Minister Edmundo Novillo" neither "Andean" nor "Defense" speaks. The signers of a
    letters page speak too (`signers`)."""
    sources = [
        c.referent.text if c.referent else reading.text[c.source[0] : c.source[1]]
        for c in reading.speaking()
        if c.source
    ]
    sources += reading.signers
    return {party.id for party in parties if any(mention_spans(party, s) for s in sources)}


def validate(data: dict[str, Any], context: dict[str, Any]) -> FoundStatements:
    """Validate and ground rule-found items (not capped: an article keeps all of them)."""
    return FoundStatements.model_validate(data, context=context)
