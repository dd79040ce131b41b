"""A party's kind from evidence, strongest first.

1. The name's own shape, as the labelling guide reads it (evals/README.md,
   "Parties"): a name ending in an institution ("Biden administration",
   "Clinton campaign", "House Benghazi Committee") is that institution, never
   a person; a group named by its owner ("Clinton's aides") is a group.
2. A known person is never anything else: the parse tags the name a person, or
   the article writes a title or honorific before it ("Sen. Ruiz", "Mr. Ruiz").
3. The parse's entity label: a place is a country, a nationality a group; an
   organization is refined by
4. the article's own words ("the newspaper Harbor Ledger", "Harbor Ledger, the
   city's daily": media; "the agency", "the department": government), then
5. the guide's rules on the name: an organ of a state is `government` ("White
   House", "Senate", "FBI"), a news outlet `media` ("Daily Post", "CNN").
6. The kind the model listed, last (for the rules, the entity label's kind).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from briefing.attribution.names.first_names import first_name_gender
from briefing.attribution.names.pronoun_persons import is_pronoun_person
from briefing.attribution.text.spans import doc_text
from briefing.identity import slug_surname, slugify, unowned
from briefing.schema import PartyKind

# The party kind of each NER label the attribution layer keeps.
ENTITY_KINDS: dict[str, PartyKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
}


def _listed(words: str) -> list[str]:
    return words.split()


# The last word of an institution's name, and its kind.
_INSTITUTIONS: dict[str, PartyKind] = {
    **dict.fromkeys(
        _listed(
            "administration government ministry department agency commission bureau court "
            "office police army navy military senate congress parliament legislature cabinet "
            "subcommittee prosecutors investigations enforcement"
        ),
        "government",
    ),
    **dict.fromkeys(
        _listed(
            "campaign party institute institution university college school center centre "
            "foundation coalition union association society caucus club company corporation "
            "inc pac"
        ),
        "organization",
    ),
}
# The last word of a news outlet's name.
_OUTLET_WORDS = frozenset(
    _listed(
        "news times post journal herald tribune gazette examiner sentinel radio network "
        "television tv magazine press daily show channel wire chronicle telegraph poll"
    )
)
# Organs of a state and news outlets known by a name of their own (a leading "the",
# "U.S." or "US" aside), compared as slugs.
_KNOWN: dict[str, PartyKind] = {
    **dict.fromkeys(
        _listed(
            "white-house congress house house-of-representatives pentagon kremlin downing-street "
            "number-10-downing-street fbi cia nsa doj dhs ice epa irs sec s-e-c fec fda cdc gao "
            "nasa uscis fema federal-reserve fed treasury knesset bundestag duma"
        ),
        "government",
    ),
    **dict.fromkeys(
        _listed(
            "cnn msnbc nbc abc cbs fox bbc npr pbs ap afp reuters politico vox breitbart haaretz "
            "univision televisa bloomberg axios huffpost huffington-post slate salon yahoo gannett "
            "irna fars tass xinhua cnbc usa-today newsweek buzzfeed realclearpolitics the-blaze "
            "blaze the-hill new-yorker the-new-yorker the-nation the-atlantic al-jazeera"
        ),
        "media",
    ),
}
_OUTLETS = frozenset(slug for slug, kind in _KNOWN.items() if kind == "media")
_COMMITTEE = ("committee", "panel")  # a state's when the name is a chamber's ("House ...")
_CHAMBERS = frozenset({"house", "senate", "congressional", "parliamentary"})

# The article's words describing an organization, by the kind they tell.
_DESCRIPTIONS: dict[PartyKind, str] = {
    "media": (
        r"newspaper|paper|daily|network|broadcaster|channel|station|magazine|outlet|tabloid|"
        r"website|news\s+agency|wire\s+service|publication"
    ),
    "government": r"agency|ministry|department|regulator|administration|government|watchdog",
}
# Titles and honorifics written before a person's name, each making the name a person's
# (`is_titled_person`): unlike identity.NAME_TITLES, no word that only stands inside a
# title ("Former", "Majority"), and written in the case that counts ("spokesman").
PERSON_TITLES = (
    r"Mr|Mrs|Ms|Dr|Sens|Sen|Reps|Rep|Gov|Del|Gen|Lt|Col|Adm|Prof|Rev|Sgt|Capt|Sec|Cmdr|Maj|Amb|Atty|"
    r"President|Senator|"
    r"Governor|Congressman|Congresswoman|Judge|Secretary|Minister|Chairman|Chairwoman|"
    r"Mayor|Speaker|Professor|spokesman|spokeswoman|Sheriff"
)
_PERSON_TITLE = re.compile(rf"^(?:{PERSON_TITLES})$", re.IGNORECASE)


def is_person_title(word: str) -> bool:
    """A word that is one of PERSON_TITLES in any case: "the governor", "the President"."""
    return bool(_PERSON_TITLE.match(word))


_BARE = re.compile(r"^(?:the|u-s|us)-")


def _bare(name: str) -> str:
    return _BARE.sub("", slugify(name))


def _words(name: str) -> list[str]:
    return slugify(name).split("-")


def institution_kind(name: str) -> PartyKind | None:
    """The kind the labelling guide gives an institution's name: a state organ known by
    name ("White House", "FBI"), a chamber's committee, "Department of ...", or a last
    word that names an institution ("Biden administration", "Clinton campaign")."""
    words = _words(name)
    if not words[0]:
        return None
    known = _KNOWN.get(slugify(name)) or _KNOWN.get(_bare(name))
    if known is not None:
        return known
    if words[-1] in _COMMITTEE:
        return "government" if _CHAMBERS & set(words) else "organization"
    if words[0] in ("department", "ministry", "office", "bureau") and "of" in words:
        return "government"
    if any(a in ("department", "ministry") and b == "of" for a, b in pairwise(words)):
        return "government"  # "Florida Department of State"
    if words[-2:] == ["central", "bank"]:
        return "government"  # "Russia's central bank", a state's organ
    return _INSTITUTIONS.get(words[-1])


def is_outlet_name(name: str) -> bool:
    """A name shaped like a news outlet's: "Daily Post", "CBS This Morning"."""
    words = _words(name)
    return words[-1] in _OUTLET_WORDS or (words[0] in _OUTLETS and len(words) > 1)


def _mentions(name: str, text: str) -> str:
    """The name as a regex, with any space run between its words."""
    return r"\s+".join(re.escape(word) for word in name.split())


def is_titled_person(name: str, text: str) -> bool:
    """Does the article write a person's title or honorific before the name, or before a
    fuller name it ends ("Mayor Ana Ruiz" titles "Ruiz")?"""
    given = r"(?:[A-Z][\w.'’-]*\s+){0,2}"
    return bool(re.search(rf"\b(?:{PERSON_TITLES})\.?\s+{given}{_mentions(name, text)}\b", text))


def described_kind(name: str, text: str) -> PartyKind | None:
    """The kind the article's own description of the name tells: "the newspaper X",
    "X, the state's largest daily", "the agency X"."""
    named = _mentions(name, text)
    for kind, nouns in _DESCRIPTIONS.items():
        before = rf"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\s+(?:the\s+)?{named}\b"
        after = rf"\b{named}\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b"
        if re.search(before, text, re.IGNORECASE) or re.search(after, text):
            return kind
    return None


def entity_labels(name: str, doc: Doc) -> list[str]:
    """The NER labels of the name's mentions (a leading "the" aside) and, for a name of
    several words, of its last word alone."""
    words = name.split()
    forms = {slugify(name).removeprefix("the-")}
    if len(words) > 1:
        forms.add(slugify(words[-1]))
    return [e.label_ for e in doc.ents if slugify(e.text).removeprefix("the-") in forms]


def majority_kind(labels: list[str]) -> PartyKind:
    """The kind of the most frequent entity label; a tie goes to the label seen first
    (never to the hash order of a set, which changes from one process to the next)."""
    return ENTITY_KINDS[Counter(labels).most_common(1)[0][0]]


def is_known_person(name: str, labels: list[str], doc: Doc) -> bool:
    """A name of several words the parse ever tags a person, a one-word name it tags only
    so or that ends a person's full name the parse tags ("Ruiz" of "Ana Ruiz"), one the
    article's pronouns show is a person (`pronoun_persons`), or a name the article titles
    ("Sen. Ruiz")."""
    words = name.split()
    if "PERSON" in labels and (len(words) > 1 or set(labels) == {"PERSON"}):
        return True
    if len(words) == 1 and any(
        e.label_ == "PERSON" and len(e.text.split()) > 1 and slug_surname(e.text) == slugify(name)
        for e in doc.ents
    ):
        return True
    if is_pronoun_person(name, doc):  # "Carly Fiorina threw her support"
        return True
    text = doc_text(doc)
    return (
        is_titled_person(name, text)
        or is_surname_of_pair(name, doc)
        or ("ORG" in labels and is_first_and_surname(name, text))
    )


def is_first_and_surname(name: str, text: str) -> bool:
    """A two-word name whose first word is a first name of one gender and whose last the
    article writes alone too ("Fox News host Sean Hannity" ... "Hannity said"), though the
    parse calls it an organization. Not an institution's or an outlet's name."""
    words = name.split()
    if len(words) != 2 or not all(w.istitle() for w in words) or words[0].lower() in STOP_WORDS:
        return False  # "Other Democrats"
    if first_name_gender(words[0]) is None:
        return False
    if institution_kind(name) is not None or is_outlet_name(name):
        return False
    alone = re.compile(rf"(?<!{re.escape(words[0])} )\b{re.escape(words[1])}\b")
    return alone.search(text) is not None


_ARTICLES = frozenset({"the", "a", "an"})


def is_surname_of_pair(name: str, doc: Doc) -> bool:
    """A one-word name that ends a two-word name the parse calls an organization, written
    alone too, is a person's surname ("Bradley Podliska" ... "Podliska said"): an
    organization goes by its first word ("Valeant" for "Valeant Pharmaceuticals"), a
    person by the last. Not where the pair is an institution ("Clinton Foundation"), or
    an article and a name ("The AFL-CIO" at a sentence's start), or the name is initials."""
    if len(name.split()) != 1 or name.isupper():
        return False
    return any(
        ent.label_ == "ORG"
        and len(words := ent.text.split()) == 2
        and words[1] == name
        and words[0].istitle()
        and words[0].lower() not in _ARTICLES
        and institution_kind(ent.text) is None
        and not is_outlet_name(ent.text)
        for ent in doc.ents
    )


def kind_of(name: str, listed: PartyKind, doc: Doc) -> PartyKind:
    """The party's kind, from the evidence in the order the module docstring gives."""
    text = doc_text(doc)
    institution = institution_kind(name)
    if institution is not None:
        return institution  # an institution's name is never a person's
    if listed == "group" and unowned(name) is not None:
        return "group"  # "Clinton's aides", though the article writes "Mrs. Clinton"
    labels = entity_labels(name, doc)
    if is_known_person(name, labels, doc):
        return "person"
    others = [label for label in labels if label in ENTITY_KINDS and label != "PERSON"]
    found = majority_kind(others) if others else None
    described = described_kind(name, text)
    if found in ("country", "group") and described is None:
        return found if listed in ("person", "organization", "group", "country") else listed
    if described is not None:
        return described
    if is_outlet_name(name):
        return "media"
    if found == "organization" and listed in ("person", "country", "group", "other"):
        return "organization"
    return listed
