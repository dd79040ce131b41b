"""Clean-ups of the party list: one party per real-world actor, none invented, none minor."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.identity import (
    is_mentioned,
    mention_spans,
    metonym_of,
    same_actor,
    slugify,
    written_surname,
)
from briefing.schema import Claim, Concern, Denial, Party


@dataclass(frozen=True)
class Merged:
    parties: list[Party]
    claims: list[Claim]
    denials: list[Denial]
    concerns: list[Concern]


def mentioned_parties(parties: list[Party], article: str) -> list[Party]:
    """Keep parties the article names: no invented actors."""
    return [party for party in parties if is_mentioned(party, article)]


_INSTITUTION = re.compile(r"\s+(?:administration|campaign|government|camp)\b")


def as_named(party: Party, article: str) -> Party:
    """A person the article names only through an institution becomes that institution.

    A small model turns "the Biden administration" into "Joe Biden"; the
    article's own words are the party.
    """
    if party.kind not in ("person", "other"):
        return party
    surname = written_surname(party.name)
    mentions = list(re.finditer(rf"\b{re.escape(surname)}\b", article))
    named = [
        article[m.start() : institution.end()]
        for m in mentions
        if (institution := _INSTITUTION.match(article, m.end()))
    ]
    if not named or len(named) < len(mentions):
        return party
    name = named[0]
    kind = "organization" if name.endswith(("campaign", "camp")) else "government"
    return party.model_copy(update={"id": slugify(name), "name": name, "kind": kind, "aliases": []})


def mention_count(party: Party, article: str) -> int:
    """How often the article names the party (a name and its surname at one place count once)."""
    return len({end for _, end in mention_spans(party, article)})


def drop_minor_parties(parties: list[Party], speakers: set[str], article: str) -> list[Party]:
    """Keep who speaks (`speakers`), whom a kept party belongs to, and who is named twice or more.

    A country named once in a list ("including Algeria, Armenia, Serbia") is
    not a party of the story.
    """
    kept = [p for p in parties if p.id in speakers or mention_count(p, article) >= 2]
    belongs = {p.affiliation for p in kept}
    return [p for p in parties if p in kept or p.id in belongs]


def _names_better(party: Party, twin: Party) -> bool:
    """Whether `party`'s name is the better name of the two: a state over a seat of power
    standing for it ("Russia" over "Kremlin"), else the longer (the fullest the article
    uses)."""
    if (metonym_of(party.name) is None) != (metonym_of(twin.name) is None):
        return metonym_of(party.name) is None
    return len(party.name) > len(twin.name)


def merge_duplicate_parties(
    parties: list[Party], claims: list[Claim], denials: list[Denial], concerns: list[Concern]
) -> Merged:
    """Merge parties naming the same actor (`same_actor`), keeping the fullest name (a
    state's over a seat of power's); rewrite references."""
    kept: list[Party] = []
    renamed: dict[str, str] = {}
    for party in parties:
        twin = next((k for k in kept if same_actor(k, party)), None)
        if twin is None:
            kept.append(party.model_copy(deep=True))
            continue
        renamed[party.id] = twin.id
        if _names_better(party, twin):
            twin.aliases.append(twin.name)
            twin.name = party.name
            if metonym_of(twin.aliases[-1]) is not None:
                twin.kind = party.kind  # "Kremlin" (government) is "Russia" (country)
        else:
            twin.aliases.append(party.name)
        twin.aliases.extend(party.aliases)
        twin.role = twin.role or party.role
    for party in kept:
        party.aliases = sorted(set(party.aliases) - {party.name})
        if party.affiliation is not None:
            party.affiliation = renamed.get(party.affiliation, party.affiliation)

    def fix(ref: str) -> str:
        return renamed.get(ref, ref)

    return Merged(
        parties=kept,
        claims=[c.renamed(fix) for c in claims],
        denials=[d.renamed(fix) for d in denials],
        concerns=[c.renamed(fix) for c in concerns],
    )
