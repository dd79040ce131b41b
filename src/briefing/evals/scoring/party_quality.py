"""What a reader sees of the party list, beyond F1: kinds, duplicates, full names.

Counted over an article's matched parties (`FieldMatch` of the parties field,
required and optional gold alike, since a reader sees both):

- `party.matched`: predicted parties matched to a gold party;
- `party.kind_right`: ... whose kind is the gold's;
- `party.name_full`: ... whose name is the gold's full name, or an alias of the
  gold's as full (as many words besides "of", "the", ...: "Justice Department"
  for "Department of Justice", not "Trump" for "Donald Trump");
- `party.duplicates`: predicted parties left unmatched that name (any tier) a
  gold party another predicted party matched: the second "Department of
  Justice" beside "Justice Department".
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.evals.scoring.gold import GoldArticle, GoldParty
from briefing.evals.scoring.match import FieldMatch, PartyNames, party_tier
from briefing.identity import slugify
from briefing.schema import Party

_MINOR = frozenset({"of", "for", "the", "and", "on", "in", "to", "a", "an"})


def _content_words(name: str) -> int:
    return sum(1 for word in slugify(name).split("-") if word and word not in _MINOR)


def _bare(name: str) -> str:
    return slugify(name).removeprefix("the-")


def is_full_name(name: str, gold: GoldParty) -> bool:
    """Whether `name` is the gold party's full name, or an alias of it as full."""
    if _bare(name) == _bare(gold.name):
        return True
    full = _content_words(gold.name)
    return any(
        _bare(name) == _bare(alias) and _content_words(alias) >= full for alias in gold.aliases
    )


def party_quality(
    predicted: Sequence[Party], gold: GoldArticle, match: FieldMatch
) -> dict[str, float]:
    """The `party.*` counts of one article (see the module docstring)."""
    by_id = {party.id: party for party in predicted}
    matched = [
        (by_id[pair.predicted], gold_party)
        for pair in (*match.pairs, *match.ignored)
        if (gold_party := gold.party(pair.gold)) is not None
    ]
    taken = [PartyNames.of(gold_party) for _, gold_party in matched]
    duplicates = sum(
        any(party_tier(PartyNames.of(by_id[pid]), names) is not None for names in taken)
        for pid in match.extra
    )
    return {
        "party.matched": len(matched),
        "party.kind_right": sum(p.kind == g.kind for p, g in matched),
        "party.name_full": sum(is_full_name(p.name, g) for p, g in matched),
        "party.duplicates": duplicates,
    }
