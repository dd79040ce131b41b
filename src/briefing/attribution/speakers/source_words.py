"""What the words of a source's phrase tell the resolver: whether a noun is one for a
person, definite, a title joined to another for the same person; where the words after
it may name whom it speaks for; whether a name lies aside, in what someone says, or owns
another's title ("Trump's spokeswoman")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.shapes import Found
from briefing.attribution.text.auxiliaries import has_aux, passive_voice
from briefing.attribution.text.spans import Offsets

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


# endings of nouns for a person ("scientist", "senator", "businessman", "billionaire",
# "president"), not for a document, a crowd or a thing ("agreement", "audience", "event"),
# and such nouns with other endings ("candidate", "magnate")
_PERSON_ENDINGS = ("ist", "or", "ian", "man", "woman", "aire", "ant", "ent", "ee")
_NOT_PERSON_ENDINGS = ("ment", "event", "percent", "cident", "tent")
_PERSON_NOUNS = frozenset({"candidate", "magnate", "advocate", "delegate", "associate"})


def personal(noun: Token) -> bool:
    """Whether a noun is one for a person (by its ending; a guess, no lexicon)."""
    lemma = noun.lemma_.lower()
    if lemma in _PERSON_NOUNS:
        return True
    return lemma.endswith(_PERSON_ENDINGS) and not lemma.endswith(_NOT_PERSON_ENDINGS)


def definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


def indefinite(head: Token) -> bool:
    """ "A group of rabbis is planning": met here first, not named before."""
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)


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
    Clinton", "a count by the Associated Press"), up to its relative clause (or, for a
    pronoun, its conjuncts): not "the establishment, which voiced concerns over Trump's views"."""
    elsewhere = _ELSEWHERE_OF_PRONOUNS if head.pos_ == "PRON" else _ELSEWHERE
    aside = [c for c in head.children if c.dep_ in elsewhere]
    tokens: list[Token] = []
    for token in head.subtree:  # up to the first aside: never across it to what follows
        if token.i <= head.i:
            continue
        if any(token in c.subtree for c in aside):
            break
        tokens.append(token)
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


# nouns for people one owns or heads: "Ruiz's aide", "Ruiz's wife", "Ruiz's lawyer"
_KIN_AND_STAFF = frozenset(
    {"aide", "son", "wife", "staff", "chief", "counsel", "envoy", "deputy", "child", "team"}
)


def owns_a_person(doc: Doc, person: Mention) -> bool:
    """Whether a possessive name owns a person ("Trump's spokeswoman said she": Trump is
    not the one speaking), not a thing ("Ruiz's fate is unclear, but she said": Ruiz is)."""
    span = doc.char_span(*person.span, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss":
        return True
    owned = span.root.head
    lemma = owned.lemma_.lower()
    return (
        owned.pos_ != "NOUN" or personal(owned) or lemma.endswith("er") or lemma in _KIN_AND_STAFF
    )


def owner_of_speaker(doc: Doc, text: str, person: Mention) -> bool:
    """ "Trump's spokeswoman said she": Trump, who owns the speaker, is not she."""
    return possessive(text, person) and owns_a_person(doc, person)


def person_of_body(head: Token, body: Mention) -> bool:
    """Whether an "organization" the entity finder found is a person's name and their body
    ("Ana Ruiz of Human Rights Watch said"): the source's head is a proper noun with a
    proper noun compounded before it, and an "of" phrase after it within the entity."""
    first = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    of = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"]
    return (
        head.pos_ == "PROPN"
        and bool(first)
        and body.span[0] == first[0].idx
        and bool(of)
        and of[0].idx < body.span[1]
    )


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens joined to it by "and", in order ("Blackpool and Liverpool")."""
    out = [token]
    while nxt := next((c for c in out[-1].children if c.dep_ == "conj"), None):
        out.append(nxt)
    return out


def same_description(head: Token, outer: Sequence[tuple[Found, Mention | None]]) -> Mention | None:
    """ "said a Mexican official ... the official said": a definite title no one was given
    is the unnamed speaker the article described by that noun before. Asked before
    `Descriptions.unnamed`, the twin reading from the article's words alone: this one
    takes the nationality an earlier speaker so described was resolved to."""
    if head.tag_ != "NN" or not definite(head):
        return None
    for other, referent in reversed(outer):
        earlier = other.head
        if earlier is None or earlier.i >= head.i or referent is None:
            continue
        if earlier.tag_ == "NN" and earlier.lemma_ == head.lemma_ and referent.label == "NORP":
            return referent
    return None


def own_subject(pronoun: Token, named_people: Sequence[Mention]) -> Mention | None:
    """ "Ruiz's fate is unclear, but she said": the person named, before the pronoun in
    its own sentence, as the subject of its main clause or the owner of a thing that is."""
    sentence = pronoun.sent
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= pronoun.i:
        return None
    if subject.pos_ == "NOUN":
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None or personal(subject) or owner.pos_ != "PROPN":
            return None
        subject = owner
    return next((p for p in named_people if p.span[0] <= subject.idx < p.span[1]), None)


def acted_on(doc: Doc, person: Mention, named: Sequence[Mention]) -> bool:
    """The object of a sentence's main verb whose subject is no person: "That left Ruiz
    alone on stage, so she ...", "The ruling gave Ruiz a reason to run. She said ...";
    not an object further down ("a reason to oppose Berg")."""
    span = doc.char_span(*person.span, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("dobj", "dative"):
        return False
    verb = span.root.head
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and not _personal_subject(subject, named)


def _personal_subject(subject: Token, named: Sequence[Mention]) -> bool:
    """A person, a pronoun or a named body as a subject: "Berg", "she", "the senator"."""
    if subject.pos_ in ("PRON", "PROPN") and subject.lower_ not in ("that", "this", "it"):
        return True
    if any(m.span[0] <= subject.idx < m.span[1] for m in named):
        return True
    return subject.pos_ == "NOUN" and personal(subject)


def compared(verb: Token) -> bool:
    """A comparison's verb, whose subject no later pronoun continues: "Berg raised more
    than Welk did"."""
    return any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children)


def doer(by: Token) -> bool:
    """Whether a "by" names a passive's doer: its agent, or a "by" the parse hung on a noun
    of the passive's ("He was joined on the call by Ruiz": on "call")."""
    if by.dep_ == "agent":
        return by.head.tag_ == "VBN"  # not an "agent" of "standing by Ruiz"
    verb = by.head
    while verb.dep_ in ("pobj", "prep") and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    passive = passive_voice(verb)
    return by.lower_ == "by" and by.dep_ == "prep" and by.head.i != verb.i and passive


def is_subject(doc: Doc, person: Mention) -> bool:
    """A subject of a verb (or a passive's "by" doer), of an adjective "be" makes a
    predicate of ("Ruiz was shocked", an adjective the parse took for the verb), or its
    appositive: not of an adjective's small clause ("to hold Ruiz accountable")."""
    span = doc.char_span(*person.span, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos" and right_after(root):  # "Ruiz's rival, Sen. Tom Berg, was"
        root = root.head
    if root.dep_ == "pobj" and doer(root.head):
        return True  # a passive's doer: "He was joined by Ana Ruiz", "the gun used by Ruiz"
    head = root.head
    predicate = head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and has_aux(head, passive=True))
    subject = root.dep_ in ("nsubj", "nsubjpass") and predicate
    return subject and not compared(head)
