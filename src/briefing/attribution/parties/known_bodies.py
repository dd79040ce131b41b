"""A body news writes under several names ("the Islamic State", "ISIS", "ISIL", "Daesh"):
counted together, a body the story turns on though it is no verb's subject and the small
model tags "Islamic" a nationality. The labelling guide makes it a principal party.

A short table, like `countries`: the names are the news's, not the article's."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# key -> (the name the party takes, every form news writes)
_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "islamic-state": ("Islamic State", ("Islamic State", "ISIS", "ISIL", "Daesh")),
}
MIN_NAMED = 4  # news-train: the Islamic State of three stories (4-10 times, 2-4 names)
MIN_NAMES = 2  # "written under several names": one name alone is no sign


@dataclass(frozen=True)
class KnownBody:
    """A listed body the article names often under several names."""

    name: str
    written: list[str]  # the forms the article writes, most frequent first
    first: tuple[int, int]  # where it is first named


def known_bodies(text: str, start: int = 0) -> list[KnownBody]:
    """The listed bodies `text` (from `start`, the headline aside) names MIN_NAMED times or
    more under MIN_NAMES of their names or more."""
    found: list[KnownBody] = []
    for name, forms in _NAMES.values():
        counts: Counter[str] = Counter()
        first: tuple[int, int] | None = None
        for form in forms:
            for match in re.finditer(rf"\b{re.escape(form)}\b", text[start:]):
                counts[form] += 1
                at = (start + match.start(), start + match.end())
                first = at if first is None or at < first else first
        if first is not None and sum(counts.values()) >= MIN_NAMED and len(counts) >= MIN_NAMES:
            found.append(KnownBody(name, [form for form, _ in counts.most_common()], first))
    return found
