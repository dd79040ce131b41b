"""The subject a pronoun's clause hangs from: whose words a "he", "she", "his" or "her"
continues ("Ruiz said her plan would work": Ruiz; "Ruiz is the one who saved her farm":
the "who", not Ruiz)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.text.spans import Offsets

_SUBJECTS = ("nsubj", "nsubjpass")


def subject_over(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun that it is not part of."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.i == pronoun.i or pronoun in subject.subtree:
            continue
        return subject
    return None


def continues(pronoun: Token, subject: Token) -> bool:
    """Whether the pronoun's clause hangs from `subject` (a name's head word): its own
    clause's subject, or a relative "who" whose clause is the name's ("Ruiz, who said
    she"), not a description's ("the woman who saved her")."""
    over = subject_over(pronoun)
    if over is None:
        return False
    if over.i == subject.i:
        return True
    relative = over.tag_ in ("WP", "WDT") and over.head.dep_ == "relcl"
    return relative and over.head.head.i == subject.i


def hung_on(pronoun: Token) -> Token | None:
    """The noun a relative clause whose own subject is the pronoun hangs on, whom the
    pronoun cannot stand for ("Obama, who he noted was leaving": not Obama; "the senator,
    whom she met"); not a clause whose subject is the relative ("Ruiz, who said she")."""
    if pronoun.dep_ in _SUBJECTS and pronoun.head.dep_ == "relcl":
        return pronoun.head.head
    return None


def not_meant(pronoun: Token | None, people: Sequence[Mention]) -> list[Offsets]:
    """Where the people a pronoun cannot stand for by `hung_on` are named."""
    noun = hung_on(pronoun) if pronoun is not None else None
    if noun is None:
        return []
    return [p.span for p in people if p.span[0] <= noun.idx < p.span[1]]
