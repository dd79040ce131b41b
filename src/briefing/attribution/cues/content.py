"""What a cue attributes (its content), read off the dependency parse: a verb's clause
complement, object, "about" phrase or the quotation it introduces; an adjective's or a
noun's that-clause or phrase; and the kind a claim's own first-person words voice.

Each finder returns the content's offsets and how it was found (the shape's suffix:
"ccomp", "dobj", "quotation", ...), or None.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.stance.stance import stance_kind
from briefing.attribution.text.lexicon import (
    APPEALS,
    AUTHORING,
    DOCUMENTS,
    FIRST_PERSON,
    LIBERAL_RATIO,
    SHOWN_DOCUMENTS,
    cue_kind,
)
from briefing.attribution.text.negation import negated
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import (
    Offsets,
    clause_span,
    content_roots,
    doc_text,
    subtree_span,
    trim,
)
from briefing.schema import Kind

SUBJECTS = ("nsubj", "nsubjpass")
_ABOUT = ("about", "over", "of", "on", "that")
_NOUN_ABOUT = ("about", "over", "that")
_NOUN_OF = ("of", "on", "against", "for", "to", "with", "toward", "towards")
MIN_CONTENT_WORDS = 2
_ASIDE_MARKS = frozenset("—–;(")
_QUOTE_MARKS = frozenset("\"“”‘’'")
# pronouns a cue's relative clause describes: what was said is the pronoun, not a clause
_GAPS = frozenset({"nothing", "everything", "anything", "something", "all", "much", "little"})


def _content_of_verb(verb: Token) -> tuple[Offsets, str] | None:
    """A cue verb's content and how it was found: its clause complement ("ccomp"), the
    quote it is a parenthetical of ("parenthetical"), an object ("dobj"), "about" ("prep").
    Of clause complements, those after the verb ("It was no idle worry: soon X had
    declared that C" gives C); several after it are one clause the parser split ("that
    the men detained | could be X"), unless the last is a cue of its own ("Y concluded")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _misplaced_relative(verb, c)]
    after = [c for c in clauses if c.i > verb.i]
    if len(after) > 1 and cue_kind(after[-1].lemma_, "VERB") is None:
        first, last = clause_span(after[0]), clause_span(after[-1])
        if not _ASIDE_MARKS & set(doc_text(verb.doc)[first[1] : last[0]]):  # not "C — an aside"
            return trim(doc_text(verb.doc), first[0], last[1]), "ccomp"
    if not after and (joined := _spliced_before(verb)) is not None:
        return joined, "ccomp"
    for child in verb.children:
        if child in clauses and (child.i > verb.i or not after):
            return _without_repeat(verb, child), "ccomp"
        if child.dep_ == "xcomp" and child.left_edge.i > verb.i:  # not "which X vowed to fight"
            return clause_span(child), "xcomp"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # '"C," X was cited as saying'
        main = verb.head.head
        said = [c for c in main.children if c.dep_ in ("ccomp", "advcl") and c.i < main.i]
        if said:
            return clause_span(said[0]), "ccomp"
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:  # "C," he said
        return trim(doc_text(verb.doc), *subtree_span(verb.head, skip=[verb])), "parenthetical"
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:  # "The plan, he said, will fail"
        if (opened := _quotation_after(verb)) is not None:  # 'he said, "A; B"' (B the root)
            return opened, "ccomp"
        return trim(doc_text(verb.doc), *subtree_span(verb.head)), "parenthetical-inside"
    if _joined_aside(verb):  # "C, his aide told the Post": the parser joined "told" to C
        return trim(doc_text(verb.doc), *subtree_span(verb.head, skip=[verb])), "ccomp"
    for child in verb.children:  # "expressed concern about C": the noun's (`noun_cues`)
        if child.dep_ == "dobj" and noun_content(child) is None and not saying_noun(child):
            span = trim(doc_text(verb.doc), *subtree_span(child, skip=_aside(child)))
            return with_as(verb, span), "dobj"
    for child in _preps_after(verb):  # "On immigration, X lamented ...": no content
        if child.lower_ in _ABOUT and (about := _object_of(child)):
            return about, "prep"
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_RELATIVES = frozenset({"whose", "which", "who"})


def _misplaced_relative(verb: Token, clause: Token) -> bool:
    """A relative clause the parser hung on the cue ('X said of Carrier, whose parent company
    Y relocated jobs': not "relocated jobs" nor "whose ... relocated jobs"): one opening with
    "whose", or a finite one with no subject after a relative word."""
    if clause.left_edge.lower_ == "whose":  # not "which" ("asked which states he could win")
        return True
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    return (
        clause.tag_ in _FINITE
        and not any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children)
        and any(t.lower_ in _RELATIVES for t in between)
    )


_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def _quotation_after(verb: Token) -> Offsets | None:
    """The quotation a cue verb opens with only a comma or colon between and that closes its
    sentence ('he said, "A; B."'), marks left out: the parser may hang the verb on one of
    its clauses."""
    text = doc_text(verb.doc)
    at = verb.idx + len(verb)
    gap = re.match(r"[ \t]*[,:][ \t]*", text[at:])
    if gap is None:
        return None
    start = at + gap.end()
    end = next((b for a, b in quotations(text) if a == start), None)
    if end is None or text[end : verb.sent.end_char].strip(" \t\n.,;:!?"):
        return None  # not to the sentence's end: 'argued, "A" that B'
    return trim(text, start, end)


def _joined_aside(verb: Token) -> bool:
    """Whether a cue verb the parser joined to the clause before it, with no "and" between,
    is that clause's parenthetical ("C, his top aide, Tad Devine, told the Post."): the
    verb has its own subject, and a comma opens the words of its speaker (not "X slammed
    Y, called him a liar", one speaker's two acts)."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children):
        return False
    if any(t.dep_ == "cc" and head.i < t.i < verb.i for t in head.children):
        return False
    opening = verb.left_edge.i
    return opening > head.i and verb.doc[opening - 1].text == ","


def saying_noun(noun: Token) -> bool:
    """Whether a noun is a document its verb issues ("issued a statement", "sent a letter"):
    no content itself, the words are in the quotation or the clause that follows."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in DOCUMENTS - SHOWN_DOCUMENTS
        and noun.head.lemma_.lower() in AUTHORING
    )


def _spliced_before(verb: Token) -> Offsets | None:
    """Several clause complements before the verb, one quotation the parser split at a comma
    ('"Don't worry, I'm not leaving the stage," X said'): from the first to the last, when
    no quotation mark or aside mark lies between them and the last is no cue of its own."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) < 2 or cue_kind(before[-1].lemma_, "VERB") is not None:
        return None
    first, last = clause_span(before[0]), clause_span(before[-1])
    between = doc_text(verb.doc)[first[1] : last[0]]
    if _ASIDE_MARKS & set(between) or _QUOTE_MARKS & set(between):
        return None
    return trim(doc_text(verb.doc), first[0], last[1])


def _without_repeat(verb: Token, clause: Token) -> Offsets:
    """A clause complement without the same verb of saying the parser joined to it ("said A
    should go and said B": A's clause ends before "and said")."""
    again = [c for c in clause.children if c.dep_ == "conj" and c.lemma_ == verb.lemma_]
    span = clause_span(clause)
    if not again:
        return span
    before = [t for t in clause.subtree if t.i < again[0].i and t.dep_ != "cc"]
    return trim(doc_text(verb.doc), span[0], max(t.idx + len(t) for t in before))


def with_as(verb: Token, span: Offsets) -> Offsets:
    """An object's content with the "as" phrase the verb casts it in ("described Y as
    reckless", "pointed to Y as the enforcer"): Y alone says nothing of what was said."""
    cast = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.idx >= span[1]),
        None,
    )
    if cast is None or not any(c.dep_ in ("pobj", "pcomp") for c in cast.children):
        return span
    return trim(doc_text(verb.doc), span[0], subtree_span(cast)[1])


def _aside(noun: Token) -> list[Token]:
    """A clause set off by a comma after a noun ("Trump, with whom he clashed"): no content."""
    after = [c for c in noun.children if c.dep_ in ("relcl", "acl", "appos") and c.i > noun.i]
    return [c for c in after if c.doc[c.left_edge.i - 1].text == ","]


def _preps_after(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]


def _prep_object(verb: Token) -> tuple[Offsets, str] | None:
    """The object of the first other preposition after the verb: "called for C", "voted
    against C", "referred to C" (kept only where `keep` scores it high)."""
    for child in _preps_after(verb):
        if about := _object_of(child):
            return with_as(verb, about), "pobj"
    return None


_CLOSING = ("”", '"', "''")


def quote_before(verb: Token, sentence: Span) -> tuple[Offsets, str] | None:
    """'"C?" Trump told reporters': the parser ended the sentence at the quote's "?"; a
    sentence that opens with the speaker and the cue verb takes the quotation before it."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    opening_words = [t for t in sentence if not t.is_punct]
    if subject is None or not opening_words:
        return None
    if min(t.i for t in subject.subtree) != opening_words[0].i:
        return None
    text = doc_text(verb.doc)
    before = text[: opening_words[0].idx].rstrip()
    if not before.endswith(_CLOSING) or "\n" in text[len(before) : opening_words[0].idx]:
        return None  # a quotation ending the paragraph before is not this sentence's
    opening = max(before.rfind("“"), before.rfind('"', 0, len(before) - 1))
    if opening < 0 or "\n\n" in before[opening:]:
        return None
    return trim(text, opening, len(before)), "ccomp"


_QUOTATION = re.compile(r"“[^“”]+”|\"[^\"\n]+\"|''[^'\n]+''")


def _quotation_in(verb: Token, sentence: Span) -> tuple[Offsets, str] | None:
    """The quotation of the cue verb's sentence nearest to it ('"C," X said' misparsed)."""
    text = doc_text(verb.doc)
    quotes = [
        m.span()
        for m in _QUOTATION.finditer(text, sentence.start_char, sentence.end_char)
        if not m.start() <= verb.idx < m.end()
    ]
    if not quotes:
        return None
    nearest = min(quotes, key=lambda q: min(abs(q[0] - verb.idx), abs(q[1] - verb.idx)))
    return trim(text, *nearest), "quotation"


def _after_colon(verb: Token, sentence: Span) -> tuple[Offsets, str] | None:
    """`X said: C`: what follows a colon right after the cue verb (and its object)."""
    text = doc_text(verb.doc)
    colon = next(
        (t for t in sentence if t.i > verb.i and t.text == ":" and t.i - verb.i <= 4), None
    )
    if colon is None:
        return None
    end = text.find("\n", colon.idx)
    return trim(text, colon.idx + 1, end if end >= 0 else len(text)), "colon"


def _object_of(prep: Token) -> Offsets | None:
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return trim(doc_text(prep.doc), *subtree_span(pobj)) if pobj is not None else None


def noun_content(noun: Token) -> tuple[Offsets, str] | None:
    """A cue noun's content and shape: its that-clause ("the claim that C") or "about"
    phrase ("noun"), else the object of its "of"/"on"/"against"/... phrase ("a defense of
    C", "his attack on C": "noun-prep", kept only where `keep` scores it high)."""
    if cue_kind(noun.lemma_, "NOUN", LIBERAL_RATIO) is None:
        return None
    content = None
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(
            t.dep_ == "mark" and t.lower_ == "that" for t in child.children
        ):
            content = clause_span(child), "noun"
        elif child.dep_ == "prep" and child.lower_ in _NOUN_ABOUT and content is None:
            about = _object_of(child)
            content = (about, "noun") if about else None
    for child in noun.children:
        if content is None and child.dep_ == "prep" and child.lower_ in _NOUN_OF:
            about = _object_of(child)
            content = (about, "noun-prep") if about else None
    return content


def verb_content(verb: Token, sentence: Span) -> tuple[Offsets, str] | None:
    """A cue verb's content: its own (`_content_of_verb`); for none or a too short one, a
    quotation before its sentence; else a quotation in it, what a colon introduces, or a
    preposition's object. A verb in a relative clause on "nothing", "everything", ...
    ('Nothing he said "will help"') has none: what was said is that pronoun."""
    if verb.dep_ == "relcl" and verb.head.lower_ in _GAPS:
        return None
    found = _content_of_verb(verb)
    if found is None or not long_enough(doc_text(verb.doc), found[0]):  # "C?" X told them
        found = quote_before(verb, sentence) or found
    if found is None or not long_enough(doc_text(verb.doc), found[0]):
        # the parser hung the quotation elsewhere ('"C," X tweeted on Wednesday': not
        # "Wednesday"), or a colon introduces it
        found = _quotation_in(verb, sentence) or _after_colon(verb, sentence) or found
        found = found or _prep_object(verb)
    return found


def adjective_content(adjective: Token) -> Offsets | None:
    """A cue adjective's content: its clause complement, else its "about" phrase's object."""
    content = next((clause_span(c) for c in adjective.children if c.dep_ == "ccomp"), None)
    for child in adjective.children:
        if content is None and child.dep_ == "prep" and child.lower_ in _NOUN_ABOUT:
            content = _object_of(child)
    return content


def content_kind(doc: Doc, candidate: Candidate) -> Kind:
    """The kind a claim's own words give it: a concern voiced in the first person
    (`_voiced_kind`), else a denial or concern by the words' stance (`stance.stance_kind`)."""
    return stance_kind(doc, candidate.content, _voiced_kind(doc, candidate))


def _voiced_kind(doc: Doc, candidate: Candidate) -> Kind:
    """A claim whose words voice the speaker's own concern in the first person ('"We urge
    all nations to be careful," he added', 'he said: "I fear the worst"') is a concern."""
    if candidate.kind != "claim":
        return candidate.kind
    roots = content_roots(doc, candidate.content)
    if not roots:
        return candidate.kind
    root = roots[0]
    cue = (
        root if root.pos_ == "VERB" else next((c for c in root.children if c.dep_ == "acomp"), None)
    )
    if cue is None or not any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in root.children
    ):
        return candidate.kind
    if negated(root):  # "I'm not worried": no concern (`own_worry` makes it a denial)
        return candidate.kind
    if cue.pos_ == "VERB" and cue.lemma_.lower() in APPEALS:
        return "concern"
    kind = cue_kind(cue.lemma_, "VERB") if cue.pos_ == "VERB" else cue_kind(cue.lower_, "ADJ")
    return "concern" if kind == "concern" else candidate.kind


def long_enough(text: str, content: Offsets) -> bool:
    return len(text[content[0] : content[1]].split()) >= MIN_CONTENT_WORDS
