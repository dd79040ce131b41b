"""Links found: the gold's `responds_to` and `addressed_to`, as the matched items carry them.

A gold link is a required gold denial's `responds_to` (a claim or concern id)
or a required gold concern's `addressed_to` (a party id). It is *found* when
the predicted item matched to that gold item (a true-positive pair of
`match.py`) links to the predicted item or party matched to the gold's target
(item pairs of claims and concerns; party pairs, required gold or optional).
An unmatched gold item's link is never found, so the share is a recall:

- `links.gold`: gold links on required gold items;
- `links.found`: ... found as above;
- `links.predicted`: links the predicted items matched to required gold denials and
  concerns carry, whatever the gold's (so `links.found / links.predicted` is a precision:
  a link where the gold has none, or to another target, is wrong).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.evals.scoring.gold import GoldArticle
from briefing.evals.scoring.match import FieldMatch
from briefing.schema import Briefing


def _matched_to(match: FieldMatch) -> dict[str, str]:
    """Gold id -> predicted id over the match's pairs, required gold or optional."""
    return {pair.gold: pair.predicted for pair in (*match.pairs, *match.ignored)}


def links_found(
    briefing: Briefing | None, gold: GoldArticle, matches: dict[str, FieldMatch]
) -> dict[str, float]:
    """The `links.*` counts of one article (see the module docstring)."""
    items = {**_matched_to(matches["claims"]), **_matched_to(matches["concerns"])}
    parties = _matched_to(matches["parties"])
    denials = {d.id: d.responds_to for d in briefing.denials} if briefing else {}
    concerns = {k.id: k.addressed_to for k in briefing.concerns} if briefing else {}
    wanted = [
        *_wanted(
            [(d.id, d.responds_to) for d in gold.denials if d.required],
            matches["denials"],
            denials,
            items,
        ),
        *_wanted(
            [(k.id, k.addressed_to) for k in gold.concerns if k.required],
            matches["concerns"],
            concerns,
            parties,
        ),
    ]
    predicted = _linked(matches["denials"], denials) + _linked(matches["concerns"], concerns)
    return {"links.gold": len(wanted), "links.found": sum(wanted), "links.predicted": predicted}


def _linked(match: FieldMatch, predicted: dict[str, str | None]) -> int:
    """Predicted items matched to required gold items that carry a link."""
    return sum(predicted.get(pair.predicted) is not None for pair in match.pairs)


def _wanted(
    gold_links: Sequence[tuple[str, str | None]],
    match: FieldMatch,
    predicted: dict[str, str | None],
    targets: dict[str, str],
) -> list[bool]:
    """Per (gold id, link) with a link: does its matched item link to the target's match?"""
    paired = {pair.gold: pair.predicted for pair in match.pairs}
    found = []
    for gold_id, target in gold_links:
        if target is None:
            continue
        linked = predicted.get(paired.get(gold_id, ""))
        found.append(linked is not None and linked == targets.get(target))
    return found
