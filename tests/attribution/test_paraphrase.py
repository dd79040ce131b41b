"""Paraphrases that stand alone: the speaker's first person named, a reported "he" of the
speaker named, the cue's framing and asides dropped, a denial's "they" named by the concern
it answers; the quote stays verbatim (invented sentences; issue 21)."""

from typing import Any

from briefing.attribution import read
from briefing.attribution.items.statements import statements_from
from briefing.attribution.parties.parties import parties_of


def items(text: str) -> list[dict[str, Any]]:
    """Every item the rules make of `text`, claims, denials, then concerns."""
    data = statements_from(read(text), parties_of(read(text)))
    return [*data["claims"], *data["denials"], *data["concerns"]]


def said(text: str, quote: str) -> dict[str, Any]:
    return next(item for item in items(text) if item["quote"] == quote)


def test_the_speakers_i_is_the_speakers_name_and_the_verb_agrees():
    text = 'Harbor row\n\n"I know the old bridge is safe," Mayor Ann Cole said on Monday.'
    item = said(text, "I know the old bridge is safe")
    assert item["statement"] == "Cole knows the old bridge is safe"


def test_a_bodys_we_is_its_name():
    text = 'Harbor row\n\n"We will appeal the ruling," the Harbor Bank said in a statement.'
    item = said(text, "We will appeal the ruling")
    assert item["statement"] == "Harbor Bank will appeal the ruling"


def test_a_contraction_of_i_agrees_too():
    text = 'Harbor row\n\n"I\'m sure the old bridge is safe," Mayor Ann Cole said on Monday.'
    item = said(text, "I'm sure the old bridge is safe")
    assert item["statement"] == "Cole is sure the old bridge is safe"


def test_a_later_i_is_a_pronoun_of_the_speakers_gender():
    text = (
        "Harbor row\n\nMayor Ann Cole said she was tired. "
        '"I think my plan for the bridge works," Cole said.'
    )
    item = said(text, "I think my plan for the bridge works")
    assert item["statement"] == "Cole thinks her plan for the bridge works"


def test_a_reported_he_of_the_speaker_is_the_speaker():
    text = "Harbor row\n\nGovernor Tom Berg said he would veto the budget bill."
    item = said(text, "he would veto the budget bill")
    assert item["statement"] == "Berg would veto the budget bill"


def test_a_quoted_he_is_not_the_speaker():
    text = 'Harbor row\n\n"He is late for the vote on the bridge," Governor Tom Berg said.'
    item = said(text, "He is late for the vote on the bridge")
    assert item["statement"] == "He is late for the vote on the bridge"


def test_the_cues_framing_and_asides_are_dropped():
    text = (
        'Harbor row\n\n"But the new plan will fail," Governor Tom Berg said. '
        "Mayor Ann Cole said the toll (a new one) would start in May."
    )
    assert said(text, "But the new plan will fail")["statement"] == "the new plan will fail"
    toll = said(text, "the toll (a new one) would start in May")
    assert toll["statement"] == "the toll would start in May"


def test_a_denials_they_is_the_concern_it_answers():
    text = (
        "Harbor row\n\nUnion leader Paul Kim said he was worried that the bridge could "
        "collapse. Governor Tom Berg dismissed those fears, saying they were exaggerated."
    )
    denial = next(item for item in items(text) if "denied" in item)
    assert denial["quote"] == "they were exaggerated"
    assert denial["denied"] == "Kim’s fears that the bridge could collapse were exaggerated"


def test_a_reported_contraction_is_spelled_out():
    text = "Harbor row\n\nGovernor Tom Berg said he's still in the race for the seat."
    item = said(text, "he's still in the race for the seat")
    assert item["statement"] == "Berg is still in the race for the seat"


def test_the_speakers_own_his_is_named_when_the_gender_is_known():
    text = "Harbor row\n\nGovernor Tom Berg said he was tired. Berg said his record was clean."
    item = said(text, "his record was clean")
    assert item["statement"] == "Berg’s record was clean"


def test_a_long_paraphrase_drops_a_clause_set_off_by_commas():
    text = (
        "Harbor row\n\nMayor Ann Cole said that the old bridge over the Harbor River, which "
        "the city built in 1921 with money from the state and a loan from the Harbor Bank, "
        "is now unsafe for all the trucks and buses that cross it every day of the week."
    )
    (item,) = items(text)
    assert item["quote"].startswith("the old bridge over the Harbor River, which")
    assert item["statement"] == (
        "the old bridge over the Harbor River is now unsafe for all the trucks and buses "
        "that cross it every day of the week"
    )


def test_a_bodys_reported_it_is_the_body():
    text = "Harbor row\n\nThe Harbor Council said it would appeal the ruling on the bridge."
    (item,) = items(text)
    assert item["quote"].startswith("it would appeal the ruling")
    assert item["statement"] == item["quote"].replace("it", "Harbor Council", 1)


def test_a_discourse_marker_opening_a_quotation_is_dropped_not_renamed():
    text = (
        'Harbor row\n\n"I mean, the old bridge is falling apart," Mayor Ann Cole said. '
        '"Look, nobody wants the toll," Governor Tom Berg said.'
    )
    item = said(text, "I mean, the old bridge is falling apart")
    assert item["statement"] == "the old bridge is falling apart"
    assert said(text, "Look, nobody wants the toll")["statement"] == "nobody wants the toll"


def test_a_reported_hes_before_a_participle_is_has():
    text = (
        "Harbor row\n\nMayor Ann Cole said she would raise the fares. Tom Berg said he's "
        "lost faith in the council."
    )
    item = said(text, "he's lost faith in the council")
    assert item["statement"] == "Berg has lost faith in the council"


def test_a_quoted_opening_she_is_the_woman_named_before_not_the_speaker():
    text = (
        "Harbor row\n\nMayor Ann Cole said she would raise the fares. Tom Berg disagreed. "
        '"She has broken every promise," Berg said.'
    )
    item = said(text, "She has broken every promise")
    assert item["statement"] == "Cole has broken every promise"


def test_a_quoted_opening_shes_is_named_and_agrees():
    text = (
        "Harbor row\n\nMayor Ann Cole said she would raise the fares. Tom Berg disagreed. "
        '"She’s on track to lose," Berg said.'
    )
    item = said(text, "She’s on track to lose")
    assert item["statement"] == "Cole is on track to lose"


def test_a_quoted_opening_her_with_no_woman_named_before_stays():
    text = 'Harbor row\n\nTom Berg said the fares are too high. "Her plan will fail," Berg said.'
    item = said(text, "Her plan will fail")
    assert item["statement"] == "Her plan will fail"


def test_a_reported_hes_before_been_is_has():
    text = (
        "Harbor row\n\nMayor Ann Cole said she would raise the fares. Tom Berg said he's "
        "been told to wait. Cole said she's been a critic of the toll."
    )
    assert said(text, "he's been told to wait")["statement"] == "Berg has been told to wait"
    item = said(text, "she's been a critic of the toll")
    assert item["statement"] == "Cole has been a critic of the toll"


def test_an_overlong_paraphrase_ends_before_a_phrase_not_mid_clause():
    text = (
        'Harbor row\n\nMayor Ann Cole said she would raise the fares. "The new harbor toll '
        "will cost every family in the county several hundred dollars a year before the bridge "
        "repairs are finished, and it will drive the small fishing businesses along the "
        'waterfront out of the town for good," Tom Berg said.'
    )
    quote = next(item["quote"] for item in items(text) if item["quote"].startswith("The new"))
    assert said(text, quote)["statement"] == (
        "The new harbor toll will cost every family in the county several hundred dollars a "
        "year before the bridge repairs are finished, and it will drive the small fishing "
        "businesses [...]"
    )
