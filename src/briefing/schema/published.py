"""The published briefing: the drafts' items placed in the article, with its metadata
and the run's provenance. `briefing schema` prints its JSON Schema."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Self

from pydantic import Field, ValidationInfo, model_validator

from briefing.schema.parts import (
    ClaimDraft,
    ConcernDraft,
    DenialDraft,
    Dropped,
    Party,
    SchemaModel,
)
from briefing.schema.validation import ValidationSettings, check_ids, item_lists

SCHEMA_VERSION = "1.0"

SpanField = Field(description="[start, end) character offsets of the quote in the article.")


class Claim(ClaimDraft):
    span: tuple[int, int] = SpanField


class Denial(DenialDraft):
    span: tuple[int, int] = SpanField


class Concern(ConcernDraft):
    span: tuple[int, int] = SpanField


class ArticleInfo(SchemaModel):
    id: str
    source: str
    sha256: str
    length: int = Field(description="Length of the article text in characters.")
    title: str | None = None
    url: str | None = None
    extracted_from: Literal["html"] | None = Field(
        None, description="'html' when the text was extracted from a page; spans refer to `text`."
    )
    text: str | None = Field(None, description="The extracted text, when extracted from a page.")


class Usage(SchemaModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class Provenance(SchemaModel):
    backend: str | None = Field(description="The backend that ran; null when no model ran.")
    model: str | None = Field(description="The model that ran; null when no model ran.")
    prompt: str
    prompt_version: str
    prompt_sha256: str
    schema_version: str = SCHEMA_VERSION
    created: datetime
    usage: Usage
    latency_s: float
    passes: int = Field(1, description="Model passes run; attempts beyond them are re-asks.")
    options: dict[str, float | int] | None = Field(
        None, description="Decoding and validation options of the run (max_tokens, seed, ...)."
    )
    attempts: int
    dropped: list[Dropped] = Field(default_factory=list)


class Briefing(SchemaModel):
    """A grounded briefing of one article."""

    schema_version: str = SCHEMA_VERSION
    article: ArticleInfo
    summary: str
    parties: list[Party]
    claims: list[Claim]
    denials: list[Denial]
    concerns: list[Concern]
    provenance: Provenance

    @model_validator(mode="after")
    def _validate_references(self, info: ValidationInfo) -> Self:
        problems = check_ids(self.parties, self)
        known = {party.id for party in self.parties}
        for field, items in item_lists(self).items():
            for position, item in enumerate(items):
                for ref in item.ref_fields:
                    value = getattr(item, ref)
                    if value is not None and value not in known:
                        problems.append(f"{field}[{position}].{ref} names unknown party '{value}'")
        article = ValidationSettings.of(info).article
        if article is not None:
            problems.extend(self._check_spans(article))
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _check_spans(self, article: str) -> list[str]:
        problems = []
        for field, items in item_lists(self).items():
            for position, item in enumerate(items):
                start, end = item.span
                if article[start:end] != item.quote:
                    problems.append(f"{field}[{position}].span does not hold its quote")
        return problems

    def items(self) -> list[Claim | Denial | Concern]:
        return [*self.claims, *self.denials, *self.concerns]
