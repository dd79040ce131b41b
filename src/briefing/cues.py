"""A deterministic pre-pass: sentences that attribute something to someone.

Finds reporting cues (said, according to, denied, dismissed, concerned, urged,
warned, ...) sentence by sentence, skipping photo captions, credits and ad
lines, and hands them to the model as numbered hints with exact offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

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
        end = (
            boundary.start() + len(boundary.group().rstrip())
            if "\n" not in boundary.group()
            else boundary.start()
        )
        spans.append((start, end))
        start = boundary.end()
    spans.append((start, len(article)))
    return [(a, b) for a, b in spans if article[a:b].strip()]


def find_cues(article: str) -> list[Cue]:
    """Sentences carrying a reporting cue, numbered from 1 in reading order."""
    found: list[Cue] = []
    for start, end in sentences(article):
        sentence = article[start:end].strip()
        if len(sentence) < 20 or _is_noise(sentence):
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
        for phrase in phrases:
            text = cue.text[: phrase.end()]
            span = (cue.start + phrase.start(), cue.start + phrase.end())
            result.append(
                Cue(
                    0,
                    cue.start,
                    cue.start + len(text),
                    text,
                    phrase.group().split()[0].lower(),
                    "concern",
                    ("concern",),
                    phrase.start(),
                    span,
                )
            )
    return [replace(c, number=n) for n, c in enumerate(result, start=1)]


def render_cues(cues: list[Cue]) -> str:
    """The numbered hint list a prompt shows the model."""
    return "\n".join(f"S{c.number} [{c.kind}: {c.cue}] {c.text}" for c in cues)


_QUOTED = re.compile(r"[“\"]([^“”\"]{12,})[”\"]")
_THAT_CLAUSE = re.compile(
    r"\b(?:said|says|reported|wrote|confirmed|noted|stressed|denied|added|warned|argued|"
    r"claimed|insisted|announced)\b[^.]{0,40}?\bthat\s+(?P<content>.{12,})$"
)
_VERB_CLAUSE = re.compile(
    r"\b(?:said|says|confirmed|noted|stressed|added|warned|argued|insisted)\s+"
    r"(?P<content>(?:his|her|its|their|the|they|it|he|she|we|[a-z]+ment)\b.{12,})$"
)
_TRAILING_SOURCE = re.compile(
    r"^(?P<content>.{12,}?),\s+(?:according to\b|[^,]{0,120}\b(?:said|says|wrote|reported)\b)"
)


def content_span(cue: Cue) -> tuple[int, int]:
    """The attributed words of a cue sentence, without speaker and reporting verb.

    Direct quotation first; then a that-clause after the cue verb; then the
    clause right after "said"; then what precedes a trailing ", according to X"
    or ", X said"; else the whole sentence.
    """
    if cue.content is not None:
        return cue.content
    text = cue.text
    quoted = [m for m in _QUOTED.finditer(text) if len(m.group(1).split()) >= 5]
    if quoted:
        return _offset(cue, quoted[0].start(1), quoted[-1].end(1))
    for pattern in (_THAT_CLAUSE, _VERB_CLAUSE, _TRAILING_SOURCE):
        match = pattern.search(text)
        if match:
            return _offset(cue, match.start("content"), match.end("content"))
    return _offset(cue, 0, len(text))


def _offset(cue: Cue, start: int, end: int) -> tuple[int, int]:
    while end > start and cue.text[end - 1] in " .,;:":
        end -= 1
    return cue.start + start, cue.start + end


_NAME = re.compile(r"(?:[A-Z][\w’'.-]*|of|for|the|and)(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|and))*")
_NOT_NAMES = {
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "In",
    "On",
    "After",
    "Despite",
    "Two",
    "Many",
    "Since",
    "Additionally",
    "Previously",
    "Their",
    "Its",
    "His",
    "Her",
    *[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
    ],
    *["December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def _names_in(cue: Cue) -> list[tuple[int, str]]:
    """Capitalized name phrases of a sentence with their offsets."""
    found = []
    for match in _NAME.finditer(cue.text):
        words = match.group().split()
        while words and (words[0] in _NOT_NAMES or not words[0][0].isupper()):
            words.pop(0)
        while words and not words[-1][0].isupper():
            words.pop()
        name = re.sub(r"[’']s$", "", " ".join(words)).rstrip(".,")
        if len(name) > 1 and not name.isdigit():
            found.append((match.start(), name))
    return found


def candidate_names(cues: list[Cue]) -> list[str]:
    """Capitalized name phrases in attribution sentences: hints for the parties pass."""
    return list(dict.fromkeys(name for cue in cues for _, name in _names_in(cue)))


def likely_speakers(cues: list[Cue]) -> list[str]:
    """Per attribution sentence, the name phrase nearest its cue word."""
    speakers: dict[str, None] = {}
    for cue in cues:
        names = _names_in(cue)
        if names:
            _, nearest = min(names, key=lambda found: abs(found[0] - cue.cue_at))
            speakers[nearest] = None
    return list(speakers)
