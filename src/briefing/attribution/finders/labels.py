"""Claims made by naming or accusing someone, read off the parse.

The labelling guide (evals/README, "Cases decided while labelling news-train") makes an
accusation ("accused the firm of wage theft") a claim of the accuser, the verb kept in
the quote; a naming verb ("called the plan 'a disaster'", "described X as Y") says what
its label says, quoted from the one named to the label. The general verb shape
(`shapes.verb_cues`) reads only the object ("the firm", "the plan") of these.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found, cue_speaker
from briefing.attribution.text.auxiliaries import to_infinitive
from briefing.attribution.text.lexicon import cue_kind
from briefing.attribution.text.negation import negated
from briefing.attribution.text.spans import Offsets, name_span, token_offsets, trimmed_span

# verb -> the preposition that carries the charge ("accused X of Y", "charged X with Y")
ACCUSING = {"accuse": "of", "charge": "with"}
# verbs that name their object ("called the plan a disaster"): quoted from the object on
NAMING = frozenset(
    {"call", "label", "dub", "brand", "term", "describe", "characterize", "portray", "deem"}
)
# verbs that judge their object as something ("slammed the plan as too vague"): verb kept
JUDGING = frozenset(
    {"denounce", "slam", "criticize", "blast", "condemn", "assail", "attack", "pummel"}
    | {"praise", "hail", "laud", "decry", "lambaste", "deride"}
)
_LABEL = frozenset({"oprd", "xcomp", "ccomp"})
_QUOTES = frozenset({'"', "“", "”", "''", "``"})
SHAPE = "label"


def _object(verb: Token) -> Token | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ in ("what", "which", "who", "whom", "that"):
        return None
    return obj


def _accused(verb: Token) -> Offsets | None:
    """ "accused X of V-ing", "charging X with crimes": the verb, X and the charge."""
    word = ACCUSING.get(verb.lemma_.lower())
    obj = _object(verb) if word is not None else None
    if obj is None or negated(verb):
        return None
    holders = [verb, obj]  # the preposition hangs on the verb or on its object
    prep = next(
        (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == word), None
    )
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return trimmed_span([verb, *obj.subtree, *prep.subtree])


def _label(verb: Token, obj: Token) -> Token | None:
    """What the object is named: "a disaster" (a predicate after it) or "as Y"."""
    after = next((c for c in verb.children if c.dep_ in _LABEL and c.i > obj.i), None)
    if after is not None:
        return after
    holders = [verb, obj]  # "as" hangs on the verb or on its object
    return next(
        (
            c
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and list(c.children)
        ),
        None,
    )


def _quoted_name(obj: Token) -> bool:
    """ "called the Saudis 'free riders'": the object holds the quoted label."""
    return any(t.text in _QUOTES for t in obj.subtree)


def _purpose(verb: Token) -> bool:
    """ "using a crude expression to describe X as Y": the narrator's gloss, not a claim."""
    if not to_infinitive(verb):
        return False
    return verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and verb.head.tag_ == "VBG")


def _named(verb: Token) -> Offsets | None:
    """ "called X a Y", "described X as Y" (quote `X a Y`); "slammed X as Y" (verb kept)."""
    lemma = verb.lemma_.lower()
    obj = _object(verb) if lemma in NAMING | JUDGING else None
    if obj is None or negated(verb) or _purpose(verb):
        return None
    label = _label(verb, obj)
    if label is None and lemma == "call" and _quoted_name(obj):
        return trimmed_span(list(obj.subtree))
    if label is None:
        return None
    tokens = [*obj.subtree, *label.subtree]
    return trimmed_span([verb, *tokens] if lemma in JUDGING else tokens)


def reported(verb: Token) -> bool:
    """ "The mayor called him a liar, Lee said": Lee's claim (the cue verb's), not one of its
    own."""
    head = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and cue_kind(head.lemma_, head.pos_) is not None


def speaker(verb: Token) -> Token | None:
    """The cue's speaker; a verb joined to a cue verb without a subject of its own ("X
    said C and accused Y of Z") shares that verb's; a dateline parsed as the subject gives
    way to the name after it."""
    own = cue_speaker(verb)
    if own is None and verb.dep_ == "conj":
        own = cue_speaker(verb.head)
    if own is not None and own.text.isupper():  # a dateline: "BONN — Rep. X said ..."
        return next((c for c in own.children if c.dep_ == "appos"), own)
    return own


def named_source(source: Token) -> bool:
    """Whether the rules keep the claim on their own: a name or a pronoun speaks; "critics
    call the plan a waste" is left to `keep` (a faceless source gives no item). A word the
    article names someone by elsewhere is a name ("Sanders" opening a sentence, parsed as
    a plural noun)."""
    left = [t for t in source.subtree if t.i <= source.i]
    return any(t.pos_ in ("PROPN", "PRON") for t in left) or _named_elsewhere(source)


def _named_elsewhere(word: Token) -> bool:
    return word.text[:1].isupper() and any(
        t.text == word.text and t.pos_ == "PROPN" for t in word.doc
    )


def label_cues(sentence: Span) -> Iterator[Found]:
    """Claims by accusing, naming and judging verbs (kept by the rules)."""
    for token in sentence:
        if token.pos_ != "VERB" or reported(token):
            continue
        content = _accused(token) or _named(token)
        source = speaker(token) if content is not None else None
        if content is None or source is None:
            continue
        cue = token_offsets(token)
        named = named_source(source)
        yield Found(cue, "claim", source, name_span(source), content, SHAPE, token, named)
