"""Candidates that assert nothing, so no briefing item (evals/README, labelling guide):
a cue of saying its sentence negates ("she has not called for him to resign"), a quoted
sentence with no verb ("Death to the United States.", a chant the speaker quotes), a
question the speaker goes on to answer ("You know what I want to do? I want ..."), a
thing withheld ("deny licenses to couples").

The attribution layer keeps them (PolNeAR annotates them); only the items are filtered."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.text.auxiliaries import passive_voice
from briefing.attribution.text.spans import Offsets, doc_text
from briefing.attribution.text.unresolved import REFERENT_NOUNS

# cues whose negation states a stance, wish or judgement of its own (guide: "wishes and
# plans ('wants', 'hopes', 'plans to') are claims"; a stance, "supports", is one)
_STANCES = frozenset(
    {
        "want", "wish", "hope", "plan", "intend", "expect", "support", "oppose", "favor",
        "favour", "back", "endorse", "agree", "recommend", "believe", "think", "feel",
        "consider", "know", "see", "like", "rule", "accept", "trust",
    }
)  # fmt: skip
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
_INNER_MARKS = ("‘", "“", '"', " '")
_CLOSERS = "”’\"'"


def asserts_nothing(candidate: Candidate, doc: Doc) -> bool:
    """Whether the candidate's cue of saying is negated, it is a verbless quoted sentence,
    or a question its speaker answers."""
    return (
        negated_cue(candidate, doc)
        or verbless_sentence(candidate, doc)
        or answered_question(candidate, doc)
        or quoted_title(candidate, doc)
        or withheld(candidate, doc)
    )


def withheld(candidate: Candidate, doc: Doc) -> bool:
    """ "deny marriage licenses to couples", "denied them entry", "denied his party the
    victory", "he was denied a hearing": a thing withheld from someone, no statement denied
    (not "denied the allegations to reporters")."""
    for verb in _tokens(doc, candidate.cue):
        if verb.lemma_.lower() != "deny" or verb.pos_ != "VERB":
            continue
        things = [c for c in verb.children if c.dep_ == "dobj"]
        to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)
        given = to or any(c.dep_ == "dative" for c in verb.children) or len(things) > 1
        given = given or passive_voice(verb)  # "was denied entry"
        said = any(t.lower_ in REFERENT_NOUNS or t.pos_ == "PRON" for t in things)
        if things and given and not said:
            return True
    return False


def _tokens(doc: Doc, span: Offsets) -> list[Token]:
    return [t for t in doc if span[0] <= t.idx < span[1]]


def negated_cue(candidate: Candidate, doc: Doc) -> bool:
    """Whether a cue verb of saying is negated: "hasn't said whether", "has not called
    for"; a negated stance or wish is one itself ("doesn't want", "does not support")."""
    cue = [t for t in _tokens(doc, candidate.cue) if t.pos_ in ("VERB", "AUX")]
    if any(t.lemma_.lower() in _STANCES for t in cue):
        return False
    return any(c.dep_ == "neg" for t in cue for c in t.children)


def verbless_sentence(candidate: Candidate, doc: Doc) -> bool:
    """Whether a quoted sentence (a quotation's continuation or run) has no verb at all."""
    if not candidate.shape.startswith("quote-"):
        return False
    words = [t for t in _tokens(doc, candidate.content) if not t.is_punct and not t.is_space]
    return bool(words) and not any(t.pos_ in ("VERB", "AUX") or t.tag_ in _VERB_TAGS for t in words)


def quoted_title(candidate: Candidate, doc: Doc) -> bool:
    """Whether a quotation taken as content is a title or a name, every word capitalised
    and no verb ('who hosts the show "Last Week Tonight"'): it asserts nothing."""
    if candidate.shape != "verb-quotation":
        return False
    words = [t for t in _tokens(doc, candidate.content) if not t.is_punct and not t.is_space]
    return (
        bool(words)
        and all(t.text[:1].isupper() for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def answered_question(candidate: Candidate, doc: Doc) -> bool:
    """Whether the content is one sentence that asks a question ("You know what I want
    to do?"), not one it quotes ("her response was, 'What can we do?'"), and the
    quotation goes on after it (the answer, an item of its own). A question that ends
    its quotation ("'Is that all there is?' he said") may stand for an assertion and
    stays, as PolNeAR annotates it."""
    start, end = candidate.content
    text = doc_text(doc)
    if any(mark in text[start:end] for mark in _INNER_MARKS):
        return False
    words = [t for t in doc if start <= t.idx < end and not t.is_space]
    if not words or len({t.sent.start for t in words}) != 1:
        return False
    mark = end - 1 if text[end - 1] == "?" else len(text) - len(text[end:].lstrip(" "))
    if text[mark : mark + 1] != "?":
        return False
    after = text[mark + 1 : mark + 4].lstrip(" ")
    return bool(after) and after[0] not in _CLOSERS and after[0] != "\n"
