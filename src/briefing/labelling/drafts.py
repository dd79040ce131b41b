"""A briefing as gold JSON: the draft a labeller corrects (every party and item required).

References the gold loader would refuse are cleared: an affiliation that names no
party of the briefing, a `responds_to` that is not a claim or concern id.
"""

from __future__ import annotations

from typing import Any

from briefing.identity import resolve_party
from briefing.schema import Briefing

GoldJson = dict[str, Any]


def _parties(briefing: Briefing) -> list[dict[str, Any]]:
    parties = []
    for party in briefing.parties:
        affiliation = None
        if party.affiliation:
            affiliation = resolve_party(party.affiliation, briefing.parties)
        parties.append(
            {
                "id": party.id,
                "name": party.name,
                "kind": party.kind,
                "role": party.role,
                "affiliation": affiliation if affiliation != party.id else None,
                "aliases": list(party.aliases),
                "required": True,
            }
        )
    return parties


def gold_draft(briefing: Briefing) -> GoldJson:
    """Gold JSON holding the briefing's parties and items, as the gold loader reads it."""
    answerable = {c.id for c in briefing.claims} | {k.id for k in briefing.concerns}
    return {
        "article_id": briefing.article.id,
        "parties": _parties(briefing),
        "claims": [
            {"id": c.id, "claimant": c.claimant, "statement": c.statement, "quote": c.quote,
             "required": True}
            for c in briefing.claims
        ],
        "denials": [
            {"id": d.id, "denier": d.denier, "denied": d.denied, "quote": d.quote,
             "responds_to": d.responds_to if d.responds_to in answerable else None,
             "required": True}
            for d in briefing.denials
        ],
        "concerns": [
            {"id": k.id, "holder": k.holder, "about": k.about, "quote": k.quote,
             "addressed_to": k.addressed_to, "required": True}
            for k in briefing.concerns
        ],
    }  # fmt: skip
