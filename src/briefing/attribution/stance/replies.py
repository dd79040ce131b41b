"""Claims that answer what another party in the article says, asks or charges: denials.

By the labelling guide (evals/README, "Denials" and the decisions after it) a denial is
told by what it answers, not by a negation (of the rules' claims with a negation word on
news-train, few are gold denials). Read here:
- retracting one's own words: "she admitted she had misspoken" (V, with J);
- refusing a demand another party makes in the article: "has no plans to bring it up for a
  vote", "there is no need to move them", when the demand asks for the same thing (U, W;
  with no such demand it stays a claim, a negative pledge nobody asked for, R);
- doubting what another party predicts, told just before: "it seems extremely unlikely",
  "the numbers don't add up" (R; with no reported prediction a counter-prediction is a
  claim, T, U);
- finding no evidence of a wrong another party charges in the article: "none found any
  evidence of wrongdoing" (L: "cited no evidence that X", when nobody asserts X, is a claim);
- negating, in the first person, what another party in the article accuses the speaker of:
  "I have never been influenced by donors" after "accused her of being influenced" ("an
  answer that negates an accusation without a deny verb", "Denials");
- a view others hold said not to fit the facts: "this idea that the city is collapsing
  doesn't jibe with what people see" (C: casting doubt on a claim);
- the reason given for rejecting a decision: "disagrees with the board's decision, because
  'I see no grounds for it'" (U).
Where a rule finds what is answered (the demand refused, the prediction doubted, the charge
negated or found baseless, the speaker's own claim retracted), the denial carries its
content (`Candidate.answers`), which `statements` makes the denial's `responds_to`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.text.lexicon import FIRST_PERSON, VIEWS
from briefing.attribution.text.negation import negated, under_no
from briefing.identity import slug_surname

_RETRACTING = frozenset({"misspeak", "misstate", "misspoke", "misspoken"})
_UNNEEDED = frozenset({"need", "plan", "plans", "intention"})  # "no plans to X"
_PREDICTING = frozenset({"will", "can", "could", "would", "'ll", "wo", "ca"})
_DOUBTS = frozenset({"unlikely", "improbable", "doubtful", "implausible"})
_BACK = frozenset({"it", "that", "this"})
_NOBODY = frozenset({"none", "nobody", "neither"})
_PROOF = frozenset({"evidence", "proof"})
_CHARGING = frozenset({"accuse", "blame", "allege", "charge", "fault", "responsible"})
_REJECTING = frozenset({"disagree", "reject", "dispute", "refute"})
_OPINING = frozenset({"believe", "think", "know", "say", "see", "feel", "want", "expect"})
_FITTING = frozenset({"jibe", "square", "match", "fit", "tally", "comport"})
_CONTENT_POS = frozenset({"NOUN", "VERB"})
_ASKING = frozenset({"call", "urge", "ask", "demand", "press", "want", "need", "plan"})
MIN_RETRACTED = 2  # words a retraction shares with the claim it takes back
NEAR = 4  # sentences from another party's prediction to the doubt that answers it


@dataclass(frozen=True)
class Told:
    """What a claim may answer: the article's `candidates`, the claim's `speaker`'s own among
    them (a retraction takes back one of those)."""

    speaker: str
    candidates: Sequence[Candidate]

    @cached_property
    def others(self) -> list[Candidate]:
        """The other parties' candidates."""
        return [
            c for c in self.candidates if c.referent is not None and _speaker(c) != self.speaker
        ]


def _tokens(doc: Doc, candidate: Candidate) -> list[Token]:
    start, end = candidate.content
    return [t for t in doc if start <= t.idx < end]


def _retracts(tokens: list[Token], doc: Doc, told: Told) -> Candidate | bool:
    """ "she had misspoken", "Clinton misspoke and meant ...": one's own words taken back
    (the claim `retracted`)."""
    if not any(
        t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _RETRACTING and not negated(t)
        for t in tokens
    ):
        return False
    return retracted(tokens, told.speaker, told.candidates) or True


def _asked(token: Token) -> set[str]:
    """The words of what an unneeded or unplanned act does ("bring ... vote")."""
    return {_what(t) for t in token.subtree if _what(t)}


def _what(token: Token) -> str:
    """A token's lemma when it says what is done or asked (not who, nor the asking)."""
    lemma = token.lemma_.lower()
    if token.pos_ not in _CONTENT_POS or token.is_stop or lemma in _ASKING:
        return ""
    return lemma


def _refuses_demand(tokens: list[Token], doc: Doc, told: Told) -> Candidate | None:
    """ "there is no need to move them", "has no plans to bring it up for a vote", when
    another party's demand in the article asks for the same (shares a word of what is done):
    the demand sharing most such words. Not "offered no plans to keep us safe", a criticism."""
    demands = [c for c in told.others if c.kind == "concern"]
    for token in tokens:
        if token.lemma_.lower() not in _UNNEEDED or not under_no(token):
            continue
        if token.head.lemma_.lower() not in ("have", "be"):  # "offered no plans": a criticism
            continue
        acts = [c for c in token.children if c.dep_ in ("acl", "relcl", "xcomp") and c.i > token.i]
        asked = set().union(*(_asked(a) for a in acts)) - {token.lemma_.lower()}
        shared = [(len(asked & _asked_in(doc, d)), d) for d in demands]
        most = max((n for n, _ in shared), default=0)
        if most:
            return next(d for n, d in shared if n == most)
    return None


def _asked_in(doc: Doc, demand: Candidate) -> set[str]:
    return {_what(t) for t in _tokens(doc, demand) if _what(t)}


def _doubts(tokens: list[Token]) -> bool:
    """ "it seems extremely unlikely", "that is doubtful", "the numbers don't add up"."""
    for token in tokens:
        hedged = any(
            c.dep_ == "conj" and negated(c) for c in token.children
        )  # "but not impossible"
        if token.lower_ in _DOUBTS and token.dep_ in ("acomp", "oprd") and not negated(token.head):
            if hedged:
                continue
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in _BACK:
                return True
        if token.lemma_.lower() == "add" and negated(token) and _up(token):
            return True
    return False


def _up(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _predicts(doc: Doc, candidate: Candidate) -> bool:
    """A content that foretells: a modal of the future or of ability ("can still close")."""
    return any(t.dep_ == "aux" and t.lower_ in _PREDICTING for t in _tokens(doc, candidate))


def _doubts_prediction(tokens: list[Token], doc: Doc, told: Told) -> Candidate | bool:
    """A doubt answering another party's prediction told up to NEAR sentences before: the
    last one foretold with the doubt's own modal ("can still win" for "unlikely that he can
    win"; a doubt with no modal takes its sentence before's), else the only one."""
    if not tokens or not _doubts(tokens):
        return False
    starts = [s.start_char for s in doc.sents]
    here = bisect_right(starts, tokens[0].idx)
    foretold = [
        c
        for c in told.others
        if 0 <= here - bisect_right(starts, c.content[0]) <= NEAR
        and c.content[0] < tokens[0].idx
        and _predicts(doc, c)
    ]
    sentence = tokens[0].sent
    modals = _modals(sentence) or _modals(doc[sentence.start - 1].sent if sentence.start else [])
    alike = [c for c in foretold if modals & _modals(_tokens(doc, c))]
    if alike or len(foretold) == 1:
        return (alike or foretold)[-1]
    return bool(foretold)


def _modals(tokens: Iterable[Token]) -> set[str]:
    return {t.lower_ for t in tokens if t.dep_ == "aux" and t.lower_ in _PREDICTING}


def _no_evidence(tokens: list[Token]) -> bool:
    """ "none found any evidence of wrongdoing", "nobody has shown any proof"."""
    for token in tokens:
        if token.lemma_.lower() not in _PROOF or token.dep_ != "dobj":
            continue
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _NOBODY and not negated(verb):
            return True
    return False


def _charges(doc: Doc, candidate: Candidate) -> bool:
    cue = doc.char_span(*candidate.cue, alignment_mode="expand")
    words = [*_tokens(doc, candidate), *(cue or [])]
    return any(t.lemma_.lower() in _CHARGING for t in words)


def _disproves_charge(tokens: list[Token], doc: Doc, told: Told) -> Candidate | bool | None:
    """No evidence found of what another party in the article charges: the charge sharing
    a word of what it says, else the only charge (of several, none is named)."""
    if not _no_evidence(tokens):
        return False
    charges = [c for c in told.others if _charges(doc, c)]
    said = {_what(t) for t in tokens if _what(t)}
    alike = [c for c in charges if said & _asked_in(doc, c)]
    if alike or len(charges) == 1:
        return _nearest(tokens, alike or charges)
    return bool(charges)


def _nearest(tokens: list[Token], said: Sequence[Candidate]) -> Candidate | None:
    """The last of `said` told before the tokens, else the first after them."""
    before = [c for c in said if c.content[0] < tokens[0].idx]
    return before[-1] if before else (said[0] if said else None)


def _reason_for_rejecting(tokens: list[Token], doc: Doc, told: Told) -> bool:
    """A content right after "because", in a sentence whose earlier verb rejects something
    ("disagrees with the decision, because ..."): the reason is part of the rejection."""
    if not tokens:
        return False
    first = tokens[0]
    before = [t for t in doc[first.sent.start : first.i] if not (t.is_punct or t.is_quote)]
    if not before or before[-1].lower_ != "because":
        return False
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in _REJECTING
        and not negated(t)
        and any(c.dep_ in ("dobj", "prep") for c in t.children)
        for t in before
    )


def _negates_charge(tokens: list[Token], doc: Doc, told: Told) -> Candidate | None:
    """ "I have never been influenced ..." after another's "accused her of being influenced":
    the speaker's own negated verb, the same verb as the charge's (that charge)."""
    charges = [c for c in told.others if _charges(doc, c)]
    negating = {
        t.lemma_.lower()
        for t in tokens
        if t.pos_ == "VERB"
        and negated(t)
        and not t.is_stop
        and t.lemma_.lower() not in _CHARGING | _OPINING
        and any(c.dep_.startswith("nsubj") and c.lower_ in FIRST_PERSON for c in t.children)
    }
    return _nearest(tokens, [c for c in charges if negating & _asked_in(doc, c)])


def _view_misfits(tokens: list[Token], doc: Doc, told: Told) -> bool:
    """ "This idea that P doesn't jibe with the facts": a view others hold, doubted."""
    return any(
        t.lemma_.lower() in _FITTING
        and negated(t)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in VIEWS for c in t.children)
        for t in tokens
    )


# a reply rule: the candidate answered, True when it answers none named
Reply = Callable[[list[Token], Doc, Told], Candidate | bool | None]
REPLIES: dict[str, Reply] = {
    "retracts": _retracts,
    "refuses-demand": _refuses_demand,
    "doubts-prediction": _doubts_prediction,
    "disproves-charge": _disproves_charge,
    "reason-for-rejecting": _reason_for_rejecting,
    "negates-charge": _negates_charge,
    "view-misfits": _view_misfits,
}


def _speaker(candidate: Candidate) -> str | None:
    return slug_surname(candidate.referent.text) if candidate.referent else None


def reply(
    doc: Doc, candidate: Candidate, candidates: Sequence[Candidate]
) -> tuple[str, Candidate | None] | None:
    """The first reply rule that makes a claim a denial, and the candidate it answers."""
    speaker = _speaker(candidate)
    if candidate.kind != "claim" or speaker is None:
        return None
    told = Told(speaker, candidates)
    tokens = _tokens(doc, candidate)
    for name, rule in REPLIES.items():
        found = rule(tokens, doc, told)
        if found:
            return name, found if isinstance(found, Candidate) else None
    return None


def retracted(
    tokens: list[Token], speaker: str, candidates: Sequence[Candidate]
) -> Candidate | None:
    """The claim a retraction takes back: the last earlier claim of whoever misspoke (the
    verb's named subject, else the speaker) sharing MIN_RETRACTED words of what it says
    ("misspoke and meant to say it was a mistake to use one account" takes back "using
    two accounts was a mistake")."""
    verb = next(t for t in tokens if t.lemma_.lower() in _RETRACTING)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = subject is not None and subject.pos_ == "PROPN"
    who = slug_surname(subject.text) if subject is not None and named else speaker
    said = {_what(t) for t in tokens if t.i > verb.i and _what(t)}
    shared = [
        c
        for c in candidates
        if c.kind == "claim"
        and _speaker(c) == who
        and c.content[1] <= tokens[0].idx
        and len(said & _asked_in(verb.doc, c)) >= MIN_RETRACTED
    ]
    return shared[-1] if shared else None


def answered(doc: Doc, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, each claim that answers another party (module doc) made a denial
    (with the content it answers, when one rule names it)."""
    result = []
    for c in candidates:
        found = reply(doc, c, candidates)
        if found is None:
            result.append(c)
            continue
        target = found[1]
        result.append(replace(c, kind="denial", answers=target.content if target else None))
    return result
