"""The gender of a person named by surname only, from the article's own words."""

from briefing.attribution import read
from briefing.attribution.names.genders import genders


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_a_gendered_title_beside_a_name_gives_the_gender():
    text = (
        "Mr. Tom Berg toured the site on Monday. Later, spokeswoman Dana Welk met reporters. "
        "He said the bridge will open in May."
    )
    assert speakers(text) == ["Tom Berg"]


def test_an_object_or_a_quoted_pronoun_is_someone_else():
    text = (
        "Tom Berg spoke first. Dana Welk then confronted him and told him to wait in her "
        'office. "He is wrong about everything," Welk said.'
    )
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    assert genders(reading.doc, people).likely.get("welk") == "f"


def test_a_pronoun_before_the_name_is_not_the_names():
    text = (
        "Ana Ruiz spoke first. Later she said she stands behind Tom Berg's plan. "
        "Berg said his plan will work."
    )
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    assert genders(reading.doc, people).likely.get("berg") == "m"


def test_a_first_name_alone_takes_the_gender_of_the_full_name():
    text = "Ms. Ana Ruiz met Mr. Tom Berg on Monday. Ana said the bridge will open in May."
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    assert genders(reading.doc, people).likely.get("ana") == "f"


def test_a_surname_the_parse_takes_for_an_organization_is_still_a_person():
    # the small model often tags a bare surname ORG beside the full name it tags PERSON
    from briefing.attribution.candidates import Mention
    from briefing.attribution.names.mentions import people
    from briefing.attribution.text.parse import parse

    text = "Tom Berg spoke first. Berg said the plan works. A Berg rally began. Berg Tower rose."
    found = [
        Mention("Tom Berg", "PERSON", (0, 8)),
        Mention("Berg", "ORG", (22, 26)),
        Mention("Berg", "ORG", (50, 54)),
        Mention("Berg Tower", "ORG", (68, 78)),
    ]
    named = people(found, parse(text))
    assert [(m.text, m.span[0]) for m in named] == [("Tom Berg", 0), ("Berg", 22)]
    assert all(m.label == "PERSON" for m in named)


def test_the_subject_of_a_small_clause_is_no_salient_subject():
    text = (
        "Sen. Tom Berg met reporters on Monday. Berg tried to hold Dan Cole accountable. "
        '"There are no excuses," he said.'
    )
    assert speakers(text) == ["Berg"]


def test_a_title_the_name_owns_is_someone_else():
    text = (
        "Gunmen killed nine people inside the church in June 2015, including Roberts’ son, "
        "26-year-old Tyrone. Roberts called her fallen son her hero."
    )
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    assert genders(reading.doc, people).likely.get("roberts") != "m"


def test_she_prefers_a_woman_known_to_one_of_unknown_gender():
    text = (
        "Ms. Ana Ruiz spoke to voters on Monday. Later Mr. Tom Berg met Kumar. "
        '"The failure of the bill is heartbreaking," she said.'
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_a_word_ending_in_ms_before_a_name_is_no_honorific():
    # "claims." ends in "ms." and "dismiss" in "miss": only a whole word is a title
    text = (
        "The agency rejected the union's claims.\n\nTom Berg said he would appeal. "
        "The board voted to dismiss Sam Welk. Sam Welk said he would not resign."
    )
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    found = genders(reading.doc, people).likely
    assert (found.get("berg"), found.get("welk")) == ("m", "m")


def test_a_whole_honorific_before_a_name_still_counts():
    text = "Ms. Ruiz met the press. Ana Ruiz said the plan works, and Mr Tom Berg agreed."
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    found = genders(reading.doc, people).likely
    assert (found.get("ruiz"), found.get("berg")) == ("f", "m")


def test_a_first_name_gives_the_gender_the_article_leaves_open():
    from briefing.attribution.names.first_names import first_name_gender

    assert [first_name_gender(n) for n in ("Ben", "Caroline", "Lindsey", "Jordan")] == [
        "m",
        "f",
        None,  # 0.90 women: Senator Lindsey Graham
        None,
    ]
    text = (
        "Ben Porter wrote about the rally for a local paper. A woman named Caroline had "
        'shouted from the crowd. "It just came out of my mouth," she said.'
    )
    assert speakers(text) == ["Ben Porter", "Caroline"]


def test_first_names_that_disagree_or_a_lone_surname_give_no_gender():
    text = (
        "Bill Clinton and Hillary Clinton arrived in Ohio. Clinton waved. "
        "Ann Welk, a voter, said the speech was long."
    )
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    found = genders(reading.doc, people).likely
    assert (found.get("clinton"), found.get("welk")) == (None, "f")


def test_people_who_share_a_surname_keep_their_own_genders():
    from briefing.attribution.names.genders import gender_of

    text = (
        "Kim Berg said she would run for the seat. Robin Berg said he would not. "
        "Berg later met the voters."
    )
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    found = genders(reading.doc, people).likely
    assert (gender_of(found, "Kim Berg"), gender_of(found, "Robin Berg")) == ("f", "m")
    assert gender_of(found, "Berg") is None  # the lone surname: either of them


def test_two_forms_of_one_name_share_its_gender():
    from briefing.attribution.candidates import Mention
    from briefing.attribution.names.genders import shared_surnames

    forms = [
        Mention("Debbie Wasserman Schultz", "PERSON", (0, 24)),
        Mention("Wasserman Schultz", "PERSON", (30, 47)),
        Mention("Bill Clinton", "PERSON", (50, 62)),
        Mention("Hillary Clinton", "PERSON", (70, 85)),
    ]
    assert shared_surnames(forms) == {"clinton"}


def test_a_pronoun_in_a_clause_of_another_subject_gives_no_vote():
    # "her" is the neighbor's "who"'s, a description's, not Welk's
    text = "Robin Welk is the neighbor who saved her family's farm in 1986."
    reading = read(text)
    people = [m for m in reading.mentions if m.label == "PERSON"]
    assert genders(reading.doc, people).likely.get("welk") is None
    reading = read("Robin Welk, who said she would run, met voters on Monday.")
    people = [m for m in reading.mentions if m.label == "PERSON"]
    assert genders(reading.doc, people).likely.get("welk") == "f"  # a "who" on the name is hers


def test_a_name_in_someone_else_s_words_gives_no_vote():
    # the checkers' and the senator's words about a woman, not Welk's own
    for text in (
        "Several fact checkers have pointed out that Robin Welk said only that her answers "
        "were truthful.",
        "The senator explained that Robin Welk was referring only to her interviews with the "
        "police.",
    ):
        reading = read(text)
        people = [m for m in reading.mentions if m.label == "PERSON"]
        assert genders(reading.doc, people).likely.get("welk") is None
