"""Two names of one party that no name form of the other holds: "the Sanders campaign"
and "the Bernie Sanders presidential campaign"; "Republicans" and "the Republican
electorate"."""

from __future__ import annotations

from briefing.attribution.candidates import Mention
from briefing.schema import Party

# a collective noun after a nationality or party: "the American public" are "Americans"
COLLECTIVES = frozenset({"electorate", "public", "community", "people"})


def same_body(party: Party, mention: Mention) -> bool:
    """Whether an institution's mention is a shorter name of the party: the same last word
    ("campaign"), every word of the mention in the party's name and in its order, and the
    party's other words lower-case or a given name before a shared name ("Bernie" of
    "Bernie Sanders presidential campaign" for "Sanders campaign"). "House committee" is
    not "House Ethics committee": "Ethics" is no given name."""
    if party.kind in ("person", "country", "group") or mention.label != "ORG":
        return False
    short, full = mention.text.split(), party.name.split()
    if len(short) < 2 or len(full) <= len(short) or short[-1].lower() != full[-1].lower():
        return False
    remaining = iter(word.lower() for word in full)
    if not all(word.lower() in remaining for word in short):
        return False
    shared = {word.lower() for word in short}
    for at, word in enumerate(full[:-1]):
        if word.lower() in shared or word.islower():
            continue
        after = full[at + 1]
        if at + 1 == len(full) - 1 or after.lower() not in shared or not after[:1].isupper():
            return False
    return True


def same_collective(party: Party, mention: Mention) -> bool:
    """Whether a group party and a group's mention are a collective and its members:
    "Republican electorate" and "Republicans", "Democratic public" and "Democrats"."""
    if party.kind != "group" or mention.label != "NORP":
        return False
    return _members(party.name, mention.text) or _members(mention.text, party.name)


def _members(collective: str, plural: str) -> bool:
    words = collective.split()
    if len(words) != 2 or words[1].lower() not in COLLECTIVES or not words[0][:1].isupper():
        return False
    adjective = words[0]
    return plural in {adjective + "s", adjective.removesuffix("ic") + "s"}
