"""A speaker described by nationality or party and a title, and headlines (invented
sentences; issue 21)."""

from briefing.attribution import read
from briefing.attribution.parties.parties import parties_of


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_the_leaders_title_is_the_person_the_story_is_about_not_the_nationality():
    text = (
        "Vladan Petrov spoke for four hours on Thursday. Petrov took questions from the "
        "press. Petrov praised the harvest. "
        '"The harvest is the best in twenty years," the Serbian leader said.'
    )
    assert speakers(text)[-1] == "Vladan Petrov"


def test_an_unnamed_official_is_known_by_the_description():
    text = "A Chinese official said the talks would resume in the spring."
    assert speakers(text) == ["Chinese official"]


def test_a_headline_is_never_an_item():
    text = (
        "Mayor Wades In: Urges Council to Fix the Harbor Bridge.\n\n"
        "Mayor Ann Cole has said the bridge must be fixed before the winter.\n"
    )
    candidates = read(text).candidates
    assert all(c.cue[0] > text.index("\n\n") for c in candidates)
    assert speakers(text) == ["Ann Cole"]


def test_the_bank_is_the_bank_the_article_named():
    text = (
        "The Harbor Bank warned on Monday that the port closure will raise prices. "
        "The bank said the closure would also cost jobs."
    )
    assert speakers(text) == ["Harbor Bank", "Harbor Bank"]


def test_the_board_is_the_body_whose_name_it_heads_before_its_of():
    text = (
        "The Harbor State Board of Elections met on Monday to hear the complaint. "
        "Two lawyers argued for an hour. The board rejected the complaint on Tuesday, saying "
        "the candidate was eligible."
    )
    assert speakers(text)[-1] == "Harbor State Board of Elections"


def test_the_businessman_is_the_leader_the_sentence_before_is_about():
    text = (
        "Tom Berg toured the harbor plant on Monday. Berg later spoke to reporters. "
        "The businessman said the plant would stay open."
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_the_tycoon_with_no_one_before_is_the_person_named_most():
    text = (
        "Tom Berg toured the harbor plant on Monday. Workers cheered Tom Berg. Reporters "
        "followed Berg. Prices rose after the real estate tycoon said the plant would stay open."
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_the_republican_is_the_person_the_story_is_about_not_the_party():
    text = (
        "Sen. Tom Berg spoke in Ohio on Monday. Berg said taxes should fall. "
        "In a column, the Republican from Ohio argues that the plan will fail."
    )
    referents = [c.referent.text if c.referent else None for c in read(text).candidates]
    assert referents[-1] == "Tom Berg"


def test_the_senator_from_a_place_is_the_senator_named_before():
    text = (
        'Sen. Tom Berg (D-Ohio) met Mayor Ana Ruiz on Monday. "I have doubts," Ruiz said. '
        "The senator from Ohio said the banks were corrupt."
    )
    referents = [c.referent.text if c.referent else None for c in read(text).candidates]
    assert referents == ["Ruiz", "Tom Berg"]


def test_a_described_speaker_with_words_the_title_lacked_is_the_titled_person():
    text = (
        "Sen. Tom Berg spoke at the fair on Monday. Mayor Ana Ruiz praised the fair. "
        '"Taxes hurt families," the independent Ohio senator said.'
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_a_title_inside_the_name_gives_the_role_noun():
    text = 'Pope Leo visited Lima on Monday. "Peace is possible," the Latin American pope said.'
    assert speakers(text) == ["Pope Leo"]


def test_of_two_people_with_the_role_the_description_picks_the_one_it_fits():
    text = (
        "Ohio Sen. Tom Berg met Texas Sen. Ana Ruiz on Monday. Ruiz praised the fair. "
        '"Taxes hurt families," the independent Ohio senator said.'
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_two_titles_joined_after_one_article_are_one_speaker():
    text = (
        "Sen. Tom Berg spoke at the fair on Monday. "
        '"Taxes hurt families," the Ohio senator and Republican presidential candidate said.'
    )
    assert speakers(text) == ["Tom Berg"]


def test_of_people_with_the_role_none_fitting_the_description_the_one_named_last():
    text = (
        "Sen. Ana Ruiz met Sen. Tom Berg on Monday. Mayor Lee Park praised Berg. "
        '"The port is failing," the Ohio senator and former judge said.'
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_a_long_description_of_a_speaker_is_an_alias_of_the_person():
    text = (
        "Sen. Tom Berg spoke at the fair on Monday. Mayor Ana Ruiz praised the fair. "
        '"Taxes hurt families," the independent Ohio senator and Democratic candidate said.'
    )
    parties = parties_of(read(text))
    berg = next(p for p in parties if p.id == "tom-berg")
    assert "the independent Ohio senator" in berg.aliases


def test_the_places_new_mayor_is_the_one_person_elected_mayor_named_after_it():
    text = (
        "The harbor city's new mayor on Tuesday rejected an offer from Gov. Tom Berg to "
        "exempt Michael Duncan from the ban. Duncan, a teacher, was elected as mayor of "
        "Harbor City last week. Duncan met the press."
    )
    assert speakers(text)[0] == "Michael Duncan"


def test_a_story_opening_with_the_title_after_a_headline_naming_someone_else():
    text = (
        "Harbor City's new mayor rebuffs Tom Berg\n\n"
        "The harbor city's new mayor on Tuesday rejected an offer from Gov. Tom Berg to "
        "exempt Michael Duncan from the ban. Duncan, a teacher, was elected as mayor of "
        "Harbor City last week. Duncan met the press."
    )
    assert speakers(text)[0] == "Michael Duncan"
