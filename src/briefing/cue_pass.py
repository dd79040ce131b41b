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

from textwrap import shorten
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, create_model

from briefing.cues import Cue, content_span
from briefing.schema import MAX_QUOTE, MAX_TEXT, Party
from briefing.speakers import co_speakers

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
