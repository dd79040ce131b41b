"""What the words of a source's phrase tell the resolver: whether a noun is one for a
person, definite, a title joined to another for the same person; where the words after
it may name whom it speaks for; whether a name lies aside, in what someone says, or owns
another's title ("Trump's spokeswoman")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.spans import Offsets

# a party member's noun, naming one person after "the": "the Republican from Alabama"
PARTISANS = frozenset({"republican", "democrat"})


def same_person(head: Token, joined: Token) -> bool:
    """ "the Ohio senator and Republican presidential candidate": a second title with no
    article of its own, joined to a definite one, describes the same person."""
    return (
        head.tag_ == "NN"
        and joined.tag_ == "NN"
        and definite(head)
        and not any(c.dep_ in ("det", "poss") for c in joined.children)
    )


# endings of nouns for a person ("scientist", "candidate", "magnate", "businessman",
# "billionaire", "senator"), not for a document or a crowd ("agreement", "audience")
_PERSON_ENDINGS = ("ist", "or", "ian", "man", "woman", "aire", "ate", "ant", "ent", "ee")
_NOT_PERSON_ENDINGS = ("ment", "senate", "state", "estate", "climate", "debate", "event")


def personal(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma.endswith(_PERSON_ENDINGS) and not lemma.endswith(_NOT_PERSON_ENDINGS)


def definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


_EXAMPLES = frozenset({"including", "like", "as"})  # "leaders, including Sen. X (Ariz.)"


def aside(token: Token, head: Token) -> bool:
    """Whether an appositive is a bracketed tag ("McCain (Ariz.)") or lies among examples of
    the group the head names ("leaders, including ..."): it names no speaker."""
    if token.i > 0 and token.doc[token.i - 1].text == "(":
        return True
    between = [a for a in token.ancestors if a.i != head.i and head in a.ancestors]
    return any(a.dep_ == "prep" and a.lower_ in _EXAMPLES for a in between)


def subtree_span(token: Token) -> Offsets:
    tokens = list(token.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


# what after a source's head names someone else: its relative clause ("the party's top
# figures, who feared for Ruiz's polls"), and a pronoun's conjunct ("he and other Ruiz
# challengers"; a noun's may be a misparse of the next clause's subject)
_ELSEWHERE = ("relcl",)
_ELSEWHERE_OF_PRONOUNS = ("relcl", "conj", "cc")


def right_of(head: Token) -> Offsets:
    """Where the words after a source's head may name whom it speaks for ("a spokesman for
    Clinton", "a count by the Associated Press"), its relative clause and conjuncts aside."""
    elsewhere = _ELSEWHERE_OF_PRONOUNS if head.pos_ == "PRON" else _ELSEWHERE
    aside = [c for c in head.children if c.dep_ in elsewhere]
    tokens = [t for t in head.subtree if t.i > head.i and not any(t in c.subtree for c in aside)]
    if not tokens:
        return head.idx, head.idx
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def right_after(appos: Token) -> bool:
    """Whether an appositive follows its noun with nothing but punctuation between: "the
    rival, Sen. Tom Berg," (not "a study by a sociologist, Ana Ruiz,", hung on "study")."""
    head = appos.head
    between = appos.doc[head.i + 1 : appos.left_edge.i]
    return head.i < appos.i and all(t.is_punct for t in between)


def within(person: Mention, spans: Sequence[Offsets]) -> bool:
    return any(a <= person.span[0] and person.span[1] <= b for a, b in spans)


def possessive(text: str, person: Mention) -> bool:
    """ "Trump's spokeswoman said she": Trump is not the one speaking."""
    return text[person.span[1] : person.span[1] + 2] in ("'s", "’s")
