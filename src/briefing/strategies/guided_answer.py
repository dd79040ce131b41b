"""What the model answers in the `guided` strategy's statements pass, and its checks.

One entry per numbered attribution candidate (`n`), plus entries with
`n = 0` for attributions the candidates missed. The checks ask again (or,
after the re-asks, leave out) what cannot be used: a number that is no
candidate's, a speaker that is no party, a quote that is not the article's,
a new entry without a quote.
"""

from __future__ import annotations

import functools
from typing import Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    create_model,
    model_validator,
)

from briefing.identity import resolve_party
from briefing.schema import MAX_QUOTE, MAX_TEXT, Dropped, Party, ValidationSettings
from briefing.schema.validation import Screen, not_in_article, unknown_party

AnswerKind = Literal["claim", "denial", "concern", "none"]
ADDED_AT_MOST = 6  # entries an answer may add for attributions the candidates missed


class GuidedItem(BaseModel):
    """The model's reading of one candidate (`n` >= 1), or an attribution it adds (`n` = 0)."""

    model_config = ConfigDict(extra="forbid")

    n: int = Field(ge=0, description="The candidate's number; 0 for one the list missed.")
    kind: AnswerKind = Field(description="'none' when the candidate is not an attribution.")
    speaker: str | None = Field(max_length=60, description="Party id of who says it.")
    statement: str | None = Field(max_length=MAX_TEXT, description="One neutral sentence.")
    responds_to: int | None = Field(None, description="A denial: the number it answers.")
    addressed_to: str | None = Field(None, max_length=60, description="A concern: party id.")
    quote: str | None = Field(
        None, max_length=MAX_QUOTE, description="n = 0: the article's exact words."
    )


class GuidedAnswer(BaseModel):
    """The statements pass of `guided`: validation context `article`, `parties`, `candidates`."""

    model_config = ConfigDict(extra="forbid")

    items: list[GuidedItem] = Field(max_length=64)
    _dropped: list[Dropped] = PrivateAttr(default_factory=list)

    @property
    def dropped(self) -> list[Dropped]:
        return list(self._dropped)

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> Self:
        settings = ValidationSettings.of(info)
        count = int((info.context or {}).get("candidates", 0))
        screen = Screen(settings.on_invalid, self._dropped)
        kept = []
        for position, item in enumerate(self.items):
            found = _problems(item, position, count, settings)
            if found and settings.on_invalid == "drop":
                lenient = _lenient(item, count, settings)
                if lenient is not None:  # else dropped by the screen
                    item, found = lenient, []
            if screen.keeps("items", item, found):
                kept.append(_resolved(item, settings.parties))
        screen.close()
        self.items = kept
        return self


@functools.cache
def answer_for(candidates: int) -> type[GuidedAnswer]:
    """GuidedAnswer with room for one entry per candidate and a few added ones.

    The bound is in the response schema, so constrained decoding stops a small
    model that would otherwise add entries until it reached the token limit.
    """
    bounded = Field(max_length=candidates + ADDED_AT_MOST)
    return create_model(
        GuidedAnswer.__name__, __base__=GuidedAnswer, items=(list[GuidedItem], bounded)
    )


def _problems(
    item: GuidedItem, position: int, count: int, settings: ValidationSettings
) -> list[str]:
    """What makes an entry unusable as it stands."""
    if item.kind == "none":
        return [] if 1 <= item.n <= count else [f"items[{position}]: 'none' needs a candidate's n"]
    where = f"items[{position}]"
    problems = []
    if item.n > count:
        problems.append(f"{where}.n {item.n} is no candidate (1-{count}, or 0 for a new one)")
    if item.speaker is None or resolve_party(item.speaker, settings.parties) is None:
        problems.append(unknown_party(f"{where}.speaker {item.speaker!r}", settings.parties))
    if item.quote is not None and settings.article is not None:
        if settings.place(item.quote) is None:
            problems.append(not_in_article(where, item.quote, "copy it exactly"))
    elif item.n == 0:
        problems.append(f"{where}: an attribution with n 0 needs its quote")
    return problems


def _lenient(item: GuidedItem, count: int, settings: ValidationSettings) -> GuidedItem | None:
    """After the re-asks, what of an unusable entry is kept: a candidate's entry falls back
    on the candidate's speaker and words (its bad speaker or quote left out); an entry with
    n 0, or with no candidate's number, is left out."""
    if not 1 <= item.n <= count or item.kind == "none":
        return None
    speaker = resolve_party(item.speaker or "", settings.parties)
    quote = item.quote
    if quote is not None and settings.article is not None and settings.place(quote) is None:
        quote = None
    return item.model_copy(update={"speaker": speaker, "quote": quote})


def _resolved(item: GuidedItem, parties: list[Party]) -> GuidedItem:
    """Party references as party ids (a name, alias or surname resolves; an unknown
    `addressed_to` is left out)."""
    speaker = resolve_party(item.speaker, parties) if item.speaker else None
    addressed = resolve_party(item.addressed_to, parties) if item.addressed_to else None
    return item.model_copy(update={"speaker": speaker, "addressed_to": addressed})
