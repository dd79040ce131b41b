"""An item's paraphrase that stands alone, in the article's words (the quote stays verbatim).

The content's words, with what ties them to their sentence undone (rules on the parse):

- the framing the cue leaves at the start: "that", "and", "but", "so";
- the speaker's pronouns named (`pronouns`): the first person ("I think" -> "Ruiz
  thinks"), and, in reported speech, a "he"/"she" subject of the content's main verb, or a
  "his"/"her" owning it ("Ruiz said her plan works" -> "Ruiz's plan works"), of the
  speaker's gender; a speaker that is neither a person nor a body (an organization,
  government, group or media outlet) is a person when it says "I" or is said to say "he";
- the speaker's own "I think" left out (`frames`: the item says whose view it is), unless
  that would leave the words leaning on the article (`unresolved`: "Cole thinks she should
  run", not "She should run");
- a denial's "they" or "those fears" named by the concern it answers (`antecedents`);
- an opening "he" or "she" that is not the speaker named (`others`: '"She lies," X said');
- asides left out ("(R-Texas)", "-- a costly one --"), and, when the words are longer than
  a paraphrase may be, what commas set off (", which ...").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from textwrap import shorten

from spacy.tokens import Span

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.items.antecedents import antecedent_words
from briefing.attribution.items.asides import asides, comma_asides
from briefing.attribution.items.cuts import PLACEHOLDER, cut_points
from briefing.attribution.items.frames import clause_frames, inner_frames
from briefing.attribution.items.inner_quotes import inner_quotes
from briefing.attribution.items.others import opening_other
from briefing.attribution.items.pronouns import Voice, agreeing, named, renamed, speaker_pronoun
from briefing.attribution.links.answers import Answered
from briefing.attribution.names.genders import gender_of
from briefing.attribution.reading import Reading
from briefing.attribution.text.quotation_marks import in_quotation
from briefing.attribution.text.unresolved import unresolved
from briefing.identity import surname, surname_words
from briefing.schema import MAX_TEXT, Party

_FRAMING = frozenset({"that", "and", "but", "so", "or", "also", "then"})
_BODIES = frozenset({"organization", "government", "group", "media"})
_OPENING_MARKS = frozenset("\"“‘'")
# "I mean, ...", "you know, ...": a speaker's filler before a comma, not what is said
_FILLERS = frozenset({("i", "mean"), ("i", "guess"), ("you", "know"), ("you", "see")})


def _is_reported(text: str, content: tuple[int, int]) -> bool:
    """Reported speech, not a quotation: no quotation mark opens the content, and it does not
    stand inside a quotation ('"A. He is our Trump," X said': "He" is not X)."""
    before = text[max(0, content[0] - 2) : content[0]].strip()
    return not (before and before[-1] in _OPENING_MARKS) and not in_quotation(text, content[0])


def _start(span: Span) -> int:
    """Index of the first token past the cue's framing ("that", "but", punctuation) and a
    filler opening it ("I mean,", "Look,", "Well,")."""
    index = span.start
    while index < span.end - 1:
        token = span.doc[index]
        if not (
            (token.is_punct and token.text not in "[(")
            or (token.lower_ in _FRAMING and token.dep_ in ("mark", "cc", "advmod"))
        ):
            filler = _filler(span, index)
            if not filler:
                break
            index += filler
            continue
        index += 1
    return index


def _filler(span: Span, index: int) -> int:
    """How many tokens a filler at `index` takes, its comma included ("I mean ,": 3)."""
    doc = span.doc
    pair = (doc[index].lower_, doc[index + 1].lower_) if index + 1 < span.end else None
    if index + 2 < span.end and doc[index + 2].text == "," and pair in _FILLERS:
        return 3
    interjection = doc[index].pos_ == "INTJ" or doc[index].lower_ in ("look", "listen")
    if index + 1 < span.end and doc[index + 1].text == "," and interjection:
        return 2
    return 0


def paraphrase(
    text: str,
    span: Span,
    candidate: Candidate,
    voice: Voice,
    answered: Answered | None = None,
    others: Callable[[int], dict[int, str]] | None = None,
) -> str:
    """The content of `span` (the candidate's) made to stand alone (module docstring)."""
    speaker = voice.speaker
    says_i = any(t.lower_ == "i" and t.pos_ == "PRON" for t in span)
    referent = candidate.referent
    a_person = referent is not None and referent.label == "PERSON"
    if says_i or (a_person and speaker.kind not in _BODIES):
        speaker = speaker.model_copy(update={"kind": "person"})  # a person listed as a place
    in_report = _is_reported(text, candidate.content)
    reported = speaker_pronoun(span, voice.gender) if in_report else None
    if speaker.kind != "person" and speaker.kind not in _BODIES and reported is not None:
        speaker = speaker.model_copy(update={"kind": "person"})  # "X said he": X is a person
    if speaker.kind == "person" or (reported is not None and referent is not None and a_person):
        name = named(speaker) if speaker.kind == "person" else _surname(referent)
        voice = replace(voice, speaker=speaker, reported=reported, reported_name=name)
    elif in_report and not a_person and speaker.kind != "media":  # "the council said it would"
        reported = speaker_pronoun(span, None, body=True, group=speaker.kind == "group")
        voice = replace(voice, speaker=speaker, reported=reported, reported_name=named(speaker))
    start = _start(span)
    quoted = inner_quotes(span)  # another's words inside the content keep their pronouns
    frames = clause_frames(span, start) | inner_frames(span, start)
    holder = next((p for p in voice.parties if answered and p.id == answered[0]["holder"]), None)
    answer = answered if holder is not None else None

    def rewritten(skip: set[int], frames: set[int]) -> str:
        opening = next(i for i in range(start, span.end + 1) if i not in frames)  # "I think"
        names = renamed(span, voice, skip | frames | quoted)
        replaced: dict[int, str | None] = {**names, **agreeing(span, names)}
        if others is not None and opening not in names:  # '"She lies," X said': who she is
            other = others(opening)
            replaced |= {**other, **agreeing(span, other)}
        if answer is not None and holder is not None:
            replaced |= antecedent_words(span, opening, answer, holder, named(holder))
        return _render(span, start, replaced | dict.fromkeys(skip | frames))

    result = rewritten(asides(span), frames)
    if frames and unresolved(result):  # "Cole thinks she should run" names whose view
        framed = rewritten(asides(span), set())
        result, frames = (result, frames) if unresolved(framed) else (framed, set())
    skip = asides(span)
    if len(result) > MAX_TEXT:  # too long: a clause or apposition set off by commas goes
        skip |= comma_asides(span)
        result = rewritten(skip, frames) or result
    if len(result) > MAX_TEXT:  # still too long: it ends before a phrase, not mid-clause
        result = _cut(result, span, start, lambda end: rewritten(skip | end, frames))
    return result


def _cut(result: str, span: Span, start: int, without: Callable[[set[int]], str]) -> str:
    """The longest `without` the span's tail from a cut point that fits MAX_TEXT with its
    placeholder (`cuts`); `result` when none does."""
    for point in cut_points(span, start):
        words = " ".join(without(set(range(point, span.end))).split())
        if words and len(words) + len(PLACEHOLDER) <= MAX_TEXT:
            return words + PLACEHOLDER
    return result


def _surname(referent: Mention | None) -> str:
    """A person's surname as the referent writes it ("Sanders" of "Bernie Sanders")."""
    words = surname_words(referent.text) if referent is not None else []
    return words[-1] if words else ""


def _render(span: Span, start: int, replaced: dict[int, str | None]) -> str:
    """The span's words from `start`, each replaced (None: dropped) as `replaced` says."""
    words: list[str] = []
    for token in span.doc[start : span.end]:
        word = replaced.get(token.i, token.text)
        if word is None:
            if words and token.whitespace_ and not words[-1].endswith(" "):
                words[-1] += " "
            continue
        if token.i in replaced and token.is_sent_start:
            word = word[:1].upper() + word[1:]
        if token.i in replaced and token.text[:1] in "'’" and words:
            word = f" {word}"  # "I'm" -> "Obama is"
        words.append(word + token.whitespace_)
    result = "".join(words).strip()
    return result[:1].upper() + result[1:] if start in replaced else result


class Paraphraser:
    """Paraphrases of one reading's candidates, by the speaker's party id."""

    def __init__(self, reading: Reading, parties: Sequence[Party]) -> None:
        self.reading = reading
        self.parties = {party.id: party for party in parties}
        self.genders = reading.genders

    def __call__(self, candidate: Candidate, speaker: str, answered: Answered | None = None) -> str:
        """The candidate's paraphrase, shortened to MAX_TEXT; "" when it cannot be made."""
        party = self.parties.get(speaker)
        span = self.reading.doc.char_span(*candidate.content, alignment_mode="expand")
        if party is None or span is None or len(span) == 0:
            return ""
        referent = candidate.referent
        person = party.name if party.kind == "person" or referent is None else referent.text
        gender = gender_of(self.genders, person)
        voice = Voice(party, list(self.parties.values()), gender)
        reading, speaker_name = self.reading, surname(party.name)

        def others(start: int) -> dict[int, str]:
            return opening_other(reading, span, start, speaker_name)

        words = paraphrase(self.reading.text, span, candidate, voice, answered, others)
        return shorten(" ".join(words.split()), MAX_TEXT)
