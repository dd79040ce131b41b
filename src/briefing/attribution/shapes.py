"""The attribution shapes, read off the dependency parse, one function per shape.

Each finder yields `Found`: the cue, the source's head token (None where the
source is no token, as a transcript's "WALLACE:"), the source span and the
content span. Which party a source stands for is decided later (`resolve`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.lexicon import APPEALS, LIBERAL_RATIO, cue_kind, takes_as_content
from briefing.attribution.spans import (
    Offsets,
    clause_span,
    content_roots,
    doc_text,
    name_span,
    subtree_span,
    trim,
)
from briefing.schema import Kind

_SUBJECTS = ("nsubj", "nsubjpass")
_INHERITS = ("conj", "xcomp", "advcl")  # "X stood and said", "X dismissed it, saying ..."
_ABOUT = ("about", "over", "of", "on", "that")
_RELATIVE = ("who", "which", "that")
_NOUN_ABOUT = ("about", "over", "that")
_NOUN_OF = ("of", "on", "against", "for", "to", "with", "toward", "towards")
# How a verb's content may be found, by kind (precision on PolNeAR train: a clause
# complement 0.83; an object, "about" phrase or to-infinitive 0.37-0.53 for claims,
# so these only after a verb whose object was its content in train, `takes_as_content`;
# a quote the verb is a parenthetical of, 0.17-0.19, is left to `quotes`).
_VERB_CONTENT: dict[Kind, tuple[str, ...]] = {
    "claim": ("ccomp",),
    "denial": ("ccomp", "dobj", "prep"),
    "concern": ("ccomp", "dobj", "prep", "xcomp"),
}
MIN_CONTENT_WORDS = 2


@dataclass(frozen=True)
class Found:
    cue: Offsets
    kind: Kind
    head: Token | None
    source: Offsets | None
    content: Offsets
    shape: str
    token: Token | None = None  # the cue word (None for a transcript label)
    rule: bool = True  # kept by the hand rules alone; else only if `keep` scores it high


def _subject(verb: Token) -> Token | None:
    """The speaker of a cue verb: its subject, a passive's agent, a relative clause's noun."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and any(c.dep_ == "agent" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        return pobj
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    # two subjects are a misparse ("After X's remarks, Y said"): the nearer one speaks
    subject = min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in _RELATIVE):
        return verb.head  # "the union, which said ...": the union
    if subject is not None:
        return subject
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # "X was quoted by Y as saying"
        verb = verb.head.head
        quoted = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return quoted if quoted is not None else _subject(verb)
    if verb.dep_ in _INHERITS and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return _subject(verb.head.head)  # "X soared by saying that C"
    return None


def _content_of_verb(verb: Token) -> tuple[Offsets, str] | None:
    """A cue verb's content and how it was found: its clause complement ("ccomp"), the
    quote it is a parenthetical of ("parenthetical"), an object ("dobj"), "about" ("prep")."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return clause_span(child), "ccomp"
        if child.dep_ == "xcomp" and child.i > verb.i:
            return clause_span(child), "xcomp"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # '"C," X was cited as saying'
        main = verb.head.head
        said = [c for c in main.children if c.dep_ in ("ccomp", "advcl") and c.i < main.i]
        if said:
            return clause_span(said[0]), "ccomp"
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:  # "C," he said
        return trim(doc_text(verb.doc), *subtree_span(verb.head, skip=[verb])), "parenthetical"
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:  # "The plan, he said, will fail"
        return trim(doc_text(verb.doc), *subtree_span(verb.head)), "parenthetical-inside"
    for child in verb.children:  # "expressed concern about C": the noun's (`noun_cues`)
        if child.dep_ == "dobj" and _noun_content(child) is None:
            return trim(doc_text(verb.doc), *subtree_span(child, skip=_aside(child))), "dobj"
    for child in _preps_after(verb):  # "On immigration, X lamented ...": no content
        if child.lower_ in _ABOUT and (about := _object_of(child)):
            return about, "prep"
    return None


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
            return about, "pobj"
    return None


_CLOSING = ("”", '"', "''")


def _quote_before(verb: Token, sentence: Span) -> tuple[Offsets, str] | None:
    """'"C?" Trump told reporters': the parser ended the sentence at the quote's "?"; a
    sentence that opens with the speaker and the cue verb takes the quotation before it."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    opening_words = [t for t in sentence if not t.is_punct]
    if subject is None or not opening_words:
        return None
    if min(t.i for t in subject.subtree) != opening_words[0].i:
        return None
    text = doc_text(verb.doc)
    before = text[: opening_words[0].idx].rstrip()
    if not before.endswith(_CLOSING):
        return None
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


def verb_cues(sentence: Span) -> Iterator[Found]:
    """`X said (that) C`, `"C," X said`, `"C," said X`, passives, "X, who ..., said"."""
    for token in sentence:
        if token.pos_ != "VERB" or token.dep_ in ("amod", "compound"):
            continue
        kind = cue_kind(token.lemma_, "VERB", min_ratio=LIBERAL_RATIO)
        if kind is None or any(_as_saying(c) for c in token.children):  # "cited by Y as
            continue  # saying": not Y's
        rule = cue_kind(token.lemma_, "VERB") is not None
        rule = rule and not any(c.dep_ == "neg" for c in token.children)
        if token.dep_ in _INHERITS and kind == "claim":  # "dismissed it, saying C": a denial
            kind = cue_kind(token.head.lemma_, token.head.pos_) or kind
        found = _content_of_verb(token)
        if found is None or not long_enough(doc_text(token.doc), found[0]):  # "C?" X told them
            found = _quote_before(token, sentence) or found
        if found is None:  # the parser hung the quotation elsewhere, or a colon introduces it
            found = _quotation_in(token, sentence) or _after_colon(token, sentence)
            found = found or _prep_object(token)
        subject = _subject(token)
        if found is None or subject is None:
            continue
        content, how = found
        if how == "dobj" and kind != "claim" and _says_why(token):
            continue  # "X dismissed the concerns, saying C": X denies C, not "the concerns"
        rule = rule and (how in _VERB_CONTENT[kind] or takes_as_content(token.lemma_, how))
        yield Found(
            _cue(token), kind, subject, name_span(subject), content, f"verb-{how}", token, rule
        )


def _says_why(verb: Token) -> bool:
    """Whether a "saying C" adverbial clause after the verb gives its content in a clause
    (that cue takes the verb's kind, `verb_cues`)."""
    return any(
        child.dep_ == "advcl"
        and child.i > verb.i
        and child.lemma_ == "say"
        and any(c.dep_ == "ccomp" for c in child.children)
        for child in verb.children
    )


def _as_saying(child: Token) -> bool:
    """ "as saying" under a verb: the quoted person speaks, not who quotes them."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "as"
        and any(g.dep_ == "pcomp" and cue_kind(g.lemma_, "VERB") for g in child.children)
    )


def _cue(token: Token) -> Offsets:
    return token.idx, token.idx + len(token)


def adjective_cues(sentence: Span) -> Iterator[Found]:
    """`X is concerned that C` / `X was worried about C`: the copula's subject holds it."""
    for token in sentence:
        if token.pos_ not in ("ADJ", "VERB") or token.dep_ != "acomp":
            continue
        kind = cue_kind(token.lower_, "ADJ") or cue_kind(token.lemma_, token.pos_)
        rule = kind is not None
        kind = kind or cue_kind(token.lower_, "ADJ", LIBERAL_RATIO)
        kind = kind or cue_kind(token.lemma_, token.pos_, LIBERAL_RATIO)
        if kind is None:
            continue
        content = next((clause_span(c) for c in token.children if c.dep_ == "ccomp"), None)
        for child in token.children:
            if content is None and child.dep_ == "prep" and child.lower_ in _NOUN_ABOUT:
                content = _object_of(child)
        subject = _subject(token.head)
        if content is not None and subject is not None:
            source = name_span(subject)
            yield Found(_cue(token), kind, subject, source, content, "adjective", token, rule)


def _noun_content(noun: Token) -> tuple[Offsets, str] | None:
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


def noun_cues(sentence: Span) -> Iterator[Found]:
    """`X's claim/concern/denial that C`; `X expressed concern about C`."""
    for token in sentence:
        if token.pos_ != "NOUN":
            continue
        kind = cue_kind(token.lemma_, "NOUN")
        rule = kind is not None
        kind = kind or cue_kind(token.lemma_, "NOUN", LIBERAL_RATIO)
        if kind is None:
            continue
        found = _noun_content(token)
        if found is None:
            continue
        content, shape = found
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None and token.dep_ == "dobj":  # "Argentina expressed concern about ..."
            owner = _subject(token.head)
        if owner is not None:
            rule = rule and shape == "noun"
            yield Found(_cue(token), kind, owner, name_span(owner), content, shape, token, rule)


def according_to(sentence: Span) -> Iterator[Found]:
    """`according to X, C` and `C, according to X`: the rest of the sentence is X's."""
    text = doc_text(sentence.doc)
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(sentence.doc):
            continue
        to = sentence.doc[token.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if to.lower_ != "to" or source is None:
            continue
        phrase_end = max(t.idx + len(t) for t in source.subtree)
        before = trim(text, sentence.start_char, token.idx)
        after = trim(text, phrase_end, sentence.end_char)
        content = max(before, after, key=lambda s: s[1] - s[0])
        cue = (token.idx, to.idx + len(to))
        yield Found(cue, "claim", source, name_span(source), content, "according", token)


_SPEAKER_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’ -]{1,30}[A-Z.]"  # WALLACE:
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"  # Chris Wallace:
    r":[ \t]+(?P<turn>\S)",
    re.M,
)


def transcript_turns(doc: Doc) -> Iterator[Found]:
    """Interview transcripts: "WALLACE: ..." lines; the turn runs to the end of its line."""
    text = doc_text(doc)
    for match in _SPEAKER_LABEL.finditer(text):
        end = text.find("\n", match.start("turn"))
        content = trim(text, match.start("turn"), end if end >= 0 else len(text))
        if content[1] > content[0]:
            yield Found(
                match.span("name"), "claim", None, match.span("name"), content, "transcript"
            )


_FIRST_PERSON = ("i", "we")


def content_kind(doc: Doc, candidate: Candidate) -> Kind:
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
        c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in root.children
    ):
        return candidate.kind
    if cue.pos_ == "VERB" and cue.lemma_.lower() in APPEALS:
        return "concern"
    kind = cue_kind(cue.lemma_, "VERB") if cue.pos_ == "VERB" else cue_kind(cue.lower_, "ADJ")
    return "concern" if kind == "concern" else candidate.kind


def long_enough(text: str, content: Offsets) -> bool:
    return len(text[content[0] : content[1]].split()) >= MIN_CONTENT_WORDS
