"""The everyday English names of one country ("Britain", "the UK", "the United Kingdom"):
the article's several names for it are one party, not two.

A short table of the forms news writes, kept here because country-converter (the library
for this) does not load on pandas 3, and pycountry has official names only."""

from __future__ import annotations

import re

_VARIANTS: dict[str, frozenset[str]] = {
    "united-states": frozenset(
        {"us", "usa", "united states", "united states of america", "america"}
    ),
    "united-kingdom": frozenset({"uk", "britain", "great britain", "united kingdom"}),
}
_KEY = {variant: key for key, variants in _VARIANTS.items() for variant in variants}


def country_key(name: str) -> str | None:
    """One key for every listed name of a country, None for any other name: "U.S." and
    "America" give "united-states"."""
    words = re.sub(r"^the\s+", "", name.strip().lower()).replace(".", "")
    return _KEY.get(" ".join(words.split()))
