"""Decoding-grammar workarounds: bounds and patterns that shape what a small model decodes.

They live in the JSON Schema the model is constrained by; only the summary's
length is also enforced on validation (by keeping whole sentences).
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

# Bounds keep a small model from rambling: the grammar enforces them.
# The pattern only shapes decoding (it is in the JSON Schema, not validated): a small
# model quoting the article in its summary wrote an unescaped '"', which closed the
# string mid-sentence ("... Iran's drones have made"), or ran on past a length bound.
# The grammar forbids that character and makes the summary one to three sentences: a
# fourth (the model's usual, copying the lead) cost 15 % more answer tokens on news-train
# for 0.02 of party coverage (evals/RESULTS.md, issue 21).
_SENTENCE = r'([^"\\\n.!?]|[A-Z][.]){1,250}[.!?]'  # "U.S." does not end one
SUMMARY_PATTERN = rf"^{_SENTENCE}( {_SENTENCE}){{0,2}}$"  # 1-3; llama.cpp has no (?:)
MAX_SUMMARY = 700


def _whole_sentences_within_bound(value: Any) -> Any:
    """A summary over the bound keeps its whole sentences that fit (the grammar's three
    sentences of up to 250 characters can pass 700), rather than failing the article."""
    if not isinstance(value, str) or len(value) <= MAX_SUMMARY:
        return value
    ends = [m.end() for m in re.finditer(r"[.!?](?= |$)", value) if m.end() <= MAX_SUMMARY]
    return value[: ends[-1]] if ends else value[:MAX_SUMMARY]


Summary = Annotated[str, BeforeValidator(_whole_sentences_within_bound)]
SummaryField = Field(
    max_length=MAX_SUMMARY,
    description="1-3 neutral sentences, without double quotation marks.",
    json_schema_extra={"pattern": SUMMARY_PATTERN},
)
PartiesField = Field(max_length=16)
ClaimsField = Field(max_length=64)
DenialsField = Field(max_length=16)
ConcernsField = Field(max_length=16)


# A name as the parties pass writes it in its compact form: a short line of the article's words.
PartyName = Annotated[
    str, Field(min_length=1, max_length=80, json_schema_extra={"pattern": r'^[^"\\\n]{1,80}$'})
]
