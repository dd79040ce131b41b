"""The gender of the people an article names, from its own words: "Mr."/"Ms." before a
name, a gendered title beside it ("spokeswoman Ana Ruiz", "Tom Berg, a congressman"), else
the pronouns after them in the sentences that name only them, as a subject. A first
name takes the gender its full name has ("Ana" is a woman when "Ana Ruiz" is). People
who share a surname ("Bill Clinton", "Hillary Clinton") are kept apart by first and last
name (`person_key`; `gender_of` looks a name up). Only where
the article's words say nothing does a first name's usual gender decide (`first_names`:
"Ben Jacobs" is a man, a lone "Caroline" a woman), and never for a lone word that is
another person's surname ("Clinton").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.names.clause_subjects import continues, subject_over
from briefing.attribution.names.first_names import first_name_gender
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import Offsets, doc_text
from briefing.identity import surname

_HONORIFIC = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# a whole word right before the name: not the end of "claims." or "dismiss" before it
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(mr|mrs|ms|miss)\.?\s*\Z")
HONORIFIC_VOTES = 5  # "Mr." outweighs any count of pronouns
TITLE_VOTES = 3
# a pronoun standing for a sentence's one named person: a subject, a possessive or a
# reflexive ("Ruiz said she ...", "Ruiz and her aides"); not an object ("Ruiz confronted
# him" is someone else), nor a pronoun in a quotation ('"He is wrong," Ruiz said')
_SUBJECT = {"he": "m", "she": "f", "himself": "m", "herself": "f", "his": "m"}
_GENDERED_TITLES = {
    "f": frozenset(
        [
            "spokeswoman",
            "chairwoman",
            "congresswoman",
            "businesswoman",
            "councilwoman",
            "assemblywoman",
            "actress",
            "wife",
            "mother",
            "daughter",
            "sister",
            "grandmother",
            "widow",
            "queen",
            "madam",
        ]
    ),
    "m": frozenset(  # not "spokesman", "chairman": written of women too
        ["husband", "father", "son", "brother", "grandfather", "widower", "king"]
    ),
}


def shared_surnames(people: Sequence[Mention]) -> frozenset[str]:
    """Surnames that two people of the article named in full share ("Bill Clinton",
    "Hillary Clinton"); not two forms of one name, each holding the other's first word
    ("Hillary Rodham Clinton" and "Hillary Clinton", "Debbie Wasserman Schultz" and
    "Wasserman Schultz")."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for person in people:
        words = tuple(person.text.lower().split())
        if len(words) > 1:
            names.setdefault(words[-1], set()).add(words)
    return frozenset(
        last
        for last, found in names.items()
        if any(a[0] not in b and b[0] not in a for a in found for b in found)
    )


def person_key(name: str, shared: frozenset[str]) -> str:
    """What a person's gender is kept under: the surname, or first and last name where
    the surname is `shared` ("bill clinton"); a lone "Clinton" keeps "clinton"."""
    words = name.lower().split()
    if len(words) > 1 and words[-1] in shared:
        return f"{words[0]} {words[-1]}"
    return surname(name)


def gender_of(genders: Mapping[str, str], name: str) -> str | None:
    """A person's gender in a map `genders` made: by first and last name where it keeps
    them apart, else by surname (not for a full name whose surname it keeps apart)."""
    words = name.lower().split()
    if len(words) > 1:
        full = f"{words[0]} {words[-1]}"
        if full in genders:
            return genders[full]
        if any(key.endswith(f" {words[-1]}") for key in genders):
            return None
    return genders.get(surname(name))


@dataclass(frozen=True)
class Genders:
    """An article's people's genders, each a map surname (or a lone first name, or a
    `person_key`) -> "m" or "f"; look one up with `gender_of`. `known`: by the article's
    words, marking one it speaks of; `likely`: those, else by the first names
    (`by_first_names`), which only rule a pronoun out."""

    known: dict[str, str]
    likely: dict[str, str]


def genders(doc: Doc, people: Sequence[Mention]) -> Genders:
    """The genders of the `people` the article names, by its words and by first names."""
    shared = shared_surnames(people)
    known = article_genders(doc, people, shared)
    return Genders(known, known | by_first_names(people, known, doc_text(doc), shared))


def article_genders(doc: Doc, people: Sequence[Mention], shared: frozenset[str]) -> dict[str, str]:
    """Surname (or a lone first name, or a `person_key` by the `shared` surnames) -> "m"
    or "f", by the votes of the article's words: the people it speaks of as a man or a
    woman (a first name alone says nothing of whom the story is about)."""
    votes: dict[str, Counter[str]] = {}
    text = doc_text(doc)
    lowered = text.lower()
    for person in people:
        key = person_key(person.text, shared)
        honorific = _HONORIFIC_BEFORE.search(lowered, max(0, person.span[0] - 8), person.span[0])
        if honorific:
            votes.setdefault(key, Counter())[_HONORIFIC[honorific.group(1)]] += HONORIFIC_VOTES
        title = _title_gender(doc, person)
        if title:
            votes.setdefault(key, Counter())[title] += TITLE_VOTES
    quoted = quotations(text)
    for sentence in doc.sents:
        inside = [p for p in people if sentence.start_char <= p.span[0] < sentence.end_char]
        named = {person_key(p.text, shared) for p in inside}
        subject = _subject(doc, inside[0]) if len(named) == 1 else None
        if subject is None:
            continue
        for gender in _pronoun_genders(sentence, subject, inside[0].span[1], quoted):
            votes.setdefault(next(iter(named)), Counter())[gender] += 1
    found = {name: _winner(count) for name, count in votes.items()}
    known = {name: gender for name, gender in found.items() if gender}
    for person in people:  # "Ana" alone is the "Ana Ruiz" the article names
        words = person.text.split()
        key = person_key(person.text, shared)
        if len(words) > 1 and key in known:
            known.setdefault(words[0].lower(), known[key])
    return known


def by_first_names(
    people: Sequence[Mention], known: dict[str, str], text: str, shared: frozenset[str]
) -> dict[str, str]:
    """Surname (or lone first name, or `person_key`) -> the gender its first names usually
    have, for the people the article's words leave open; none where two first names
    disagree ("Bill Clinton" and "Hillary Clinton"), nor for a lone surname: one of a
    person named in full ("Clinton"), or one the parse split from its first name ("Ana"
    "Velo")."""
    surnames = {surname(p.text) for p in people if len(p.text.split()) > 1}
    guesses: dict[str, set[str | None]] = {}
    for person in people:
        words = person.text.split()
        key = person_key(person.text, shared)
        if key in known or (len(words) == 1 and key in surnames):
            continue
        after_name = len(words) == 1 and _after_capital(text, person.span[0])
        guesses.setdefault(key, set()).add(None if after_name else first_name_gender(words[0]))
    agreed = {key: next(iter(found)) for key, found in guesses.items() if len(found) == 1}
    return {key: gender for key, gender in agreed.items() if gender is not None}


def _after_capital(text: str, start: int) -> bool:
    """Whether a capitalised word, not a sentence's end, comes right before `start`."""
    before = text[:start].split()[-1:]
    return bool(before) and before[0][:1].isupper() and not before[0].endswith((".", "!", "?"))


def _subject(doc: Doc, person: Mention) -> Token | None:
    """The name's head word if it is a subject on the sentence's main line: "Ruiz said
    she" (not "the general stumped for Ruiz and his aides", where "his" is the general's,
    nor "checkers pointed out that Ruiz said her statements were true", someone else's
    words about her)."""
    span = doc.char_span(*person.span, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return span.root if subject_over(span.root) is None else None


def _winner(count: Counter[str]) -> str | None:
    """The gender with more votes; none on a tie."""
    ranked = count.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _pronoun_genders(
    sentence: Span, subject: Token, after: int, quoted: Sequence[Offsets]
) -> list[str]:
    """The genders of the pronouns in a sentence that stand for its named person: those
    `after` the name ("she stands behind Obama's plan" is someone named before), in a
    clause that hangs from the name as its subject ("Ruiz is the one who saved her farm"
    and "Ruiz said the senator broke his word" are another's)."""
    found = []
    for token in sentence:
        if token.idx < after or any(a <= token.idx < b for a, b in quoted):
            continue
        if token.lower_ == "her" and token.dep_ != "poss":
            continue
        if token.lower_ not in _SUBJECT and token.lower_ != "her":
            continue
        if continues(token, subject):
            found.append(_SUBJECT.get(token.lower_, "f"))
    return found


def _title_gender(doc: Doc, person: Mention) -> str | None:
    """ "spokeswoman Hope Hicks", "Tom Berg, a congressman", "the spokeswoman, Hope
    Hicks": the gender of a title the name's phrase gives it."""
    span = doc.char_span(*person.span, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    after = doc[span.end].text if span.end < len(doc) else ""
    if root.dep_ == "poss" or after in ("’", "'", "’s", "'s"):
        return None  # "Ruiz's son" is not Ruiz
    near: list[Token] = [
        c
        for c in root.children
        if c.dep_ in ("compound", "appos") and c.i not in range(span.start, span.end)
    ]
    if root.dep_ == "appos":
        near.append(root.head)
    if span.start > 0:
        near.append(doc[span.start - 1])
    for token in near:
        for gender, words in _GENDERED_TITLES.items():
            if token.lower_ in words:
                return gender
    return None
