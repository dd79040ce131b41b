"""The speaker's pronouns in a content, named: "I think" -> "Ruiz thinks", "we" -> "the
Harbor Bank", a reported "he said he would" -> "Berg would" (rules on the parse).

The first mention of the speaker is its name (`named`), a later one a third-person pronoun
of the speaker's gender ("I think my plan works" -> "Ruiz thinks her plan works"), or the
name again when the gender is not known. "we", "us", "our" name a body speaking, or the
body a person speaks for (the party's `affiliation`), else they stay. A present-tense verb
of a subject so renamed agrees with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefing.identity import possessive, surname_words
from briefing.schema import Party

_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_THIRD = {"he": "m", "she": "f", "his": "m", "her": "f"}
_BODY_THIRD = frozenset({"they", "it", "their", "its"})
_GROUP_THIRD = frozenset({"they", "their"})  # a group is many people: never "it"
_SPELLED = {"re": "are", "ve": "have", "ll": "will", "d": "would"}
_POSSESSIVE = frozenset({"my", "mine", "our", "ours"})
# a renamed subject's verb: first person forms -> third person singular
_AGREES = {"am": "is", "'m": "is", "’m": "is", "are": "is", "'re": "is", "’re": "is"}
_AGREES |= {"have": "has", "'ve": "has", "’ve": "has", "do": "does", "was": "was"}
_AGREES |= {"were": "was", "'ll": "will", "’ll": "will", "'d": "would", "’d": "would"}


_PARTICLES = frozenset({"le", "la", "de", "del", "da", "di", "van", "von", "al", "bin", "el"})


def named(party: Party) -> str:
    """How a paraphrase names a party: a person by surname ("Obama", "Le Pen"), a body
    or a described person by name, "the" before a common noun ("the Clinton campaign")
    unless an owner opens it ("Clinton's advisers")."""
    words = party.name.split()
    if not words:
        return party.name
    if words[-1].islower():
        owned = any(word.endswith(("'s", "’s")) for word in words[:-1])
        return party.name if owned or words[0].lower() == "the" else f"the {party.name}"
    if party.kind == "person" and len(words) > 1:
        words = surname_words(party.name)  # "Harris" of "Harry B. Harris Jr."
        keep = 2 if len(words) > 2 and words[-2].lower() in _PARTICLES else 1
        return " ".join(words[-keep:])
    return party.name


def _third_person(verb: str) -> str:
    """ "think" -> "thinks", "go" -> "goes", "try" -> "tries" (a regular present verb)."""
    lower = verb.lower()
    if lower in _AGREES:
        return _AGREES[lower]
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return f"{verb}es"
    if len(lower) > 1 and lower.endswith("y") and lower[-2] not in "aeiou":
        return f"{verb[:-1]}ies"
    return f"{verb}s"


def _we_name(speaker: Party, parties: Sequence[Party]) -> str | None:
    """Whom "we" names: a body speaking, else the body a person speaks for."""
    if speaker.kind != "person":
        return named(speaker)
    body = next((p for p in parties if p.id == speaker.affiliation), None)
    return named(body) if body is not None else None


def speaker_pronoun(
    span: Span, gender: str | None, body: bool = False, group: bool = False
) -> Token | None:
    """The "he"/"she" subject of the content's main verb (or "his"/"her" owning that subject,
    or owning the content when it is a noun phrase), of the speaker's gender, before any other
    name: "as president he would know whether he could ..." (the first "he"). For a `body`
    speaking, a "they"/"it" subject or a "their"/"its" owning it ("the council said it would
    appeal"), never one owning a noun-phrase content ("worry about its cost"); for a `group`
    (many people: "the residents said they would"), "they" or "their" only."""
    words = (_GROUP_THIRD if group else _BODY_THIRD) if body else _THIRD
    root = span.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and root.pos_ in ("NOUN", "PROPN") and gender and not body:
        subject = root  # the content is "his proposal": only when the speaker's gender is known
    if subject is not None and subject.lower_ not in words:  # "her plan works"
        subject = next((c for c in subject.children if c.dep_ == "poss"), None)
    if subject is None or subject.lower_ not in words:
        return None
    if not body and gender is not None and _THIRD[subject.lower_] != gender:
        return None
    if any(t.ent_type_ == "PERSON" and t.i < subject.i for t in span):
        return None
    return subject


def _case(lower: str) -> str:
    """ "subject", "object" or "possessive": the grammatical case of a pronoun."""
    if lower in _POSSESSIVE:
        return "possessive"
    return "object" if lower in ("me", "us", "myself", "ourselves") else "subject"


def _pronouns(speaker: Party, gender: str | None, plural: bool) -> dict[str, str] | None:
    """The third person a second mention takes: "he", "him", "his"; "it" for a body."""
    if plural or speaker.kind != "person":
        return {"subject": "it", "object": "it", "possessive": "its"}
    if gender is None:
        return None
    male = gender == "m"
    return {
        "subject": "he" if male else "she",
        "object": "him" if male else "her",
        "possessive": "his" if male else "her",
    }


@dataclass(frozen=True)
class Voice:
    """Who speaks a content: the speaker's party, the listed parties, the speaker's gender if
    known, and the reported "he"/"she" of the speaker with the name it stands for."""

    speaker: Party
    parties: Sequence[Party]
    gender: str | None
    reported: Token | None = None
    reported_name: str = ""


def renamed(span: Span, voice: Voice, skip: set[int]) -> dict[int, str]:
    """Token index -> its replacement: the first mention of the speaker (or its body) by name,
    a later one by a third-person pronoun ("I think my plan works" -> "Ruiz thinks her plan
    works"), or by name again when the gender is not known. Tokens in `skip` are left out."""
    speaker, gender = voice.speaker, voice.gender
    names = {False: named(speaker), True: _we_name(speaker, voice.parties)}
    named_once: set[bool] = set()
    replaced: dict[int, str] = {}
    for token in span:
        lower = token.lower_
        if token.i in skip:
            continue
        if voice.reported is not None and token.i == voice.reported.i:
            name = voice.reported_name
            replaced[token.i] = possessive(name) if token.dep_ == "poss" else name
            named_once.add(False)
            continue
        if lower not in _SINGULAR | _PLURAL or token.text == "US":
            continue
        if token.pos_ != "PRON" and lower not in _POSSESSIVE:
            continue
        plural = lower in _PLURAL
        body = names[plural]
        if body is None:
            continue
        case = _case(lower)
        later = _pronouns(speaker, gender, plural) if plural in named_once else None
        if later is not None:
            replaced[token.i] = later[case]
        else:
            replaced[token.i] = possessive(body) if case == "possessive" else body
        named_once.add(plural)
    return replaced


def _has(verb: Token) -> bool:
    """Whether a "'s" is "has": the auxiliary of a past participle ("she's won", "she's
    still got"), unless a passive's without an object ("it's called"); one owning an
    object itself ("he's a plan" is "has" only by its object). "is" otherwise ("she's on
    track", "he's going", "she's so good"). Before "been" it is always "has" ("he's been
    told", "she's been there"), whatever the parse reads it as."""
    head = verb.head
    if any(t.lower_ == "been" and t.i > verb.i for t in (head, *head.children)):
        return True
    if verb.dep_ in ("aux", "auxpass"):
        participle = verb.head.tag_ in ("VBN", "VBD")
        active = verb.dep_ == "aux" or any(c.dep_ == "dobj" for c in verb.head.children)
        return participle and active
    return any(c.dep_ == "dobj" for c in verb.children)


def _shared_verbs(head: Token) -> list[Token]:
    """Present verbs joined to `head` that share its subject: no subject or auxiliary of
    their own."""
    return [
        c
        for c in head.children
        if c.dep_ == "conj"
        and c.tag_ in ("VB", "VBP")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
    ]


def agreeing(span: Span, names: dict[int, str]) -> dict[int, str]:
    """The present-tense verbs (and auxiliaries) of the renamed subjects, made to agree."""
    verbs: dict[int, str] = {}
    for index in names:
        token = span.doc[index]
        if token.dep_ not in ("nsubj", "nsubjpass"):
            after = span.doc[index + 1] if index + 1 < len(span.doc) else None
            if token.lower_ == "i" and after is not None and after.tag_ == "VBP":
                verbs[after.i] = _third_person(after.text)  # "... and I have", misparsed
            continue
        head = token.head
        auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i > index]
        verb = auxiliaries[0] if auxiliaries else head
        if token.lower_ in _BODY_THIRD:  # "they're" -> "the Saudis are", else as it was
            if verb.text[:1] in "'’" and verb.lower_[1:] in _SPELLED:
                verbs[verb.i] = _SPELLED[verb.lower_[1:]]
            continue
        if token.lower_ in _THIRD:  # "he'd" -> "Ruiz would": only a contraction changes
            if verb.lower_ in ("'s", "’s"):  # "she's on track", "she's got", "she's won"
                verbs[verb.i] = "has" if _has(verb) else "is"
            elif verb.text[:1] in "'’" and verb.lower_ in _AGREES:
                verbs[verb.i] = _AGREES[verb.lower_]
        elif verb.tag_ == "VBP" or verb.lower_ in _AGREES:
            verbs[verb.i] = _third_person(verb.text)
            if verb is head:  # "I am friends with and employ": "... and employs"
                verbs |= {c.i: _third_person(c.text) for c in _shared_verbs(head)}
    return verbs
