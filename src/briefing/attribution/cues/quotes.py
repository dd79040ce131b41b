"""Quotations that run over several sentences: every sentence is the speaker's."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Span

from briefing.attribution.candidates import Candidate
from briefing.attribution.cues.shapes import Found
from briefing.attribution.names.genders import gender_of
from briefing.attribution.stance.stance import warns
from briefing.attribution.text.quotation_marks import quotations, running_on
from briefing.attribution.text.spans import Offsets, overlaps, trim
from briefing.schema import Kind

SameSpeaker = Callable[[Candidate, Offsets], bool]


_NEGATIONS = frozenset({"not", "n't", "no", "nor", "never", "nothing", "neither"})


def _kind_of_part(speaker: Candidate, sentence: Span, part: Offsets, quote: Offsets) -> Kind:
    """A denial's quotation goes on denying only in a sentence that negates: '"It is no
    threat. We are pacifists," he said, dismissing the concerns': the second is a claim.
    A worry voiced inside the quotation is its own sentence's: '"We will lose the court.
    I fear the worst," X said' gives a claim, then a concern (each sentence's own words
    may still warn, `stance`), and so is a warning said in the words of one sentence."""
    if speaker.kind == "concern" and quote[0] < speaker.cue[0] < quote[1]:
        return "claim"
    if speaker.kind == "concern" and warns(sentence.doc, speaker.content):
        return "claim"  # '"A. He should go," X said': the warning is its sentence's (`stance`)
    if speaker.kind != "denial":
        return speaker.kind
    words = [t for t in sentence if part[0] <= t.idx < part[1]]
    return "denial" if any(t.lower_ in _NEGATIONS or t.dep_ == "neg" for t in words) else "claim"


def quotation_parts(
    text: str, sentences: list[Span], quote: Offsets
) -> Iterator[tuple[Span, Offsets]]:
    """Each sentence a quotation runs over, with the quotation's words in it (trimmed)."""
    for sentence in sentences:
        if sentence.start_char < quote[1] and sentence.end_char > quote[0]:
            start, end = max(sentence.start_char, quote[0]), min(sentence.end_char, quote[1])
            yield sentence, trim(text, start, end)


def quote_runs(text: str, sentences: list[Span], candidates: list[Candidate]) -> list[Candidate]:
    """For a quotation holding a candidate's content, one candidate per other sentence of it;
    and for one the candidate's cue splits off (`split_off`), one per sentence of that.

    `"A. B," X said.` gives X's content "B" from the parse; "A" is X's too.
    `"A," he said of Y, "B."` gives his content "B"; "A" is his too.
    """
    added: list[Candidate] = []
    taken = [c.content for c in candidates]
    quoted = quotations(text)
    for quote in quoted:
        speaker = _inmost(quote, [c for c in candidates if c.referent is not None])
        split = speaker is None
        speaker = speaker or next(
            (c for c in candidates if c.referent is not None and split_off(text, quote, c, quoted)),
            None,
        )
        if speaker is None:
            continue
        for sentence, part in quotation_parts(text, sentences, quote):
            if part[1] - part[0] < 2 or any(overlaps(part, t) for t in taken):
                continue
            added.append(
                replace(
                    speaker,
                    kind=_kind_of_part(speaker, sentence, part, quote),
                    content=part,
                    sentence=(sentence.start_char, sentence.end_char),
                    shape="quote-split" if split else "quote-run",
                )
            )
            taken.append(part)
    return added


def _inmost(quote: Offsets, candidates: Sequence[Candidate]) -> Candidate | None:
    """The candidate whose content lies most inside the quotation, the first among equals:
    'X reported that she had a video in which Y said: "A. B."' - "B" is Y's, not X's."""
    best: Candidate | None = None
    best_share = 0.0
    for candidate in candidates:
        start, end = candidate.content
        share = (min(end, quote[1]) - max(start, quote[0])) / max(1, end - start)
        if share > best_share:  # none outside the quotation: its share is not above 0
            best, best_share = candidate, share
    return best


MAX_SPLIT_WORDS = 10  # '"A," Gov. Ana Ruiz said of the plan on Monday, "B."'


def split_off(text: str, quote: Offsets, candidate: Candidate, quoted: Sequence[Offsets]) -> bool:
    """Whether a candidate's source and cue split a quotation off the one holding its
    content ('"A," he said of Y, "B."'): the first ends with a comma, the second opens
    right after the words that name the speaker, in the same sentence."""
    if not text[quote[0] : quote[1]].rstrip(_BLANK_OR_MARK + "’").endswith(","):
        return False
    following = next((q for q in quoted if q[0] >= quote[1]), None)
    if following is None or not following[0] < candidate.content[0] < following[1]:
        return False
    between = text[quote[1] : following[0]]
    return (
        quote[1] <= candidate.cue[0] < following[0]
        and (candidate.source is None or quote[1] <= candidate.source[0])
        and candidate.sentence[0] <= trim(text, *quote)[0]
        and "\n" not in between
        and len(between.split()) <= MAX_SPLIT_WORDS
    )


MIN_CONTINUED_WORDS = 4


def opens_sentence(text: str, sentences: list[Span], words: int) -> bool:
    """Whether a quotation whose words start at `words` opens its sentence (a scare quote
    mid-sentence does not). The parser may leave the opening mark at the end of the sentence
    before ("''A,'' X said. ''B.''"): only the marks may come before the words."""
    for sentence in sentences:
        if sentence.start_char <= words < sentence.end_char:
            return not text[sentence.start_char : words].strip(_BLANK_OR_MARK)
    return False


_BLANK_OR_MARK = " \t\n“”\"'"


def asks(text: str, part: Offsets) -> bool:
    """Whether a quotation's sentence is a question ("But what did they say?"): no claim."""
    return text[part[0] : part[1] + 1].rstrip(_BLANK_OR_MARK).endswith("?")


def quote_continuations(
    text: str,
    sentences: list[Span],
    candidates: list[Candidate],
    cues: list[Offsets],
    same_speaker: SameSpeaker = lambda _speaker, _cue: False,
) -> list[Candidate]:
    """A quotation that opens a sentence right after a named speaker's sentence, in the
    same paragraph or the next, with no cue of its own, is that speaker's: one claim per
    sentence of it. '"A," X said. "B. C."' gives X "B" and "C"; a new speaker would be named.
    A straight-quoted quotation left open at its paragraph's end (`running_on`) counts too.

    `cues` are the cues every shape found, kept or not: a quotation with one is not
    continued, unless `same_speaker` says the cue is the speaker's own, left unresolved
    ('"A," Obama said. "B," he continued. "C."': "he" is Obama, B and C his).
    """
    speakers = sorted((c for c in candidates if c.referent is not None), key=lambda c: c.sentence)
    taken = [c.content for c in candidates]
    added: list[Candidate] = []
    for quote in sorted([*quotations(text), *running_on(text)]):
        words = trim(text, *quote)[0]
        if not opens_sentence(text, sentences, words):
            continue
        if len(text[quote[0] : quote[1]].split()) < MIN_CONTINUED_WORDS:
            continue
        if any(overlaps(quote, t) for t in taken):
            continue
        inside = [
            (s, part) for s, part in quotation_parts(text, sentences, quote) if part[0] < part[1]
        ]
        span = (inside[0][0].start_char, max(s.end_char for s, _ in inside))
        before = [c for c in speakers if c.sentence[1] <= words]
        if not before:
            continue
        speaker = max(before, key=lambda c: c.sentence)
        # a cue between the marks is speech the quotation tells of ('"They think C'), no tag
        own = [c for c in cues if span[0] <= c[0] < span[1] and not quote[0] < c[0] < quote[1]]
        if any(not same_speaker(speaker, cue) for cue in own):
            continue
        gap = text[speaker.sentence[1] : words]
        if gap.strip(_BLANK_OR_MARK) or gap.count("\n") > 2:
            continue
        for sentence, part in inside:
            if len(text[part[0] : part[1]].split()) < 2 or asks(text, part):
                continue
            run = replace(
                speaker,
                kind="claim",
                content=part,
                sentence=(sentence.start_char, sentence.end_char),
                shape="quote-continued",
            )
            added.append(run)
            speakers.append(run)
            taken.append(part)
    return added


_PRONOUN_GENDER = {"he": "m", "she": "f"}


def pronoun_cues(found: Iterable[Found], genders: Mapping[str, str]) -> SameSpeaker:
    """`same_speaker` for `quote_continuations`: a cue whose source is "he" or "she" is the
    speaker's unless the article gives the speaker the other gender (`genders.genders`)."""
    pronouns = {
        f.cue: _PRONOUN_GENDER[f.head.lower_]
        for f in found
        if f.head is not None and f.head.lower_ in _PRONOUN_GENDER
    }

    def same_speaker(speaker: Candidate, cue: Offsets) -> bool:
        referent = speaker.referent
        if cue not in pronouns or referent is None or referent.label != "PERSON":
            return False
        return gender_of(genders, referent.text) in (None, pronouns[cue])

    return same_speaker


def whole_quoted(text: str, content: Offsets, cue: Offsets, quoted: Sequence[Offsets]) -> Offsets:
    """A content the parser cut short after a conjunction, inside the quotation its cue
    follows ('"A, and should B," X wrote' read as "A, and"): the quotation's words from
    the content's start on, when only the source stands between quotation and cue."""
    words = text[content[0] : content[1]].rstrip(" ,").split()
    if not words or words[-1].lower() not in _DANGLING:
        return content
    for start, end in quoted:
        if start < content[0] and content[1] < end - 1 and end <= cue[0]:
            between = text[end : cue[0]].split()
            if len(between) <= MAX_SOURCE_WORDS:
                return trim(text, content[0], end)
    return content


MAX_SOURCE_WORDS = 4  # '"C," Gov. Ana Ruiz wrote'
_DANGLING = frozenset({"and", "or", "but", "nor"})  # a content cut after its conjunction


def with_co_speakers(continued: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The continuations, each also given to the speakers its cue shares ("experts Ana Ruiz
    and Tom Berg wrote ... 'C'": C is both of theirs too)."""
    shared = [c for c in candidates if c.shape == "co"]
    out = list(continued)
    for candidate in continued:
        out += [
            replace(candidate, referent=co.referent, shape="co")
            for co in shared
            if co.cue == candidate.cue and co.referent != candidate.referent
        ]
    return out
