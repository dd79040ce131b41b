"""Whom a "he" or "she" continues: a passive's doer is as salient as a subject; never the
person a relative clause with the pronoun as its own subject hangs on. Invented sentences."""

from briefing.attribution import read


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_a_passives_doer_is_who_the_pronoun_continues():
    text = (
        "Officer Jordan Welk holds up the rifle used by Tom Berg in the 2013 attack. "
        "“The rifle is a piece of history and I will sell it,” he added."
    )
    assert speakers(text) == ["Tom Berg"]


def test_a_passives_doer_of_unknown_gender():
    text = (
        "Officer Maria Welk holds up the rifle used by Kim Berg in the 2013 attack. "
        "“The rifle is a piece of history and I will sell it,” she added."
    )
    assert speakers(text) == ["Kim Berg"]


def test_the_pronoun_is_not_whom_its_relative_clause_hangs_on():
    text = (
        "Tom Berg spoke on Monday. Senator Robin Welk, who he said “has never once voted "
        "for the farmers of this state,” left the hall early."
    )
    assert "Welk" not in " ".join(str(s) for s in speakers(text))
    assert "Tom Berg" in speakers(text)


def test_a_relative_clause_with_the_relative_as_subject_continues_its_noun():
    text = (
        "Governor Robin Welk, who said she will veto the farm bill before the summer, "
        "met the farmers on Monday."
    )
    assert speakers(text)[:1] == ["Robin Welk"]


def test_a_passives_doer_the_parse_hung_on_a_noun():
    text = (
        "“Who is the real villain here?” said Tom Berg, using a word Robin Welk has used "
        "about the banks, on a call with reporters. He was joined on the call by Kim Ruiz, "
        "the head of a farm group. She said Welk “has failed the farmers of this state for "
        "years.”"
    )
    assert speakers(text)[-1] == "Kim Ruiz"


def test_a_by_phrase_of_an_active_verb_names_no_doer():
    text = (
        "Robin Welk spoke on Monday, standing by Kim Ruiz. She said the farm bill "
        "“will fail the farmers of this state for years.”"
    )
    assert speakers(text)[-1] == "Robin Welk"


FAIR = (
    "Ana Ruiz opened her farm to visitors on Monday. The farm drew a large crowd. "
    "Families came from three states. {between} Tickets sold out by noon. The barn was "
    "full of children. Later, she said the harvest “will be the best in ten years.”"
)


def test_a_pronoun_continues_a_person_named_far_back_with_no_one_since():
    assert speakers(FAIR.format(between="The weather was fine all day.")) == ["Ana Ruiz"]


def test_not_past_another_person_named_since():
    assert speakers(FAIR.format(between="Senator Tom Berg came too.")) != ["Ana Ruiz"]
