"""The named entities a parse gives the attribution layer, names the small model misses included."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.attribution.names.mentions import mentions
from briefing.attribution.text.parse import parse


def test_a_subjects_name_taken_for_a_work_of_art_is_a_person():
    doc = parse("Annika Berg said the bridge would open in May.").copy()
    doc.ents = [Span(doc, 0, 2, label="WORK_OF_ART")]  # as the small model tags some names
    assert [(m.text, m.label) for m in mentions(doc)] == [("Annika Berg", "PERSON")]


def test_a_capitalised_common_word_taken_for_a_name_is_none():
    doc = parse("Much of the money was spent on ads, Walsh said.").copy()
    doc[0].pos_ = "PROPN"  # as the small model tags a sentence's first word at times
    doc[0].dep_ = "nsubj"
    assert "Much" not in [m.text for m in mentions(doc)]


def test_two_names_joined_by_a_slash_are_one():
    doc = parse("A new Harbor/Rivera poll found that Ann Cole leads Paul Kim.").copy()
    doc.ents = [Span(doc, 2, 3, label="ORG"), Span(doc, 4, 5, label="ORG")]
    found = [(m.text, m.label) for m in mentions(doc)]
    assert ("Harbor/Rivera", "ORG") in found
    assert ("Rivera", "ORG") not in found


def test_a_name_and_a_place_joined_by_a_slash_stay_two():
    doc = parse("The video, credited to Harbor/Libya, showed the fighters.").copy()
    doc.ents = [Span(doc, 5, 6, label="ORG"), Span(doc, 7, 8, label="GPE")]
    found = [(m.text, m.label) for m in mentions(doc)]
    assert ("Harbor", "ORG") in found
    assert ("Libya", "GPE") in found


def test_an_organization_cut_before_its_head_noun_takes_the_head():
    doc = parse("The Granite Valley Union Leader said the mayor had been rocked.").copy()
    doc.ents = [Span(doc, 0, 4, label="ORG")]  # "The Granite Valley Union", as the model cuts it
    assert [(m.text, m.label) for m in mentions(doc)] == [("Granite Valley Union Leader", "ORG")]


def test_a_heading_in_capitals_is_no_head_noun():
    doc = parse("U.N. PANEL RULES FOR THE FOUNDER.").copy()
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    assert [m.text for m in mentions(doc)] == ["U.N"]  # not "U.N. PANEL"
