"""Denials whose object is a noun, a refusal or a complaint of being misread, read off
the parse.

The labelling guide (evals/README, "Denials"; "Cases decided while labelling
news-train") makes rejecting a statement, a proposal or a demand, mocking a concern,
playing something down ("played down X as 'Y'", quote `Y`) and refusing to concede a
denial, and keeps the verb in the quote when it rejects a named object (`rejects the
union's figures`), but not when it rejects it as something ("rejected the idea as
'ludicrous'", quote `ludicrous`). A speaker saying their own words were mischaracterized denies what
others made of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found, cue_speaker
from briefing.attribution.names.described import LEADER_TITLES, UNNAMED_PEOPLE
from briefing.attribution.text.auxiliaries import has_aux, to_infinitive
from briefing.attribution.text.negation import negated
from briefing.attribution.text.spans import (
    Offsets,
    name_span,
    token_offsets,
    trimmed_span,
)

# verbs that reject their object, quoted with it ("rejected Saudi concerns")
REJECTING = frozenset(
    {"reject", "mock", "scoff", "deride", "ridicule", "rebuff", "refute", "contest", "dispute"}
)
_CONCEDING = frozenset({"concede", "consider", "accept", "acknowledge", "admit", "apologize"})
MISREADING = frozenset({"mischaracterize", "misrepresent", "misquote", "distort", "misconstrue"})
_SAYING = frozenset({"say", "insist", "argue", "tell", "write", "complain", "add", "note"})
SHAPE = "rejection"
# verbs that reject what is said, but only criticise the people they mock ("mocked the
# state leaders as 'obsessed'": a claim, evals/README "condemning or criticising")
_MOCKING = frozenset({"mock", "deride", "ridicule"})
_PERSONAL = frozenset({"him", "her", "them", "me", "us", "you"})


_FUTURE = frozenset({"will", "would", "'ll", "’ll", "could", "might", "may"})


def _people(noun: Token) -> bool:
    """A person or people ("him", "the state leaders"), not something said."""
    if noun.pos_ == "PRON":
        return noun.lower_ in _PERSONAL
    return noun.lemma_.lower() in LEADER_TITLES | UNNAMED_PEOPLE


def _foreseen(verb: Token) -> bool:
    """ "voters will reject the plan": a rejection foreseen, not one made."""
    return has_aux(verb, _FUTURE)


def _rejected(verb: Token) -> Offsets | None:
    """ "rejects X's comments", "mocking concerns about C": the verb and its object."""
    if verb.lemma_.lower() not in REJECTING or negated(verb) or _foreseen(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        obj = prep  # "scoffed at fears of a crash"
    if obj is None or (obj.pos_ == "PRON" and obj.lower_ in ("what", "which", "who")):
        return None
    if obj.pos_ == "PROPN":  # "contesting Ohio", "rejected Smith": a race or a person
        return None
    if verb.lemma_.lower() in _MOCKING and _people(obj):  # "mocked the leaders as 'X'"
        return None
    return _as_what(verb, obj) or _what_this_is(verb, obj) or trimmed_span([verb, *obj.subtree])


_CONCESSIVE = frozenset({"although", "though", "while"})
_THIS = frozenset({"this", "that", "it"})


def _what_this_is(verb: Token, obj: Token) -> Offsets | None:
    """ "X is occupied land, although Israel disputes this": "this" says nothing alone, so
    the quote is the clause it stands for, with the rejection (the guide's rule 3)."""
    if obj.lower_ not in _THIS or verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _CONCESSIVE), None)
    if mark is None:
        return None
    before = [t for t in verb.doc[verb.sent.start : mark.i] if not t.is_punct]
    clause = _clause_of(before[-1]) if before else None
    if clause is None or clause.i > mark.i:
        return None
    return trimmed_span(
        [t for t in clause.subtree if t.i < mark.i] + list(verb.doc[mark.i : obj.i + 1])
    )


def _clause_of(token: Token) -> Token | None:
    """The verb of the smallest clause a token lies in."""
    for head in [token, *token.ancestors]:
        if head.pos_ in ("VERB", "AUX") and head.dep_ in (
            "ROOT",
            "relcl",
            "ccomp",
            "conj",
            "advcl",
        ):
            return head
    return None


def _as_what(verb: Token, obj: Token | None) -> Offsets | None:
    """ "played down X as 'Y'", "rejected the idea as 'ludicrous'": quote `Y` (the "as"
    phrase hangs on the verb or on its object)."""
    holders = [verb] if obj is None else [verb, obj]
    prep = next(
        (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"), None
    )
    if prep is None:
        return None
    return trimmed_span([t for c in prep.children for t in c.subtree])


# "brushed off the report's findings", "shrugged off the attacks": waved aside, when
# what is waved aside was said or feared (not "shrugged off prosecutions", "the decision")
_OFF = frozenset({"brush", "shrug", "laugh", "wave"})
_WAVED = frozenset(
    {"concern", "worry", "fear", "comment", "remark", "attack", "finding", "report", "claim"}
    | {"criticism", "question", "idea", "suggestion", "allegation", "charge", "accusation"}
    | {"story", "significance", "threat", "warning", "speculation", "rumor", "talk", "notion"}
)


def _played_down(verb: Token) -> Offsets | None:
    """ "played down X as 'Y'" (and "downplayed X as 'Y'"): quote `Y`; "downplayed X",
    "brushed off X", "shrugged off X": quote the verb and X (the guide: a rejecting verb
    with its named object)."""
    lemma = verb.lemma_.lower()
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    off = lemma in _OFF and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if not (lemma == "downplay" or (lemma == "play" and down) or off) or negated(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if off and (obj is None or obj.lemma_.lower() not in _WAVED):
        return None
    verdict = _as_what(verb, obj)
    if verdict is not None or obj is None or _foreseen(verb) or obj.pos_ in ("PRON", "PROPN"):
        return verdict  # not "it", "what", a person: quoted only with what they are called
    if to_infinitive(verb):
        return None  # "tried to downplay X": an attempt, not a dismissal
    return trimmed_span([verb, *verb.doc[verb.i + 1 : obj.i], *obj.subtree])


def _refused(verb: Token) -> Offsets | None:
    """ "refused to concede that C", "a decision he has refused to consider"."""
    if verb.lemma_.lower() != "refuse" or negated(verb):
        return None
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None or xcomp.lemma_.lower() not in _CONCEDING:
        return None
    tokens = [verb, *xcomp.subtree]
    if verb.dep_ == "relcl":  # "a decision which he has refused to consider"
        tokens += [t for t in verb.head.subtree if t.i < verb.i]
        tokens += [t for t in verb.subtree if t.i < verb.i]
    return trimmed_span(tokens)


def _misread(verb: Token) -> tuple[Offsets, Token] | None:
    """ "X said his comments were mischaracterized": X denies, quoting the clause."""
    if verb.lemma_.lower() not in MISREADING or negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    said = verb.head
    if subject is None or verb.dep_ != "ccomp" or said.lemma_.lower() not in _SAYING:
        return None
    if not any(c.dep_ == "poss" for c in subject.children):  # "his comments", "my words"
        return None
    tail = {t.i for c in verb.children if c.dep_ in ("cc", "conj") for t in c.subtree}
    speaker = cue_speaker(said)
    span = trimmed_span([t for t in verb.subtree if t.i not in tail and t.dep_ != "mark"])
    return (span, speaker) if span is not None and speaker is not None else None


def rejection_cues(sentence: Span) -> Iterator[Found]:
    """Denials by verbs that reject a named object, play it down, refuse to concede it,
    or call one's words mischaracterized (kept by the rules)."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        content = _rejected(token) or _played_down(token) or _refused(token)
        source = cue_speaker(token) if content is not None else None
        if content is None and (misread := _misread(token)) is not None:
            content, source = misread
        if content is None or source is None:
            continue
        cue = token_offsets(token)
        yield Found(cue, "denial", source, name_span(source), content, SHAPE, token)
