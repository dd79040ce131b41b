"""What a denial's "they" or "those concerns" stands for, when the denial answers a concern.

"Ruiz dismissed those fears, saying they were exaggerated": the denial answers the union's
concern (`answers.responds_to`), so its words' "they" (the subject opening them) or "those
fears" (a demonstrative or "the" before a word for a concern) become "the union's fears
about <what the concern is about>", every word the article's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.attribution.links.answers import Answered, answering_nouns, family_of
from briefing.identity import possessive
from briefing.schema import Party

_STANDING_IN = {"they": "NNS", "these": "NNS", "those": "NNS", "it": "NN", "this": "NN"}
_POINTING = frozenset({"these", "those", "this", "that", "such", "the"})
# how the concern's object follows its noun: "fears about X", "demands for X", "warnings of X"
_LINKS = {"demand": "for", "call": "for", "request": "for", "warning": "of", "threat": "of"}
MAX_ABOUT = 90  # characters of the concern's words kept
# a concern quoted with its own word of worry ("worried that X", "concerns about X"): the
# phrase names the worry itself, so those words go, and "that" / "about" links X
_OWN_WORRY = re.compile(
    r"^(?:(?:very|deeply|gravely|greatly|so|too)\s+)?(?:worried|concerned|afraid|fearful|"
    r"troubled|alarmed|worr(?:y|ies)|concerns?|fears?)\s+(that|about|over|of)\s+",
    re.IGNORECASE,
)


def _phrase(noun: Token, about: str, link: str | None, name: str) -> str:
    owner = possessive(name)
    link = _LINKS.get(noun.lemma_.lower(), "about") if link is None else link
    about = about if len(about) <= MAX_ABOUT else about[:MAX_ABOUT].rsplit(" ", 1)[0]
    return f"{owner} {noun.text.lower()} {link} {about}".replace("  ", " ")


def _link(answered: Answered, doc: Doc) -> str | None:
    """How the concern's words follow a noun: "that" before a clause ("fears that the bridge
    could collapse"), nothing before "to" ("calls to resign"), else by the noun (None)."""
    content = doc.char_span(*answered[1].content, alignment_mode="expand")
    if content is None or not len(content):
        return None
    if content[0].lower_ == "to":
        return ""
    root = content.root
    finite = root.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in root.children)
    return "that" if finite else None


def _pointing_phrase(span: Span, family: tuple[str, ...]) -> list[Token]:
    """Tokens of a "those concerns" phrase in the span (determiner to noun), if any."""
    for token in span:
        if token.pos_ != "NOUN" or not any(token.lemma_.lower().startswith(w) for w in family):
            continue
        det = next((c for c in token.children if c.dep_ == "det" and c.i < token.i), None)
        if det is not None and det.lower_ in _POINTING:
            return list(span.doc[det.i : token.i + 1])
    return []


def antecedent_words(
    span: Span, start: int, answered: Answered, holder: Party, name: str
) -> dict[int, str | None]:
    """Token index -> its replacement (None: dropped) naming the concern a denial answers."""
    item, _ = answered
    link = _link(answered, span.doc)
    sentence = span.doc[span.start].sent
    nouns = [n for n in answering_nouns(sentence) if not span.start <= n.i < span.end]
    about = " ".join(str(item["about"]).split())
    if own := _OWN_WORRY.match(about):
        about, link = about[own.end() :], "that" if own.group(1).lower() == "that" else "about"
    inside = _pointing_phrase(span, family_of(nouns[0]) if nouns else ("concern", "fear"))
    if inside:
        first, *rest = inside
        noun = inside[-1]
        return {first.i: _phrase(noun, about, link, name), **{t.i: None for t in rest}}
    opening = span.doc[start]
    number = _STANDING_IN.get(opening.lower_)
    if nouns and number == nouns[0].tag_ and opening.dep_ in ("nsubj", "nsubjpass"):
        return {opening.i: _phrase(nouns[0], about, link, name)}
    return {}
