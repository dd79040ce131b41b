"""`kind-check`: `cue-rules`, plus one narrow model question per claim the rules find.

The parties pass is `cue-rules`' own. Then, for each candidate the rules make a
claim whose source names a party and whose words carry a sign that the cue word
cannot weigh (a negation, a modal, a word of refusal or of fear: `undecided`), the
model is shown the sentence, the speaker and
the attributed words, and answers, under a grammar, only the kind: claim, denial or
concern (the `kind` section). Its answer replaces the candidate's kind; where it
cannot answer (the question does not fit, or the answer is cut off) the rules' kind
stands. Speakers, words and every other item stay the rules' (issue 21: "the model
where it wins", measured against `cue-rules` in evals/RESULTS.md).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from pydantic import BaseModel, ConfigDict

from briefing.attribution import Reading
from briefing.attribution.candidates import Candidate
from briefing.attribution.items.statements import content_words, speaker_of
from briefing.attribution.parties.parties import parties_of
from briefing.errors import CutOffError, ExtractionError, TooLongError
from briefing.schema import Party
from briefing.strategies.base import Context, Draft, register
from briefing.strategies.shared import ask_parties, rule_statements, with_speakers


class KindAnswer(BaseModel):
    """The model's answer to the `kind` question: what the speaker does with the words."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["claim", "denial", "concern"]


@register
class KindCheck:
    name = "kind-check"
    description = "cue-rules, and the model says the kind of each claim the rules find"
    sections: tuple[str, ...] = ("system", "parties", "kind")
    passes = 1  # the parties pass; then one short question per claim candidate

    def run(self, context: Context) -> Draft:
        summary, listed = ask_parties(context)
        parties = with_speakers(context.reading, listed)
        statements = rule_statements(checked(context, parties), parties, context.grounding)
        return Draft.of(summary, parties, statements)


@register
class RulesKindCheck:
    name = "rules-kind-check"
    description = "rules, and the model says the kind of each claim the rules find"
    sections: tuple[str, ...] = ("system", "kind")
    passes = 1  # one short question per undecided claim (no parties pass)

    def run(self, context: Context) -> Draft:
        reading = context.reading
        parties = parties_of(reading)
        statements = rule_statements(checked(context, parties), parties, context.grounding)
        return Draft.of(reading.lead(), parties, statements)


def checked(context: Context, parties: list[Party]) -> Reading:
    """The reading with each undecided claim's kind as the model gives it."""
    reading = context.reading
    candidates = [_checked(context, candidate, parties) for candidate in reading.candidates]
    changed = sum(a.kind != b.kind for a, b in zip(candidates, reading.candidates, strict=True))
    context.reporter.say(f"  kinds: {changed} of {len(candidates)} candidates changed")
    return replace(reading, candidates=candidates)


def _checked(context: Context, candidate: Candidate, parties: list[Party]) -> Candidate:
    """The candidate with the kind the model gives it (a claim with a party only)."""
    speaker = speaker_of(candidate, parties)
    if candidate.kind != "claim" or speaker is None or not undecided(context.reading, candidate):
        return candidate
    try:
        question = _question(context.reading, candidate, speaker, parties)
        answer = context.ask(KindAnswer, "kind", None, **question)
    except (TooLongError, CutOffError, ExtractionError):
        return candidate
    return replace(candidate, kind=answer.kind)


# lemmas of words that may turn a claim into a denial or a concern
_SIGNS = frozenset(
    {
        "false", "untrue", "wrong", "nonsense", "baseless", "meritless", "lie", "deny",
        "reject", "dismiss", "disagree", "refute", "fear", "worry", "concern", "danger",
        "threat", "risk", "warn", "harm", "damage", "afraid", "worried", "concerned",
    }
)  # fmt: skip
_MODALS = frozenset({"should", "must", "could", "might", "may", "would", "will", "ought"})


def undecided(reading: Reading, candidate: Candidate) -> bool:
    """Whether the words hold a negation, a modal or a word of refusal or fear: the
    signs by which a claim's cue word may mislead about its kind."""
    start, end = candidate.content
    words = reading.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    return any(t.dep_ == "neg" or t.lower_ in _MODALS or t.lemma_.lower() in _SIGNS for t in words)


def _question(
    reading: Reading, candidate: Candidate, speaker: str, parties: list[Party]
) -> dict[str, str]:
    """What the `kind` section shows: the sentence, the speaker's name, the words."""
    name = next((p.name for p in parties if p.id == speaker), speaker)
    return {
        "sentence": reading.sentence_text(candidate),
        "speaker": name,
        "words": content_words(candidate, reading.text),
    }
