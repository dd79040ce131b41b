"""A deterministic pre-pass: sentences that attribute something to someone.

Finds reporting cues (said, according to, denied, dismissed, concerned, urged,
warned, ...) sentence by sentence, skipping photo captions, credits and ad
lines, and hands them to the model as numbered hints with exact offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, TypeVar

CueKind = Literal["claim", "denial", "concern"]

_DENIAL = r"den(?:y|ies|ied|ial)|dismiss(?:es|ed)?|reject(?:s|ed)?|refut(?:es|ed)"
_CONCERN = (
    r"concern(?:s|ed)?|worr(?:y|ies|ied)|fear(?:s|ed)?|warn(?:s|ed)?|urg(?:e|es|ed)"
    r"|caution(?:s|ed)?|alarm(?:ed)?"
)
_CLAIM = (
    r"sa(?:y|ys|id|ying)|according to|confirm(?:s|ed)?|stat(?:es|ed)|not(?:es|ed)|"
    r"stress(?:es|ed)|wr(?:ote|ites)|report(?:s|ed)?|added|told|quoted|cited|"
    r"claim(?:s|ed)?|boast(?:s|ed)?|announc(?:es|ed)|argu(?:es|ed)|insist(?:s|ed)?|"
    r"promot(?:es|ed)|demand(?:s|ed)?|expressed"
)
_CUE = re.compile(
    rf"\b(?:(?P<denial>{_DENIAL})|(?P<concern>{_CONCERN})|(?P<claim>{_CLAIM}))\b", re.I
)
_BOUNDARY = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[“\"‘'A-Z0-9])|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.){1,3}[”\"’']?$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|No)\.$"
)
_CREDIT = re.compile(r"\|\s*[A-Z][\w .]*(?:Images|Agency|REUTERS|AP|News)\b|Getty Images")
_AD = re.compile(r"^\s*related investing news", re.I)


@dataclass(frozen=True)
class Cue:
    """A sentence with an attribution cue, at [start, end) of the article."""

    number: int
    start: int
    end: int
    text: str
    cue: str
    kind: CueKind
    kinds: tuple[CueKind, ...] = ()
    cue_at: int = 0  # offset of the first cue word within the sentence
    content: tuple[int, int] | None = None  # attributed words, when found with the cue


def _is_noise(sentence: str) -> bool:
    return bool(_CREDIT.search(sentence) or _AD.match(sentence))


def sentences(article: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence; abbreviations such as "U.S." do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(article):
        if boundary.group().strip("\n") and _ABBREVIATION.search(article[start : boundary.start()]):
            continue
        end = boundary.start() + len(boundary.group().rstrip())  # keeps a closing quote
        spans.append((start, end))
        start = boundary.end()
    spans.append((start, len(article)))
    return [(a, b) for a, b in spans if article[a:b].strip()]


def headline_end(article: str) -> int:
    """End of a headline opening the article (one short line before a blank line), else 0."""
    body = article.lstrip()
    first, blank, rest = body.partition("\n\n")
    if blank and rest.strip() and len(first) <= 200 and "\n" not in first.strip():
        return len(article) - len(body) + len(first)
    return 0


def find_cues(article: str) -> list[Cue]:
    """Sentences carrying a reporting cue, numbered from 1 in reading order.

    A headline is skipped: it is the outlet's summary, not an attribution.
    """
    found: list[Cue] = []
    headline = headline_end(article)
    for start, end in sentences(article):
        sentence = article[start:end].strip()
        if end <= headline or len(sentence) < 20 or _is_noise(sentence):
            continue
        cues = list(_CUE.finditer(sentence))
        if not cues:
            continue
        # The strongest cue decides the kind: a denial or concern beats a plain "said".
        kinds = {name for cue in cues for name, value in cue.groupdict().items() if value}
        kind: CueKind = (
            "denial" if "denial" in kinds else "concern" if "concern" in kinds else "claim"
        )
        words = ", ".join(dict.fromkeys(cue.group().lower() for cue in cues))
        start += article[start:end].index(sentence)
        ordered = tuple(k for k in ("claim", "denial", "concern") if k in kinds)
        found.append(
            Cue(
                len(found) + 1,
                start,
                start + len(sentence),
                sentence,
                words,
                kind,
                ordered,
                cues[0].start(),
            )
        )
    return split_concerns(found)


_CONCERN_PHRASE = re.compile(
    r"\b(?:(?:express|rais|voic|shar)(?:ed|es|e)\s+(?:\w+\s+)?concerns?"
    r"|(?:is|are|was|were)\s+(?:\w+\s+)?(?:concerned|worried)|demanded)\b[^,.;:]{6,}"
)


_HELD_CONCERN = re.compile(
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?\s+"
    r"(?P<phrase>(?:is|are|was|were)\s+(?:\w+\s+)?[“\"]?(?:concerned|worried)\b[^,.;:”\"]{6,})"
)


def _strongest(kinds: tuple[CueKind, ...]) -> CueKind:
    return "denial" if "denial" in kinds else "concern" if "concern" in kinds else "claim"


def split_concerns(cues: list[Cue]) -> list[Cue]:
    """Give a stated concern inside another attribution its own cue.

    "Novillo said ..., a day after Argentina expressed concern about the deal"
    holds a claim and a concern by two parties; the concern phrase becomes a
    cue of its own (its text runs from the sentence start to the phrase's end,
    so the speaker named before it is nearest), and the sentence keeps its
    other kinds. Cues are renumbered in reading order.
    """
    result: list[Cue] = []
    for cue in cues:
        start, end = content_span(cue)
        clause = _THAT_CLAUSE.search(cue.text)  # the holder may stand before a quotation
        held = _HELD_CONCERN.match(
            cue.text, clause.start("content") if clause else start - cue.start
        )
        if held:  # "X said that Y is concerned about Z": Y's concern, not X's claim
            result.append(_concern_cue(cue, held.start("phrase"), held.end("phrase")))
            continue
        phrases = [
            m
            for m in _CONCERN_PHRASE.finditer(cue.text)
            if not (start <= cue.start + m.start() < end)
        ]
        kinds = cue.kinds
        if phrases and len(cue.kinds) > 1:
            kinds = tuple(k for k in cue.kinds if k != "concern")
        parent_kind = _strongest(kinds) if kinds else cue.kind
        result.append(replace(cue, kinds=kinds, kind=parent_kind))
        result.extend(_concern_cue(cue, phrase.start(), phrase.end()) for phrase in phrases)
    return [replace(c, number=n) for n, c in enumerate(result, start=1)]


def _concern_cue(cue: Cue, start: int, end: int) -> Cue:
    """A cue for the concern phrase at [start, end) of a sentence: the sentence up to its end."""
    return Cue(
        0,
        cue.start,
        cue.start + end,
        cue.text[:end],
        cue.text[start:end].split()[0].lower(),
        "concern",
        ("concern",),
        start,
        (cue.start + start, cue.start + end),
    )


def render_cues(cues: list[Cue]) -> str:
    """The numbered hint list a prompt shows the model."""
    return "\n".join(f"S{c.number} [{c.kind}: {c.cue}] {c.text}" for c in cues)


_QUOTED = re.compile(r"[“\"]([^“”\"]{8,})[”\"]")
_OPEN_QUOTE = re.compile(r"[“\"]([^“”\"]{20,})$")  # a quotation running on past the sentence
_REPORTING = (
    r"said|says|saying|reported|wrote|writes|confirmed|noted|stressed|denied|denies|"
    r"added|warned|argued|claimed|claims|insisted|announced|told|suggested|believes|explained"
)
_THAT_CLAUSE = re.compile(rf"\b(?:{_REPORTING})\b[^.]{{0,40}}?\bthat\s+(?P<content>.{{12,}})$")
_NOT_CLAUSE_START = (
    r"on|in|at|to|for|with|during|after|before|of|about|last|this|that|yesterday|today|"
    r"earlier|later|recently|previously|then|also|again|repeatedly|publicly|privately|"
    r"a|an|the\s+[A-Z]\w*|[A-Z]\w*"
)
_VERB_CLAUSE = re.compile(
    rf"\b(?:said|says|saying|confirmed|noted|stressed|added|warned|argued|insisted|claimed|"
    rf"suggested|believes)\s+(?!(?:{_NOT_CLAUSE_START})\b)(?P<content>[a-z].{{12,}})$"
)
_CONCERN_CLAUSE = re.compile(  # "Residents worry about its cost": the holder is the subject
    r"\b(?P<content>(?:worr(?:y|ies|ied)|fear(?:s|ed)?|(?:is|are|was|were)\s+(?:\w+\s+)?"
    r"(?:concerned|worried))\s+(?:about|that|over|for)\b.{6,})$"
)
_TRAILING_SOURCE = re.compile(
    r"^[“\"‘]?(?P<content>.{12,}?)(?:,[”\"’]?|[?!][”\"’])\s+"
    r"(?:according to\b|[^,]{0,120}\b(?:said|says|say|wrote|reported|added|told)\b"
    r"(?:\s+(?:on|in|at|during|last|this|earlier|later|late|early|yesterday|today|then|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]{0,35})?\s*(?:,|[.!?]?$))"
)


def sentence_end(cue: Cue, article: str) -> int:
    """End of the whole sentence a cue comes from (a split-off concern cue holds only its start)."""
    if cue.content is None:
        return cue.end
    period = article.find(".", cue.end)
    return period + 1 if period >= 0 else len(article)


@lru_cache(maxsize=4096)
def content_span(cue: Cue) -> tuple[int, int]:
    """The attributed words of a cue sentence, without speaker and reporting verb.

    Direct quotation first (five words or more, or opening the sentence); then
    a that-clause after the cue verb; then what precedes a trailing
    ", according to X" or ", X said"; then the clause right after "said"; then
    a quotation running past the sentence; then a stated worry ("Residents
    worry about its cost"); else the whole sentence.
    """
    if cue.content is not None:
        return cue.content
    text = cue.text
    quoted = [m for m in _QUOTED.finditer(text) if len(m.group(1).split()) >= 5 or m.start() == 0]
    if quoted:
        return _offset(cue, quoted[0].start(1), quoted[-1].end(1))
    for pattern in (_THAT_CLAUSE, _TRAILING_SOURCE, _VERB_CLAUSE):
        match = pattern.search(text)
        if match:
            return _offset(cue, match.start("content"), match.end("content"))
    if text.count("“") + text.count('"') - text.count("”") == 1 and (
        running := _OPEN_QUOTE.search(text)
    ):
        return _offset(cue, running.start(1), running.end(1))
    if match := _CONCERN_CLAUSE.search(text):
        return _offset(cue, match.start("content"), match.end("content"))
    return _offset(cue, 0, len(text))


def speaker_anchor(cue: Cue) -> int:
    """Offset in the sentence of the cue word that introduces the attributed words.

    The speaker is named next to that word: "After X demanded ..., Y said his
    government ..." is Y's claim, and "..., according to Z" is Z's.
    """
    if cue.content is not None:  # a split-off concern phrase starts with its own cue word
        return cue.cue_at
    start, end = (offset - cue.start for offset in content_span(cue))
    words = list(_CUE.finditer(cue.text))
    before = [word for word in words if word.end() <= start]
    after = [word for word in words if word.start() >= end]
    if start > 0 and before:
        return before[-1].start()
    return after[0].start() if after else cue.cue_at


def is_framed(cue: Cue) -> bool:
    """Whether the attributed words were told apart from who says them (not the whole sentence)."""
    start, end = content_span(cue)
    return end - start < len(cue.text.rstrip(" .")) - 1


_APPOSITIVE = re.compile(r",\s(?=[a-z])[^,“”\"]{1,80},\s*(?:(?:was|were|is|has|had|also)\s+)*$")
T = TypeVar("T")


def rank_speakers(cue: Cue, mentions: Iterable[tuple[int, int, T]]) -> list[T]:
    """Mentions (start, end, value) in the sentence, the likeliest speaker first.

    The subject just before the introducing cue word comes first, skipping an
    appositive ("Annika Ganzeveld, an analyst at AEI, told the AP": Ganzeveld,
    not the AP); names after it ("..., said Kirby") only when none comes
    before, except after "according to". Names inside the attributed words
    are no speakers, unless no frame was found (the whole sentence is content).
    """
    anchor = speaker_anchor(cue)
    start, end = (offset - cue.start for offset in content_span(cue))
    found = list(mentions)
    outside = [m for m in found if not start <= m[0] < end] if is_framed(cue) else found
    according = cue.text[anchor:].lower().startswith("according")
    appositive = _APPOSITIVE.search(cue.text[:anchor])
    subject_end = appositive.start() if appositive else anchor
    has_subject = any(m_start < anchor for m_start, _, _ in outside)

    def cost(mention: tuple[int, int, T]) -> int:
        m_start, m_end, _ = mention
        if m_start < anchor:
            return abs(subject_end - m_end) + (1000 if according else 0)
        return m_start - anchor + (500 if has_subject and not according else 0)

    return [value for *_, value in sorted(outside, key=cost)]


def _offset(cue: Cue, start: int, end: int) -> tuple[int, int]:
    while end > start and cue.text[end - 1] in " .,;:":
        end -= 1
    return cue.start + start, cue.start + end


_NAME = re.compile(r"(?:[A-Z][\w’'.-]*|of|for|the|and)(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|and))*")
_NOT_NAMES = frozenset(
    """The A An He She It They We I You In On At By For From To With As If So But And Or
    After Despite Two Many Since Additionally Previously Their Its His Her Our My Your
    This That These Those Here There Who What When Where Why How Maybe Yes No Now Then
    First Second Third Also Still Even Just Some All One Most More While Although However
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905
)
_QUOTATION = re.compile(r"[“\"][^“”\"]*[”\"]")


def common_words(article: str) -> frozenset[str]:
    """Words the article writes in lower case: "Health" opening a sentence is not a name."""
    return frozenset(re.findall(r"\b[a-z][a-z’'-]+\b", article))


def _names_in(cue: Cue, common: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Capitalized name phrases of a sentence with their offsets, outside quotation marks.

    A single word the article also writes in lower case (`common`) is not a name.
    """
    quoted = [m.span() for m in _QUOTATION.finditer(cue.text)]
    found = []
    for match in _NAME.finditer(cue.text):
        if any(a <= match.start() < b for a, b in quoted):
            continue
        words = match.group().split()
        while words and (words[0] in _NOT_NAMES or not words[0][0].isupper()):
            words.pop(0)
        while words and not words[-1][0].isupper():
            words.pop()
        name = re.sub(r"[’']s$", "", " ".join(words)).rstrip(".,")
        if len(name) > 1 and not name.isdigit() and name.lower() not in common:
            found.append((match.start(), name))
    return found


def candidate_names(cues: list[Cue], article: str) -> list[str]:
    """Capitalized name phrases in attribution sentences: hints for the parties pass."""
    common = common_words(article)
    return list(dict.fromkeys(name for cue in cues for _, name in _names_in(cue, common)))


def likely_speakers(cues: list[Cue], article: str) -> list[str]:
    """Per attribution sentence, the name phrase nearest the cue word that introduces it.

    For a concern split off a sentence ("Kirby said that the administration is
    concerned"), the speaker of the whole sentence is likely too.
    """
    common = common_words(article)
    speakers: dict[str, None] = {}
    for cue in cues:
        frames = [cue]
        if cue.content is not None:
            end = sentence_end(cue, article)
            frames.append(replace(cue, end=end, text=article[cue.start : end], content=None))
        for frame in frames:
            names = _names_in(frame, common)
            ranked = rank_speakers(frame, ((at, at + len(name), name) for at, name in names))
            if ranked:
                speakers[ranked[0]] = None
    return list(speakers)
