"""`rules`: no model call. The lead is the summary, the parse's sources are the parties."""

from __future__ import annotations

from briefing.strategies.base import Context, Draft, register
from briefing.strategies.shared import rule_parties, rule_statements


@register
class Rules:
    name = "rules"
    description = "no model: the lead, the parse's sources, the rules' attributions"
    sections: tuple[str, ...] = ()
    passes = 0

    def run(self, context: Context) -> Draft:
        reading = context.reading
        parties = rule_parties(reading)
        statements = rule_statements(reading, parties, context.grounding)
        return Draft.of(reading.lead(), parties, statements)
