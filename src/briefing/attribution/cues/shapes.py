"""The attribution shapes, read off the dependency parse, one function per shape.

Each finder yields `Found`: the cue, the source's head token (None where the
source is no token, as a transcript's "WALLACE:"), the source span and the
content span (found by `content`). Which party a source stands for is decided
later (`resolve`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefing.attribution.cues.content import (
    SUBJECTS,
    adjective_content,
    noun_content,
    saying_noun,
    verb_content,
)
from briefing.attribution.text.auxiliaries import passive_voice, to_infinitive
from briefing.attribution.text.lexicon import LIBERAL_RATIO, cue_kind, takes_as_content
from briefing.attribution.text.negation import negated, negated_clause
from briefing.attribution.text.spans import Offsets, doc_text, name_span, token_offsets, trim
from briefing.schema import Kind

_MOVERS = frozenset({"lead", "prompt", "cause", "spur", "drive"})  # "led X to worry"
_INHERITS = ("conj", "xcomp", "advcl")  # "X stood and said", "X dismissed it, saying ..."
_RELATIVE = ("who", "which", "that")
# How a verb's content may be found, by kind (precision on PolNeAR train: a clause
# complement 0.83; an object, "about" phrase or to-infinitive 0.37-0.53 for claims,
# so these only after a verb whose object was its content in train, `takes_as_content`;
# a quote the verb is a parenthetical of, 0.17-0.19, is left to `quotes`).
_VERB_CONTENT: dict[Kind, tuple[str, ...]] = {
    "claim": ("ccomp",),
    "denial": ("ccomp", "dobj", "prep"),
    "concern": ("ccomp", "dobj", "prep", "xcomp"),
}


@dataclass(frozen=True)
class Found:
    """One attribution a shape finder read off the parse, its source not yet resolved."""

    cue: Offsets
    kind: Kind
    head: Token | None
    source: Offsets | None
    content: Offsets
    shape: str
    token: Token | None = None  # the cue word (None for a transcript label)
    rule: bool = True  # kept by the hand rules alone; else only if `keep` scores it high
    tagged: str = "none"  # what the tagger (`tagger`) found of it too: "cue", "both" (and content)


def cue_speaker(verb: Token) -> Token | None:
    """The speaker of a cue verb: its subject, a passive's agent, a relative clause's noun."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and any(c.dep_ == "agent" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        return pobj
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    # two subjects are a misparse ("After X's remarks, Y said"): the nearer one speaks
    subject = min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None
    if verb.dep_ == "relcl" and subject is None and (governing := _infinitive_of_way(verb)):
        return cue_speaker(governing)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in _RELATIVE):
        return verb.head  # "the union, which said ...": the union
    if subject is not None:
        return subject
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # "X was quoted by Y as saying"
        verb = verb.head.head
        quoted = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return quoted if quoted is not None else cue_speaker(verb)
    moved = _moved(verb)
    if moved is not None:
        return moved
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and saying_noun(verb.head):
        return cue_speaker(verb.head.head)  # "X issued a statement saying C": X
    if verb.dep_ in _INHERITS and verb.head.pos_ in ("VERB", "AUX"):
        reporter = _reporter_of(verb)  # "X said Ruiz must go, saying C": X's
        return cue_speaker(reporter if reporter is not None else verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return cue_speaker(verb.head.head)  # "X soared by saying that C"
    return None


def _moved(verb: Token) -> Token | None:
    """ "the decline led some allies to worry": who was moved to the cue, the object."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _MOVERS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _infinitive_of_way(verb: Token) -> Token | None:
    """ "He went out of his way to say C": the small model hangs "to say" on "way"; the
    verb the phrase hangs on ("went") has the speaker."""
    if not to_infinitive(verb):
        return None
    token = verb.head
    while token.dep_ in ("pobj", "prep") and token.pos_ != "VERB":
        token = token.head
    return token if token.pos_ == "VERB" and token is not verb.head else None


def _reporter_of(verb: Token) -> Token | None:
    """The cue verb reporting the clause a ", saying" clause hangs on (the small model's
    misparse of "X said Ruiz will have to choose, saying Q": Q is X's), or the one a
    repeated verb of saying is joined to inside ("X said A and said B"), or None."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_ == verb.lemma_:
        return verb.head.head  # "X said A should go and said B": the parse hung B's on A
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _binds_subject(verb):
        reporter = verb.head.head  # "X said Y was wrong and criticized him": not Y, X
        return reporter if cue_kind(reporter.lemma_, "VERB") is not None else None
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    head = verb.head
    while head.dep_ in ("xcomp", "conj"):
        head = head.head
    reporter = head.head
    if head.dep_ != "ccomp" or reporter.pos_ != "VERB":
        return None
    if cue_kind(reporter.lemma_, "VERB") is None:
        return None
    if any(t.tag_ == "``" for t in verb.doc[verb.i : reporter.i]):
        return None  # 'X seemed unmoved, telling reporters, "Y said C"': a quotation's verb
    return reporter if any(t.text == "," for t in verb.doc[head.i : verb.i]) else None


_PERSONAL = {"him": "singular", "her": "singular", "them": "plural"}


def _binds_subject(verb: Token) -> bool:
    """Whether a conjoined verb's object pronoun names the subject of the clause it is
    hung on, or that subject's owner ("Y was wrong and criticized him", "Y's plan would
    fail and called him"): a verb's object pronoun is never its own subject, so the
    subject is not the verb's speaker (the small model hangs the reporter's second verb on
    the reported clause)."""
    pronouns = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _PERSONAL]
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if not pronouns or subject is None:
        return False
    named = [subject, *(c for c in subject.children if c.dep_ == "poss")]
    number = _PERSONAL[pronouns[0].lower_]
    return any(
        t.pos_ == "PROPN" and ("plural" if t.tag_ == "NNPS" else "singular") == number
        for t in named
    )


def verb_cues(sentence: Span) -> Iterator[Found]:
    """`X said (that) C`, `"C," X said`, `"C," said X`, passives, "X, who ..., said"."""
    for token in sentence:
        if token.pos_ != "VERB" or token.dep_ in ("amod", "compound"):
            continue
        kind = cue_kind(token.lemma_, "VERB", min_ratio=LIBERAL_RATIO)
        if kind is None or any(_as_saying(c) for c in token.children):  # "cited by Y as
            continue  # saying": not Y's
        rule = cue_kind(token.lemma_, "VERB") is not None
        rule = rule and not negated(token)
        if _inherits(token) and kind == "claim":  # "dismissed it, saying C": a denial
            kind = cue_kind(token.head.lemma_, token.head.pos_) or kind
        found = verb_content(token, sentence)
        subject = cue_speaker(token)
        if found is None or subject is None:
            continue
        content, how = found
        if how == "xcomp" and _raised(token):
            continue  # "X is said to have pressed for C": someone says it of X
        if how == "dobj" and kind != "claim" and says_why(token):
            continue  # "X dismissed the concerns, saying C": X denies C, not "the concerns"
        rule = rule and (how in _VERB_CONTENT[kind] or takes_as_content(token.lemma_, how))
        cue = token_offsets(token)
        yield Found(cue, kind, subject, name_span(subject), content, f"verb-{how}", token, rule)


def _raised(verb: Token) -> bool:
    """A passive cue with no agent whose infinitive tells of its subject ("X is said to
    have pressed for C", "X was urged to resign"): the subject is spoken of, not speaking."""
    return passive_voice(verb) and not any(c.dep_ == "agent" for c in verb.children)


# plain saying verbs that take the kind of the verb they are joined to ("denied it and
# said C"); a verb that says more ("denies wrongdoing and points out that C") keeps its own
_PLAIN_SAYING = frozenset({"say", "add", "tell", "insist", "write", "continue"})


# verbs the guide makes claims wherever they hang ("warning against X, pledging to Y":
# pledges, proposals, concessions, plans are claims)
_OWN_KIND = frozenset({"pledge", "promise", "propose", "concede", "admit", "plan", "hope"})


def _inherits(verb: Token) -> bool:
    """Whether a cue verb takes the kind of the verb it hangs on: a ", saying C" clause or
    an infinitive, save a pledge or a concession; a conjoined verb only when it plainly
    says."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "conj":
        return lemma in _PLAIN_SAYING
    return verb.dep_ in _INHERITS and lemma not in _OWN_KIND


def says_why(verb: Token) -> bool:
    """Whether a "saying C" adverbial clause after the verb gives its content in a clause
    (that cue takes the verb's kind, `verb_cues`)."""
    return any(
        child.dep_ == "advcl"
        and child.i > verb.i
        and child.lemma_ == "say"
        and any(c.dep_ == "ccomp" for c in child.children)
        for child in verb.children
    )


def tells_of_another(verb: Token) -> bool:
    """Whether a cue verb's content is said by another cue: "X dismissed it, saying C"
    (`says_why`) or "cited by Y as saying" (the one cited speaks)."""
    return says_why(verb) or any(_as_saying(c) for c in verb.children)


def _as_saying(child: Token) -> bool:
    """ "as saying" under a verb: the quoted person speaks, not who quotes them."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "as"
        and any(g.dep_ == "pcomp" and cue_kind(g.lemma_, "VERB") for g in child.children)
    )


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
        if kind == "concern" and negated_clause(token.head):
            continue  # "he wasn't too worried about C": negation cancels the worry
        content = adjective_content(token)
        subject = cue_speaker(token.head)
        if content is not None and subject is not None:
            source = name_span(subject)
            cue = token_offsets(token)
            yield Found(cue, kind, subject, source, content, "adjective", token, rule)


# verbs whose object is someone else's worry: "sought to allay concerns"
_ANSWERING = frozenset({"allay", "assuage", "answer", "ease", "calm", "soothe"})


def _answered(noun: Token) -> bool:
    """Whether a worry noun is another's that its verb's subject answers: "allayed fears",
    "failed to address public concerns", "addressed Asian worries" ("wants to address
    concerns about C" may be the subject's own)."""
    verb = noun.head.lemma_.lower()
    others = any(
        c.dep_ == "amod" and (c.lower_ == "public" or c.ent_type_ == "NORP") for c in noun.children
    )
    return verb in _ANSWERING or (verb == "address" and others)


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
        found = noun_content(token)
        if found is None:
            continue
        content, shape = found
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None and token.dep_ == "dobj":  # "Argentina expressed concern about ..."
            owner = None if kind == "concern" and _answered(token) else cue_speaker(token.head)
        if owner is not None:
            rule = rule and shape == "noun"
            cue = token_offsets(token)
            yield Found(cue, kind, owner, name_span(owner), content, shape, token, rule)


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
