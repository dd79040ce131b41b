"""Clean-ups after validation: one party per real-world actor."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.schema import Claim, Concern, Denial, Party, slugify


@dataclass(frozen=True)
class Merged:
    parties: list[Party]
    claims: list[Claim]
    denials: list[Denial]
    concerns: list[Concern]


def _names(party: Party) -> set[str]:
    return {slugify(party.name), party.id, *(slugify(alias) for alias in party.aliases)} - {""}


def _same_actor(kept: Party, other: Party) -> bool:
    """'Novillo' is 'Edmundo Novillo'; 'the minister' alias matches a name."""
    if _names(kept) & _names(other):
        return True
    if kept.kind == other.kind == "person":
        short, full = sorted((slugify(kept.name), slugify(other.name)), key=len)
        return bool(short) and full.endswith("-" + short)
    return False


def merge_duplicate_parties(
    parties: list[Party], claims: list[Claim], denials: list[Denial], concerns: list[Concern]
) -> Merged:
    """Merge parties naming the same actor, keeping the fullest name; rewrite references."""
    kept: list[Party] = []
    renamed: dict[str, str] = {}
    for party in parties:
        twin = next((k for k in kept if _same_actor(k, party)), None)
        if twin is None:
            kept.append(party.model_copy(deep=True))
            continue
        renamed[party.id] = twin.id
        if len(party.name) > len(twin.name):
            twin.aliases.append(twin.name)
            twin.name = party.name
        else:
            twin.aliases.append(party.name)
        twin.aliases.extend(party.aliases)
        twin.role = twin.role or party.role
    for party in kept:
        party.aliases = sorted(set(party.aliases) - {party.name})
        if party.affiliation is not None:
            party.affiliation = renamed.get(party.affiliation, party.affiliation)

    def fix(ref: str | None) -> str | None:
        return renamed.get(ref, ref) if ref is not None else None

    return Merged(
        parties=kept,
        claims=[c.model_copy(update={"claimant": fix(c.claimant)}) for c in claims],
        denials=[d.model_copy(update={"denier": fix(d.denier)}) for d in denials],
        concerns=[
            c.model_copy(update={"holder": fix(c.holder), "addressed_to": fix(c.addressed_to)})
            for c in concerns
        ],
    )
