"""The cue-guided statements pass: the model only says who speaks and how.

The deterministic pre-pass (`briefing.cues`) numbers the attribution
sentences and finds the attributed words of each; the model picks, per
sentence, the speaking party (a grammar-enforced choice among the party ids
found in the first pass, or "none") and, where the sentence has cue words of
several kinds, the kind of statement. Quotes therefore always are the
article's own words, and the `statement`/`denied`/`about` text is the
sentence the item comes from (shortened): the embedded model's paraphrases
were often of the wrong sentence, and writing them cost a fifth of the time.
"""

from __future__ import annotations

import re
from textwrap import shorten
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, create_model

from briefing.cues import Cue, content_span, rank_speakers, speaker_anchor
from briefing.postprocess import mention_spans
from briefing.schema import MAX_QUOTE, MAX_TEXT, Party

Kind = Literal["claim", "denial", "concern"]
NO_SPEAKER = "none"
_FIELDS: dict[str, tuple[str, str, str]] = {
    # kind -> (list field, actor field, paraphrase field)
    "claim": ("claims", "claimant", "statement"),
    "denial": ("denials", "denier", "denied"),
    "concern": ("concerns", "holder", "about"),
}


class Decision(BaseModel):
    """One attribution: sentence number, speaker id, kind, paraphrase."""

    model_config = ConfigDict(extra="forbid")

    sentence: int
    speaker: str
    kind: Kind


LOOKBACK = 600  # characters before a sentence where "he said" finds its speaker
_PRONOUN_BEFORE = re.compile(r"\b(?P<pronoun>he|she|they|we)\s+(?:[a-z]+\s+){0,2}$", re.I)
_PRONOUN_AFTER = re.compile(r"^[a-z]+\s+(?P<pronoun>he|she)\b", re.I)
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:analysts|officials|experts|critics|observers|sources|reports|people|some|others|"
    r"polls|studies)\s+(?:[a-z]+\s+)?$",
    re.I,
)


def outside_content(cue: Cue) -> str:
    """The sentence with its attributed words blanked out: who speaks, to whom, how."""
    start, end = (offset - cue.start for offset in content_span(cue))
    return cue.text[:start] + " " * (end - start) + cue.text[end:]


def framing_parties(cues: list[Cue], parties: list[Party]) -> set[str]:
    """Parties named in an attribution's frame (not in its attributed words)."""
    frames = [outside_content(cue) for cue in cues]
    return {party.id for party in parties if any(mention_spans(party, f) for f in frames)}


def pronoun_subject(cue: Cue) -> str | None:
    """ "he" in "..., he said" or "..., said he": the speaker is named earlier."""
    anchor = speaker_anchor(cue)
    match = _PRONOUN_BEFORE.search(cue.text[:anchor]) or _PRONOUN_AFTER.match(cue.text[anchor:])
    return match.group("pronoun").lower() if match else None


def _last_mentioned(parties: list[Party], text: str, persons_first: bool) -> list[str]:
    """Parties named in `text`, the last-named first (people first for "he"/"she")."""
    ranked: list[tuple[int, str]] = []
    for party in parties:
        starts = [start for start, _ in mention_spans(party, text)]
        if starts:
            penalty = len(text) if persons_first and party.kind != "person" else 0
            ranked.append((penalty + len(text) - max(starts), party.id))
    return [pid for _, pid in sorted(ranked)]


def speaker_options(cues: list[Cue], parties: list[Party], article: str) -> dict[int, list[str]]:
    """Per sentence, candidate speakers, likeliest first.

    A speaker is nearly always named next to the cue word that introduces the
    attributed words, or just before the sentence ("he said": then the party
    named last before it comes first, a person for "he" or "she"). Limiting
    the choice keeps a small model from picking a party only talked about
    elsewhere. With no candidate, all parties stay; an unnamed speaker
    ("analysts say") leaves none.
    """
    options: dict[int, list[str]] = {}
    for cue in cues:
        anchor = speaker_anchor(cue)
        if _UNNAMED_SUBJECT.search(cue.text[:anchor]):
            options[cue.number] = []
            continue
        before = article[max(0, cue.start - LOOKBACK) : cue.start]
        pronoun = pronoun_subject(cue)
        ranked = _last_mentioned(parties, before, pronoun in ("he", "she")) if pronoun else []
        mentions = [
            (start, end, party.id)
            for party in parties
            for start, end in mention_spans(party, cue.text)
        ]
        ranked += rank_speakers(cue, mentions)
        ranked += _last_mentioned(parties, before, persons_first=False)
        options[cue.number] = list(dict.fromkeys(ranked)) or [p.id for p in parties]
    return options


def render_choices(cues: list[Cue], options: dict[int, list[str]]) -> str:
    """Numbered sentences with their kinds and candidate speakers, for the prompt."""
    return "\n".join(
        f"S{c.number} [{'/'.join(c.kinds)}] (speaker: {' | '.join(options[c.number])} | none) "
        f"{c.text}"
        for c in cues
        if options[c.number]
    )


def decisions_model(cues: list[Cue], options: dict[int, list[str]]) -> type[BaseModel]:
    """A response model with one required entry per sentence with candidates, `S1` … `Sn`.

    The grammar makes the model decide every sentence in order: the speaker
    among the parties named around it (or "none"), and, where the sentence has
    cue words of several kinds, `{"speaker": ..., "kind": ...}` with the kind
    among them. A one-kind sentence's entry has no kind: every generated
    token costs time on a laptop.
    """
    fields: dict[str, Any] = {}
    for cue in cues:
        if not options[cue.number]:
            continue
        entry: dict[str, Any] = {
            "speaker": (Literal[tuple([*options[cue.number], NO_SPEAKER])], ...)
        }
        if len(cue.kinds) > 1:
            entry["kind"] = (Literal[cue.kinds], ...)
        model = create_model(
            f"Sentence{cue.number}",  # not "S{n}": that name would clash in the grammar
            __config__=ConfigDict(extra="forbid"),
            **entry,
        )
        fields[f"S{cue.number}"] = (model, ...)
    return create_model("Attributions", __config__=ConfigDict(extra="forbid"), **fields)


def rule_decisions(cues: list[Cue], options: dict[int, list[str]]) -> list[Decision]:
    """No model: each sentence's likeliest speaker, with the kind of its strongest cue word."""
    return [
        Decision(sentence=cue.number, speaker=options[cue.number][0], kind=cue.kind)
        for cue in cues
        if options[cue.number]
    ]


def decisions_of(answer: BaseModel, cues: list[Cue]) -> list[Decision]:
    """The per-sentence entries of a `decisions_model` answer."""
    kinds = {cue.number: cue.kind for cue in cues}
    decisions = []
    for key, entry in answer:
        number = int(key[1:])
        chosen = {"kind": kinds[number], **entry.model_dump()}
        decisions.append(Decision(sentence=number, **chosen))
    return decisions


def cue_sentence(cue: Cue, article: str) -> str:
    """The whole sentence a cue comes from (a split-off concern cue holds only its start)."""
    end = cue.end
    if cue.content is not None:  # split off: runs to the end of the phrase only
        period = article.find(".", cue.end)
        end = period + 1 if period >= 0 else len(article)
    return " ".join(article[cue.start : end].split())


def _bounded(span: tuple[int, int], article: str) -> tuple[int, int]:
    """Cut an overlong quote at a word boundary: still the article's own words."""
    start, end = span
    if end - start > MAX_QUOTE:
        end = article.rfind(" ", start, start + MAX_QUOTE)
        end = end if end > start else start + MAX_QUOTE
    return start, end


_JOINED = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def co_speakers(cue: Cue, speaker: str, parties: list[Party]) -> list[str]:
    """Parties joined to the speaker by "and" or commas: "IRNA and Fars reported" is both.

    Only names outside the attributed words count ("he denied that Bolivia and
    Iran signed" is not Iran's denial).
    """
    text = outside_content(cue)
    spans = {party.id: mention_spans(party, text) for party in parties}
    group = [speaker]
    grown = True
    while grown:
        grown = False
        for party in parties:
            if party.id in group:
                continue
            if any(
                _JOINED.fullmatch(text[min(b, d) : max(a, c)])
                for member in group
                for a, b in spans.get(member, [])
                for c, d in spans[party.id]
            ):
                group.append(party.id)
                grown = True
    return group[1:]


def statements_from(
    decisions: list[Decision], cues: list[Cue], article: str, parties: list[Party]
) -> dict[str, Any]:
    """StatementsDraft data: one item per decision's speaker (and co-speakers), quoting the cue."""
    by_number = {cue.number: cue for cue in cues}
    result: dict[str, list[dict[str, Any]]] = {"claims": [], "denials": [], "concerns": []}
    seen: set[tuple[int, str, str]] = set()
    for decision in decisions:
        cue = by_number.get(decision.sentence)
        if cue is None or decision.speaker == NO_SPEAKER:
            continue
        field, actor, paraphrase = _FIELDS[decision.kind]
        start, end = _bounded(content_span(cue), article)
        for speaker in [decision.speaker, *co_speakers(cue, decision.speaker, parties)]:
            key = (decision.sentence, speaker, decision.kind)
            if key in seen:
                continue
            seen.add(key)
            item: dict[str, Any] = {
                "id": f"{field[0] if field != 'concerns' else 'k'}{len(result[field]) + 1}",
                actor: speaker,
                paraphrase: shorten(cue_sentence(cue, article), MAX_TEXT),
                "quote": article[start:end],
            }
            if field == "denials":
                item["responds_to"] = None
            if field == "concerns":
                item["addressed_to"] = None
            result[field].append(item)
    return result
