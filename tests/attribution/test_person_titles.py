"""The titles the article gives the people it names, before the name or in apposition."""

from __future__ import annotations

from briefing.attribution.names.person_titles import titles
from briefing.attribution.text.parse import parse


def test_a_title_before_the_name_and_one_in_apposition_after_it():
    doc = parse("Defense Minister Ana Ruiz visited the base. Tom Berg, the city's mayor, spoke.")
    found = [(m.text, sorted(words)) for m, words in titles(doc)]
    assert found == [("Ana Ruiz", ["defense", "minister"]), ("Tom Berg", ["city", "mayor"])]
