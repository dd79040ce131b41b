"""Party identity: slugs, the forms a party's name takes, and which party a name names.

The one home of name matching: the schema (resolving an item's references),
the attribution layer (which party a parse's mention names), the party
clean-ups and the evals (which gold party a predicted one names) all ask here.
It imports nothing of the project, so anything may import it; `Named` is all
it needs of a party.

A "surname" is read four ways, each kept as it is measured (see each function
for who uses it and why), the first three never a generation ("Jr."):

- `written_surname`: the last word as written ("O'Brien"), to find it in the
  article and to give a person an alias;
- `surname`: the same lower-cased, "" for no words, to compare with a parse's tokens;
- `slug_surname`: the last part of the name's slug ("brien"), to compare slugs;
- `scored_surname`: a person's last slug part of three letters or more, what the
  evals match people by.

And `same_actor` tests a short name's slug as the end of a full one, the words of two
institutions' names, and a seat of power (`METONYMS`) against its state.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Protocol


class Named(Protocol):
    """What identity reads of a party (a schema `Party`, a gold party)."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def aliases(self) -> Sequence[str]: ...


# --- slugs and surnames -----------------------------------------------------


def slugify(text: str) -> str:
    """'Edmundo Novillo' -> 'edmundo-novillo'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


MAX_ID = 60  # characters of a party id (the schema's bound)


def party_slug(text: str) -> str:
    """`slugify`, cut at a word boundary to MAX_ID characters: a party id the schema
    accepts ("international-federation-of-professional-and-technical" for a 65-letter slug)."""
    slug = slugify(text)
    if len(slug) <= MAX_ID:
        return slug
    cut = slug.rfind("-", 0, MAX_ID + 1)
    return slug[: cut if cut > 0 else MAX_ID]


GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})  # never a surname


def surname_words(name: str) -> list[str]:
    """The name's words, a generation after two words or more left out ("Ana B. Ruiz Jr.")."""
    words = name.split()
    generation = len(words) > 2 and words[-1].lower() in GENERATIONS
    return [*words[:-2], words[-2].rstrip(",")] if generation else words


def written_surname(name: str) -> str:
    """The name's last word as written ("Edmundo Novillo" -> "Novillo"), an error for no
    words: an alias (`aliases_of`), a name form (`name_forms`), what `as_named` looks for,
    and, slugified, what `resolve_party` takes for a person's surname."""
    return surname_words(name)[-1]


def surname(name: str) -> str:
    """The name's last word lower-cased, "" for no words: how the resolver compares
    the people the parse names with each other and with a token's `lower_`."""
    return surname_words(name)[-1].lower() if name.split() else ""


def slug_surname(name: str) -> str:
    """The last part of the name's slug ("Karine Jean-Pierre" -> "pierre"): how
    `roles` finds the entities naming a person."""
    return slugify(surname_words(name)[-1]).rpartition("-")[2] if name.split() else ""


def scored_surname(party: Named) -> str:
    """A person's last slug part of three letters or more, written capitalised, else "":
    what the evals match people by ("Li", "Jr", "official" pair no one)."""
    last = slugify(party.name).rpartition("-")[2]
    words = party.name.split()
    capitalised = bool(words) and words[-1][:1].isupper()
    return last if party.kind == "person" and len(last) > 2 and capitalised else ""


# --- slugs of a party -------------------------------------------------------


def name_slugs(party: Named) -> set[str]:
    """Slugs of the party's id and name, none empty (the evals' "name" tier)."""
    return {slugify(party.id), slugify(party.name)} - {""}


def alias_slugs(party: Named) -> set[str]:
    """Slugs of the party's aliases, none empty (the evals' "alias" tier)."""
    return {slugify(alias) for alias in party.aliases} - {""}


def _merge_keys(party: Named) -> set[str]:
    # The id as it is (a `Party`'s is a slug already), the name's and aliases' slugs.
    return {slugify(party.name), party.id, *(slugify(alias) for alias in party.aliases)} - {""}


# Seats of power a story names for the state ("the Kremlin said"): the state's slug and
# its adjective, so "Kremlin" is "Russia" or "Russian government".
METONYMS: dict[str, tuple[str, str]] = {
    "kremlin": ("russia", "russian"),
    "moscow": ("russia", "russian"),
    "beijing": ("china", "chinese"),
    "zhongnanhai": ("china", "chinese"),
    "tehran": ("iran", "iranian"),
    "pyongyang": ("north-korea", "north-korean"),
    "downing-street": ("united-kingdom", "british"),
    "number-10-downing-street": ("united-kingdom", "british"),
    "elysee": ("france", "french"),
    "elysee-palace": ("france", "french"),
    "ankara": ("turkey", "turkish"),
    "kyiv": ("ukraine", "ukrainian"),
    "kiev": ("ukraine", "ukrainian"),
    "riyadh": ("saudi-arabia", "saudi"),
    "havana": ("cuba", "cuban"),
    "caracas": ("venezuela", "venezuelan"),
}


def metonym_of(name: str) -> tuple[str, str] | None:
    """The state a seat of power stands for ("the Kremlin": Russia), or None."""
    return METONYMS.get(slugify(name).removeprefix("the-"))


def _stands_for(metonym: Named, state: Named) -> bool:
    meant = metonym_of(metonym.name)
    if meant is None:
        return False
    country, adjective = meant
    named = {slugify(state.name).removeprefix("the-"), *alias_slugs(state)}
    wanted = {country, f"{country}-government", f"{adjective}-government"}
    return bool(named & wanted)


def _name_words(name: str) -> frozenset[str]:
    """A name's words besides "of", "the", ... and a country's "U.S.": "Justice
    Department" and "Department of Justice" have the same."""
    words = _words(name.replace("U.S.", "US")).split()
    return frozenset(w for w in words if w not in MINOR_WORDS and w not in ("us", "u"))


# Words that may open a person's name and are no name of theirs: honorifics, titles and
# the words written into a title ("Rear Admiral", "Majority Leader", "Acting Director").
NAME_TITLES = frozenset(  # and a title's last word: "U.S. Attorney", "Chief of Staff"
    {
        *("mr", "mrs", "ms", "miss", "dr", "sen", "sens", "rep", "reps", "gov", "gen"),
        *("president", "senator", "senators", "governor", "mayor", "secretary", "minister"),
        *("judge", "justice", "chair", "chairman", "chairwoman", "speaker", "leader", "whip"),
        *("majority", "minority", "rev", "rabbi", "sir", "lady", "lord", "former", "acting"),
        *("vice", "first", "prime", "deputy", "chief", "general", "rear", "admiral"),
        *("director", "commissioner", "chancellor", "ambassador", "professor", "prof"),
        *("representative", "congressman", "congresswoman", "attorney", "assistant", "staff"),
    }
)


def _given_name(name: str) -> str | None:
    """The name's first word when it is a given name: not an initial or a title."""
    words = name.split()
    first = words[0].lower() if len(words) > 1 else ""
    return first if len(first) > 2 and first.isalpha() and first not in NAME_TITLES else None


def other_given_names(one: Named, two: Named) -> bool:
    """Whether two people share a surname under different given names: 'Bill Clinton' and
    'Hillary Clinton', 'Tom Ebeling' and 'Betsy Ebeling' (not 'Donald J. Trump' and
    'Donald Trump', nor 'Mr. Trump')."""
    if one.kind != "person" or two.kind != "person":
        return False
    if slug_surname(one.name) != slug_surname(two.name):
        return False
    given = (_given_name(one.name), _given_name(two.name))
    return None not in given and given[0] != given[1]


def same_actor(kept: Named, other: Named) -> bool:
    """Whether two listed parties are one actor: they share a slug of an id, name or
    alias ('the minister' alias matches a name); both are people and the shorter name's
    slug ends the longer one's ('Novillo' is 'Edmundo Novillo'), or is one given name that
    starts it ('Hillary' is 'Hillary Clinton'); both are institutions
    of the same words in another order ('Justice Department', 'Department of Justice');
    or one is a seat of power the other is the state or government of ('Kremlin',
    'Russian government'). Never two people of one surname and other given names ('Bill
    Clinton', 'Hillary Clinton'), whatever surname alias they share."""
    if other_given_names(kept, other):
        return False
    if _merge_keys(kept) & _merge_keys(other):
        return True
    if kept.kind == other.kind == "person":
        short, full = sorted((slugify(kept.name), slugify(other.name)), key=len)
        # "Novillo" is "Edmundo Novillo"; a lone given name too: "Hillary", "Hillary Clinton"
        lone = bool(short) and "-" not in short
        return bool(short) and (
            full.endswith("-" + short) or (lone and full.startswith(short + "-"))
        )
    if "person" not in (kept.kind, other.kind):
        words = _name_words(kept.name)
        if len(words) > 1 and words == _name_words(other.name):
            return True
    return _stands_for(kept, other) or _stands_for(other, kept)


def resolve_party(reference: str, parties: Sequence[Named]) -> str | None:
    """Map a reference (id, name, alias or surname) to a party id: an id or name first,
    then an alias, then a person's `written_surname`, all compared as slugs."""
    wanted = slugify(reference)
    if not wanted:
        return None
    for party in parties:
        if wanted == party.id or wanted == slugify(party.name):
            return party.id
    for party in parties:
        if wanted in {slugify(alias) for alias in party.aliases}:
            return party.id
    for party in parties:
        if party.kind == "person" and wanted == slugify(written_surname(party.name)):
            return party.id
    return None


def unshared_aliases(parties: Sequence[Named]) -> list[list[str]]:
    """Each party's aliases less those written twice among all of them, by slug (Donald
    and Ivana Trump's surname is the alias of neither)."""
    counts = Counter(slugify(alias) for party in parties for alias in party.aliases)
    return [[a for a in party.aliases if counts[slugify(a)] == 1] for party in parties]


# --- names in a text --------------------------------------------------------

_TITLE = re.compile(
    r"^(?:.*?\b(?:President|Minister|Secretary|Chief|Director|Spokesman|"
    r"Spokeswoman|Senator|Governor|General|Commander)\s+)(?P<name>[A-Z].*)$"
)
MINOR_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to"})


def _words(text: str) -> str:
    """Lower-cased words, dots dropped ("U.S." is "us"), each between spaces."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower().replace(".", ""))) + " "


def name_forms(party: Named) -> list[str]:
    """Name, aliases, and for a person the surname and a title the name starts with.

    "Defense Minister Edmundo Novillo" is also "Novillo" and, in "Bolivia's
    defense minister said", "defense minister".
    """
    names = [party.name, *party.aliases]
    if party.kind == "person":
        names.append(written_surname(party.name))
        titled = _TITLE.match(party.name)
        if titled and titled.start("name") > 0:
            names.append(" ".join(party.name[: titled.start("name")].split()[-2:]))
    return [name for name in names if _words(name).strip()]


def is_named_as(party: Named, text: str) -> bool:
    """Is `text` one of the party's name forms (case, dots and punctuation aside)?"""
    words = _words(text)
    return any(_words(name) == words for name in name_forms(party))


def is_mentioned(party: Named, text: str) -> bool:
    """Does `text` name the party (by name, alias, or a person's surname)?"""
    words = _words(text)
    return any(_words(name) in words for name in name_forms(party))


def mention_spans(party: Named, text: str) -> list[tuple[int, int]]:
    """[start, end) of each mention of the party in `text` (name, alias or surname); an
    @handle is a whole word from its "@" ("@civic_fan" after a space)."""
    return [
        match.span()
        for name in name_forms(party)
        for match in re.finditer(rf"{_start(name)}{re.escape(name)}\b", text, re.IGNORECASE)
    ]


def _start(name: str) -> str:
    return r"(?<![\w@])" if name.startswith("@") else r"\b"


def acronym(name: str, text: str) -> str | None:
    """The initials of a name of several words when the article uses them ("Institute
    for the Study of War" -> "ISW", "Securities and Exchange Commission" -> "S.E.C."),
    else None."""
    words = [word for word in name.split() if word.lower() not in MINOR_WORDS]
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return None
    initials = "".join(word[0] for word in words)
    if re.search(rf"\b{re.escape(initials)}\b", text):
        return initials
    dotted = "".join(f"{letter}." for letter in initials)  # "S.E.C."
    return dotted if re.search(rf"\b{re.escape(dotted)}", text) else None


def aliases_of(name: str, kind: str, text: str) -> list[str]:
    """What else a party is called: a person of several names the surname, a group named
    by its owner the name without the possessive, anything else the initials `text` (the
    article) uses."""
    if kind == "person":
        return [written_surname(name)] if len(name.split()) > 1 else []
    if kind == "group" and (plain := unowned(name)) is not None:
        return [plain] if slugify(plain) != slugify(name) else []
    return [initials] if (initials := acronym(name, text)) else []


def possessive(name: str, apostrophe: str = "’") -> str:
    """A name's possessive: "Ruiz’s", "Sanders’" (a name ending in "s" takes the mark alone)."""
    return f"{name}{apostrophe}" if name.endswith("s") else f"{name}{apostrophe}s"


# a name by its owner: "Clinton's aides" (also "Clinton aides"), "Sanders' aides"
_OWNED = re.compile(r"^(?P<owner>[^'’]+?)(?:['’]s|(?<=s)['’]) (?P<rest>[^'’]+)$")


def unowned(name: str) -> str | None:
    """A name by its owner without the possessive ("Clinton's aides": "Clinton aides"),
    else None."""
    owned = _OWNED.match(name)
    return f"{owned['owner']} {owned['rest']}" if owned else None
