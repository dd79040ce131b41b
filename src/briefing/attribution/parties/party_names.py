"""What a party is called: the fullest name the article writes for a person (titles
aside), an institution's name without the reporter's words before it and spelled out for
its initials, a group's without the reporter's words of feeling."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from briefing.attribution.names.mentions import clean_name
from briefing.attribution.names.party_kinds import PERSON_TITLES, is_surname_of_pair
from briefing.identity import MINOR_WORDS, NAME_TITLES
from briefing.schema import PartyKind

_TITLE = re.compile(rf"^(?:{PERSON_TITLES})\.?$")


def _written_before(token: Token) -> list[Token]:
    """The given names written before a surname token: proper nouns no title, place,
    organization or nationality, written with a capital ("Donald J." of "Donald J. Trump",
    none of "Sen. Ruiz" or "mogul Donald Trump"),
    nor a capital opening the sentence that no entity calls a person ("Top Ruiz aides")."""
    found: list[Token] = []
    for left in reversed(token.doc[max(token.i - 3, 0) : token.i]):
        if left.pos_ != "PROPN" or left.ent_type_ not in ("", "PERSON") or is_title(left.text):
            break
        if not left.text[:1].isupper():
            break  # "mogul Donald Trump": a lower-case word the parse took for a name
        if left.is_sent_start and left.ent_type_ != "PERSON":
            break  # "Top Sanders strategists said": a capital that only opens the sentence
        found.insert(0, left)
    return found


def is_title(word: str) -> bool:
    """A title ("Sen.", "Governor", "Majority"), not a name."""
    return bool(_TITLE.match(word)) or word.lower() in NAME_TITLES


def _without_titles(name: str) -> str:
    """A person's name without the titles written into it ("Majority Leader Mitch
    McConnell" is "Mitch McConnell"), two words kept at least."""
    words = name.split()
    while len(words) > 2 and is_title(words[0]):
        words = words[1:]
    return " ".join(words)


def fullest_name(name: str, doc: Doc) -> str:
    """The fullest form of a person's name the article writes, titles aside: "Bryan
    Pagliano" for "Pagliano", "Jane Ruiz" for "Jane", when every fuller form agrees
    ("Donald Trump", "Donald J. Trump"); the name as it is when they do not ("Donald
    Trump" and "Ivana Trump" for "Trump")."""
    name = _without_titles(name)
    words = name.split()
    if not words:
        return name
    forms = {
        " ".join([*(t.text for t in given), token.text])
        for token in doc
        if token.text == words[-1] and (given := _written_before(token))
    }
    if len(words) == 1:  # a given name: the people the parse names so
        forms |= {
            _without_titles(clean_name(e.text))
            for e in doc.ents
            if e.label_ == "PERSON" and e.text.split()[0] == words[0]
        }
    if is_surname_of_pair(name, doc):  # "Bradley Podliska", an "organization" to the parse
        forms |= {e.text for e in doc.ents if e.label_ == "ORG" and e.text.split()[1:] == words}
    fuller = [f.split() for f in forms if set(words) < set(f.split())]
    if not fuller:
        return name
    longest = max(fuller, key=len)
    if all(set(form) <= set(longest) for form in fuller):
        return " ".join(longest)
    return name


def institution_name(name: str) -> str:
    """An institution's name without the reporter's words before it: "federal Securities
    and Exchange Commission" is "Securities and Exchange Commission"."""
    words = name.split()
    start = next((i for i, word in enumerate(words) if word[:1].isupper()), 0)
    return " ".join(words[start:]) if start < len(words) else name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in MINOR_WORDS and w[:1].isupper())


def spelled_out(name: str, doc: Doc) -> str:
    """An organization named by initials ("DNC", "S.E.C.") is named by the full name the
    article writes for them ("Democratic National Committee"), when it writes one."""
    initials = name.replace(".", "")
    if not (1 < len(initials) <= 6 and initials.isupper() and initials.isalpha()):
        return name
    names = {
        institution_name(clean_name(e.text))
        for e in doc.ents
        if e.label_ == "ORG" and " " in e.text
    }
    full = {written for written in names if _initials(written) == initials}
    return max(full, key=len) if len(full) == 1 else name


# The reporter's words of feeling before a group's name ("outraged Democratic lawmakers").
_FEELINGS = frozenset(
    {
        "outraged",
        "angry",
        "furious",
        "frustrated",
        "worried",
        "anxious",
        "disgruntled",
        "jubilant",
        "irate",
        "incensed",
        "disappointed",
        "nervous",
        "alarmed",
        "upset",
        "fearful",
        "skeptical",
        "sceptical",
        "exasperated",
        "enraged",
        "livid",
        "annoyed",
        "dismayed",
        "delighted",
        "elated",
        "emboldened",
        "defiant",
        "weary",
        "wary",
    }
)


def group_name(name: str) -> str:
    """A group's name without the reporter's words of feeling before it."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _FEELINGS:
        words = words[1:]
    return " ".join(words)


def full_name(name: str, kind: PartyKind, doc: Doc) -> str:
    """The fullest name the article writes for a party named `name`: a person's
    (`fullest_name`), an institution's without the reporter's words before it and
    spelled out for its initials (`institution_name`, `spelled_out`); a group's without
    the reporter's words of feeling (`group_name`)."""
    if kind == "person":
        return fullest_name(name, doc)
    if kind in ("organization", "government", "media"):
        return spelled_out(institution_name(name), doc)
    return group_name(name) if kind == "group" else name


def is_common_phrase(name: str, doc: Doc) -> bool:
    """Capitalised words the parse never tags a person whose last word the article writes
    in lower case as a common noun ("Joint Staff", "Silver State", "Golden Week" beside
    "staff", "state", "week"): a title, nickname or event, no person's name."""
    words = name.split()
    last = words[-1].lower()
    if not all(word[:1].isupper() for word in words):
        return False  # "an HPA spokeswoman": a description, for `described_kind`
    if any(ent.label_ == "PERSON" and ent.text == name for ent in doc.ents):
        return False
    return any(token.text == last and token.pos_ == "NOUN" for token in doc)
