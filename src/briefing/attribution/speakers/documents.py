"""Who speaks through a document the article names: "the statement urged", "the suit
says", "the paper notes" are the words of whoever the article said issued it, before:
"the museum issued a statement", "Ruiz's lawsuit", "a report by the council".
A poll speaks for its pollster (`polls`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.cues.shapes import Found
from briefing.attribution.names.institutions import institution_named
from briefing.attribution.names.mentions import proper_name
from briefing.attribution.text.lexicon import AUTHORING as _AUTHORING
from briefing.attribution.text.lexicon import DOCUMENT_FAMILIES as _FAMILIES
from briefing.attribution.text.lexicon import DOCUMENTS
from briefing.attribution.text.spans import doc_text

# who a word stands for as an earlier source: "Ruiz's office said in a statement": the office
Namer = Callable[[Token], Mention | None]


def own_author(
    head: Token, mentions: Sequence[Mention], name: Namer | None = None
) -> Mention | None:
    """Who the article says issued the document a noun names, in its own sentence ("Ruiz
    released a video that said C": Ruiz), else the author a definite one points back to."""
    return _named_author(head, mentions, name) or author(head, mentions, name)


def author(head: Token, mentions: Sequence[Mention], name: Namer | None = None) -> Mention | None:
    """The author of the document a definite noun ("the statement") points back to: the
    last earlier mention of that kind of document whose author the article names (by an
    entity, else as `name` reads the word: "Ruiz's office said in a statement")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    family = next((f for f in _FAMILIES if head.lemma_.lower() in f), None)
    if family is None:
        return None
    for earlier in reversed(head.doc[: head.i]):
        if earlier.lemma_.lower() not in family or (head.tag_ == "NNS") != (earlier.tag_ == "NNS"):
            continue  # "the emails" are not the one email named before
        if earlier.pos_ == "NOUN":
            named = _named_author(earlier, mentions, name)
        elif earlier.pos_ == "VERB":  # "Ruiz emailed supporters. The email says": who sent it
            named = _subject_of(earlier, mentions, name)
        else:
            continue
        if named is not None:
            return named
    return None


def _named_author(
    document: Token, mentions: Sequence[Mention], name: Namer | None
) -> Mention | None:
    """ "Ruiz's lawsuit", "a letter from the union", "the museum issued a statement"."""
    for child in document.children:
        if child.dep_ == "poss":
            return _holding(child, mentions)
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _holding(pobj, mentions)
    verb = document.head  # "The email, released by X, was sent by Ruiz": the sender
    if document.dep_ == "nsubjpass" and verb.lemma_.lower() in _AUTHORING:
        return _agent(verb, mentions)  # "a lawsuit has been filed by Ruiz"
    for child in document.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _AUTHORING:  # "a suit filed by"
            return _agent(child, mentions)
    held = document
    while held.dep_ == "conj":  # "In the July 9 cable, Ruiz reported": "cable" a conj of "July"
        held = held.head
    if held.dep_ == "pobj" and held.head.lower_ == "in":  # "the Saudis state in the paper"
        verb = held.head.head
    elif document.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHORING:
        return None
    return _subject_of(verb, mentions, name)


def _subject_of(verb: Token, mentions: Sequence[Mention], name: Namer | None) -> Mention | None:
    """Who the verb's subject names: an entity, else as `name` reads the word."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return _holding(subject, mentions) or (name(subject) if name is not None else None)


def _agent(verb: Token, mentions: Sequence[Mention]) -> Mention | None:
    """Who a passive authoring verb says did it: "filed by Ruiz"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return _holding(pobj, mentions) if pobj is not None else None


def _holding(token: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The named entity whose words hold the token, else the name a description gives
    ("a former staffer named Ana Ruiz, who ...": Ana Ruiz, whom the entity finder may miss)."""
    start = token.idx
    held = next((m for m in mentions if m.span[0] <= start < m.span[1]), None)
    if held is not None or token.pos_ != "NOUN":
        return held
    owner = _owner(token, mentions)
    if owner is not None:  # "a statement issued by the Sanders campaign"
        return institution_named(owner, token)
    for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() == "name"):
        name = next((c for c in acl.children if c.pos_ == "PROPN"), None)
        if name is not None:
            return proper_name(name)
    return None


def _owner(token: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The person or organization named before a noun, owning or naming the body it is:
    "the Sanders campaign", "the State Department's inspector general"."""
    for child in token.lefts:
        if child.dep_ in ("poss", "compound", "nmod"):
            owner = next((m for m in mentions if m.span[0] <= child.idx < m.span[1]), None)
            if owner is not None and owner.label in ("PERSON", "ORG"):
                return owner
    return None


def document_before(
    pronoun: Token, outer: Sequence[tuple[Found, Mention | None]]
) -> Mention | None:
    """ "the paper notes C, it lists D, and it says E": "it" continues a document that
    spoke before it in the same sentence, the one before or the paragraph before."""
    return _spoke_before(pronoun, outer, lambda head: head.lemma_.lower() in DOCUMENTS)


def document_named_before(
    pronoun: Token, outer: Sequence[tuple[Found, Mention | None]], mentions: Sequence[Mention]
) -> Mention | None:
    """ "Ruiz sent a letter. 'C,' it reads. 'D,' it said": "it", no body's words holding
    it, continues an "it" that spoke before it (`document_before`'s reach), else is the
    last document named there, when the article names that document's author."""
    spoke = _spoke_before(pronoun, outer, lambda head: head.lower_ == "it")
    if spoke is not None:
        return spoke
    for earlier in reversed(pronoun.doc[_window(pronoun) : pronoun.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in DOCUMENTS:
            return own_author(earlier, mentions)
    return None


def _spoke_before(
    pronoun: Token, outer: Sequence[tuple[Found, Mention | None]], fits: Callable[[Token], bool]
) -> Mention | None:
    """Who the last source before the pronoun, in its reach (`_window`), that `fits`
    stands for."""
    floor = _window(pronoun)
    for other, referent in reversed(outer):
        head = other.head
        if head is None or referent is None or not floor <= head.i < pronoun.i:
            continue
        if head.pos_ in ("NOUN", "PRON") and fits(head):
            return referent
    return None


def _window(token: Token) -> int:
    """The first token of the sentence before the token's, or of the paragraph before
    its paragraph, whichever is earlier ('X sent a letter. Y. \n\n"C," it reads')."""
    floor = token.sent.start
    if floor > 0:
        floor = token.doc[floor - 1].sent.start
    text = doc_text(token.doc)
    own = text.rfind("\n", 0, token.idx)  # the line break before the token's paragraph
    start = text.rfind("\n", 0, len(text[:own].rstrip())) if own > 0 else -1
    opening = token.doc.char_span(start + 1, token.idx, alignment_mode="expand")
    return min(floor, opening.start) if opening is not None else floor
