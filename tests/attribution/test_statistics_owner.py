"""Statistics are no people: "X's statistics show" is X's claim, and X is the party.

Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.strategies.shared import rule_parties


def test_a_bodys_statistics_are_the_bodys_words() -> None:
    text = (
        "Last year's NOAA statistics show that the ice is thinning. "
        "The loss is faster than expected, according to NOAA."
    )
    reading = read(text)
    assert [c.referent.text for c in reading.candidates if c.referent] == ["NOAA", "NOAA"]
    assert [p.name for p in rule_parties(reading)] == ["NOAA"]
