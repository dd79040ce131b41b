"""`one-pass`: the model writes the whole briefing in one answer."""

from __future__ import annotations

from briefing.schema import BriefingDraft
from briefing.strategies.base import Context, Draft, register


@register
class OnePass:
    name = "one-pass"
    description = "the model writes the whole briefing in one answer"
    sections: tuple[str, ...] = ("system", "briefing")
    passes = 1

    def run(self, context: Context) -> Draft:
        draft = context.ask(BriefingDraft, "briefing")
        return Draft.of(draft.summary, draft.parties, draft)
