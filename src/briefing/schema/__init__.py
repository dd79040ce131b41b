"""The briefing schema, split by job; every public name is re-exported here.

Two layers: the *draft* models are what a language model fills (no offsets,
nothing it cannot know); the final `Briefing` adds the article's metadata,
character spans computed from the article, and provenance.

Validation needs the article text, passed as pydantic validation context
(`{"article": text}`), which is how instructor hands it to validators so that
an ungrounded quote triggers a re-ask naming it.

- `parts`: what drafts and briefing share (`Party`, the item drafts, `Dropped`);
- `grammar`: decoding-grammar workarounds (the summary pattern, list bounds);
- `validation`: reference resolution, quote placing, re-ask or drop;
- `drafts`: what each model pass fills;
- `published`: the `Briefing` and its parts.
"""

from briefing.identity import resolve_party, slugify
from briefing.schema.drafts import (
    PARTY_LISTS,
    BriefingDraft,
    FoundStatements,
    PartiesDraft,
    PartyListsDraft,
    StatementsDraft,
    SummaryDraft,
)
from briefing.schema.grammar import (
    MAX_SUMMARY,
    SUMMARY_PATTERN,
    ClaimsField,
    ConcernsField,
    DenialsField,
    PartiesField,
    PartyName,
    Summary,
    SummaryField,
)
from briefing.schema.parts import (
    DRAFT_TYPES,
    ITEM_FIELDS,
    MAX_QUOTE,
    MAX_TEXT,
    ClaimDraft,
    ConcernDraft,
    DenialDraft,
    Dropped,
    ItemDraft,
    ItemField,
    Kind,
    Party,
    PartyKind,
)
from briefing.schema.published import (
    SCHEMA_VERSION,
    ArticleInfo,
    Briefing,
    Claim,
    Concern,
    Denial,
    Provenance,
    SpanField,
    Usage,
)
from briefing.schema.validation import OnInvalid, ValidationSettings, referenced_parties

__all__ = [
    "DRAFT_TYPES",
    "ITEM_FIELDS",
    "MAX_QUOTE",
    "MAX_SUMMARY",
    "MAX_TEXT",
    "PARTY_LISTS",
    "SCHEMA_VERSION",
    "SUMMARY_PATTERN",
    "ArticleInfo",
    "Briefing",
    "BriefingDraft",
    "Claim",
    "ClaimDraft",
    "ClaimsField",
    "Concern",
    "ConcernDraft",
    "ConcernsField",
    "Denial",
    "DenialDraft",
    "DenialsField",
    "Dropped",
    "FoundStatements",
    "ItemDraft",
    "ItemField",
    "Kind",
    "OnInvalid",
    "PartiesDraft",
    "PartiesField",
    "Party",
    "PartyKind",
    "PartyListsDraft",
    "PartyName",
    "Provenance",
    "SpanField",
    "StatementsDraft",
    "Summary",
    "SummaryDraft",
    "SummaryField",
    "Usage",
    "ValidationSettings",
    "referenced_parties",
    "resolve_party",
    "slugify",
]
