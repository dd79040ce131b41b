"""Who speaks in an attribution sentence: candidate parties, likeliest first.

Deterministic: a party named next to the cue word that introduces the
attributed words, the person named last before "he said", the parties joined
to a speaker by "and". The first candidate speaks (`briefing.cue_pass`).
"""

from __future__ import annotations

import re

from briefing.cues import Cue, content_span, is_framed, rank_speakers, speaker_anchor
from briefing.postprocess import mention_spans
from briefing.schema import Party

LOOKBACK = 600  # characters before a sentence where "he said" finds its speaker
_TITLES = (
    r"minister|president|senator|governor|spokesman|spokeswoman|secretary|chairman|official|"
    r"ambassador|candidate|nominee|congressman|congresswoman|lawmaker|mayor|general|analyst"
)
_PRONOUN_BEFORE = re.compile(
    rf"\b(?P<pronoun>he|she|they|we|the\s+(?:{_TITLES}))\s+(?:[a-z]+\s+){{0,2}}$", re.I
)
_PRONOUN_AFTER = re.compile(r"^[a-z]+\s+(?P<pronoun>he|she)\b", re.I)
_PRONOUN_START = re.compile(rf"^(?P<pronoun>he|she|they|we|the\s+(?:{_TITLES}))\b", re.I)
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
    """ "he" in "..., he said", "said he", "He added ..." or "the minister said": named earlier."""
    anchor = speaker_anchor(cue)
    match = (
        _PRONOUN_BEFORE.search(cue.text[:anchor])
        or _PRONOUN_AFTER.match(cue.text[anchor:])
        or _PRONOUN_START.match(cue.text)
    )
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
    elsewhere. An unnamed speaker ("analysts say"), one who is no party, or a
    sentence whose attributed words cannot be told apart from its speaker
    leaves no candidate: no item beats one with the wrong speaker or words.
    """
    options: dict[int, list[str]] = {}
    for cue in cues:
        anchor = speaker_anchor(cue)
        if not is_framed(cue) or _UNNAMED_SUBJECT.search(cue.text[:anchor]):
            options[cue.number] = []
            continue
        before = article[max(0, cue.start - LOOKBACK) : cue.start]
        pronoun = pronoun_subject(cue)
        person = pronoun is not None and pronoun not in ("they", "we")
        ranked = _last_mentioned(parties, before, person) if pronoun else []
        mentions = [
            (start, end, party.id)
            for party in parties
            for start, end in mention_spans(party, cue.text)
        ]
        ranked += rank_speakers(cue, mentions)
        options[cue.number] = list(dict.fromkeys(ranked))
    return options


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
