"""Which earlier item a denial answers (`responds_to`).

Answer: a denial whose sentence speaks of concerns ("dismissed those fears") answers the
concern of the party that names them ("Saudi concerns", "the union's fears"), else the
last concern of another party worded alike ("fears" and "worried"), else the last
concern of another party. A denial with no such word answers the last demand made of its
denier ("refused to resign" after "called on Y to resign"), else, when its words speak of
worry ("they have nothing to worry about"), the last worry of another party. One that
answers none of these, and defends its denier's own words ("my remarks were ..."),
answers a concern of another party whose sentence names the denier ("... by condemning
Clark's remarks"), before it or after it. One whose words open on a view pointed at ("This
idea that X ... doesn't jibe with ...") answers the last concern of another party.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.reading import Reading
from briefing.attribution.text.lexicon import VIEWS
from briefing.identity import is_mentioned
from briefing.schema import Party

ARTICLES = frozenset({"the", "a", "an"})
_PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "he", "him", "his", "she", "her"})
_POINTING = frozenset({"this", "that", "these", "those", "it"})
_WORRY_VERBS = frozenset({"worry", "fear", "warn", "warning"})  # "they have nothing to worry about"
# families of words for what a concern is: a denial's noun answers a concern worded alike
_FAMILIES = (
    ("concern", "fear", "worr", "afraid", "anxi", "alarm"),
    ("demand", "call", "request", "urg", "ask", "press"),
    ("warn", "threat"),
    ("complain", "complaint", "critic", "object"),
)
# a view pointed at by the denial's own words: "This idea that X ..."
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_ANSWERED = frozenset(
    {"concern", "fear", "worry", "warning", "complaint", "criticism", "demand", "request"}
    | {"call", "threat", "objection", "alarm"}
)


def cue_token(doc: Doc, candidate: Candidate) -> Token | None:
    span = doc.char_span(*candidate.cue, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _stems(token: Token) -> str | None:
    lower = token.lemma_.lower()
    return lower if lower in _ANSWERED else None


def _family(stem: str) -> tuple[str, ...]:
    return next(
        (family for family in _FAMILIES if any(stem.startswith(w) for w in family)), (stem,)
    )


Answered = tuple[dict[str, Any], Candidate]  # an earlier concern item and its candidate


def answering_nouns(sentence: Span | None) -> list[Token]:
    """The nouns of a sentence by which a denial points at a concern ("those fears")."""
    return [t for t in sentence or [] if t.pos_ == "NOUN" and _stems(t) is not None]


def responds_to(
    reading: Reading,
    candidate: Candidate,
    speaker: str,
    concerns: Sequence[Answered],
    parties: Sequence[Party],
) -> Answered | None:
    """The earlier concern a denial answers, if any (module docstring)."""
    others = [k for k in concerns if k[0]["holder"] != speaker]
    if candidate.kind != "denial" or not others:
        return None
    sentence = reading.doc.char_span(*candidate.sentence, alignment_mode="expand")
    nouns = answering_nouns(sentence)
    if not nouns:
        demands = [k for k in others if k[0].get("addressed_to") == speaker]
        if demands:
            return demands[-1]
        if _opens_on_view(reading, candidate):
            return others[-1]
        return _fear_answered(reading, candidate, others, parties)
    for noun in nouns:
        owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
        words = " ".join(t.text for owner in owners for t in owner.subtree)
        held = [k for k in others if words and _holds(k[0]["holder"], words, parties)]
        if held:
            return held[-1]
    family = _family(_stems(nouns[0]) or "")
    alike = [k for k in others if any(w in _worded(k).lower() for w in family)]
    return (alike or others)[-1]


def _opens_on_view(reading: Reading, candidate: Candidate) -> bool:
    """Whether a denial's words open on a view pointed at ("This idea that X ...")."""
    content = reading.doc.char_span(*candidate.content, alignment_mode="expand")
    words = [t for t in content or [] if not t.is_punct][:2]
    return (
        len(words) == 2
        and words[0].lower_ in _DEMONSTRATIVES
        and words[1].lemma_.lower() in VIEWS
        and words[0].head.i == words[1].i
    )


def concern_about(
    reading: Reading,
    candidate: Candidate,
    speaker: str,
    concerns: Sequence[Answered],
    parties: Sequence[Party],
) -> Answered | None:
    """A denial that answers nothing else answers another party's concern whose sentence
    names the denier ("asked the senator to condemn Clark's remarks" for Clark's "my
    remarks were mischaracterized"): the last such concern before it, else the first
    after it. Only a denial defending its denier's own words or acts, told with a personal
    pronoun ("my remarks", "his comments were mischaracterized", "I reject ..."): one of
    others' deeds ("denied that Bolivia and Iran signed a memorandum") contradicts a claim
    (evals/README, "Denials"). Not when its verb's object points at what it denies
    ("rejected the allegation": a claim, so no concern is answered)."""
    denier = next((p for p in parties if p.id == speaker), None)
    if candidate.kind != "denial" or denier is None or _points_at_object(reading, candidate):
        return None
    content = reading.doc.char_span(*candidate.content, alignment_mode="expand")
    if content is None or not any(t.lower_ in _PERSONAL for t in content):
        return None  # "denied that Bolivia and Iran signed a memorandum": a claim contradicted
    about = [
        k
        for k in concerns
        if k[0]["holder"] != speaker and is_mentioned(denier, _sentence_text(reading, k[1]))
    ]
    before = [k for k in about if k[1].content[0] < candidate.content[0]]
    after = [k for k in about if k[1].content[0] >= candidate.content[0]]
    return before[-1] if before else (after[0] if after else None)


def _points_at_object(reading: Reading, candidate: Candidate) -> bool:
    """Whether the deny verb's object points at something said before ("rejected the
    allegation", "rejected that"): the denial answers that, not a concern about it."""
    verb = cue_token(reading.doc, candidate)
    for obj in (c for c in verb.children if c.dep_ == "dobj") if verb is not None else []:
        if obj.lower_ in _POINTING or any(
            c.dep_ == "det" and c.lower_ in _POINTING | ARTICLES for c in obj.children
        ):
            return True
    return False


def _sentence_text(reading: Reading, candidate: Candidate) -> str:
    start, end = candidate.sentence
    return reading.text[start:end]


def _fear_answered(
    reading: Reading, candidate: Candidate, others: list[Answered], parties: Sequence[Party]
) -> Answered | None:
    """ "If the Saudis did not ..., they have nothing to worry about": a denial whose words
    speak of worry answers the last concern of a party they name, else the last worry."""
    content = reading.doc.char_span(*candidate.content, alignment_mode="expand")
    if content is None or not any(t.lemma_.lower() in _WORRY_VERBS for t in content):
        return None
    held = [k for k in others if _holds(k[0]["holder"], content.text, parties)]
    alike = [k for k in others if any(w in _worded(k).lower() for w in _FAMILIES[0])]
    found = held or alike
    return found[-1] if found else None


def _worded(answered: Answered) -> str:
    """A concern's cue and quote: the words its kind of worry is told by."""
    item, candidate = answered
    return f"{candidate.cue_text} {item['quote']}"


def family_of(noun: Token) -> tuple[str, ...]:
    """The words of the noun's kind: ("concern", "fear", ...) for "fears"."""
    return _family(_stems(noun) or noun.lemma_.lower())


def _holds(holder: str, words: str, parties: Sequence[Party]) -> bool:
    """Whether the owner's words name the holder: "Saudi concerns" are the Saudis',
    "Republican worries" the Republicans' (an adjective of a people names its plural)."""
    party = next((p for p in parties if p.id == holder), None)
    if party is None:
        return False
    return is_mentioned(party, words) or (words[:1].isupper() and is_mentioned(party, words + "s"))
