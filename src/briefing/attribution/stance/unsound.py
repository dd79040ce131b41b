"""Content that calls an argument unsound with an idiom, read as a denial.

By the labelling guide (evals/README, "Denials") a party refuting something denies it,
without a verb of denying too ("an answer that negates an accusation"). Journalists'
idioms for an argument that fails: it "doesn't hold water", "doesn't hold weight", "does
not hold up" (said of an argument, a claim, a figure ...), "won't stand up to scrutiny",
"holds no water". A plain "did not hold" (a ceasefire that failed), "profits can't hold
up" or "stand up to the lobby" stay claims. So does a story said to be made up ("he made
up the story", "this was made up", "she had fabricated the account": the guide's "calling
a claim a lie"); not "made up their minds", "made up for it".
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux, passive_voice
from briefing.attribution.text.negation import negated, under_no

_HOLD_OBJECTS = frozenset({"water", "weight"})  # "doesn't hold water / weight"
_UP = frozenset({"up"})  # "does not hold up", "won't stand up"
_VERBS = frozenset({"hold", "stand"})
# what "does not hold up" must be said of to be refuted (a market's profits may fail too)
_ARGUMENTS = frozenset(
    {"argument", "claim", "case", "theory", "logic", "reasoning", "charge", "allegation"}
    | {"accusation", "story", "rationale", "reason", "excuse", "premise", "figure", "number"}
)


def _fails(verb: Token) -> bool:
    """ "doesn't hold water", "holds no water", "does not hold up", "won't stand up"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _HOLD_OBJECTS]
    up = any(c.dep_ in ("prt", "advmod") and c.lower_ in _UP for c in verb.children)
    if verb.lemma_.lower() == "hold" and objects:
        return negated(verb) or any(under_no(o) for o in objects)
    if not up or not negated(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    scrutiny = any(g.lower_ == "scrutiny" for c in verb.children for g in c.subtree)
    return scrutiny or (subject is not None and subject.lemma_.lower() in _ARGUMENTS)


_INVENTING = frozenset({"fabricate", "invent", "concoct"})
_SAID = _ARGUMENTS | {"report", "account", "quote", "claims", "it", "this", "that", "thing"}


def _made_up(verb: Token) -> bool:
    """ "made up the story", "this was made up", "had fabricated the account": what is
    said to be invented is something said (or "it", "this"), not "their minds"."""
    lemma = verb.lemma_.lower()
    up = lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if not (up or lemma in _INVENTING) or verb.pos_ != "VERB" or negated(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):  # "made up for"
        return False
    if verb.dep_ == "relcl":  # "the accusations that had been invented": a description
        return False
    passive = passive_voice(verb)
    said = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if verb.tag_ == "VBN" and verb.head.lemma_.lower() == "be":  # "This was, I think, made up"
        said += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(c.lemma_.lower() in _SAID or c.lower_ in _SAID for c in said)


# verbs that misreport only what is said; others may bend a market ("distort prices")
_MISREPORTING = frozenset({"misrepresent", "mischaracterize", "misconstrue", "misstate"})
_BENDING = frozenset({"distort", "twist", "pick"})  # "pick" as in "cherry-picked"
_WORDS = _SAID | {"article", "ad", "media", "piece", "book", "film", "movie", "poll"}
_WORDS_BENT = _WORDS | {"comment", "word", "message", "remark", "view", "position", "record"}
_MIGHT = frozenset({"could", "might", "may", "can", "will", "would"})
_ACCUSING = frozenset({"accuse", "criticize", "charge", "blame", "fault", "condemn"})


def _bent(verb: Token) -> bool:
    """ "the articles misrepresented the documents", "It cherry-picked a subset", "my
    words were distorted", "It is outrageous to misrepresent her reasons"."""
    lemma = verb.lemma_.lower()
    if lemma == "pick" and not (verb.i > 1 and verb.doc[verb.i - 2].lower_ == "cherry"):
        return False
    if lemma not in _MISREPORTING | _BENDING or negated(verb):
        return False
    if verb.pos_ != "VERB" and not (lemma in _MISREPORTING and verb.pos_ == "NOUN"):
        return False  # "outrageous to misrepresent X": the parser may make it a noun
    if verb.dep_ == "relcl" or any(a.lemma_.lower() in _ACCUSING for a in verb.ancestors):
        return False
    if lemma in _MISREPORTING:
        return True
    if has_aux(verb, _MIGHT):
        return False  # "his words could be twisted into action": a fear, not a rebuttal
    passive = passive_voice(verb)
    bent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass" if passive else "nsubj")]
    return any(c.lemma_.lower() in _WORDS_BENT or c.lower_ in _WORDS_BENT for c in bent)


def calls_unsound(tokens: list[Token]) -> bool:
    """Whether the content says an argument does not hold, a story was made up or what
    was said was distorted (see the module doc)."""
    return any(_fails(t) or _made_up(t) or _bent(t) for t in tokens)
