"""One statement given twice by one speaker: a claim inside another item of the same
speaker ("he expected that Americans will say no" and "Americans will say no") is one
statement, so the outer item is kept and the inner claim dropped. A quotation its tag
splits ('"While the plan is not perfect," she said, "it will cut costs"') is one
statement too: the guide quotes its main clause, so a part that is only a subordinate
clause or a participle phrase is no claim of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc

from briefing.attribution.candidates import Candidate
from briefing.attribution.text.spans import content_roots, doc_text

# words opening a clause that cannot stand alone: "While the plan is not perfect"
_SUBORDINATORS = frozenset(
    {"while", "if", "although", "though", "because", "when", "whether", "unless", "whereas"}
)
# between two parts of one quotation: its closing mark, the tag, the reopening mark (and
# a word the content leaves out: "whether")
_TAG_BETWEEN = re.compile(r"^[,;]?\s*[”\"'’]{1,2}\s*[^.!?\"“”\n]{2,80}?[,:]\s*[“\"'‘]{1,2}(\w+ )?$")


def speaker_key(candidate: Candidate) -> str:
    """Who a candidate's speaker is: the name its source resolves to, else its words."""
    return candidate.referent.text if candidate.referent else candidate.source_text


def inside_another(candidate: Candidate, kept: Sequence[Candidate]) -> bool:
    """Whether a claim's content lies within a longer content of the same speaker."""
    if candidate.kind != "claim":
        return False
    start, end = candidate.content
    return any(
        other.content[0] <= start
        and end <= other.content[1]
        and other.content != candidate.content
        and speaker_key(other) == speaker_key(candidate)
        for other in kept
    )


def without_repeats(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without a claim repeating part of another item of its speaker."""
    return [c for c in candidates if not inside_another(c, candidates)]


def _fragment(candidate: Candidate, doc: Doc) -> bool:
    """Whether a content's head is a subordinate clause ("While the plan is not perfect";
    its word may lie just outside: "whether | or not they agree") or a participle with no
    subject ("Applying those rules to the race"): no clause that stands alone. "If we
    lose, we lose" has a main clause and is none."""
    words = [t for t in content_roots(doc, candidate.content) if not t.is_punct]
    if not words:
        return False
    head = words[0]
    if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in head.children):
        return True
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    return head.tag_ == "VBG" and not subject


def without_split_fragments(candidates: Sequence[Candidate], doc: Doc) -> list[Candidate]:
    """The candidates without the fragment part of a quotation its tag splits, when the
    other part of it, the same speaker's, is a clause that stands alone (module doc)."""
    text = doc_text(doc)
    ordered = sorted(candidates, key=lambda c: c.content)
    dropped: set[int] = set()
    for first, second in pairwise(ordered):
        if speaker_key(first) != speaker_key(second):
            continue
        if not _TAG_BETWEEN.match(text[first.content[1] : second.content[0]]):
            continue
        broken = [c for c in (first, second) if c.kind == "claim" and _fragment(c, doc)]
        if len(broken) == 1 and not _fragment(second if broken[0] is first else first, doc):
            dropped.add(id(broken[0]))
    return [c for c in candidates if id(c) not in dropped]
