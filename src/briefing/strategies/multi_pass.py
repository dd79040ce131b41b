"""`multi-pass`: the model lists the parties, then writes their statements."""

from __future__ import annotations

import json

from briefing.schema import StatementsDraft
from briefing.strategies.base import Context, Draft, register
from briefing.strategies.shared import ask_parties


@register
class MultiPass:
    name = "multi-pass"
    description = "the model lists the parties, then writes what each says"
    sections: tuple[str, ...] = ("system", "parties", "statements")
    passes = 2

    def run(self, context: Context) -> Draft:
        summary, parties = ask_parties(context)
        context.reporter.say(f"  pass 2: statements of {len(parties)} parties")
        listed = json.dumps([party.model_dump(exclude_none=True) for party in parties])
        statements = context.ask(
            StatementsDraft, "statements", {"parties": parties}, parties=listed
        )
        return Draft.of(summary, parties, statements)
