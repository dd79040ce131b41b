"""Question-and-answer interviews: every answer sentence is the interviewee's.

An interview printed as "Q: ..." / "A: ..." paragraphs names the interviewee only in
its introduction. The answers are the interviewee's items, one sentence at a time; the
questions give none (evals/README, "What is not an item"). A paragraph with no label
right after an answer goes on with it, up to the next question.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.text.spans import Offsets, overlaps, trim
from briefing.identity import surname

_LABEL = re.compile(r"^[ \t]*(?P<label>[QA])[:.][ \t]+(?=\S)", re.M)
MIN_NAMED = 2  # the interviewee is named this often before the first question
MIN_ANSWER_WORDS = 4  # a shorter answer sentence ("No one called.") says little on its own


def _paragraphs(text: str) -> Iterator[Offsets]:
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, start + len(line)
        start += len(line) + 1


def interviewee(mentions: list[Mention], before: int) -> Mention | None:
    """The person the introduction (the text before the first question) names most, at
    least MIN_NAMED times, by surname; None when two tie or nobody is named that often."""
    people = [m for m in mentions if m.label == "PERSON" and m.span[1] <= before]
    counts = Counter(surname(m.text) for m in people if surname(m.text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_NAMED or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    named = [m for m in people if surname(m.text) == ranked[0][0]]
    written = Counter(m.text for m in named)  # the usual form over a once-seen "Chef Ann Lee"
    return max(named, key=lambda m: (written[m.text], len(m.text.split())))


def answers(text: str) -> Iterator[tuple[Offsets, Offsets]]:
    """(label, answer) spans: each "A:" paragraph without its label, and each unlabelled
    paragraph after one, up to the next "Q:". Nothing unless the text has both labels."""
    labels = {m.start(): m for m in _LABEL.finditer(text)}
    kinds = {m.group("label") for m in labels.values()}
    if kinds != {"Q", "A"}:
        return
    label: Offsets | None = None  # the answer's label, while an answer goes on
    for start, end in _paragraphs(text):
        match = next((m for at, m in labels.items() if start <= at < end), None)
        if match is None:
            if label is not None:
                yield label, trim(text, start, end)
        elif match.group("label") == "A":
            label = match.span("label")
            yield label, trim(text, match.end(), end)
        else:
            label = None


def interview_answers(
    text: str, sentences: list[Span], mentions: list[Mention], candidates: list[Candidate]
) -> list[Candidate]:
    """One claim of the interviewee's per answer sentence of MIN_ANSWER_WORDS words or more
    that no candidate of the interviewee's already holds."""
    found = list(answers(text))
    if not found:
        return []
    first = next(m.start() for m in _LABEL.finditer(text) if m.group("label") == "Q")
    speaker = interviewee(mentions, first)
    if speaker is None:
        return []
    taken = [c.content for c in candidates if c.referent == speaker]
    added: list[Candidate] = []
    for label, answer in found:
        for sentence in sentences:
            start, end = max(sentence.start_char, answer[0]), min(sentence.end_char, answer[1])
            if start >= end:
                continue
            part = trim(text, start, end)
            words = text[part[0] : part[1]].split()
            if len(words) < MIN_ANSWER_WORDS or words[0][0].islower():  # a split sentence's tail
                continue
            if any(overlaps(t, part) for t in taken):
                continue
            added.append(
                Candidate(
                    cue=label,
                    cue_text=text[label[0] : label[1]],
                    source=None,
                    source_text="",
                    content=part,
                    kind="claim",
                    sentence=(sentence.start_char, sentence.end_char),
                    shape="interview",
                    referent=speaker,
                )
            )
    return added
