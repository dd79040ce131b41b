"""What a content tells another party it should do, read off the parse as a warning.

By the labelling guide (evals/README, "Cases decided while labelling news-train") "X
said Z should / must do Y", Z an outside or opposing party, is a demand on Z, so a
concern ("Republicans should give him a hearing", "the Obama administration should act",
"the President of the United States should", "countries outside the region should", "It
is time for Congress to ..."), and so is telling another party to take care ("Japan
should be careful"), or "would do better to" (advice to an opponent), or "Let the United
Nations advise other countries". What a place should do (maybe the speaker's own side:
"the U.S. should invest more"), a passive or a "be" ("X should be awarded"), blame for the
past ("he should have resigned") and a guess ("he must be doing something right") stay
claims.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.names.institutions import INSTITUTIONS
from briefing.attribution.names.party_kinds import is_person_title
from briefing.attribution.stance.forecasts import Has, outcome_of_condition
from briefing.attribution.stance.outsiders import outside_place
from briefing.attribution.text.auxiliaries import has_aux, passive_voice, to_infinitive
from briefing.attribution.text.lexicon import DUTY_MODALS
from briefing.attribution.text.negation import negated, under_no
from briefing.attribution.text.quotation_marks import in_quotation

_NEEDS = frozenset({"need", "have"})  # "all countries need to recognize"
_NAMED_PARTIES = frozenset({"PERSON", "ORG", "NORP"})  # a country may be the speaker's own
_PLACE_PREPOSITIONS = frozenset({"in", "outside", "across", "beyond", "from"})  # "countries in"
_OTHERS = frozenset({"he", "she", "they"})  # in a quotation, not the speaker


def under_duty(verb: Token) -> bool:
    """A verb under a modal of duty ("should stop", "must be careful", "ought to act")."""
    return has_aux(verb, DUTY_MODALS, lemma=True)


def urges_caution(root: Token, has: Has) -> bool:
    """Another party told to take care ("Japan should be careful", "they must pay
    attention"): urging caution is a concern whoever is urged."""
    obliged = under_duty(root)
    obliged = obliged and not not_ahead(root)  # "should have been careful": blame
    needs = [
        c
        for c in root.children
        if root.lemma_.lower() in _NEEDS and c.dep_ == "xcomp" and to_infinitive(c)
    ]
    verbs = [root] if obliged or _bidden(root) else needs
    return any(has(t, "caution") for v in verbs for t in [v, *v.children] if t.dep_ != "nsubj")


def _bidden(verb: Token) -> bool:
    """An imperative ("Be careful", "Be very careful out there") or "you (had) better"
    ("you better be careful"): the listener told to act, not negated."""
    if (
        verb.tag_ != "VB"
        or negated(verb)
        or verb.dep_ in ("xcomp", "relcl", "acl", "advcl", "conj")
    ):
        return False
    if any(under_no(c) for c in verb.children):  # "Pay no attention to the liar"
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not subjects:
        return not aux
    better = any(c.dep_ == "advmod" and c.lower_ == "better" for c in verb.children)
    return better and all(s.lower_ == "you" for s in subjects)


def _obliged(verb: Token) -> Token | None:
    """The subject of an act the verb says it should do ("Z should stop"), else None; a
    passive or a "be" ("X should be awarded", "X should be the capital") is no act."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() == "be" or not_ahead(verb):
        return None
    obliged = under_duty(verb)
    if not obliged and not _would_do_better(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_PUNISHING = frozenset(
    {"jail", "imprison", "prosecute", "arrest", "indict", "impeach", "punish", "fire"}
    | {"convict", "expel", "deport", "sanction", "censure", "disbar", "oust", "charge"}
    | {"terminate", "shut", "disband", "dismantle"}  # "the fund must be shut down"
)
_ACCOUNTABLE = frozenset({"accountable", "responsible"})  # "should be held accountable"


def wishes_punishment(verb: Token) -> bool:
    """ "He should be jailed for this", "the mayor must be impeached": a punishment the
    speaker asks for in the passive, naming no one to act (the guide, I-L: a passive wished
    punishment is a concern); not one missed in the past ("should have been fired"), nor
    negated ("should not be punished")."""
    if jailed(verb):
        return True
    held = verb.lemma_.lower() == "hold" and any(c.lower_ in _ACCOUNTABLE for c in verb.children)
    if verb.pos_ != "VERB" or not (held or verb.lemma_.lower() in _PUNISHING):
        return False
    if not_ahead(verb) or outcome_of_condition(verb):  # "if they did, they should be held ..."
        return False
    if not passive_voice(verb) or negated(verb):
        return False
    return under_duty(verb)


_PRISONS = frozenset({"prison", "jail", "bars"})  # "should be in prison", "behind bars"


def jailed(verb: Token) -> bool:
    """ "Trayvon Martin's killer should be in prison", "she should be in jail": a
    punishment wished with "be" (like "should be jailed"), not negated nor in the past."""
    copula = verb.lemma_.lower() == "be" and not negated(verb) and not not_ahead(verb)
    if not copula or not under_duty(verb):
        return False
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "behind")]
    return any(o.lemma_.lower() in _PRISONS for p in places for o in p.children)


_ENDING = frozenset({"stop", "end", "change", "cease"})  # "this must stop"
_LASTING = frozenset({"continue", "go", "last", "persist"})  # "this cannot continue"
_MUSTS = frozenset({"have", "need", "get"})  # "has (got) to stop", "needs to end"
_PERSONS = frozenset({"i", "we", "you", "he", "she", "they", "who"})


def must_end(verb: Token) -> bool:
    """ "This epidemic must stop", "This cannot continue", "that has got to change": a
    state of affairs told to end, no person named to end it (not "we must change", "he
    has to stop": a person's act; not "Putin can't stand him")."""
    lemma = verb.lemma_.lower()
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    head = verb.head
    needed = verb.dep_ == "xcomp" and head.lemma_.lower() in _MUSTS and "to" in aux
    if lemma in _ENDING:
        told = ("must" in aux and not negated(verb)) or (needed and not negated(head))
    elif lemma in _LASTING:
        told = bool(aux & {"can", "ca", "must"}) and negated(verb)
    else:
        return False
    if not told or any(c.dep_ in ("dobj", "prep", "xcomp") for c in verb.children):
        return False  # "must stop treating them like a colony", "change how they act"
    holder = head if needed else verb  # "that has got to change": the subject on "got"
    if holder.dep_ in ("relcl", "acl", "advcl"):  # "a practice that must end": described
        return False
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _PERSONS:
        return False
    return subject.ent_type_ not in ("PERSON", "NORP", "ORG", "GPE") and subject.pos_ != "PROPN"


def not_ahead(verb: Token) -> bool:
    """A "should" that asks for no act ahead: blame for the past ("he should have
    resigned", "should've known": the guide's "should possibly have acted sooner", a
    claim) or a guess ("he must be doing something right")."""
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    past = "have" in aux and verb.tag_ == "VBN"
    guess = "must" in aux and "be" in aux and verb.tag_ == "VBG"
    return past or guess


def _would_do_better(verb: Token) -> bool:
    """ "X would do better to keep quiet": advice to X, like "X should keep quiet"."""
    children = {c.lower_: c for c in verb.children}
    to_act = any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return verb.lemma_.lower() == "do" and "would" in children and "better" in children and to_act


def demands(root: Token) -> bool:
    """A named person, body or group told what it should do ("Republicans should give
    him a hearing"); a place ("the U.S. should invest more") may be the speaker's own side."""
    subject = _obliged(root)
    if subject is None:
        return False
    named = subject.ent_type_ in _NAMED_PARTIES or _owned_body(subject)
    if named or outside_place(subject, root):  # "China's envoy said Japan should stop"
        return True
    return _office(subject) or _placed_group(subject)


def _needs(verb: Token) -> Token | None:
    """The subject of "need to V" ("They just need to get their act together"), else None."""
    if verb.lemma_.lower() != "need" or verb.pos_ != "VERB":
        return None
    if not any(  # an act, not "if they need to be in one"
        c.dep_ == "xcomp" and c.lemma_ != "be" and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def lets_act(root: Token) -> bool:
    """ "Let the United Nations advise other countries": a named party told to act (not
    "let me be clear", "let us pray": the speaker's own)."""
    if root.lemma_.lower() != "let" or any(c.dep_ == "nsubj" for c in root.children):
        return False
    acts = [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ != "be"]
    subjects = [s for a in acts for s in a.children if s.dep_ in ("nsubj", "dobj")]
    return any(s.ent_type_ in _NAMED_PARTIES or _owned_body(s) for s in subjects)


def demands_of_other(tokens: list[Token]) -> bool:
    """'"For that reason, he should step down," Cole said', '"They need to act"': in a
    quotation "he", "she" or "they" is another party than the speaker, who says "I" or
    "we"; any clause of it."""
    for verb in tokens:
        subject = _obliged(verb) or _needs(verb)
        if subject is None or subject.lower_ not in _OTHERS:
            continue
        if in_quotation(subject.doc.text, subject.idx):
            return True
    return False


def time_passive(root: Token) -> bool:
    """ "it's time a special prosecutor be appointed": a remedy asked for in the passive,
    naming no one to act (the guide, I: like "called for")."""
    copula = root.lemma_.lower() == "be" or root.lower_ in ("'s", "’s")
    times = [c for c in root.children if c.dep_ == "attr" and c.lower_ == "time"]
    acts = [c for h in [root, *times] for c in h.children if c.dep_ in ("ccomp", "relcl", "acl")]
    passive = any(passive_voice(v) for v in acts)
    return copula and bool(times) and passive and not negated(root)


def time_for(root: Token) -> bool:
    """ "It is time for Congress to stop ...": a named party told its time has come."""
    times = [c for c in root.children if c.dep_ == "attr" and c.lower_ == "time"]
    subjects = [s for t in times for s in told_their_time(t)]
    named = any(s.ent_type_ in _NAMED_PARTIES or _owned_body(s) for s in subjects)
    return root.lemma_.lower() == "be" and not negated(root) and named


def told_their_time(time: Token) -> list[Token]:
    """Whom "time for Y to ..." names: the subject of a clause on "time" marked "for" ("It is
    time for Congress to act"), or, as the parse sometimes has it, the object of "for" before
    a "to" infinitive ("time for lunch" names nobody)."""
    marked = [
        v
        for v in time.children
        if v.dep_ in ("relcl", "acl", "advcl")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in v.children)
    ]
    named = [c for v in marked for c in v.children if c.dep_ == "nsubj"]
    for prep in (c for c in time.children if c.dep_ == "prep" and c.lower_ == "for"):
        told = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if told is not None and any(t.tag_ == "TO" for t in time.subtree if t.i > told.i):
            named.append(told)
    return named


def _office(noun: Token) -> bool:
    """A person named by office ("the President of the United States", "the governor of
    Ohio"): "the" and a title with an "of" phrase naming a place or a body."""
    if not is_person_title(noun.text) or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    ):
        return False
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(t.ent_type_ in ("GPE", "ORG") for p in of for t in p.subtree)


def _placed_group(noun: Token) -> bool:
    """A group told by where it is ("countries outside the region", "all countries in the
    region"): a plural noun with a place phrase right after it."""
    return (
        noun.tag_ == "NNS"
        and noun.i + 1 < len(noun.doc)
        and noun.doc[noun.i + 1].dep_ == "prep"
        and noun.doc[noun.i + 1].head.i == noun.i
        and noun.doc[noun.i + 1].lower_ in _PLACE_PREPOSITIONS
    )


def _owned_body(noun: Token) -> bool:
    """An institution a name owns ("the Obama administration", "Smith's campaign",
    "the American government")."""
    return noun.lemma_.lower() in INSTITUTIONS and any(
        c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in _NAMED_PARTIES
        for c in noun.children
    )
