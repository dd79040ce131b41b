"""Nouns and adjectives of worry or fear with an owner, read off the parse as concerns.

The labelling guide (evals/README, "Concerns"; "Cases decided while labelling
news-train") makes a noun of worry or fear a concern of its owner, quoting the noun
phrase ("expressed concern about an agreement", "growing farmer worries about the
drought"), and so an adjective of worry ("X is troubled by Y", "X was gravely concerned
about Y", "farmers are concerned because the vote falls at harvest"; "alarmed", and like
it "disturbed", count as worried). A threat one names as posed by another ("turning our
attention to the threat a Lee presidency poses") is the namer's. PolNeAR's cue table has
some of these words below its thresholds ("fear" as a noun, "troubled"); here the hand
rules keep them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found, cue_speaker
from briefing.attribution.finders.demands import holder as demander
from briefing.attribution.stance.voicing import voiced_by
from briefing.attribution.text.auxiliaries import has_aux, passive_voice, to_infinitive
from briefing.attribution.text.negation import negated, negated_clause, under_no
from briefing.attribution.text.spans import (
    Offsets,
    name_span,
    token_offsets,
    trimmed_span,
)

FEAR_NOUNS = frozenset({"concern", "worry", "fear", "anxiety", "apprehension", "alarm"})
FEAR_ADJECTIVES = frozenset(
    {
        "concerned",
        "worried",
        "troubled",
        "alarmed",
        "disturbed",
        "horrified",
        "appalled",  # the guide (M, N): "appalled by", "aghast at" are alarm, a concern
        "aghast",
        "afraid",
        "fearful",
        "anxious",
        "nervous",
    }
)
_ABOUT = frozenset({"about", "over", "regarding", "that", "for"})
_ADJECTIVE_ABOUT = _ABOUT | {"by", "at", "of"}
# verbs whose object is the subject's own worry ("voiced concern", "had concerns")
_HOLDING = frozenset({"express", "voice", "have", "cite", "share", "air", "raise", "reiterate"})
# a document or words of worry one issues ("issued a statement of concern about C")
_STATEMENTS = frozenset({"statement", "letter", "expression", "note", "message", "words"})
_ISSUING = frozenset({"issue", "release", "send", "write", "sign", "publish", "express"})
_REASONS = frozenset({"because", "out"})  # "acted because of / out of fear that C"
_OWNERS = frozenset({"NORP", "GPE", "ORG", "PERSON"})  # a name before the noun owns it
_NOT_PHRASE = ("poss", "det", "relcl", "appos", "punct")
_SUPPOSED = frozenset({"would", "could", "might"})
SHAPE = "fear"


def _that_clause(word: Token) -> Token | None:
    return next(
        (
            c
            for c in word.children
            if c.dep_ in ("acl", "ccomp", "relcl")  # "that" a mark: no relative clause
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _about(word: Token, prepositions: frozenset[str]) -> list[Token]:
    """The word's "about" phrases after it ("concern over A, and of B": both)."""
    preps = [c for c in word.children if c.dep_ == "prep" and c.i > word.i]
    return [p for p in preps if p.lower_ in prepositions] or []


def _on_the_part_of(noun: Token) -> Token | None:
    """ "a fear on the part of our community that C": the community."""
    for on in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"):
        part = next((c for c in on.children if c.dep_ == "pobj" and c.lower_ == "part"), None)
        of = next((c for c in part.children if c.lower_ == "of"), None) if part else None
        if of is not None:
            return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def _noun_owner(noun: Token) -> Token | None:
    """Whose worry a noun is: its possessor ("our fear"), a name before it ("Asian
    worries") or who voiced it ("as voiced by X"), the subject of a verb holding it
    ("X voiced concern", "X acted because of fears"), a group "among" whom or "on the
    part of" whom it is."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or voiced_by(noun)
    if owner is not None:
        return owner
    among = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    if among is not None:
        return next((c for c in among.children if c.dep_ == "pobj"), None)
    part = _on_the_part_of(noun)
    if part is not None:
        return part
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _HOLDING:
        return cue_speaker(head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _STATEMENTS:
        statement = head.head  # "issued a statement of concern about C"
        issued = statement.head
        if statement.dep_ == "dobj" and issued.lemma_.lower() in _ISSUING:
            return cue_speaker(issued)
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "pcomp"):
        reason = head.head if head.dep_ == "pcomp" else head
        verb = reason.head
        if reason.lower_ in _REASONS and verb.pos_ in ("VERB", "AUX"):
            return demander(verb)  # "called for a ban on admitting them because of fears"
        if head.lower_ == "in" and verb.lemma_.lower() == "live":  # "we lived in fear that"
            return cue_speaker(verb)
    return next(  # "growing Asian worries about C", "U.S. concerns over C"
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.i < noun.i and c.ent_type_ in _OWNERS
        ),
        None,
    )


def _phrase(word: Token, parts: list[Token], skip: tuple[str, ...]) -> Offsets | None:
    """The word with its modifiers before it and the parts after it."""
    before = [t for c in word.children if c.i < word.i and c.dep_ not in skip for t in c.subtree]
    after = [t for p in parts for t in p.subtree]
    return trimmed_span([*before, word, *after])


def _among_that(noun: Token) -> list[Token]:
    """ "anxiety among X that C", the parser hanging C off the noun without its "that" as a
    mark: everything after the noun, when "that" follows the "among" phrase."""
    among = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    after = among.right_edge.i + 1 if among is not None else len(noun.doc)
    if after >= len(noun.doc) or noun.doc[after].lower_ != "that":
        return []
    return [c for c in noun.children if c.i > noun.i and c.dep_ not in ("punct", "cc")]


# verbs that voice a worry of their subject's even with nothing said about what
# ("Lee has expressed concerns but ...", "Kim aired her worries"): quoted with the noun
_VOICING = frozenset({"express", "voice", "air", "reiterate"})


def _voiced(noun: Token) -> Offsets | None:
    """ "has expressed concerns", "aired her worries": the verb and the noun phrase."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _VOICING or negated(verb):
        return None
    if to_infinitive(verb):
        return None  # "hoped people would find a way to voice concerns": no one's yet
    return trimmed_span([verb, *verb.doc[verb.i + 1 : noun.i + 1]])


def _noun_fear(noun: Token) -> Found | None:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FEAR_NOUNS:
        return None
    clause = _that_clause(noun)
    parts = [clause] if clause is not None else _about(noun, _ABOUT) or _among_that(noun)
    owner = _noun_owner(noun)
    if owner is None or owner.lower_ in ("its", "it"):
        return None
    if not parts:
        bare = _voiced(noun)
        if bare is None:
            return None
        owner = cue_speaker(noun.head) or owner  # "Pelosi aired her concerns": Pelosi
        return Found(token_offsets(noun), "concern", owner, name_span(owner), bare, SHAPE, noun)
    content = _phrase(noun, parts, _NOT_PHRASE)
    if content is None:
        return None
    return Found(token_offsets(noun), "concern", owner, name_span(owner), content, SHAPE, noun)


def _worried(word: Token) -> tuple[Token, Token] | None:
    """(the copula or participle, who is worried) for "X is concerned" (an adjective) or
    "X is troubled by C" (a passive participle)."""
    if word.lower_ not in FEAR_ADJECTIVES:
        return None
    if has_aux(word.head, _SUPPOSED):
        return None  # "my father would be so appalled": a feeling supposed, not voiced
    if word.dep_ == "acomp":
        holder = cue_speaker(word.head)
        return (word.head, holder) if holder is not None else None
    if word.tag_ == "VBN" and passive_voice(word):
        worried = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
        return (word, worried) if worried is not None else None
    if word.dep_ == "advcl" and word.i < word.head.i:  # "Alarmed at C, X left"
        worried = cue_speaker(word.head)
        return (word, worried) if worried is not None else None
    return None


def _warning(noun: Token) -> Found | None:
    """ "critics had a point in warning that C": a warning the parse makes a noun, without
    an owner of its own, is a concern of the speaker of the clause it hangs on; quote C."""
    if noun.lemma_.lower() != "warning" or noun.pos_ != "NOUN" or noun.dep_ != "pcomp":
        return None
    clause = next((c for c in noun.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    owner = demander(noun) if clause is not None else None
    if clause is None or owner is None:
        return None
    content = trimmed_span(
        [t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)]
    )
    if content is None:
        return None
    return Found(token_offsets(noun), "concern", owner, name_span(owner), content, SHAPE, noun)


def _because(word: Token, verb: Token) -> list[Token]:
    """ "Farmers are concerned because the vote falls at harvest": the reason clause on the
    copula says what they fear (the guide: a speaker reporting a group's fear)."""
    if word.dep_ != "acomp":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > word.i
        and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
    ]


def _adjective_fear(word: Token) -> Found | None:
    worried = _worried(word)
    if worried is None:
        return None
    verb, holder = worried
    clause = next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i), None)
    agent = [c for c in word.children if c.dep_ == "agent" and c.i > word.i]
    if agent:  # "disturbed by X condoning and encouraging Y": the parser joins the gerund
        agent += [c for c in word.children if c.dep_ == "conj" and c.tag_ == "VBG"]
    parts = [clause] if clause is not None else agent or _about(word, _ADJECTIVE_ABOUT)
    parts = parts or _because(word, verb)
    if not parts or negated_clause(verb):
        return None
    content = _phrase(word, parts, ("punct", "nsubj", "nsubjpass", "auxpass", "aux", "neg"))
    if content is None:
        return None
    return Found(token_offsets(word), "concern", holder, name_span(holder), content, SHAPE, word)


_WORRYING = frozenset({"worry", "concern", "trouble", "alarm", "frighten", "scare"})
_SPEAKERS = frozenset({"me", "us", "you"})  # the speaker's own: `own_worry`


def _what_worries(verb: Token) -> Found | None:
    """ "What worries the farmers is that C", "what concerns X most is C": a concern of X
    (the parser may make X the subject of "is"); quote C."""
    if verb.lemma_.lower() not in _WORRYING or verb.dep_ != "csubj" or negated(verb):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "what" for c in verb.children):
        return None
    copula = verb.head
    worried = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if worried is None:
        worried = next((c for c in copula.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    said = next((c for c in copula.children if c.dep_ in ("ccomp", "attr") and c.i > verb.i), None)
    if worried is None or said is None or worried.lower_ in _SPEAKERS:
        return None
    content = trimmed_span(
        [t for t in said.subtree if not (t.dep_ == "mark" and t.head.i == said.i)]
    )
    if content is None:
        return None
    cue = token_offsets(verb)
    return Found(cue, "concern", worried, name_span(worried), content, SHAPE, verb)


_POSED = frozenset({"threat", "danger", "risk", "menace"})
_POSING = frozenset({"pose", "represent"})


def _posed_threat(noun: Token) -> Found | None:
    """ "turning our attention to the threat a Lee presidency poses": a threat someone
    names as posed by another is a concern of whoever names it (the guide: a noun of worry
    is a concern of its owner), quoting the noun phrase; not one fought or missed ("we will
    defeat the threat X poses", "underestimated the risks X posed"), nor one a thing
    names."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _POSED or under_no(noun):
        return None
    posing = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if posing is None or posing.lemma_.lower() not in _POSING or negated(posing):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX") or negated(verb) or verb.lemma_.lower() in _FIGHTS:
        return None
    owner = cue_speaker(verb)
    content = trimmed_span([t for t in noun.subtree if t.i <= posing.right_edge.i])
    if owner is None or content is None:
        return None
    if owner.lower_ not in _PEOPLE and owner.ent_type_ not in _OWNERS:
        return None  # "their exchanges reflected the threat X poses": nobody's worry
    return Found(token_offsets(noun), "concern", owner, name_span(owner), content, SHAPE, noun)


# verbs that fight, handle or miss a threat rather than raise it
_FIGHTS = frozenset(
    {"defeat", "counter", "combat", "fight", "confront", "address", "meet", "underestimate"}
    | {"ignore", "overlook", "downplay", "dismiss", "minimize", "exaggerate", "overstate"}
)
_PEOPLE = frozenset({"i", "we", "he", "she", "they"})


def fear_cues(sentence: Span) -> Iterator[Found]:
    """ "X's fears that C", "X voiced concern over C", "worries among X about C", "X is
    troubled by C", "X was gravely concerned about C", "what worries X is C": concerns of X
    (kept by the rules)."""
    for token in sentence:
        found = _noun_fear(token) or _adjective_fear(token) or _warning(token)
        found = found or _what_worries(token) or _posed_threat(token)
        if found is not None:
            yield found
