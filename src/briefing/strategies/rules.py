"""`rules`: no model call. The lead is the summary, the parse's sources are the parties."""

from __future__ import annotations

from briefing.attribution.linking import addressee_parties
from briefing.attribution.parties import parties_of
from briefing.strategies.base import Context, Draft, register
from briefing.strategies.shared import rule_statements


@register
class Rules:
    name = "rules"
    description = "no model: the lead, the parse's sources, the rules' attributions"
    sections: tuple[str, ...] = ()
    passes = 0

    def run(self, context: Context) -> Draft:
        reading = context.reading
        parties = addressee_parties(reading, parties_of(reading))
        statements = rule_statements(reading, parties, context.grounding)
        return Draft.of(reading.lead(), parties, statements)
