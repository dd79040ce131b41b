"""`rules-restate`: `rules`, plus one narrow model question per item that does not stand alone.

The rules make every item. Where an item's paraphrase still leans on the article for
its referent ("We need a new leader", "It was the right call": `unresolved`), the model
is shown the two sentences before and the item's sentence, the speaker and the words, and
writes them as one sentence that names what "we", "it" or "they" mean (the `restate`
section). Its sentence replaces the paraphrase only when it stands alone, fits the
schema's length, and every content word it uses is the article's (`grounded`); else the
rules' words stand. Kinds, speakers and quotes stay the rules' (issue 21: "a one-sentence
paraphrase", measured against `rules` in evals/RESULTS.md).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from briefing.attribution import Reading
from briefing.attribution.candidates import Candidate
from briefing.attribution.links.addressee_names import addressee_parties
from briefing.attribution.parties.parties import parties_of
from briefing.attribution.text.unresolved import unresolved
from briefing.errors import CutOffError, ExtractionError, TooLongError
from briefing.schema import MAX_TEXT, Party
from briefing.strategies.base import Context, Draft, register
from briefing.strategies.shared import rule_statements

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# words a restatement may add without the article holding them
_FREE = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "but", "that", "is",
     "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not",
     "its", "their", "his", "her", "says", "said", "thinks", "believes", "with", "by",
     "as", "at", "from", "does", "do", "did", "can", "could", "should", "must", "people"}
)  # fmt: skip


class Restatement(BaseModel):
    """The model's answer to the `restate` question."""

    model_config = ConfigDict(extra="forbid")

    sentence: str = Field(min_length=3, max_length=240)


@register
class RulesRestate:
    name = "rules-restate"
    description = "rules, and the model restates each item that does not stand alone"
    sections: tuple[str, ...] = ("system", "restate")
    passes = 1  # one short question per unresolved item (no parties pass)

    def run(self, context: Context) -> Draft:
        reading = context.reading
        parties = addressee_parties(reading, parties_of(reading))
        asked = Restater(context, parties)
        statements = rule_statements(reading, parties, context.grounding, asked)
        context.reporter.say(f"  restated: {asked.kept} of {asked.asked} asked")
        return Draft.of(reading.lead(), parties, statements)


class Restater:
    """The `restate` question for one article's items, counting what it asks and keeps."""

    def __init__(self, context: Context, parties: list[Party]) -> None:
        self.context = context
        self.names = {party.id: party.name for party in parties}
        self.asked = self.kept = 0

    def __call__(self, candidate: Candidate, speaker: str, words: str) -> str:
        if not unresolved(words):
            return words
        reading = self.context.reading
        around = context_of(reading, candidate)
        self.asked += 1
        try:
            answer = self.context.ask(
                Restatement,
                "restate",
                None,
                context=around,
                speaker=self.names.get(speaker, speaker),
                words=words,
            )
        except (TooLongError, CutOffError, ExtractionError):
            return words
        sentence = " ".join(answer.sentence.split()).rstrip(".")
        source = f"{around} {self.names.get(speaker)}"
        if len(sentence) > MAX_TEXT or unresolved(sentence) or not grounded(sentence, source):
            return words
        self.kept += 1
        return sentence


BEFORE = 2  # sentences shown before the item's: where its "they" or "it" is named


def context_of(reading: Reading, candidate: Candidate) -> str:
    """Up to `BEFORE` sentences before the candidate's (not the headline), and its own."""
    start, end = candidate.sentence
    before = [s for s, e in reading.sentences if e <= start and s >= reading.headline_end]
    first = before[-BEFORE] if len(before) >= BEFORE else before[0] if before else start
    return " ".join(reading.text[first:end].split())


def grounded(sentence: str, source: str) -> bool:
    """Whether each content word of `sentence` is one of `source`'s (case folded, with a
    trailing "s" or "'s" let go): the model names, it does not add."""
    known = {_stem(w) for w in _WORD.findall(source)}
    return all(_stem(w) in known or w.lower() in _FREE for w in _WORD.findall(sentence))


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for ending in ("'s", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word
