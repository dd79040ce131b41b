""" "Let us X" takes the kind of a call verb that sums it up.

By the labelling guide (evals/README, "Cases decided while labelling news-train", T) a
speaker's "Let us never be silent" is a demand when the article sums it up with a call
verb ("calling on attendees to oppose bigotry"), and stays a claim otherwise ("let us
pray", "let's be honest" with no call). The call is the same speaker's (by surname),
told up to a few sentences before: the summary leads, the quotation follows (a call told
after the "Let us" is about the next words: '"Let's go," he said. "One minute," he urged').
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from briefing.attribution.candidates import Candidate
from briefing.attribution.finders.kinds import called_on
from briefing.attribution.text.spans import Offsets, content_roots, tokens_span
from briefing.identity import slug_surname

_CALLS = frozenset({"call", "urge", "exhort", "implore", "appeal", "beg", "plead"})
_US = frozenset({"us", "'s", "’s"})
NEAR = 3  # sentences from the call to the "Let us"


def _lets_us(doc: Doc, content: Offsets) -> bool:
    roots = content_roots(doc, content)
    return bool(roots) and (
        roots[0].lemma_.lower() == "let"
        and any(t.lower_ in _US for t in doc[roots[0].i + 1 : roots[0].i + 2])
    )


def _calls(doc: Doc, candidate: Candidate) -> bool:
    cue = doc.char_span(*candidate.cue, alignment_mode="expand")
    return cue is not None and any(t.lemma_.lower() in _CALLS for t in cue)


def _called_on(doc: Doc, call: Candidate) -> Offsets | None:
    """Whom a call verb calls on ("calling on attendees to ...", "on" a particle too)."""
    cue = doc.char_span(*call.cue, alignment_mode="expand")
    for verb in cue or []:
        whom = called_on(verb, particle=True)
        if whom is not None:
            return tokens_span(t for t in whom.subtree if t.dep_ not in ("relcl", "acl"))
    return None


def rallied(doc: Doc, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, a "Let us" claim made a concern when its speaker's call is near."""
    starts = [s.start_char for s in doc.sents]

    def sentence(at: int) -> int:
        return bisect_right(starts, at)

    calls = [c for c in candidates if c.referent is not None and _calls(doc, c)]
    kept = []
    for candidate in candidates:
        if candidate.kind == "claim" and candidate.referent and _lets_us(doc, candidate.content):
            near = [
                call
                for call in calls
                if call.referent is not None
                and slug_surname(call.referent.text) == slug_surname(candidate.referent.text)
                and 0 <= sentence(candidate.content[0]) - sentence(call.content[0]) <= NEAR
            ]
            if near:  # addressed to whom the call is: "calling on attendees to ..."
                addressee = near[-1].addressee or _called_on(doc, near[-1])
                candidate = replace(candidate, kind="concern", addressee=addressee)
        kept.append(candidate)
    return kept
