"""A description's own "for"/"of" phrase names whom it speaks for; its relative clause
and a pronoun's conjunct name someone else."""

from briefing.attribution import read


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_a_relative_clause_names_no_speaker():
    text = (
        "Her conduct has angered the party's top figures, who have openly expressed concern "
        "about preserving their majority in light of Ms. Ana Ruiz's poor showing in the polls."
    )
    assert "Ana Ruiz" not in speakers(text)


def test_a_pronouns_conjunct_names_no_speaker():
    text = (
        "Senator Tom Berg spoke on Monday. Early in the campaign, he and other Clinton "
        "challengers complained that the committee had limited the number of debates."
    )
    assert speakers(text)[0] == "Tom Berg"


def test_a_people_in_apposition_names_no_speaker():
    text = (
        '"We need steady hands," Ana Ruiz told the meeting, referring to the mogul but not '
        "naming him. \"Not a president who says he's neutral on Monday, pro-Israel on Tuesday "
        'and who knows what on Wednesday because everything is negotiable.\n\n"Well, my '
        'friends, our security is nonnegotiable!" she said.'
    )
    assert "Israel" not in speakers(text)
    assert speakers(text)[-1] == "Ana Ruiz"


def test_he_continues_a_subject_named_in_apposition():
    text = (
        "At the meeting, however, Berg focused on positions in line with current policies. "
        "He denounced the council and rejected rumors that Lopez might try to lay out some "
        "conditions for a settlement. The mayor's chief rival, Sen. Paul Novak of Vermont, was "
        "the only major candidate who skipped the meeting. Instead he gave a speech in Salt "
        'Lake City in which he pledged that, if elected, he would be "a friend not only to the '
        'farmers but to the workers."'
    )
    assert speakers(text)[-1] == "Paul Novak"


def test_a_described_title_continues_the_subject_before_it():
    text = (
        "Outside the arena, about 200 protesters gathered. Ana Ruiz held up a sign saying "
        '"Teachers Against Cuts." The 57-year-old scientist says she does not take such '
        "comparisons lightly because her school was closed last year."
    )
    assert speakers(text)[-1] == "Ana Ruiz"


def test_a_described_crowd_continues_no_one():
    text = (
        "Ana Ruiz spoke at the hall on Friday. The friendly audience cheered her attacks "
        "on the council, saying the vote was rigged."
    )
    assert "Ana Ruiz" not in speakers(text)[1:]


def test_a_person_of_a_body_taken_for_one_organization_is_the_person():
    text = (
        'Concerns rose Monday over claims that ballots had flowed in late. "People stood '
        "hours in line in the sun and celebrated yesterday, and today there is a huge "
        "disappointment because their vote didn't count,\" said Lakshmi Ganguly of Human "
        "Rights Watch, who observed voting in Kachin state."
    )
    assert speakers(text) == ["Lakshmi Ganguly"]


def test_she_is_the_owner_of_her_sentences_subject_before_the_last_speaker():
    text = (
        "Ms. Maria Lopez said the vote was fair. Elena Ruiz's fate is still unclear, but she "
        "said at a news conference last week that she would govern the city despite the "
        "barrier."
    )
    assert speakers(text) == ["Maria Lopez", "Elena Ruiz"]


def test_each_name_a_plural_lists_speaks():
    text = (
        "The town hall in Sydney was lit in pink. In Britain, the cities of Blackpool and "
        "Liverpool said they would light local landmarks with rainbow colors on Monday night."
    )
    assert sorted(s for s in speakers(text) if s) == ["Blackpool", "Liverpool"]


def test_the_official_is_the_official_described_before():
    text = (
        '"We have seen a growing hostile discourse in recent months," said a Bolivian '
        'official who was not authorized to speak publicly. "We found young people have '
        'begun to adopt those arguments," the official said.'
    )
    assert speakers(text)[0] is not None
    assert speakers(text)[-1] == speakers(text)[0]
