"""Steps more than one strategy takes: the parties pass, and the rules' items."""

from __future__ import annotations

from typing import Any

from briefing.attribution import Reading
from briefing.attribution.items.statements import Restate, anchored_statements, validate
from briefing.attribution.links.addressee_names import addressee_parties
from briefing.attribution.parties.parties import parties_of, speaker_parties
from briefing.attribution.parties.roles import parties_named
from briefing.postprocess import as_named, mentioned_parties
from briefing.schema import FoundStatements, PartiesDraft, Party, PartyListsDraft
from briefing.strategies.base import Context


def ask_parties(context: Context) -> tuple[str, list[Party]]:
    """The `parties` pass: the summary, and the listed parties the article names."""
    context.reporter.say("  pass 1: parties")
    text = context.reading.text
    if context.prompt.parties_form == "lists":
        lists = context.ask(PartyListsDraft, "parties")
        listed = parties_named(lists.named(), context.reading.doc)
        return lists.summary, mentioned_parties(listed, text)
    first = context.ask(PartiesDraft, "parties")
    return first.summary, mentioned_parties(first.parties, text)


def with_speakers(reading: Reading, parties: list[Party]) -> list[Party]:
    """`parties` plus one per source the parse resolves that none of them names; a person
    the article names only through an institution ("the Biden administration") becomes it."""
    return [as_named(party, reading.text) for party in speaker_parties(reading, parties)]


def rule_parties(reading: Reading) -> list[Party]:
    """The parties with no model: the sources the parse resolves, and the addressees."""
    return addressee_parties(reading, parties_of(reading))


def rule_statements(
    reading: Reading,
    parties: list[Party],
    grounding: dict[str, Any],
    restate: Restate | None = None,
) -> FoundStatements:
    """Each attribution candidate whose source names a party, grounded (no model call
    unless `restate` makes one)."""
    data, anchors = anchored_statements(reading, parties, restate)
    context = {**grounding, "parties": parties, "on_invalid": "drop", "anchors": anchors}
    return validate(data, context)
