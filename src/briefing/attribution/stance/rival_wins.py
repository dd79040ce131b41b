"""What a speaker foretells of another's win, read off the parse as a warning.

By the labelling guide (evals/README, "Cases decided while labelling news-train") a
prediction the speaker presents as harm is a concern ("the senator will corrupt the
youth if she is re-elected": I, "bad" being judged from the speaker's side), and so is a
conditional verdict ("if she keeps this up, she is betraying her voters": V). A speaker
foretelling what another will do to others once she wins, is elected or becomes
president ("Lee will close the port if she is elected", "if Lee becomes governor, she
will sell the port"), or what will be done to the speaker ("if Lee is elected, I'll be
thrown out"), gives that warning. What follows one's own win ("if I'm elected, I will
..."), an "if" with no one named to win ("if elected, he would be a friend"), a past
one ("if he had won"), a verdict ("it would be a good presidency"), a forecast of the
race ("it will be by a narrow margin") or of someone else's plan ("he would leave the
board if Mrs. Lee won") stay claims. A rhetorical question foretelling defeat ("You
think we win with that?") is a concern too (N).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux, passive_voice
from briefing.attribution.text.lexicon import FIRST_PERSON
from briefing.attribution.text.negation import negated

_WINNING = frozenset({"win", "become", "elect", "reelect", "re-elect"})
_PREDICTIONS = frozenset({"will", "would", "could", "might", "may", "'ll", "’ll", "wo"})
_OTHERS = frozenset({"he", "she"})  # a third person; "I", "we", "you" win for themselves
_GENDERS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_PAST = frozenset({"had", "'d", "’d"})  # "if he had won": what did not happen


def _winner(clause: Token) -> Token | None:
    """Who wins in "if X wins / becomes president / is elected / were to become"."""
    verb = clause
    if clause.lemma_.lower() == "be":  # "if X were to become president"
        verb = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
    if verb.lemma_.lower() not in _WINNING or negated(verb) or negated(clause):
        return None
    if verb.lemma_.lower() == "become" and not any(c.dep_ == "attr" for c in verb.children):
        return None  # "if he becomes unpopular": no win
    if has_aux(clause, _PAST):
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _someone_else(subject: Token) -> bool:
    """A named person or a third-person pronoun, not the speaker's own side."""
    return subject.lower_ in _OTHERS or (subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN")


def _honorific(name: Token) -> str:
    """ "mrs" for "Mrs. Lee" (the title in the name or right before it), else ""."""
    first = name.left_edge
    words = [first.lower_, name.doc[first.i - 1].lower_ if first.i > 0 else ""]
    return next((w.rstrip(".") for w in words if w.rstrip(".") in _GENDERS), "")


def _same_person(one: Token, other: Token) -> bool:
    """ "she" and "Ann Lee" (a pronoun not at odds with an honorific), or one name twice."""
    if one.lower_ in _OTHERS and other.lower_ in _OTHERS:
        return one.lower_ == other.lower_
    pronoun, name = (one, other) if one.lower_ in _OTHERS else (other, one)
    if pronoun.lower_ not in _OTHERS:
        return one.lower_ == other.lower_
    return _GENDERS.get(_honorific(name), pronoun.lower_) == pronoun.lower_


def _predicted(verb: Token) -> bool:
    """A clause under a modal of prediction ("will close", "I'll be stopped")."""
    return has_aux(verb, _PREDICTIONS)


def _harms(verb: Token, winner: Token) -> bool:
    """The winner acting on others ("she will close the port"), or the speaker acted on
    ("I'll be stopped")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _predicted(verb) or negated(verb):
        return False
    if subject.lower_ in FIRST_PERSON:
        return passive_voice(verb)
    acts = any(c.dep_ == "dobj" for c in verb.children)
    return acts and subject.dep_ == "nsubj" and _same_person(subject, winner)


def foretells_win(tokens: list[Token]) -> bool:
    """Whether the content predicts what follows another's win (see the module's
    docstring)."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.dep_ != "advcl" or token.head.i not in inside:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
            continue
        winner = _winner(token)
        if winner is not None and _someone_else(winner) and _harms(token.head, winner):
            return True
    return False


_THINKING = frozenset({"think", "believe", "expect"})
_ONE_SIDE = frozenset({"we", "you"})  # who the question says will lose


def doubts_win(tokens: list[Token]) -> bool:
    """ "You think you are going to win an election with that kind of garbage?": a question
    put to "you" whether "we" or "you" win, foretelling defeat (the guide, N)."""
    for token in tokens:
        if token.lemma_.lower() != "win" or token.pos_ != "VERB" or negated(token):
            continue
        winner = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if winner is None and token.dep_ == "xcomp":  # "you are going to win"
            winner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if winner is None or winner.lower_ not in _ONE_SIDE:
            continue  # "you think they will win?": doubting a rival's win, no defeat
        thinking = next((a for a in [token, *token.ancestors] if a.dep_ == "ccomp"), None)
        thinking = thinking.head if thinking is not None else None
        if thinking is None or thinking.lemma_.lower() not in _THINKING or negated(thinking):
            continue
        asked = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in thinking.children)
        if asked and "?" in {t.text for t in thinking.sent if t.i > token.i}:
            return True
    return False
