"""An item's paraphrase that stands alone, in the article's words (the quote stays verbatim).

The content's words, with what ties them to their sentence undone (rules on the parse):

- the framing the cue leaves at the start: "that", "and", "but", "so";
- the speaker's first person: "I" and "me" are the speaker's name, "my" its possessive;
  "we", "us", "our" too when the speaker is no person, else the body the person speaks
  for (the party's `affiliation`), else they stay;
- in reported speech ("Ana Ruiz said she would resign") a "he" or "she" subject of the
  content's main verb, of the speaker's gender, is the speaker;
- a present-tense verb of a subject so renamed agrees with it ("I think" -> "Ruiz thinks").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from textwrap import shorten

from spacy.tokens import Span, Token

from briefing.attribution.antecedents import antecedent_words
from briefing.attribution.asides import asides, comma_asides
from briefing.attribution.candidates import Candidate, Mention
from briefing.attribution.linking import Answered
from briefing.attribution.reading import Reading
from briefing.attribution.resolve import genders
from briefing.identity import surname
from briefing.schema import MAX_TEXT, Party

_FRAMING = frozenset({"that", "and", "but", "so", "or", "also", "then"})
_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_THIRD = {"he": "m", "she": "f", "his": "m", "her": "f"}
_BODIES = frozenset({"organization", "government", "group", "media"})
_POSSESSIVE = frozenset({"my", "mine", "our", "ours"})
_OPENING_MARKS = frozenset("\"“‘'")
# a renamed subject's verb: first person forms -> third person singular
_AGREES = {"am": "is", "'m": "is", "’m": "is", "are": "is", "'re": "is", "’re": "is"}
_AGREES |= {"have": "has", "'ve": "has", "’ve": "has", "do": "does", "was": "was"}
_AGREES |= {"were": "was", "'ll": "will", "’ll": "will", "'d": "would", "’d": "would"}


_PARTICLES = frozenset({"le", "la", "de", "del", "da", "di", "van", "von", "al", "bin", "el"})


def named(party: Party) -> str:
    """How a paraphrase names a party: a person by surname ("Obama", "Le Pen"), a body
    or a described person by name, "the" before a common noun ("the Clinton campaign")."""
    words = party.name.split()
    if not words:
        return party.name
    if words[-1].islower():
        return party.name if words[0].lower() == "the" else f"the {party.name}"
    if party.kind == "person" and len(words) > 1:
        keep = 2 if len(words) > 2 and words[-2].lower() in _PARTICLES else 1
        return " ".join(words[-keep:])
    return party.name


def _possessive(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


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


def _is_reported(text: str, content: tuple[int, int]) -> bool:
    """Reported speech, not a quotation: no quotation mark opens the content."""
    before = text[max(0, content[0] - 2) : content[0]].strip()
    return not (before and before[-1] in _OPENING_MARKS)


def _speaker_pronoun(span: Span, gender: str | None) -> Token | None:
    """The "he"/"she" subject of the content's main verb (or "his"/"her" owning that subject,
    or owning the content when it is a noun phrase), of the speaker's gender, before any other
    name: "as president he would know whether he could ..." (the first "he")."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and root.pos_ in ("NOUN", "PROPN") and gender is not None:
        subject = root  # the content is "his proposal": only when the speaker's gender is known
    if subject is not None and subject.lower_ not in _THIRD:  # "her plan works"
        subject = next((c for c in subject.children if c.dep_ == "poss"), None)
    if subject is None or subject.lower_ not in _THIRD:
        return None
    if gender is not None and _THIRD[subject.lower_] != gender:
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


def _renamed(span: Span, voice: Voice, skip: set[int]) -> dict[int, str]:
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
            replaced[token.i] = _possessive(name) if token.dep_ == "poss" else name
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
            replaced[token.i] = _possessive(body) if case == "possessive" else body
        named_once.add(plural)
    return replaced


def _agreeing(span: Span, names: dict[int, str]) -> dict[int, str]:
    """The present-tense verbs (and auxiliaries) of the renamed subjects, made to agree."""
    verbs: dict[int, str] = {}
    for index in names:
        token = span.doc[index]
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = token.head
        auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i > index]
        verb = auxiliaries[0] if auxiliaries else head
        if token.lower_ in _THIRD:  # "he'd" -> "Ruiz would": only a contraction changes
            if verb.lower_ in ("'s", "’s"):
                verbs[verb.i] = "is" if verb.lemma_ == "be" else "has"
            elif verb.text[:1] in "'’" and verb.lower_ in _AGREES:
                verbs[verb.i] = _AGREES[verb.lower_]
        elif verb.tag_ == "VBP" or verb.lower_ in _AGREES:
            verbs[verb.i] = _third_person(verb.text)
    return verbs


def _start(span: Span) -> int:
    """Index of the first token past the cue's framing ("that", "but", punctuation)."""
    index = span.start
    while index < span.end - 1:
        token = span.doc[index]
        if not (
            token.is_punct or (token.lower_ in _FRAMING and token.dep_ in ("mark", "cc", "advmod"))
        ):
            break
        index += 1
    return index


def paraphrase(
    text: str,
    span: Span,
    candidate: Candidate,
    voice: Voice,
    answered: Answered | None = None,
) -> str:
    """The content of `span` (the candidate's) made to stand alone (module docstring)."""
    speaker = voice.speaker
    says_i = any(t.lower_ == "i" and t.pos_ == "PRON" for t in span)
    referent = candidate.referent
    a_person = referent is not None and referent.label == "PERSON"
    if says_i or (a_person and speaker.kind not in _BODIES):
        speaker = speaker.model_copy(update={"kind": "person"})  # a person listed as a place
    reported = (
        _speaker_pronoun(span, voice.gender) if _is_reported(text, candidate.content) else None
    )
    if speaker.kind != "person" and speaker.kind not in _BODIES and reported is not None:
        speaker = speaker.model_copy(update={"kind": "person"})  # "X said he": X is a person
    if speaker.kind == "person" or (reported is not None and referent is not None and a_person):
        name = named(speaker) if speaker.kind == "person" else _surname(referent)
        voice = replace(voice, speaker=speaker, reported=reported, reported_name=name)
    start = _start(span)
    holder = next((p for p in voice.parties if answered and p.id == answered[0]["holder"]), None)
    answer = answered if holder is not None else None

    def rewritten(skip: set[int]) -> str:
        names = _renamed(span, voice, skip)
        replaced: dict[int, str | None] = {**names, **_agreeing(span, names)}
        if answer is not None and holder is not None:
            replaced |= antecedent_words(span, start, answer, holder, named(holder))
        return _render(span, start, replaced | dict.fromkeys(skip))

    result = rewritten(asides(span))
    if len(result) > MAX_TEXT:  # too long: a clause or apposition set off by commas goes
        result = rewritten(asides(span) | comma_asides(span)) or result
    return result


def _surname(referent: Mention | None) -> str:
    """A person's surname as the referent writes it ("Sanders" of "Bernie Sanders")."""
    words = referent.text.split() if referent is not None else []
    return words[-1] if words else ""


def _render(span: Span, start: int, replaced: dict[int, str | None]) -> str:
    """The span's words from `start`, each replaced (None: dropped) as `replaced` says."""
    words: list[str] = []
    for token in span.doc[start : span.end]:
        word = replaced.get(token.i, token.text)
        if word is None:
            if words and token.whitespace_ and not words[-1].endswith(" "):
                words[-1] += " "
            continue
        if token.i in replaced and token.is_sent_start:
            word = word[:1].upper() + word[1:]
        if token.i in replaced and token.text[:1] in "'’" and words:
            word = f" {word}"  # "I'm" -> "Obama is"
        words.append(word + token.whitespace_)
    result = "".join(words).strip()
    return result[:1].upper() + result[1:] if start in replaced else result


class Paraphraser:
    """Paraphrases of one reading's candidates, by the speaker's party id."""

    def __init__(self, reading: Reading, parties: Sequence[Party]) -> None:
        self.reading = reading
        self.parties = {party.id: party for party in parties}
        people = [m for m in reading.mentions if m.label == "PERSON"]
        self.genders = genders(reading.doc, people)

    def __call__(self, candidate: Candidate, speaker: str, answered: Answered | None = None) -> str:
        """The candidate's paraphrase, shortened to MAX_TEXT; "" when it cannot be made."""
        party = self.parties.get(speaker)
        span = self.reading.doc.char_span(*candidate.content, alignment_mode="expand")
        if party is None or span is None or len(span) == 0:
            return ""
        referent = candidate.referent
        person = party.name if party.kind == "person" or referent is None else referent.text
        gender = self.genders.get(surname(person))
        voice = Voice(party, list(self.parties.values()), gender)
        words = paraphrase(self.reading.text, span, candidate, voice, answered)
        return shorten(" ".join(words.split()), MAX_TEXT)
