"""A pollster is known by its poll's name too: "the Harbor-Pine poll found" speaks for
Harbor-Pine (`polls.pollster`), and "the Harbor-Pine poll" names that same party, as the
guide's "the NBC/Wall Street Journal poll" names its joint sponsors (one party); so is
the author of records named after it ("F.A.A. records")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.attribution.reading import Reading
from briefing.attribution.speakers.polls import record_after
from briefing.identity import is_named_as
from briefing.schema import Party

# the id of the party a mention names among the listed ones (`parties.party_of`)
PartyOf = Callable[[Mention, list[Party]], str | None]


def with_poll_names(reading: Reading, parties: list[Party], party_of: PartyOf) -> list[Party]:
    """Each party speaking by a poll or record named after it is known by its name: an
    alias "<name> poll", "<name> records"."""
    for candidate in reading.speaking():
        referent = candidate.referent
        poll = _poll_named_after(reading.doc, referent) if referent is not None else None
        if referent is None or poll is None:
            continue
        owner = party_of(referent, parties)
        party = next((p for p in parties if p.id == owner), None)
        if party is not None and not is_named_as(party, poll):
            party.aliases.append(poll)
    return parties


def _poll_named_after(doc: Doc, name: Mention) -> str | None:
    """The name with the poll or record noun right after it that it modifies ("Harbor-Pine
    poll", "F.A.A. records"). The same adjacency as `polls.named_after`, read from the
    name's end; here a name of several words, any modifier of the noun (not only
    `author_of`'s)."""
    span = doc.char_span(*name.span, alignment_mode="expand")
    if span is None:
        return None
    after = record_after(span[-1])
    if after is None or span.root.head.i != after.i:
        return None
    return f"{span.text} {after.text}"
