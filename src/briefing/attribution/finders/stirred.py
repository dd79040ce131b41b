"""Worry a thing stirs in others, read off the parse as their concern.

By the labelling guide (evals/README, "Concerns": the holder is the party the sentence
names as concerned) "The statements have caused concern among activists" is a concern of
the activists; the quote is the clause, the cause included, since the worried say nothing
of their own. A noun of worry with an owner ("X voiced concern about C") is `fears`'s.
"The remark worried some analysts" is left alone: on news-train such a sentence is more
often the journalist's background ("budget red ink has alarmed so many Americans") than a
labelled concern (1 of 3).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found
from briefing.attribution.text.negation import negated
from briefing.attribution.text.spans import Offsets, name_span, token_offsets, trimmed_span

SHAPE = "stirred"
# verbs that stir a worry in a group ("caused concern among X")
_STIRRING = frozenset(
    {"cause", "raise", "spark", "stoke", "prompt", "trigger", "fuel", "create", "generate"}
)
_WORRY_NOUNS = frozenset({"concern", "worry", "fear", "anxiety", "alarm", "unease"})
_ABOUT = frozenset({"about", "over"})  # what the worry is about, kept in the quote


def _clause(verb: Token, *last: Token) -> Offsets | None:
    """From the verb's subject to the end of the phrases of `last`: "The remark worried
    some analysts and activists"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    end = max(token.right_edge.i for token in last)
    return trimmed_span(verb.doc[subject.left_edge.i : end + 1])


def _among(token: Token) -> Token | None:
    among = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    return next((c for c in among.children if c.dep_ == "pobj"), None) if among else None


def _stirred_among(noun: Token) -> Found | None:
    """ "The statements caused concern among activists": the activists' concern."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _WORRY_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _STIRRING or negated(verb):
        return None
    group = _among(noun) or _among(verb)
    if group is None:
        return None
    what = [c for c in noun.children if c.dep_ in ("acl", "ccomp") or c.lower_ in _ABOUT]
    content = _clause(verb, group, *what)
    if content is None:
        return None
    return Found(token_offsets(noun), "concern", group, name_span(group), content, SHAPE, noun)


def stirred_cues(sentence: Span) -> Iterator[Found]:
    """Concerns a thing stirs in others (module docstring), kept by the rules."""
    for token in sentence:
        found = _stirred_among(token)
        if found is not None:
            yield found
