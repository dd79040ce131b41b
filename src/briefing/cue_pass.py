"""The statements of a cue-guided briefing: one per attribution sentence.

The deterministic pre-pass (`briefing.cues`) numbers the attribution
sentences and finds the attributed words of each; `briefing.speakers` ranks
each sentence's candidate speakers, and the first one speaks (measured: the
model's own choice among them was never better on the seed suite, and on
PolNeAR it answered "none" so often that recall fell from 0.27 to 0.16).
The model is asked only what takes reading: the kind of statement, where a
sentence has cue words of several kinds ("dismissed ..., saying" is a
denial). Quotes therefore always are the article's own words, and the
`statement`/`denied`/`about` text is the sentence the item comes from
(shortened): the embedded model's paraphrases were often of the wrong
sentence, and writing them cost a fifth of the time.
"""

from __future__ import annotations

from collections.abc import Mapping
from textwrap import shorten
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, create_model

from briefing.cues import Cue, content_span, sentence_end
from briefing.schema import MAX_QUOTE, MAX_TEXT, Party
from briefing.speakers import co_speakers

Kind = Literal["claim", "denial", "concern"]
_FIELDS: dict[str, tuple[str, str, str]] = {
    # kind -> (list field, actor field, paraphrase field)
    "claim": ("claims", "claimant", "statement"),
    "denial": ("denials", "denier", "denied"),
    "concern": ("concerns", "holder", "about"),
}


class Decision(BaseModel):
    """One attribution: sentence number, speaker id, kind."""

    model_config = ConfigDict(extra="forbid")

    sentence: int
    speaker: str
    kind: Kind


def open_kinds(cues: list[Cue], options: dict[int, list[str]]) -> list[Cue]:
    """Sentences with a speaker and cue words of several kinds: what the model is asked."""
    return [cue for cue in cues if options[cue.number] and len(cue.kinds) > 1]


def render_choices(cues: list[Cue], options: dict[int, list[str]]) -> str:
    """The sentences the model is asked about, with their kinds and speaker, for the prompt."""
    return "\n".join(
        f"S{c.number} [{' or '.join(c.kinds)}] (speaker: {options[c.number][0]}) {c.text}"
        for c in open_kinds(cues, options)
    )


def kinds_model(cues: list[Cue], options: dict[int, list[str]]) -> type[BaseModel]:
    """A response model with one required entry `S<n>` per open sentence: one of its kinds."""
    fields: dict[str, Any] = {}
    for cue in open_kinds(cues, options):
        kind: Any = Literal[cue.kinds]
        fields[f"S{cue.number}"] = (kind, ...)
    return create_model("Kinds", __config__=ConfigDict(extra="forbid"), **fields)


def kinds_of(answer: BaseModel) -> dict[int, Kind]:
    """Sentence number -> kind, from a `kinds_model` answer."""
    return {int(key[1:]): kind for key, kind in answer}


def decide(
    cues: list[Cue], options: dict[int, list[str]], kinds: Mapping[int, Kind] | None = None
) -> list[Decision]:
    """Each sentence with a candidate goes to its likeliest speaker.

    Its kind is the model's answer (`kinds`) where there is one, else the
    kind of its strongest cue word (a denial or concern beats a plain "said").
    """
    kinds = kinds or {}
    return [
        Decision(sentence=c.number, speaker=options[c.number][0], kind=kinds.get(c.number, c.kind))
        for c in cues
        if options[c.number]
    ]


def cue_sentence(cue: Cue, article: str) -> str:
    """The whole sentence a cue comes from, its whitespace folded."""
    return " ".join(article[cue.start : sentence_end(cue, article)].split())


def _bounded(span: tuple[int, int], article: str) -> tuple[int, int]:
    """Cut an overlong quote at a word boundary: still the article's own words."""
    start, end = span
    if end - start > MAX_QUOTE:
        end = article.rfind(" ", start, start + MAX_QUOTE)
        end = end if end > start else start + MAX_QUOTE
    return start, end


def statements_from(
    decisions: list[Decision], cues: list[Cue], article: str, parties: list[Party]
) -> dict[str, Any]:
    """StatementsDraft data: one item per decision's speaker (and co-speakers), quoting the cue."""
    by_number = {cue.number: cue for cue in cues}
    result: dict[str, list[dict[str, Any]]] = {"claims": [], "denials": [], "concerns": []}
    seen: set[tuple[int, str, str]] = set()
    for decision in decisions:
        cue = by_number.get(decision.sentence)
        if cue is None:
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
