"""Sources that do not name themselves: he, she, they, "the campaign", "who"."""

from briefing.attribution import read
from tests.attribution.found import found


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_a_concern_stated_by_the_subject_is_not_given_to_someone_named_before():
    # issue 12 item 9
    text = (
        "Maria Lopez met the committee on Friday. Ortiz, who chairs the committee, said he "
        "was concerned that the budget was far too small."
    )
    candidates = read(text).candidates
    concern = next(c for c in candidates if c.kind == "concern")
    assert concern.referent is not None and concern.referent.text == "Ortiz"
    assert (
        text[concern.content[0] : concern.content[1]]
        == "concerned that the budget was far too small"
    )
    assert all(c.referent is not None and c.referent.text == "Ortiz" for c in candidates)


def test_she_is_the_last_woman_named_not_the_last_person():
    text = (
        "Ms. Ana Ruiz met Mr. Tom Berg on Monday. Mr. Berg left early. "
        "She said the new bridge will open in May."
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_he_is_the_last_man_named():
    text = "Ms. Ana Ruiz met Mr. Tom Berg on Monday. He said the new bridge will open in May."
    assert speakers(text) == ["Tom Berg"]


def test_the_campaign_is_the_campaign_named_before():
    text = (
        "The Berg campaign issued a statement on Monday. "
        "The campaign said the attack ads were false."
    )
    assert speakers(text) == ["Berg campaign"]


def test_they_is_the_last_organization_named():
    text = "The Harbor Union met on Monday. They said the new bridge is not safe."
    assert speakers(text) == ["Harbor Union"]


def test_a_relative_clause_speaks_for_its_noun():
    text = "The bridge was closed by the Harbor Union, which said the cables were unsafe."
    # who speaks, whatever the learned decision (which scores this lone sentence 0.51,
    # under its threshold: "which said" is often no attribution in PolNeAR train)
    candidates = read(text, decide=lambda *_: True).candidates
    assert [c.referent.text if c.referent else None for c in candidates] == ["Harbor Union"]


def test_a_title_speaks_for_the_name_beside_it():
    text = "Harbor City's mayor, Ana Ruiz, said the new bridge will open in May."
    assert speakers(text) == ["Ana Ruiz"]


def test_the_speaker_is_the_subject_next_to_the_cue_not_a_name_before_it():
    text = (
        "Two days after Lopez's remarks, John Kirby, a spokesman for the council, said in an "
        "interview that the new bridge will open in May."
    )
    assert speakers(text) == ["John Kirby"]


def test_names_joined_by_and_both_speak():
    text = "The news agencies Reuters and Bloomberg reported that the new bridge will open in May."
    assert sorted(map(str, speakers(text))) == ["Bloomberg", "Reuters"]


def test_a_description_is_named_by_the_organization_after_it():
    text = (
        "Washington-based think tank the Institute for Bridges wrote on Monday that the new "
        "bridge will open in May."
    )
    assert speakers(text) == ["Institute for Bridges"]


def test_quoted_by_an_agency_as_saying_is_not_the_agencys():
    text = (
        '"The bridge will open in May," Tom Berg, a council member, was cited by the Harbor '
        "Times as saying."
    )
    assert speakers(text) == ["Tom Berg"]


def test_the_minister_is_the_minister_named_last_before():
    text = (
        "Defense Minister Ana Ruiz visited the base on Monday. Finance Minister Tom Berg met "
        "the troops there. The minister said the base would stay open."
    )
    assert speakers(text) == ["Tom Berg"]


def test_a_title_nobody_was_given_names_nobody():
    text = "Defense Minister Ana Ruiz visited the base. The senator said the base would stay open."
    assert speakers(text) == [None]


def test_a_pronoun_after_a_title_subject_is_the_person_given_that_title_later():
    text = (
        "Tom Berg opened the new school on Friday. Harbor City's transport chief resigned on "
        "Monday, hours after she said the bridge was unsafe. Harbor City's Transport Chief "
        "Maria Lopez had led the office since 2019."
    )
    said = [c for c in read(text, lambda c, f: True).candidates if c.cue_text == "said"]
    assert [c.referent.text for c in said if c.referent] == ["Maria Lopez"]


def test_a_pronoun_continues_the_last_subject_not_a_name_in_passing():
    # issue 21: "he" after "Mr. Putin likes ... freeing X" is Putin, not X
    text = (
        "Mayor Paul Berg likes surprises, as he showed last year by freeing the jailed "
        "banker Tom Wells. This year, he said the old plant would close by May."
    )
    assert speakers(text) == ["Paul Berg"]


def test_a_pronoun_continues_the_last_speaker_not_a_name_in_passing():
    text = (
        "Senator Tom Berg said the plan was sound. The plan was drawn up by the planner "
        'Ann Cole in 2019. "It will save the town a great deal of money," he said.'
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_a_group_with_examples_in_brackets_speaks_as_the_group():
    text = (
        "Several Democratic mayors, including Ann Cole (Ohio) and Tom Brandt (Iowa), "
        "have since denounced the governor's comments."
    )
    assert [name for _, name, _ in found(text)] == ["Several Democratic mayors"]


def test_a_name_running_past_the_source_span_is_the_source():
    text = "According to the Center for Responsive Politics, the fund raised four million dollars."
    assert speakers(text) == ["Center for Responsive Politics"]


def test_a_name_hung_on_the_source_past_the_verb_is_no_co_speaker():
    text = (
        "However, astoundingly, Ruiz failed to mention the Sept. 11, 2012 terror attack on the "
        "U.S. consulate in Harbor, Libya that resulted in the death of four Americans: U.S. "
        "Ambassador Tom Stevens, information officer Dan Cole, and former Navy SEALS Ty Woods "
        "and Glen Doe."
    )
    assert speakers(text) == ["Ruiz"]


def test_names_after_an_inverted_verb_all_speak():
    text = "''Our simple advice is not to use them,'' wrote Jason Dana, Robyn Dawes and Nat Peters."
    assert "Jason Dana" in speakers(text)


def test_a_subject_inside_someone_s_quoted_words_is_not_the_she_who_adds_more():
    text = (
        '"We are waiting for justice," said Maria Lopez, who lost her sister at the school. '
        '"I believe Acme Arms acted irresponsibly."\n\n'
        '"Acme Arms designed a marketing campaign that targets young men," she added.'
    )
    assert speakers(text)[-1] == "Maria Lopez"


def test_the_company_is_the_organization_named_just_before():
    text = (
        "Shares of Harbor Oil fell 2 percent on Friday. "
        "The company said its profit was the smallest in 17 years."
    )
    assert speakers(text) == ["Harbor Oil"]


def test_described_officials_with_no_article_are_a_group_the_article_does_not_name():
    text = (
        "Voters went to the polls on Tuesday. "
        "Turnout was the highest in years, election officials said."
    )
    candidates = read(text, decide=lambda *_: True).candidates  # whatever the learned decision
    assert [c.referent.text if c.referent else None for c in candidates] == ["election officials"]


def test_bare_officials_stay_unnamed():
    text = "Voters went to the polls on Tuesday. Turnout was the highest in years, officials said."
    candidates = read(text, decide=lambda *_: True).candidates
    assert [c.referent.text if c.referent else None for c in candidates] == [None]


def test_he_is_the_object_of_a_main_verb_whose_subject_is_no_person():
    text = (
        "Tom Berg skipped the hearing. The delay left Sam Welk alone at the table, so much "
        "so that he said the council had been misled."
    )
    assert speakers(text) == ["Sam Welk"]


def test_he_is_not_an_object_further_down_the_sentence():
    text = (
        "Tom Berg spoke on Monday. The ruling gave Sam Welk a reason to oppose Dan Ortiz. "
        "He said the council had been misled."
    )
    assert speakers(text) == ["Sam Welk"]


def test_he_after_a_woman_spoke_is_the_man_who_spoke_before_her():
    text = (
        "Mr. Tom Berg spoke for an hour on Monday. Ms. Ana Ruiz said the vote was "
        '"a win for Mr. Sam Welk and the union." He said the council must act.'
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_the_subject_of_a_comparison_is_not_whom_he_continues():
    text = "Mr. Tom Berg has raised more money than Mr. Sam Welk did. He said the council must act."
    assert speakers(text) == ["Tom Berg"]


def test_he_continues_the_person_named_after_the_quotation_before():
    # the age set off by commas leaves the verb without a subject in the parse
    text = (
        "Mr. Tom Berg proposed the plan on Monday.\n\n"
        '"We were tremendously wrong to wait," Sam Welk, 58, told reporters in Harbor City '
        'on Monday.\n\n"Many councils simply did not react to the danger," he said.'
    )
    assert speakers(text)[-1] == "Sam Welk"


def test_a_speaker_in_a_relative_clause_on_an_object_is_not_whom_he_continues():
    text = (
        "Mr. Tom Berg refrained from attacking his rivals, including Mr. Sam Welk and "
        "Mr. Dan Ortiz, who say the senator lacks the experience.\n\n"
        "He said the council must act."
    )
    assert speakers(text)[-1] == "Tom Berg"


def test_a_speaker_in_a_relative_clause_on_an_agent_still_holds_the_floor():
    text = (
        "The plan was backed by Ms. Ana Ruiz, who said the bridge is safe.\n\n"
        '"It has never made sense to wait," she said.'
    )
    assert speakers(text)[-1] == "Ana Ruiz"


def test_it_inside_a_bodys_words_is_that_body():
    text = (
        "Acme Corp. said it fears the new tariff will close its plants. "
        "The Sierra Club said it was worried that the dam would fail."
    )
    assert found(text) == [
        ("concern", "Acme Corp", "the new tariff will close its plants"),
        ("concern", "Sierra Club", "worried that the dam would fail"),
    ]


def test_an_it_standing_for_what_follows_is_no_speaker():
    text = "Acme Corp. said it will be hard to deny the union a raise."
    assert all(referent != "Acme Corp" for _, referent, words in found(text) if words == "a raise")


def test_the_group_or_the_giant_is_the_organization_just_named():
    text = (
        "Harbor Watch sued the port authority on Monday. The group said the new dock "
        "was never approved. Dover Goods Inc. opened a store in Kent. The online retail giant "
        "said the store would hire 200 people."
    )
    assert speakers(text) == ["Harbor Watch", "Dover Goods Inc"]


def test_the_group_is_no_organization_named_two_sentences_before():
    text = (
        "Harbor Watch sued the port authority on Monday. Dozens of fishermen marched along "
        "the river. Later the group said the new dock was never approved."
    )
    assert speakers(text) == [None]


def test_the_group_is_not_the_organization_it_spoke_to():
    text = (
        "The Harbor Trust did not comment, telling Channel 9 News that the trust was busy. "
        "The group said the new dock was never approved."
    )
    assert speakers(text)[-1] != "Channel 9 News"


def test_she_of_no_known_gender_continues_the_subject_not_an_object_named_last():
    text = (
        "Ana Velo spoke to reporters on Monday after Mr. Tom Berg had tied Mary Lind to the "
        'scandal. "You will not win that way," she said.'
    )
    assert speakers(text) == ["Velo"]


def test_a_surname_the_parse_takes_for_a_people_is_the_person_he_continues():
    # the small model tags "Cuban" NORP beside "Ron Cuban"
    text = (
        "Investor Ron Cuban spoke on Monday, a day after Mr. Tom Berg toured the plant. Cuban "
        "said that in a race between Berg and Welk, he would back Berg. He went on to call "
        'Welk "the worst mayor in the state."'
    )
    assert speakers(text)[-1] == "Cuban"


def test_a_bodys_leadership_speaks_as_its_leadership():
    text = "The Harbor Workers Party leadership fears that sweeping closures could kindle protests."
    assert speakers(text) == ["Harbor Workers Party leadership"]


def test_he_after_a_long_quotation_is_the_speaker_named_before_it():
    # the quotation's sentences do not push the speaker out of reach (issue 21)
    text = (
        "Tom Berg spoke to voters in Akron on Monday.\n\n"
        '"There is waste like nobody has ever seen, and it is coming out of the city hall," '
        "the Republican candidate said in a Thursday interview with a local radio station.\n\n"
        '"I think we ought to start the audit again, and we ought to start it this morning. We '
        'ought to start it and get going. And use your head. This is a lot of nonsense," he '
        'went on.\n\nThe audit was a "good thing" that yielded "frankly good savings," he '
        "remarked."
    )
    every = read(text, decide=lambda *_: True).candidates
    remarked = next(c for c in every if c.cue_text == "remarked")
    assert remarked.referent is not None and remarked.referent.text == "Tom Berg"


def test_she_after_a_subject_of_be_and_an_adjective_is_that_subject():
    text = (
        '"We live in Chicago," Dana Ruiz said. "We came today because she is a good girl." '
        "Robin Kim was shocked to get a personal call from a close childhood friend. "
        '"I am honored!" she said. "It is giving me goosebumps."'
    )
    speakers = [c.referent.text if c.referent else None for c in read(text).candidates]
    assert speakers[-2:] == ["Robin Kim", "Robin Kim"]


def test_he_continues_a_speaker_whose_surname_the_parse_took_for_an_organization():
    # "Smeal" alone is tagged ORG; the "saying" clause's subject Ruiz is no salient subject
    text = (
        "Robin Ruiz met the staff on Monday. John Smeal runs the campaign. Smeal repeated "
        "the plan in an interview last week, saying Ruiz was committed to all 50 states. "
        '"We have a commitment to every state," he said.'
    )
    speakers = [c.referent.text if c.referent else None for c in read(text).candidates]
    assert speakers[-1] == "Smeal"


def test_he_continues_a_speaker_not_one_reported_inside_the_speakers_words():
    text = (
        "Mr. Tom Berg spoke in Ohio on Monday. He added that voters were worried because of "
        "Mr. Sam Welk's remarks, which have included the suggestion that the mayor was the "
        'founder of the gang.\n\n"This guy\'s shame has no limits," he said.'
    )
    speakers = [c.referent.text if c.referent else None for c in read(text).candidates]
    assert speakers[-1] == "Tom Berg"
