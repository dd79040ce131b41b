"""The parts drafts and the published briefing share: parties, attributed items, dropped items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Literal, Self, get_args

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from briefing.grounding import Span
from briefing.identity import party_slug

MAX_TEXT = 200
MAX_QUOTE = 240

PartyKind = Literal["person", "organization", "government", "country", "media", "group", "other"]
Kind = Literal["claim", "denial", "concern"]  # what an attributed item is
ItemField = Literal["claims", "denials", "concerns"]  # where a briefing lists each kind
ITEM_FIELDS: tuple[ItemField, ...] = get_args(ItemField)


class SchemaModel(BaseModel):
    # The base of every schema model (a comment: a docstring would enter JSON schemas).
    # Published as serialized: a field with a default is always written, so required.
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class Party(SchemaModel):
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
        self.id = party_slug(self.id) or party_slug(self.name)
        return self


class _Item(SchemaModel):
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


class Dropped(SchemaModel):
    """An item removed because it could not be grounded or attributed."""

    field: str
    reason: str
    item: dict[str, Any]
