"""Which candidates become briefing items: a proposition someone asserts (evals/README,
labelling guide), not a headline and not the bare noun phrase a cue verb took as object.

The attribution layer keeps every candidate (PolNeAR annotates noun-phrase contents as
attributions, and scores the layer's spans); only the briefing's items are filtered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.items.non_assertions import asserts_nothing
from briefing.attribution.items.repeats import without_repeats, without_split_fragments
from briefing.attribution.reading import Reading
from briefing.attribution.text.auxiliaries import to_infinitive
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import Offsets, content_roots, doc_text, trim

# Cue words whose noun-phrase object the guide (and the gold labelled by it) makes an
# item: criticising or praising something ("unions condemned the pension plan" is a
# claim), a stance or proposal ("supports 'appropriate pay raises'", "proposed a safe
# zone"), an accusation, a demand ("seeks an injunction" is a concern).
_OBJECT_ITEMS = frozenset(
    {
        "condemn", "denounce", "decry", "criticize", "criticise", "critical", "bash", "slam",
        "blast", "attack", "assail", "lambaste", "pummel", "castigate", "deride", "mock",
        "ridicule", "praise", "hail", "applaud", "commend", "laud",
        "support", "oppose", "opposition", "endorse", "endorsement", "favor", "favour",
        "propose", "proposal", "pledge", "promise", "vow",
        "accuse", "blame", "fault", "allege",
        "demand", "seek", "request", "urge", "petition",
    }
)  # fmt: skip
# cues whose noun-phrase object is an item when it is a figure ("reported a loss of $2 million")
_FIGURE_CUES = frozenset({"report", "post", "announce"})
_FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# cues whose "for" phrase is a demand or a stance: "called for an inquiry", "argued for C"
_FOR_ITEMS = frozenset(
    {"call", "ask", "push", "press", "plead", "appeal", "lobby", "campaign", "argue", "advocate"}
)
# a cue's adverb that makes it praise or criticism: "spoke favorably of the plan"
_EVALUATIVE = frozenset(
    {"favorably", "favourably", "highly", "warmly", "approvingly", "critically", "harshly"}
)
# a noun phrase's head, in the roles an object of a cue takes
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET"})
_ARGUMENT = frozenset({"dobj", "pobj", "nsubjpass", "appos", "conj", "dative", "oprd", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_CLAUSE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})  # finite, infinitival, modal
_LONG_WORD = re.compile(r"[^\W\d_][\w'’.-]{3,}")
MIN_TITLE_WORDS = 3
# a longer noun phrase often states a fact of its own ("the sanctions already in place
# against Iran"); news-train: 5 tokens keeps 4 more extras, 7 and 8 the same, 10 one fewer
MAX_BARE_TOKENS = 7


def items(reading: Reading) -> list[Candidate]:
    """The candidates that are propositions the briefing lists (`is_item`), a claim that
    repeats part of another item of its speaker, or is the fragment part of a quotation
    its tag splits, left out (`repeats`)."""
    quoted = quotations(reading.text)
    kept = [c for c in reading.candidates if is_item(c, reading, quoted)]
    kept = without_split_fragments(without_repeats(kept), reading.doc)
    return [with_purpose(c, reading.doc) for c in kept]


def is_item(candidate: Candidate, reading: Reading, quoted: Sequence[Offsets]) -> bool:
    """Not in a headline or a title-case line, asserting something (`non_assertions`), and
    (for a claim) not a bare noun phrase its cue took as object, unless the cue is one
    whose object the guide makes an item."""
    if candidate.cue[0] < reading.headline_end:
        return False
    if is_title_line(reading.text, candidate.cue) or is_title_line(reading.text, candidate.content):
        return False
    if asserts_nothing(candidate, reading.doc):
        return False
    return candidate.kind != "claim" or not bare_object(candidate, reading.doc, quoted)


def is_title_line(text: str, at: Offsets) -> bool:
    """Whether the line holding `at` is a headline or subhead: every word of four letters
    or more capitalised ("Obama: I'm Optimistic Americans Will Say No to Trump")."""
    start = text.rfind("\n", 0, at[0]) + 1
    end = text.find("\n", at[1])
    line = text[start : end if end >= 0 else len(text)]
    words = _LONG_WORD.findall(line)
    return len(words) >= MIN_TITLE_WORDS and all(w[0].isupper() for w in words)


def bare_object(candidate: Candidate, doc: Doc, quoted: Sequence[Offsets]) -> bool:
    """Whether the content is a short noun phrase argument of its cue with no finite or
    infinitival verb ("touted her credentials", "answer the union's concerns"), in the
    reporter's words (no quotation overlaps it), after a cue whose object is no item."""
    start, end = candidate.content
    tokens = [t for t in doc if start <= t.idx < end and not t.is_punct]
    roots = [t for t in content_roots(doc, candidate.content) if not t.is_punct]
    if not 0 < len(tokens) <= MAX_BARE_TOKENS or len(roots) != 1 or not _is_argument(roots[0]):
        return False
    if any(t.tag_ in _CLAUSE_TAGS for t in tokens) or any(a < end and start < b for a, b in quoted):
        return False
    cue = [t for t in doc if candidate.cue[0] <= t.idx < candidate.cue[1]]
    return not any(_makes_item(t, roots[0]) for t in cue)


def with_purpose(candidate: Candidate, doc: Doc) -> Candidate:
    """A claim whose content is a noun-phrase object that the parser cut from the
    infinitive right after it ("praised the efforts of X | to find a solution", "decried
    calls | to ban Y": the parser hung the infinitive on the cue) takes the infinitive."""
    if candidate.kind != "claim":
        return candidate
    roots = [t for t in content_roots(doc, candidate.content) if not t.is_punct]
    if len(roots) != 1 or roots[0].dep_ != "dobj" or roots[0].pos_ not in _NOMINAL:
        return candidate
    verb = roots[0].head
    last = max(t.i for t in roots[0].subtree)
    purpose = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.left_edge.i == last + 1 and to_infinitive(c)
    ]
    if not purpose:
        return candidate
    end = max(t.idx + len(t) for t in purpose[0].subtree)
    return replace(candidate, content=trim(doc_text(doc), candidate.content[0], end))


def _is_argument(root: Token) -> bool:
    """A noun phrase in an argument's role, or a participle with no subject of its own
    ("was referring to coming under fire"; "the men detained", whose "detained" has
    "men" as subject, is a small clause and stays)."""
    participle = root.tag_ in ("VBG", "VBN") and not any(c.dep_ in _SUBJECTS for c in root.children)
    return (root.pos_ in _NOMINAL and root.dep_ in _ARGUMENT) or participle


def _makes_item(cue: Token, root: Token) -> bool:
    """Whether the cue word makes its noun-phrase object an item (the guide's classes)."""
    lemma = cue.lemma_.lower()
    by_for = root.dep_ == "pobj" and root.head.lower_ == "for" and lemma in _FOR_ITEMS
    evaluated = any(c.dep_ == "advmod" and c.lower_ in _EVALUATIVE for c in cue.children)
    return lemma in _OBJECT_ITEMS or by_for or evaluated or _reported_figure(lemma, root)


def _reported_figure(lemma: str, root: Token) -> bool:
    """A figure a company or agency reports ("reported a profit of $1.78 a share", "reported
    its smallest profit in 17 years"): a number or a superlative in the object (the guide)."""
    return lemma in _FIGURE_CUES and any(
        t.like_num or t.ent_type_ in _FIGURE_ENTITIES or t.tag_ == "JJS" for t in root.subtree
    )
