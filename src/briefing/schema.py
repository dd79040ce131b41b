"""The briefing schema.

Two layers: the *draft* models are what a language model fills (no offsets,
nothing it cannot know); the final `Briefing` adds the article's metadata,
character spans computed from the article, and provenance.

Validation needs the article text, passed as pydantic validation context
(`{"article": text}`), which is how instructor hands it to validators so that
an ungrounded quote triggers a re-ask naming it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal, Self, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    model_validator,
)

from briefing.grounding import DEFAULT_FUZZY_THRESHOLD, Span, locate
from briefing.identity import resolve_party, slugify

SCHEMA_VERSION = "1.0"
MAX_TEXT = 160
MAX_QUOTE = 240

PartyKind = Literal["person", "organization", "government", "country", "media", "group", "other"]
Kind = Literal["claim", "denial", "concern"]  # what an attributed item is
ItemField = Literal["claims", "denials", "concerns"]  # where a briefing lists each kind
ITEM_FIELDS: tuple[ItemField, ...] = get_args(ItemField)
OnInvalid = Literal["reask", "drop"]


class _Model(BaseModel):
    # Published as serialized: a field with a default is always written, so required.
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class Party(_Model):
    """Someone who speaks, acts or is spoken about in the article."""

    # A model may leave out the id (fewer tokens to decode): it is then the name's slug.
    id: str = Field(
        default="",
        max_length=60,
        description="Short unique slug, e.g. 'edmundo-novillo' (from the name when empty).",
    )
    name: str = Field(max_length=120, description="Fullest name used in the article.")
    kind: PartyKind
    role: str | None = Field(max_length=160, description="Role as the article states it.")
    affiliation: str | None = Field(
        max_length=120, description="Id or name of the party it belongs to."
    )
    aliases: list[str] = Field(max_length=6, description="Other mentions in the article.")

    @model_validator(mode="after")
    def _slug_id(self) -> Self:
        self.id = slugify(self.id) or slugify(self.name)
        return self


class _Item(_Model):
    """An attributed item; `_span` is set when its quote is placed in the article.

    Each kind names its actor and its text in its own words (`claimant`,
    `statement`; ...): `actor` and `text` read them whatever the kind, and
    `ref_fields` are every field holding a party id.
    """

    kind: ClassVar[Kind]
    field: ClassVar[ItemField]
    id_prefix: ClassVar[str]
    actor_field: ClassVar[str]
    text_field: ClassVar[str]
    ref_fields: ClassVar[tuple[str, ...]]

    _span: Span | None = PrivateAttr(default=None)

    @property
    def located(self) -> Span | None:
        return self._span

    @property
    def actor(self) -> str:
        """The id of the party who claims, denies or is concerned."""
        return str(getattr(self, self.actor_field))

    @property
    def text(self) -> str:
        """What is claimed, denied or feared: the statement, denied or about field."""
        return str(getattr(self, self.text_field))

    def renamed(self, fix: Callable[[str], str]) -> Self:
        """A copy with every party reference passed through `fix`."""
        refs = {name: getattr(self, name) for name in self.ref_fields}
        return self.model_copy(update={k: fix(v) for k, v in refs.items() if v is not None})


class ClaimDraft(_Item):
    kind = "claim"
    field = "claims"
    id_prefix = "c"
    actor_field = "claimant"
    text_field = "statement"
    ref_fields = ("claimant",)

    id: str = Field(max_length=8, description="Unique id: c1, c2, ...")
    claimant: str = Field(max_length=60, description="Party id of who makes the claim.")
    statement: str = Field(max_length=MAX_TEXT, description="Neutral paraphrase of the claim.")
    quote: str = Field(max_length=MAX_QUOTE, description="The article's exact words.")


class DenialDraft(_Item):
    kind = "denial"
    field = "denials"
    id_prefix = "d"
    actor_field = "denier"
    text_field = "denied"
    ref_fields = ("denier",)

    id: str = Field(max_length=8, description="Unique id: d1, d2, ...")
    denier: str = Field(max_length=60, description="Party id of who denies or dismisses.")
    denied: str = Field(max_length=MAX_TEXT, description="What is denied or dismissed.")
    quote: str = Field(max_length=MAX_QUOTE, description="The article's exact words.")
    responds_to: str | None = Field(max_length=8, description="Id of a claim or concern.")


class ConcernDraft(_Item):
    kind = "concern"
    field = "concerns"
    id_prefix = "k"
    actor_field = "holder"
    text_field = "about"
    ref_fields = ("holder", "addressed_to")

    id: str = Field(max_length=8, description="Unique id: k1, k2, ...")
    holder: str = Field(max_length=60, description="Party id of who states the concern.")
    about: str = Field(max_length=MAX_TEXT, description="What the concern is about.")
    quote: str = Field(max_length=MAX_QUOTE, description="The article's exact words.")
    addressed_to: str | None = Field(max_length=60, description="Party id addressed.")


ItemDraft = ClaimDraft | DenialDraft | ConcernDraft
DRAFT_TYPES: dict[Kind, type[ItemDraft]] = {
    "claim": ClaimDraft,
    "denial": DenialDraft,
    "concern": ConcernDraft,
}


def _item_lists(model: BaseModel) -> dict[str, list[Any]]:
    return {name: getattr(model, name) for name in ITEM_FIELDS if name in type(model).model_fields}


def _check_ids(parties: list[Party], model: BaseModel) -> list[str]:
    problems: list[str] = []
    seen: set[str] = set()
    for party in parties:
        if party.id in seen:
            problems.append(f"party id '{party.id}' is used twice")
        seen.add(party.id)
    item_ids: set[str] = set()
    for field, items in _item_lists(model).items():
        for position, item in enumerate(items):
            if item.id in item_ids:
                problems.append(f"{field}[{position}].id '{item.id}' is used twice")
            item_ids.add(item.id)
    return problems


def referenced_parties(items: Iterable[ItemDraft]) -> set[str]:
    """Party ids that items name: their actors, and whom a concern is addressed to."""
    refs = (getattr(item, ref) for item in items for ref in item.ref_fields)
    return {ref for ref in refs if ref is not None}


def _resolve_item(field: str, position: int, item: ItemDraft, parties: list[Party]) -> list[str]:
    """Point the item's party references at party ids; return problems."""
    known = ", ".join(party.id for party in parties) or "(none)"
    problems = []
    for ref in item.ref_fields:
        value = getattr(item, ref)
        if value is None:
            continue
        resolved = resolve_party(value, parties)
        if resolved is None:
            problems.append(
                f"{field}[{position}].{ref} '{value}' is not a party id (party ids: {known})"
            )
        else:
            setattr(item, ref, resolved)
    return problems


def _resolve_affiliations(parties: list[Party]) -> None:
    for party in parties:
        if party.affiliation is not None:
            party.affiliation = resolve_party(party.affiliation, parties)
            if party.affiliation == party.id:
                party.affiliation = None


class ValidationSettings(BaseModel):
    """What validators read from the validation context."""

    article: str | None = None
    parties: list[Party] = Field(default_factory=list)
    on_invalid: OnInvalid = "reask"
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD

    @classmethod
    def of(cls, info: ValidationInfo) -> ValidationSettings:
        return cls.model_validate(info.context or {})


# Bounds keep a small model from rambling: the grammar enforces them.
# The pattern only shapes decoding (it is in the JSON Schema, not validated): a small
# model quoting the article in its summary wrote an unescaped '"', which closed the
# string mid-sentence ("... Iran's drones have made"), or ran on past a length bound.
# The grammar forbids that character and makes the summary one to four sentences.
_SENTENCE = r'([^"\\\n.!?]|[A-Z][.]){1,250}[.!?]'  # "U.S." does not end one
SUMMARY_PATTERN = rf"^{_SENTENCE}( {_SENTENCE}){{0,3}}$"  # 1-4; llama.cpp has no (?:)
MAX_SUMMARY = 700


def _whole_sentences_within_bound(value: Any) -> Any:
    """A summary over the bound keeps its whole sentences that fit (the grammar's four
    sentences of up to 250 characters can pass 700), rather than failing the article."""
    if not isinstance(value, str) or len(value) <= MAX_SUMMARY:
        return value
    ends = [m.end() for m in re.finditer(r"[.!?](?= |$)", value) if m.end() <= MAX_SUMMARY]
    return value[: ends[-1]] if ends else value[:MAX_SUMMARY]


Summary = Annotated[str, BeforeValidator(_whole_sentences_within_bound)]
SummaryField = Field(
    max_length=MAX_SUMMARY,
    description="2-4 neutral sentences, without double quotation marks.",
    json_schema_extra={"pattern": SUMMARY_PATTERN},
)
PartiesField = Field(max_length=16)
ClaimsField = Field(max_length=64)
DenialsField = Field(max_length=16)
ConcernsField = Field(max_length=16)


class Dropped(_Model):
    """An item removed because it could not be grounded or attributed."""

    field: str
    reason: str
    item: dict[str, Any]


def _validate_items(
    model: StatementsDraft | BriefingDraft, parties: list[Party], settings: ValidationSettings
) -> None:
    """Resolve actors and ground quotes of every item; drop or raise on problems.

    Dropped items are appended to the model's `_dropped` list.
    """
    article = settings.article
    problems = [] if settings.on_invalid == "drop" else _check_ids(parties, model)
    for field, items in _item_lists(model).items():
        kept = []
        for position, item in enumerate(items):
            item_problems = _resolve_item(field, position, item, parties)
            span = None
            if article is not None:
                span = locate(item.quote, article, settings.fuzzy_threshold)
                if span is None:
                    item_problems.append(
                        f"{field}[{position}].quote is not in the article: {item.quote!r}; "
                        "copy the article's words exactly"
                    )
            if item_problems and settings.on_invalid == "drop":
                reason = "; ".join(item_problems)
                model._dropped.append(Dropped(field=field, reason=reason, item=item.model_dump()))
                continue
            problems.extend(item_problems)
            if span is not None and article is not None:
                item._span = span
                item.quote = span.text(article)
            kept.append(item)
        setattr(model, field, kept)
    if problems:
        raise ValueError("; ".join(problems))


class _DropsItems(_Model):
    """A draft whose validation may drop items (listed in `dropped`)."""

    _dropped: list[Dropped] = PrivateAttr(default_factory=list)

    @property
    def dropped(self) -> list[Dropped]:
        return list(self._dropped)


class PartiesDraft(_Model):
    """First pass of a multi-pass prompt: the summary and the parties."""

    summary: Summary = SummaryField
    parties: list[Party] = PartiesField

    @model_validator(mode="after")
    def _check(self) -> Self:
        _resolve_affiliations(self.parties)
        return self


# A name as the parties pass writes it in its compact form: a short line of the article's words.
PartyName = Annotated[
    str, Field(min_length=1, max_length=80, json_schema_extra={"pattern": r'^[^"\\\n]{1,80}$'})
]
# The compact form's lists (`PartyListsDraft`'s fields) and the kind of the names in each.
PARTY_LISTS: dict[str, PartyKind] = {
    "people": "person",
    "organizations": "organization",
    "governments": "government",
    "countries": "country",
    "media": "media",
    "groups": "group",
}


class PartyListsDraft(_Model):
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
        _validate_items(self, settings.parties, settings)
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
        _resolve_affiliations(self.parties)
        _validate_items(self, self.parties, ValidationSettings.of(info))
        return self


# --- the final briefing ---------------------------------------------------

SpanField = Field(description="[start, end) character offsets of the quote in the article.")


class Claim(ClaimDraft):
    span: tuple[int, int] = SpanField


class Denial(DenialDraft):
    span: tuple[int, int] = SpanField


class Concern(ConcernDraft):
    span: tuple[int, int] = SpanField


class ArticleInfo(_Model):
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


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class Provenance(_Model):
    backend: str
    model: str
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


class Briefing(_Model):
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
        problems = _check_ids(self.parties, self)
        known = {party.id for party in self.parties}
        for field, items in _item_lists(self).items():
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
        for field, items in _item_lists(self).items():
            for position, item in enumerate(items):
                start, end = item.span
                if article[start:end] != item.quote:
                    problems.append(f"{field}[{position}].span does not hold its quote")
        return problems

    def items(self) -> list[Claim | Denial | Concern]:
        return [*self.claims, *self.denials, *self.concerns]
