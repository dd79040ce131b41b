"""Validation against the article and the parties: references resolved, quotes placed,
and what cannot be used re-asked or dropped.

Validators read the article and the parties from pydantic's validation context
(`ValidationSettings`). Every item check (a draft's `check_item`, the guided
answer's own) hands its problems to a `Screen`: with `on_invalid` "reask"
they are raised together, so instructor re-asks naming them; with "drop" the
item is left out and listed as `Dropped`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationInfo

from briefing.grounding import DEFAULT_FUZZY_THRESHOLD, Span, locate
from briefing.identity import resolve_party
from briefing.schema.parts import ITEM_FIELDS, Dropped, ItemDraft, Party

OnInvalid = Literal["reask", "drop"]


class ValidationSettings(BaseModel):
    """What validators read from the validation context."""

    article: str | None = None
    parties: list[Party] = Field(default_factory=list)
    on_invalid: OnInvalid = "reask"
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD
    # where a rule item's quote was taken from, by item id: its words are placed there
    anchors: dict[str, int] = Field(default_factory=dict)

    @classmethod
    def of(cls, info: ValidationInfo) -> ValidationSettings:
        return cls.model_validate(info.context or {})

    def place(self, quote: str, item_id: str | None = None) -> Span | None:
        """Where `quote` sits in the article (at its item's anchor when it has one); None
        too when there is no article."""
        if self.article is None:
            return None
        near = self.anchors.get(item_id) if item_id is not None else None
        return locate(quote, self.article, self.fuzzy_threshold, near)


@dataclass
class Screen:
    """Where item checks send their problems: with `on_invalid` "drop" an item with
    problems is left out (and listed in `dropped`), else its problems are kept for
    `close` to raise together."""

    on_invalid: OnInvalid
    dropped: list[Dropped]
    problems: list[str] = field(default_factory=list)

    def keeps(self, listed_in: str, item: BaseModel, problems: list[str]) -> bool:
        """Whether the item stays (its problems, if any, to be raised); False: dropped."""
        if problems and self.on_invalid == "drop":
            reason = "; ".join(problems)
            self.dropped.append(Dropped(field=listed_in, reason=reason, item=item.model_dump()))
            return False
        self.problems.extend(problems)
        return True

    def close(self) -> None:
        """Raise the problems kept, if any (instructor re-asks with the message)."""
        if self.problems:
            raise ValueError("; ".join(self.problems))


def unknown_party(subject: str, parties: Sequence[Party]) -> str:
    """The problem of a reference naming no party; it lists the ids a re-ask may use."""
    known = ", ".join(party.id for party in parties) or "(none)"
    return f"{subject} is not a party id (party ids: {known})"


def not_in_article(where: str, quote: str, advice: str) -> str:
    """The problem of a quote that is not the article's words."""
    return f"{where}.quote is not in the article: {quote!r}; {advice}"


def item_lists(model: BaseModel) -> dict[str, list[Any]]:
    """The model's item lists (claims, denials, concerns) by field name."""
    return {name: getattr(model, name) for name in ITEM_FIELDS if name in type(model).model_fields}


def check_ids(parties: list[Party], model: BaseModel) -> list[str]:
    """Party ids and item ids used twice."""
    problems: list[str] = []
    seen: set[str] = set()
    for party in parties:
        if party.id in seen:
            problems.append(f"party id '{party.id}' is used twice")
        seen.add(party.id)
    item_ids: set[str] = set()
    for field_name, items in item_lists(model).items():
        for position, item in enumerate(items):
            if item.id in item_ids:
                problems.append(f"{field_name}[{position}].id '{item.id}' is used twice")
            item_ids.add(item.id)
    return problems


def referenced_parties(items: Iterable[ItemDraft]) -> set[str]:
    """Party ids that items name: their actors, and whom a concern is addressed to."""
    refs = (getattr(item, ref) for item in items for ref in item.ref_fields)
    return {ref for ref in refs if ref is not None}


def resolve_affiliations(parties: list[Party]) -> None:
    """Each party's affiliation as a party id (None when it names no other party)."""
    for party in parties:
        if party.affiliation is not None:
            party.affiliation = resolve_party(party.affiliation, parties)
            if party.affiliation == party.id:
                party.affiliation = None


def check_item(
    where: str, item: ItemDraft, parties: list[Party], settings: ValidationSettings
) -> tuple[list[str], Span | None]:
    """Point the item's party references at party ids (in place) and place its quote in
    the article: the problems found, and where the quote sits."""
    problems = []
    for ref in item.ref_fields:
        value = getattr(item, ref)
        if value is None:
            continue
        resolved = resolve_party(value, parties)
        if resolved is None:
            problems.append(unknown_party(f"{where}.{ref} '{value}'", parties))
        else:
            setattr(item, ref, resolved)
    span = settings.place(item.quote, item.id)
    if span is None and settings.article is not None:
        problems.append(not_in_article(where, item.quote, "copy the article's words exactly"))
    return problems, span


def validate_items(
    model: BaseModel, parties: list[Party], settings: ValidationSettings, dropped: list[Dropped]
) -> None:
    """Resolve actors and ground quotes of every item of `model`; a kept item gets its
    span and the article's words as its quote. Drop (into `dropped`) or raise on problems.
    """
    article = settings.article
    ids = [] if settings.on_invalid == "drop" else check_ids(parties, model)
    screen = Screen(settings.on_invalid, dropped, ids)
    for field_name, items in item_lists(model).items():
        kept = []
        for position, item in enumerate(items):
            problems, span = check_item(f"{field_name}[{position}]", item, parties, settings)
            if not screen.keeps(field_name, item, problems):
                continue
            if span is not None and article is not None:
                item._span = span
                item.quote = span.text(article)
            kept.append(item)
        setattr(model, field_name, kept)
    screen.close()
