"""A trained token tagger proposing attributions beside the rule shapes.

A linear-chain CRF (CRFsuite, as BBC R&D's Citron does) labels each token of a
sentence as part of a Source, a Cue or a Content (BIO), from the parse's features:
word, lemma, part of speech, dependency label and head, entity, whether the
token lies inside a quotation, whether its lemma is a cue word (`lexicon`) and
which cue governs it, with a window of neighbours. Each Cue run found is read as
one attribution (`Found`, shape "tagger"): its source is the nearest Source run
of the sentence, its content the nearest Content run. The keep model (`keep`)
decides whether such a candidate stays, like any other.

The model (`_resources/tagger/attribution.crfsuite`) is learned from PolNeAR train
by scripts/train_tagger.py and loaded once per process; only feature names and
weights are stored, no text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc, Span, Token

from briefing.attribution.cues.shapes import Found
from briefing.attribution.text.lexicon import LIBERAL_RATIO, cue_kind
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import Offsets, doc_text, tokens_span, trim

MODEL_FILE = ("_resources", "tagger", "attribution.crfsuite")
ROLES = {"S": "source", "C": "cue", "Q": "content"}
OUTSIDE = "O"
WINDOW = 2  # neighbours on each side whose features a token sees
MAX_CUE_DEPTH = 6  # how far up the tree a governing cue word is looked for
Tag = Callable[[Doc], list[Found]]  # a doc's tagged attributions


def _cue_word(token: Token) -> str:
    """ "strong" for a listed cue word, "weak" for one seen in train Cues now and then."""
    pos = "VERB" if token.pos_ == "AUX" else token.pos_
    if cue_kind(token.lemma_, pos) is not None:
        return "strong"
    if cue_kind(token.lemma_, pos, LIBERAL_RATIO) is not None:
        return "weak"
    return "no"


def _governing_cue(token: Token, cues: Sequence[str]) -> str:
    """The relation by which the nearest cue word above the token governs it ("ccomp",
    "nsubj"; "self" for a cue word), with how many steps up: "none" when none does."""
    if cues[token.i] != "no":
        return "self"
    child = token
    for depth in range(1, MAX_CUE_DEPTH + 1):
        head = child.head
        if head is child:
            return "none"
        if cues[head.i] != "no":
            return f"{child.dep_}|{min(depth, 3)}|{cues[head.i]}"
        child = head
    return "none"


def _own(token: Token, cues: Sequence[str], quoted: bool) -> list[str]:
    """A token's features that its neighbours also see (prefixed with their offset)."""
    return [
        f"w={token.lower_}",
        f"l={token.lemma_.lower()}",
        f"p={token.tag_}",
        f"d={token.dep_}",
        f"e={token.ent_iob_}{token.ent_type_}",
        f"c={cues[token.i]}",
        f"q={quoted}",
    ]


def sentence_features(
    sentence: Span, cues: Sequence[str], quoted: Sequence[bool]
) -> list[list[str]]:
    """CRFsuite's attribute strings for each token of a sentence."""
    own = [_own(t, cues, quoted[t.i]) for t in sentence]
    rows = []
    for k, token in enumerate(sentence):
        head = token.head
        row = [
            "bias",
            *own[k],
            f"shape={token.shape_}",
            f"hl={head.lemma_.lower()}",
            f"hp={head.pos_}",
            f"d|hl={token.dep_}|{head.lemma_.lower()}",
            f"d|hp={token.dep_}|{head.pos_}",
            f"hc={cues[head.i]}",
            f"gov={_governing_cue(token, cues)}",
            f"side={'left' if token.i < head.i else 'right' if token.i > head.i else 'root'}",
        ]
        if k == 0:
            row.append("first")
        if k == len(own) - 1:
            row.append("last")
        for offset in range(-WINDOW, WINDOW + 1):
            if offset and 0 <= k + offset < len(own):
                row += [f"{offset}:{f}" for f in own[k + offset]]
        rows.append(row)
    return rows


def doc_features(doc: Doc) -> list[tuple[Span, list[list[str]]]]:
    """Each sentence of a parse with its tokens' features."""
    text = doc_text(doc)
    marks = quotations(text)
    starts = [a for a, _ in marks]
    quoted = []
    for token in doc:
        index = bisect_right(starts, token.idx) - 1
        quoted.append(index >= 0 and token.idx < marks[index][1])
    cues = [_cue_word(t) for t in doc]
    return [(s, sentence_features(s, cues, quoted)) for s in doc.sents]


@dataclass(frozen=True)
class Run:
    """A run of tokens with one role ("S", "C" or "Q"), sentence token indices [start, end)."""

    role: str
    start: int
    end: int


def runs(labels: Sequence[str]) -> list[Run]:
    """BIO labels ("B-S", "I-S", "O", ...) -> the runs they mark; an I- after another role
    starts a run too."""
    found: list[Run] = []
    for i, label in enumerate(labels):
        if label == OUTSIDE:
            continue
        prefix, _, role = label.partition("-")
        last = found[-1] if found else None
        if prefix == "I" and last is not None and last.role == role and last.end == i:
            found[-1] = Run(role, last.start, i + 1)
        else:
            found.append(Run(role, i, i + 1))
    return found


def _nearest(runs_: Sequence[Run], cue: Run) -> Run | None:
    """The run nearest the cue, by tokens between them (one before the cue on a tie)."""

    def gap(run: Run) -> int:
        return cue.start - run.end if run.end <= cue.start else run.start - cue.end

    outside = [r for r in runs_ if r.end <= cue.start or r.start >= cue.end]
    return min(outside, key=lambda r: (gap(r), r.start > cue.start), default=None)


def _root(tokens: Span) -> Token:
    """The token of a span whose head lies outside it or is itself (the first such)."""
    inside = range(tokens.start, tokens.end)
    return next((t for t in tokens if t.head.i == t.i or t.head.i not in inside), tokens[0])


def attributions(sentence: Span, labels: Sequence[str]) -> list[Found]:
    """The attributions a sentence's labels mark: one per Cue run with a Source and a
    Content run in the sentence."""
    text = doc_text(sentence.doc)
    found = runs(labels)
    sources = [r for r in found if r.role == "S"]
    contents = [r for r in found if r.role == "Q"]
    out = []
    for cue in (r for r in found if r.role == "C"):
        content, source = _nearest(contents, cue), _nearest(sources, cue)
        if content is None or source is None:  # no one to resolve: no candidate
            continue
        cue_tokens = sentence[cue.start : cue.end]
        token = _root(cue_tokens)
        pos = "VERB" if token.pos_ == "AUX" else token.pos_
        kind = cue_kind(token.lemma_, pos, LIBERAL_RATIO) or "claim"
        head = _root(sentence[source.start : source.end])
        source_span = _offsets(sentence[source.start : source.end], text)
        content_span = _offsets(sentence[content.start : content.end], text)
        cue_span = tokens_span(cue_tokens)
        assert cue_span is not None
        out.append(
            Found(cue_span, kind, head, source_span, content_span, "tagger", token, rule=False)
        )
    return out


def _offsets(tokens: Span, text: str) -> Offsets:
    span = tokens_span(tokens)
    assert span is not None
    return trim(text, *span)


class Tagger:
    """A trained CRF model file, read once."""

    def __init__(self, path: Path) -> None:
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(path))

    def labels(self, doc: Doc) -> list[tuple[Span, list[str]]]:
        """Each sentence with its tokens' BIO labels."""
        return [(s, list(self._crf.tag(rows))) for s, rows in doc_features(doc)]

    def __call__(self, doc: Doc) -> list[Found]:
        """The attributions the model finds in a parse, in reading order."""
        return [f for s, labels in self.labels(doc) for f in attributions(s, labels)]


_files = ExitStack()


@cache
def shipped() -> Tagger:
    """The model shipped with the package (loaded on first use)."""
    resource = resources.files("briefing").joinpath(*MODEL_FILE)
    return Tagger(_files.enter_context(resources.as_file(resource)))
