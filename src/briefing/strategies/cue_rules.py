"""`cue-rules`: the model writes the summary and lists the parties; the rules give every item."""

from __future__ import annotations

from briefing.strategies.base import Context, Draft, register
from briefing.strategies.shared import ask_parties, rule_statements, with_speakers


@register
class CueRules:
    name = "cue-rules"
    description = "the model: summary and parties; the rules: every item"
    sections: tuple[str, ...] = ("system", "parties")
    passes = 1

    def run(self, context: Context) -> Draft:
        summary, listed = ask_parties(context)
        parties = with_speakers(context.reading, listed)
        found = len(context.reading.candidates)
        context.reporter.say(f"  attributions: {found} found, {len(parties)} parties")
        statements = rule_statements(context.reading, parties, context.grounding)
        return Draft.of(summary, parties, statements)
