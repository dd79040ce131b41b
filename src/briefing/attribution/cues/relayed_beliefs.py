"""A spokesperson relaying the principal's belief gives the principal's claim.

By the labelling guide (evals/README, "An office and its spokesperson"): '"The governor
believes X," her adviser said' is the governor's claim that X. A claim whose speaker is
named an adviser, aide or spokesperson, whose words' subject is a person the quotation
names ("Ana Ruiz believes that X") and whose verb is one of belief or stance, becomes
that person's claim of X (the "that" clause, else the whole words). A "she"/"he" opening
the next words of the same quotation ("She has always valued Y") continues that person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.names.genders import gender_of
from briefing.attribution.text.spans import Offsets, tokens_span
from briefing.identity import surname

# words naming one who speaks for another
RELAY_ROLES = frozenset(
    {
        "adviser",
        "advisor",
        "aide",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "director",
        "manager",
    }
)
# verbs of a principal's belief or stance a spokesperson reports
BELIEFS = frozenset({"believe", "think", "value", "want", "feel", "hope"})
_PRONOUNS = {"he": "m", "she": "f"}


def relayed_beliefs(
    doc: Doc, candidates: Sequence[Candidate], people: Sequence[Mention], gender: dict[str, str]
) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates, a spokesperson's relayed beliefs given to the principal (module doc),
    and the spokesperson's own candidates so changed: they still speak in the article."""
    result: list[Candidate] = []
    relaying: list[Candidate] = []
    last: dict[tuple[int, int], Mention] = {}  # cue -> the principal its words named
    for candidate in sorted(candidates, key=lambda c: c.content):
        relayed = _relayed(doc, candidate, people, gender, last.get(candidate.cue))
        if relayed is not None:
            relaying.append(candidate)
            candidate = relayed
            last[candidate.cue] = relayed_to(candidate)
        result.append(candidate)
    return result, relaying


def relayed_to(candidate: Candidate) -> Mention:
    """The principal a relayed candidate was given."""
    assert candidate.referent is not None
    return candidate.referent


def _relayed(
    doc: Doc,
    candidate: Candidate,
    people: Sequence[Mention],
    gender: dict[str, str],
    before: Mention | None,
) -> Candidate | None:
    speaker = candidate.referent
    if candidate.kind != "claim" or speaker is None or speaker.label != "PERSON":
        return None
    if not set(candidate.source_text.lower().replace(",", " ").split()) & RELAY_ROLES:
        return None
    span = doc.char_span(*candidate.content, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or verb.lemma_.lower() not in BELIEFS:
        return None
    principal = _principal(subject, people, speaker, gender, before)
    if principal is None:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    content: Offsets = candidate.content
    if clause is not None and subject.lower_ not in _PRONOUNS:
        words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
        found = tokens_span(words)
        if found is not None:
            content = (found[0], min(found[1], candidate.content[1]))
    return replace(candidate, referent=principal, content=content)


def _principal(
    subject: Token,
    people: Sequence[Mention],
    speaker: Mention,
    gender: dict[str, str],
    before: Mention | None,
) -> Mention | None:
    """The person a relayed belief's subject names: a name other than the speaker's, or
    "she"/"he" continuing the person named before in the same words, of their gender."""
    if subject.lower_ in _PRONOUNS:
        wanted = _PRONOUNS[subject.lower_]
        if before is None or gender_of(gender, before.text) not in (None, wanted):
            return None
        return before
    named = next((p for p in people if p.span[0] <= subject.idx < p.span[1]), None)
    if named is None or surname(named.text) == surname(speaker.text):
        return None
    return named
