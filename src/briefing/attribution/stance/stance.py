"""The kind an attribution's own words give it, read off their parse, whatever its cue.

By the labelling guide (evals/README, "Denials", "Concerns" and "Cases decided while
labelling news-train") a claim's content can itself deny or warn. It denies when it
calls what was said false ("the claims are false", "It's nonsense"), rejects it in the
speaker's voice ("we disagree with those claims"), finds no proof of it ("there was no
evidence of ..."), sees no chance of a feared outcome ("There is no chance of that"),
rejects an idea others hold ("I don't believe in firewalls"), sets a charge aside
("moral, not political", `set_aside`), says a matter others raise tells nothing ("no
bearing on X", `irrelevance`), calls a fear groundless ("they have nothing to
worry about"), tells others to drop their complaints ("they should curb their
complaints"), or negates what an act is said to be or a wrong alleged ("was not a
response to ...", "we did not discriminate"), disowns a wrong or a power others ascribe
("we have no violations", `disowned`), or negates the speaker's own worry ("it doesn't
scare me", `own_worry`). It warns when it tells a named party or a body a name owns what
it should do or another party to take care (`obligations`: "Republicans should give him
a hearing", "Japan should be careful"), predicts harm ("it will metastasize", "it risks
alienating them"), names a peril ("at risk") or holds or sees a fear ("our fear is that
...", "viewed X as a genuine threat"). A plain negative ("he did not attend"), an
accusation of lying, what a place should do (maybe the speaker's own side: "the U.S.
should invest more"), a fear allayed, stoked or owned by another stay claims. The words
are in `stance_words.tsv`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from briefing.attribution.stance.alarms import sounds_alarm
from briefing.attribution.stance.called_false import calls_said_false
from briefing.attribution.stance.defiance import defies
from briefing.attribution.stance.disowned import disowns
from briefing.attribution.stance.forecasts import predicts_bad
from briefing.attribution.stance.irrelevance import dismisses
from briefing.attribution.stance.named_risks import names_risk
from briefing.attribution.stance.obligations import (
    demands,
    demands_of_other,
    lets_act,
    must_end,
    time_for,
    time_passive,
    under_duty,
    urges_caution,
    wishes_punishment,
)
from briefing.attribution.stance.own_worry import denies_worry, voices_worry
from briefing.attribution.stance.pleas import pleads, shouted_order
from briefing.attribution.stance.rebuttals import rebuts
from briefing.attribution.stance.rival_wins import doubts_win, foretells_win
from briefing.attribution.stance.set_aside import sets_aside
from briefing.attribution.stance.unsound import calls_unsound
from briefing.attribution.stance.voicing import voiced_by
from briefing.attribution.text.auxiliaries import has_aux, passive_voice, to_infinitive
from briefing.attribution.text.lexicon import FIRST_PERSON
from briefing.attribution.text.negation import negated, under_no
from briefing.attribution.text.quotation_marks import in_quotation
from briefing.attribution.text.spans import Offsets, content_roots
from briefing.schema import Kind

_PREDICTIONS = frozenset({"could", "might", "may", "will", "would"})
_PERIL_PREPOSITIONS = frozenset({"at", "in", "on"})  # "at risk", "in danger", "on the brink"
_OWN_SPEAKER = frozenset({"i", "we", "he", "she", "they"})  # "he rejects": the speaker
_FEAR_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_OWN_POSSESSIVES = frozenset({"our", "my", "their", "his", "her"})  # "our fear", not "Y's"
_CHANCES = frozenset({"chance", "possibility", "prospect"})  # "there is no chance of X"
_VIEWING = frozenset({"view", "see", "regard", "consider", "perceive"})  # "X as a threat"
_OPINING = frozenset({"think", "believe"})  # "I think we have to pay close attention"
_MAYBE = frozenset({"may", "might", "could"})  # "people may have concerns": not held


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """role -> its words, from `stance_words.tsv`."""
    roles: dict[str, set[str]] = {}
    text = resources.files(__package__).joinpath("stance_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, role = line.split("\t")
            roles.setdefault(role, set()).add(word)
    return {role: frozenset(listed) for role, listed in roles.items()}


def _has(token: Token, role: str) -> bool:
    return token.lemma_.lower() in words()[role] or token.lower_ in words()[role]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _calls_false(tokens: list[Token]) -> bool:
    """A predicate calling something false ("are false", "It's nonsense", "not true")."""
    for token in tokens:
        if token.dep_ not in ("acomp", "attr", "ROOT", "ccomp") or token.pos_ == "VERB":
            continue
        denied = negated(token) or negated(token.head)
        if _has(token, "false") and not denied:
            return True
        if _has(token, "true") and token.dep_ == "acomp" and denied:
            return True
    return False


def _rejects(root: Token, inside: set[int]) -> bool:
    """The speaker's own rejecting verb heading the content ("rejects X", "we disagree");
    not an infinitive ("called on them to reject X" is a call, `kinds`). Inside a
    quotation the speaker is "I" or "we": '"He's always denied it," X said' reports
    another's denial, which is X's claim."""
    if root.pos_ != "VERB" or not _has(root, "reject") or negated(root):
        return False
    if passive_voice(root):  # "he was denied a visa": not his
        return False
    if to_infinitive(root):
        return False
    subject = _subject(root)
    if subject is None or subject.i not in inside:
        return True
    own = FIRST_PERSON if in_quotation(subject.doc.text, subject.idx) else _OWN_SPEAKER
    return subject.lower_ in own


def _no_proof(tokens: list[Token]) -> bool:
    """ "there was no evidence of X", "there is no truth to it"."""
    return any(_has(t, "proof") and t.pos_ == "NOUN" and under_no(t) for t in tokens)


def _no_chance(tokens: list[Token]) -> bool:
    """A feared outcome dismissed: "There is no chance of that level of violence" (not
    "the bill has no chance of passage", a forecast)."""
    return any(
        t.lemma_.lower() in _CHANCES
        and under_no(t)
        and t.dep_ == "attr"
        and any(c.dep_ == "expl" for c in t.head.children)
        for t in tokens
    )


def _disbelieves(root: Token) -> bool:
    """ "I don't believe in firewalls": the speaker rejects an idea others hold."""
    subject = _subject(root)
    return (
        root.lemma_.lower() == "believe"
        and negated(root)
        and subject is not None
        and subject.lower_ in FIRST_PERSON
        and any(c.dep_ == "prep" and c.lower_ == "in" for c in root.children)
    )


def _disowns_motive(tokens: list[Token]) -> bool:
    """An act said not to be what others say it is ("lifting the ban was not a response to
    X", "my comments were not aimed at anyone"); a plain negative is no denial."""
    for token in tokens:
        if not _has(token, "motive"):
            continue
        if token.dep_ == "attr" and negated(token.head):
            return True
        if token.pos_ == "VERB" and negated(token):
            return True
    return False


def _disowns_wrong(tokens: list[Token]) -> bool:
    """A wrongdoing others allege, negated ("the board did not discriminate or retaliate")."""
    return any(
        t.pos_ == "VERB"
        and _has(t, "wrong")
        and (negated(t) or (t.dep_ == "conj" and negated(t.head)))
        for t in tokens
    )


def _no_fear(tokens: list[Token]) -> bool:
    """A fear called groundless: "they have nothing to worry about", "no cause for alarm"."""
    for token in tokens:
        if not _has(token, "fear"):
            continue
        above = [token.head, token.head.head]
        if any(a.lower_ == "nothing" or under_no(a) for a in above if a.i != token.i):
            return True
    return False


def _told_to_drop(tokens: list[Token]) -> bool:
    """Others told they should drop what they say ("foreign officials should curb their
    complaints"): the complaint is rejected."""
    for token in tokens:
        if token.pos_ != "VERB" or not _has(token, "drop") or negated(token):
            continue
        if not under_duty(token):
            continue
        if any(c.dep_ == "dobj" and _has(c, "complaint") for c in token.children):
            return True
    return False


def denies(doc: Doc, content: Offsets) -> bool:
    """Whether a content's words deny or refute (see the module's docstring)."""
    tokens = [t for t in doc if content[0] <= t.idx < content[1]]
    roots = content_roots(doc, content)
    if not roots:
        return False
    inside = {t.i for t in tokens}
    if _calls_false(tokens) or _no_proof(tokens) or _no_fear(tokens) or disowns(tokens):
        return True
    if _disowns_motive(tokens) or _disowns_wrong(tokens) or _told_to_drop(tokens):
        return True
    if calls_unsound(tokens) or defies(tokens) or rebuts(tokens) or calls_said_false(tokens):
        return True
    if denies_worry(tokens) or _no_chance(tokens):  # "It doesn't scare me"
        return True
    if sets_aside(tokens) or dismisses(tokens):  # "moral, not political", "no bearing on X"
        return True
    if _disbelieves(roots[0]):
        return True
    return _rejects(roots[0], inside)


def _predicts_harm(tokens: list[Token]) -> bool:
    """A verb of harm under a modal of prediction ("it will metastasize"), not negated."""
    for token in tokens:
        harm = _has(token, "harm") or _holds_to_account(token)
        if token.pos_ != "VERB" or not harm or negated(token):
            continue
        if _conditional(token, tokens):
            continue
        verb = token.head if token.dep_ == "conj" else token
        if has_aux(verb, _PREDICTIONS, lemma=True):
            return True
        if _risked(token):  # "it risks alienating mainstream Muslims"
            return True
    return False


def _holds_to_account(verb: Token) -> bool:
    """ "God will hold the slave drivers accountable": a reckoning foretold, a warning."""
    return verb.lemma_.lower() == "hold" and any(
        t.lower_ in ("accountable", "responsible") and t.head.i == verb.i for t in verb.children
    )


def _risked(token: Token) -> bool:
    """A harm the verb "risk" puts ahead ("risks alienating X", "risk destroying it")."""
    head = token.head
    return token.dep_ in ("xcomp", "dobj") and head.lemma_.lower() == "risk" and not negated(head)


def _in_peril(tokens: list[Token]) -> bool:
    """ "will be put at risk", "is in danger", "on the brink of": not negated."""
    return any(
        _has(t, "peril")
        and t.dep_ == "pobj"
        and t.head.lower_ in _PERIL_PREPOSITIONS
        and not negated(t.head.head)
        and not _conditional(t, tokens)
        for t in tokens
    )


def _conditional(token: Token, tokens: list[Token]) -> bool:
    """Whether the token lies in an adverbial clause of the content ("an exception when the
    mother's life is in danger"): a condition or a time, not what is predicted."""
    inside = {t.i for t in tokens}
    return any(a.dep_ == "advcl" and a.i in inside for a in [token, *token.ancestors])


def _holds_fear(root: Token) -> bool:
    """A noun of fear heading the content ("the threat that ..."), as its subject or
    attribute ("our fear is that ..."), or the object of a verb of holding one ("we have
    concerns", not "it will assuage fears"), not negated."""
    if _fear(root):
        return True
    if negated(root) or has_aux(root, _MAYBE):
        return False  # "people may have concerns": a worry supposed, not held
    places = _FEAR_PLACES if _has(root, "hold") else _FEAR_PLACES - {"dobj"}
    held = [c for c in root.children if c.dep_ in places]
    held += [  # "was viewed with concern", "watched with alarm", "viewed X as a threat"
        g
        for c in root.children
        if c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "as" and _views(root)))
        for g in c.children
    ]
    return any(_fear(c) for c in held)


def _views(verb: Token) -> bool:
    """A verb of seeing something as what it is ("viewed X as a genuine threat")."""
    return verb.lemma_.lower() in _VIEWING


def _fear(noun: Token) -> bool:
    """A noun of fear, not one another party owns ("answered the union's concerns")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return (
        noun.pos_ == "NOUN"
        and _has(noun, "fear")
        and not under_no(noun)  # "there is no threat to the city", "we have no concerns"
        and all(o.lower_ in _OWN_POSSESSIVES for o in owners)
        and voiced_by(noun) is None  # "concerns, as voiced by X": X's (`fears`)
    )


def warns(doc: Doc, content: Offsets) -> bool:
    """Whether a content's words warn, fear or demand (see the module's docstring)."""
    tokens = [t for t in doc if content[0] <= t.idx < content[1]]
    roots = content_roots(doc, content)
    if not roots:
        return False
    root = roots[0]
    heads = [root, *(c for c in root.children if c.dep_ == "conj")]  # "I'm X, but I think Y"
    clauses = [*heads]
    for head in heads:
        if head.lemma_.lower() in _OPINING:
            clauses += [c for c in head.children if c.dep_ == "ccomp"]
    if any(urges_caution(c, _has) or demands(c) or time_for(c) or lets_act(c) for c in clauses):
        return True
    if any(names_risk(c) for c in clauses):  # "It's a risk everywhere", "he's dangerous"
        return True
    if any(wishes_punishment(c) or time_passive(c) for c in clauses):  # "should be jailed"
        return True
    if any(pleads(c) for c in clauses) or shouted_order(tokens):  # "Trump needs to show"
        return True
    if voices_worry(tokens) or demands_of_other(tokens):  # "it worries me", '"he should go"'
        return True
    if any(must_end(t) for t in tokens):  # "This epidemic must stop"
        return True
    if _predicts_harm(tokens) or predicts_bad(tokens, _has):  # "would impose a dictatorship"
        return True
    if foretells_win(tokens) or doubts_win(tokens):  # "Lee will close it if she is elected"
        return True
    return _in_peril(tokens) or _holds_fear(root) or sounds_alarm(tokens, _has)


def stance_kind(doc: Doc, content: Offsets, kind: Kind) -> Kind:
    """A claim whose words deny is a denial, whose words warn a concern; else `kind`."""
    if kind != "claim":
        return kind
    if denies(doc, content):
        return "denial"
    return "concern" if warns(doc, content) else kind
