"""A source named by its side ("Clinton advisers", "Trump's lawyers") is that group, not the
person whose name tells whose they are. Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.parties.parties import parties_of
from briefing.attribution.speakers.groups import owned_group_of
from tests.attribution.found import found


def test_a_persons_advisers_speak_for_themselves() -> None:
    text = "Kessler advisers said the primary would become competitive."
    assert found(text) == [("claim", "Kessler advisers", "the primary would become competitive")]


def test_a_possessed_group_is_the_speaker() -> None:
    text = "Kessler's lawyers said the suit was filed late."
    assert found(text) == [("claim", "Kessler's lawyers", "the suit was filed late")]


def test_a_plural_with_no_owner_gives_no_claim() -> None:
    assert found("Analysts said the deal holds.") == [("claim", None, "the deal holds")]


def test_the_person_is_not_taken_for_the_group_named_after_them() -> None:
    text = (
        "Dan Kessler said he would run. Kessler advisers said the primary would be hard. "
        '"I will win," Kessler said.'
    )
    reading = read(text)
    parties = {p.id: p for p in parties_of(reading)}
    assert {"dan-kessler", "kessler-advisers"} <= set(parties)
    assert "Kessler" in parties["dan-kessler"].aliases


def test_words_someone_said_are_no_group() -> None:
    text = "Two days after Novak's remarks, Tom Berg said that the bridge will open in May."
    assert found(text) == [("claim", "Tom Berg", "the bridge will open in May")]


def test_a_bodys_premises_or_headquarters_are_no_group_of_people() -> None:
    doc = read("Banners appeared on Acme premises that said the plant was closed.").doc
    head = next(t for t in doc if t.lower_ == "premises")
    assert owned_group_of(head) is None
