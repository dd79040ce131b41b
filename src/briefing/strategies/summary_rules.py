"""`summary-rules`: the model writes the summary alone; the rules give the parties and
every item, as under `rules`.

The model's party list earned no place in the items: on news-train and news the
rules' parties score as well or better (evals/RESULTS.md, issue 21), and listing
parties is most of what the parties pass decodes.
"""

from __future__ import annotations

from briefing.schema import SummaryDraft
from briefing.strategies.base import Context, Draft, register
from briefing.strategies.shared import rule_parties, rule_statements


@register
class SummaryRules:
    name = "summary-rules"
    description = "the model: the summary; the rules: parties and every item"
    sections: tuple[str, ...] = ("system", "summary")
    passes = 1

    def run(self, context: Context) -> Draft:
        reading = context.reading
        context.reporter.say("  pass 1: summary")
        summary = context.ask(SummaryDraft, "summary").summary
        parties = rule_parties(reading)
        statements = rule_statements(reading, parties, context.grounding)
        return Draft.of(summary, parties, statements)
