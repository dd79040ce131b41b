"""A candidate's campaign the article names again and again ("the Sanders campaign",
"Clinton's campaign"): a party of its own, not the candidate (the labelling guide: a body
named after a person is not that person), which speaks in the story ("the Sanders campaign
said ...") or is a principal of it."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.identity import is_named_as, party_slug, surname
from briefing.schema import Party

MIN_NAMED = 2  # news-train 1-196: of campaigns named twice and no party yet, 3 required, 2 none

# "the Sanders campaign", "Clinton's campaign", "Murphy’s campaign"
_CAMPAIGN = re.compile(r"\b([A-Z][\w-]+)(?:[’']s)? campaign\b")


def named_campaigns(doc: Doc, people: set[str], start: int = 0) -> list[tuple[str, list[str]]]:
    """Each campaign of a person the parse names (`people`: surnames, lower-cased) that the
    article (from `start`, the headline aside) names MIN_NAMED times or more: its name
    ("Sanders campaign") and the forms written, most frequent first."""
    forms: dict[str, Counter[str]] = {}
    for found in _CAMPAIGN.finditer(doc.text, start):
        owner = found.group(1)
        if surname(owner) in people:
            forms.setdefault(owner, Counter())[found.group(0)] += 1
    return [
        (f"{owner} campaign", [form for form, _ in written.most_common()])
        for owner, written in forms.items()
        if sum(written.values()) >= MIN_NAMED
    ]


def with_campaigns(
    doc: Doc, people: list[Mention], parties: list[Party], start: int = 0
) -> list[Party]:
    """`parties` plus each campaign of a named person the article names often
    (`named_campaigns`) that no listed party names (`_names_campaign`)."""
    surnames = {surname(m.text) for m in people}
    for name, written in named_campaigns(doc, surnames, start):
        if not any(_names_campaign(p, name, written) for p in parties):
            aliases = [form for form in written if form != name]
            parties.append(
                Party(
                    id=party_slug(name),
                    name=name,
                    kind="organization",
                    role=None,
                    affiliation=None,
                    aliases=aliases,
                )
            )
    return parties


def _names_campaign(party: Party, name: str, written: list[str]) -> bool:
    """Whether a listed party is the campaign: by a form written, or by a fuller name
    ("Hillary Clinton campaign" for "Clinton campaign")."""
    if any(is_named_as(party, form) for form in (name, *written)):
        return True
    return any(n.lower().endswith(f" {name.lower()}") for n in (party.name, *party.aliases))
