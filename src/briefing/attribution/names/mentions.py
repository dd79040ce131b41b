"""The named entities of a parse that can speak (people, organizations, places, groups),
each written as the article names it: no leading "the", no possessive "'s"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from briefing.attribution.candidates import Mention
from briefing.attribution.names.missed_names import missed_surnames
from briefing.attribution.names.pronoun_persons import is_pronoun_person
from briefing.attribution.text.spans import doc_text

LABELS = ("PERSON", "ORG", "GPE", "NORP")
_NAME_DEPS = ("nsubj", "nsubjpass")
_MISREAD = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
NOT_PEOPLE = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def mentions(doc: Doc) -> list[Mention]:
    """Named entities that can speak: people, organizations, places, groups.

    The small model misses some names ("Ortiz, who chairs ..., said"): a proper
    noun, with its compound proper nouns, that is a subject outside every entity
    is taken for a person, and so is a lone surname of a person named in full before
    (`missed_names`).
    """
    text = doc_text(doc)
    spans = [(ent.label_, _unquoted(text, *_headed(ent))) for ent in doc.ents]
    found = [
        Mention(clean_name(text[start:end]), label, (start, end))
        for label, (start, end) in spans
        if label in LABELS and clean_name(text[start:end])
    ]
    # a name the small model takes for a title or product ("Annika Ganzeveld" as a
    # WORK_OF_ART) is no entity that covers a subject's name
    covered = {
        i for ent in doc.ents if ent.label_ not in _MISREAD for i in range(ent.start, ent.end)
    }
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ not in _NAME_DEPS or token.i in covered:
            continue
        if token.lower_ in NOT_PEOPLE or not token.text[:1].isupper():
            continue
        parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not parts and token.is_stop:  # "Much of Beck's ire was ...": a word, no name
            continue
        start = parts[0] if parts else token
        if any(i in covered for i in range(start.i, token.i + 1)):
            continue
        span = (start.idx, token.idx + len(token))
        found.append(Mention(clean_name(doc_text(doc)[span[0] : span[1]]), "PERSON", span))
    taken = {m.span for m in found}
    found += [m for m in missed_surnames(doc, found) if m.span not in taken]
    return sorted(_places(_slashed(found, text), doc), key=lambda m: m.span)


_SLASHED = re.compile(r"/[A-Z][\w.&]*(?: [A-Z][\w.&]*)*")


def _headed(ent: Span) -> tuple[int, int]:
    """An organization's entity taken to the proper noun it modifies ("The New Hampshire
    Union" of "The New Hampshire Union Leader": the name ends at its head)."""
    last = ent[-1]
    head = last.head
    modifies = ent.label_ == "ORG" and last.dep_ == "compound" and head.i == ent.end
    named = head.pos_ == "PROPN" and head.text.istitle()  # not a heading's "PANEL"
    return ent.start_char, (head.idx + len(head) if modifies and named else ent.end_char)


def _slashed(found: list[Mention], text: str) -> list[Mention]:
    """Two names joined by a slash are one ("a CNN/ORC poll", "NBC/Wall Street Journal",
    "Reuters/Ipsos"): the pollster pair, not its second name alone."""
    result: list[Mention] = []
    places = {m.span[0] for m in found if m.label != "ORG"}
    for mention in sorted(found, key=lambda m: m.span):
        last = result[-1] if result else None
        if last is not None and last.span[1] > mention.span[0]:
            continue  # taken into the name before it
        joined = _SLASHED.match(text, mention.span[1]) if mention.label == "ORG" else None
        if joined is not None and joined.start() + 1 not in places:  # not "Reuters/Libya"
            span = (mention.span[0], joined.end())
            mention = Mention(clean_name(text[span[0] : span[1]]), "ORG", span)
        result.append(mention)
    return result


def people(found: list[Mention], doc: Doc) -> list[Mention]:
    """The people among the mentions, and a one-word "organization", "place" or "people"
    that is the surname of a person the article names in full: the small model tags "Trump
    said" ORG beside "Donald Trump", "Cuban said" NORP beside "Mark Cuban". Not where one
    is, comes or goes ("in Jordan"), nor a noun's modifier ("a Trump rally"). An
    "organization" the article's pronouns show is a person (`pronoun_persons`) is one too.

    The speaker resolver (pronoun antecedents) and the principal parties use it; the
    parse's labels stay as they are elsewhere (the learned keep model reads them)."""
    surnames = {
        m.text.split()[-1] for m in found if m.label == "PERSON" and len(m.text.split()) > 1
    }
    return [
        m if m.label == "PERSON" else replace(m, label="PERSON")
        for m in found
        if m.label == "PERSON"
        or (m.label == "ORG" and is_pronoun_person(m.text, doc))
        or (
            m.label in ("ORG", "GPE", "NORP")
            and m.text in surnames
            and not _located(doc, m)
            and not _modifies(doc, m)
        )
    ]


def _modifies(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(*mention.span, alignment_mode="expand")
    return span is None or span.root.dep_ in ("compound", "amod", "nmod")


def _places(found: list[Mention], doc: Doc) -> list[Mention]:
    """A "person" the article mostly names as a place, and as where one is, comes or goes
    ("in Clarkston", "to Clarkston"), is that place: "Clarkston became his home" (a person
    to the small model) is the town named eight times before."""
    votes: dict[str, Counter[str]] = {}
    located = set()
    for mention in found:
        votes.setdefault(mention.text, Counter())[mention.label] += 1
        if mention.label == "GPE" and _located(doc, mention):
            located.add(mention.text)
    return [
        replace(m, label="GPE")
        if m.label == "PERSON"
        and m.text in located
        and votes[m.text]["GPE"] > votes[m.text]["PERSON"]
        else m
        for m in found
    ]


_WHERE = frozenset({"in", "to", "from", "near", "at", "outside", "across", "into"})


def _located(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(*mention.span, alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in _WHERE


_QUOTE_MARKS = '"“”‘'


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity's span without the quotation marks the model took in at its edges
    ('"Evil Corp' for 'a party named "Evil Corp"')."""
    while start < end and text[start] in _QUOTE_MARKS:
        start += 1
    while end > start and text[end - 1] in _QUOTE_MARKS:
        end -= 1
    return start, end


def clean_name(name: str) -> str:
    """A name as the article writes it, without a leading "the", a trailing "'s" or a
    quotation mark at either end."""
    name = re.sub(r"^(?:the|The)\s+", "", name.strip().strip(_QUOTE_MARKS))
    return re.sub(r"['’]s$", "", name).strip(" ,.").strip(_QUOTE_MARKS)


def proper_name(token: Token) -> Mention:
    """A proper noun with the proper nouns compounded before it, as a person."""
    parts = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = parts[0].idx if parts else token.idx
    span = (start, token.idx + len(token))
    return Mention(clean_name(doc_text(token.doc)[span[0] : span[1]]), "PERSON", span)
