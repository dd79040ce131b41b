"""Clean-ups after validation: one party per real-world actor."""

from __future__ import annotations

import re
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


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower().replace(".", ""))) + " "


def _name_forms(party: Party) -> list[str]:
    """Name, aliases, and for a person the surname and a title the name starts with.

    "Defense Minister Edmundo Novillo" is also "Novillo" and, in "Bolivia's
    defense minister said", "defense minister".
    """
    names = [party.name, *party.aliases]
    if party.kind == "person":
        names.append(party.name.split()[-1])
        titled = _TITLE.match(party.name)
        if titled and titled.start("name") > 0:
            names.append(" ".join(party.name[: titled.start("name")].split()[-2:]))
    return [name for name in names if _words(name).strip()]


def is_mentioned(party: Party, text: str) -> bool:
    """Does `text` name the party (by name, alias, or a person's surname)?"""
    words = _words(text)
    return any(_words(name) in words for name in _name_forms(party))


def mention_spans(party: Party, text: str) -> list[tuple[int, int]]:
    """[start, end) of each mention of the party in `text` (name, alias or surname)."""
    return [
        match.span()
        for name in _name_forms(party)
        for match in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    ]


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
    surname = party.name.split()[-1]
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


_ORGANIZATION_WORDS = re.compile(
    r"\b(?:Institute|Agency|Council|Ministry|Press|News|Party|Corps|Department|Committee|"
    r"Administration|Foundation|Office|Association|Times|Post)\b"
)
_TITLE = re.compile(
    r"^(?:.*?\b(?:President|Minister|Secretary|Chief|Director|Spokesman|"
    r"Spokeswoman|Senator|Governor|General|Commander)\s+)(?P<name>[A-Z].*)$"
)


def _speaker_party(phrase: str) -> Party | None:
    """A party for a name phrase found next to a reporting verb, or None."""
    role = None
    titled = _TITLE.match(phrase)
    name = phrase
    if titled:
        name, role = titled.group("name"), phrase[: titled.start("name")].strip()
    too_long = len(name) > 60 or len(name.split()) > 5  # a headline, not a name
    if too_long or not re.search(r"[A-Za-z]{3}", name) or name.endswith(("ian", "ese", "ish")):
        return None
    words = name.split()
    if _ORGANIZATION_WORDS.search(name):
        kind = "organization"
    elif len(words) >= 2 and all(w[0].isupper() and not w.isupper() for w in words):
        kind = "person"
    else:
        kind = "organization" if name.isupper() else "other"
    aliases = [words[-1]] if kind == "person" else []
    return Party(id=name, name=name, kind=kind, role=role, affiliation=None, aliases=aliases)


def add_speaker_parties(parties: list[Party], speakers: list[str]) -> list[Party]:
    """Add a party for each likely speaker that no listed party names.

    A small model leaves out many who speak in an article; the cue pre-pass
    finds them next to their reporting verbs ("X and Y" gives two).
    """
    result = list(parties)
    for phrase in speakers:
        for part in re.split(r"\s+and\s+", phrase):
            party = _speaker_party(part.strip())
            if party is None or any(is_mentioned(known, party.name) for known in result):
                continue
            if party.id not in {p.id for p in result}:
                result.append(party)
    return result
