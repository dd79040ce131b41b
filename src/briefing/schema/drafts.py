"""The drafts each model pass fills: what a language model writes, before offsets.

No offsets and nothing a model cannot know; validators resolve party
references and ground quotes against the article in the validation context
(`briefing.schema.validation`).
"""

from __future__ import annotations

from typing import Self

from pydantic import Field, PrivateAttr, ValidationInfo, model_validator

from briefing.identity import slugify
from briefing.schema.grammar import (
    ClaimsField,
    ConcernsField,
    DenialsField,
    PartiesField,
    PartyName,
    Summary,
    SummaryField,
)
from briefing.schema.parts import (
    ClaimDraft,
    ConcernDraft,
    DenialDraft,
    Dropped,
    Party,
    PartyKind,
    SchemaModel,
)
from briefing.schema.validation import ValidationSettings, resolve_affiliations, validate_items


class _DropsItems(SchemaModel):
    """A draft whose validation may drop items (listed in `dropped`)."""

    _dropped: list[Dropped] = PrivateAttr(default_factory=list)

    @property
    def dropped(self) -> list[Dropped]:
        return list(self._dropped)


class SummaryDraft(SchemaModel):
    """The summary alone: the one pass of a prompt whose parties and items the rules give."""

    summary: Summary = SummaryField


class PartiesDraft(SchemaModel):
    """First pass of a multi-pass prompt: the summary and the parties."""

    summary: Summary = SummaryField
    parties: list[Party] = PartiesField

    @model_validator(mode="after")
    def _check(self) -> Self:
        resolve_affiliations(self.parties)
        return self


# The compact form's lists (`PartyListsDraft`'s fields) and the kind of the names in each.
PARTY_LISTS: dict[str, PartyKind] = {
    "people": "person",
    "organizations": "organization",
    "governments": "government",
    "countries": "country",
    "media": "media",
    "groups": "group",
}


class PartyListsDraft(SchemaModel):
    """The parties pass in its compact form: the summary, and the parties' names listed
    by kind (a few tokens each to decode); roles and aliases come from the parse."""

    summary: Summary = SummaryField
    people: list[PartyName] = Field(max_length=10)
    organizations: list[PartyName] = Field(max_length=6)
    governments: list[PartyName] = Field(max_length=6)
    countries: list[PartyName] = Field(max_length=6)
    media: list[PartyName] = Field(max_length=4)
    groups: list[PartyName] = Field(max_length=4)

    def named(self) -> list[tuple[str, PartyKind]]:
        """(name, kind) in the order listed, each name once (its first kind)."""
        seen: set[str] = set()
        result: list[tuple[str, PartyKind]] = []
        for field, kind in PARTY_LISTS.items():
            for name in getattr(self, field):
                name = " ".join(name.split())
                slug = slugify(name)
                if slug and slug not in seen:
                    seen.add(slug)
                    result.append((name, kind))
        return result


class StatementsDraft(_DropsItems):
    """Second pass: attributed items, given the parties (in the context)."""

    claims: list[ClaimDraft] = ClaimsField
    denials: list[DenialDraft] = DenialsField
    concerns: list[ConcernDraft] = ConcernsField

    @model_validator(mode="after")
    def _validate_against_article(self, info: ValidationInfo) -> Self:
        settings = ValidationSettings.of(info)
        validate_items(self, settings.parties, settings, self._dropped)
        return self


class FoundStatements(StatementsDraft):
    """Statements the rules found: validated like the model's, but not capped.

    The caps bound what a model may write; an article with many attributed
    sentences keeps all of them.
    """

    claims: list[ClaimDraft]
    denials: list[DenialDraft]
    concerns: list[ConcernDraft]


class BriefingDraft(_DropsItems):
    """What the model fills for one article in one pass."""

    summary: Summary = SummaryField
    parties: list[Party] = PartiesField
    claims: list[ClaimDraft] = ClaimsField
    denials: list[DenialDraft] = DenialsField
    concerns: list[ConcernDraft] = ConcernsField

    @model_validator(mode="after")
    def _validate_against_article(self, info: ValidationInfo) -> Self:
        resolve_affiliations(self.parties)
        validate_items(self, self.parties, ValidationSettings.of(info), self._dropped)
        return self
