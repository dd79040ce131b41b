"""A quotation that follows a speaker's sentence with no cue of its own is the speaker's
(invented sentences)."""

from briefing.attribution import read
from tests.attribution.found import found


def quotes_of(text: str) -> list[tuple[str | None, str]]:
    """(referent, content) of each candidate, in reading order."""
    return [
        (c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text).candidates
    ]


def test_the_next_quotation_is_the_same_speakers():
    text = (
        "The council met on Monday.\n\n"
        '"The bridge will open in May," said Mayor Ann Cole. '
        '"It has been a long wait for the whole town. We are proud of the crews."\n\n'
        "The works began in 2019."
    )
    found = quotes_of(text)
    assert ("Ann Cole", "It has been a long wait for the whole town") in found
    assert ("Ann Cole", "We are proud of the crews") in found


def test_a_quotation_paragraph_after_the_speakers_paragraph_is_continued():
    text = (
        "The budget passed late on Friday night after a long debate.\n\n"
        'Senator Tom Berg said the cuts were "a disgrace to this state."\n\n'
        '"Nobody in this building voted for them, and nobody will defend them."'
    )
    assert ("Tom Berg", "Nobody in this building voted for them, and nobody will defend them") in (
        quotes_of(text)
    )


def test_a_quotation_with_its_own_cue_or_after_narration_is_not_continued():
    text = (
        '"The bridge will open in May," said Mayor Ann Cole.\n\n'
        "The works began in 2019 and cost more than planned.\n\n"
        '"We were never told about the delays at all," one resident complained.'
    )
    found = quotes_of(text)
    assert ("Ann Cole", "The bridge will open in May") in found
    assert all("never told" not in content for who, content in found if who == "Ann Cole")


def test_a_scare_quote_mid_sentence_is_not_continued():
    text = (
        '"The bridge will open in May," said Mayor Ann Cole. '
        'Critics call the project a "monument to vanity and waste."'
    )
    assert all("monument" not in content for _, content in quotes_of(text))


def test_a_speakers_second_quotation_follows_the_continued_first():
    # the first quotation's continuation is read before the second quotation: the speaker's
    # sentence the second continuation follows is the later one, not that continuation
    text = (
        "The harbour reopened on Monday.\n\n"
        '"We will rebuild the pier," Mayor Ann Cole said. "The storm took half of it."\n\n'
        '"That is a promise to every fisherman here," Cole said on Tuesday. '
        '"The money is in the budget already. Work starts in June."'
    )
    found = [content for who, content in quotes_of(text) if who and "Cole" in who]
    assert "The storm took half of it" in found
    assert "The money is in the budget already" in found
    assert "Work starts in June" in found


LONG_QUOTE = (
    "The harbour reopened on Monday.\n\n"
    'SPEAKER said, "The pier will be rebuilt before the summer season. The storm took half '
    'of it. The crews start in June. The boats will be back by July. Nobody doubts that."\n\n'
    '"Nobody in this town will lose a season of fishing," PRONOUN continued. '
    '"The money for the work is in the budget already."'
)


def test_a_quotation_whose_own_cue_is_a_pronoun_for_the_speaker_is_continued():
    # the resolver leaves "she" unresolved, the speaker's cue being sentences back
    text = LONG_QUOTE.replace("SPEAKER", "Mayor Ann Cole").replace("PRONOUN", "she")
    found = [content for who, content in quotes_of(text) if who == "Ann Cole"]
    assert "Nobody in this town will lose a season of fishing" in found
    assert "The money for the work is in the budget already" in found


def test_a_pronoun_of_the_other_gender_is_another_speaker():
    text = LONG_QUOTE.replace("SPEAKER", "Ms. Cole").replace("PRONOUN", "he")
    assert all("budget" not in content for who, content in quotes_of(text) if who == "Cole")


def test_a_quotation_whose_opening_mark_ends_the_sentence_before_is_continued():
    # the parser leaves the second quotation's '' at the end of the speaker's sentence
    text = (
        "The council met on Monday.\n\n"
        "''The bridge will open in May,'' Mayor Ann Cole said. ''It has been a long wait "
        "for the whole town. We are proud of the crews. But who will pay for the road?''"
    )
    found = quotes_of(text)
    assert ("Ann Cole", "It has been a long wait for the whole town") in found
    assert ("Ann Cole", "We are proud of the crews") in found
    assert all("who will pay" not in content for _, content in found)  # a question: no claim


def test_a_quotation_ending_a_paragraph_is_not_the_next_paragraphs_cue():
    text = (
        '"The river is rising fast," Mayor Ann Cole said. "No town can stay out of this."\n\n'
        "A county official responded by saying the levee would hold."
    )
    assert found(text)[:2] == [
        ("claim", "Ann Cole", "The river is rising fast"),
        ("claim", "Ann Cole", "No town can stay out of this"),
    ]


def test_a_worry_voiced_inside_a_quotation_is_its_own_sentences():
    text = (
        '"The mayor spent his whole life in the valley. I fear the worst," Senator Ann Cole said.'
    )
    assert [kind for kind, _, _ in found(text)] == ["claim", "concern"]


def test_a_right_to_be_erased_is_a_warning():
    text = '"The right to vote will be effectively erased from the charter," Senator Ann Cole said.'
    assert [kind for kind, _, _ in found(text)] == ["concern"]


def test_a_straight_quotation_running_on_into_the_next_paragraph_is_continued():
    text = (
        "The council met on Monday.\n\n"
        '"The bridge is late again," said Mayor Ann Cole. '
        '"Drivers think every crew in the county is idle, and that nobody cares.\n\n'
        '"We will prove them wrong," she said.'
    )
    said = "Drivers think every crew in the county is idle, and that nobody cares"
    assert ("Ann Cole", said) in quotes_of(text)


def test_a_quotation_in_doubled_apostrophes_runs_on_into_the_next_paragraph() -> None:
    text = (
        "''The plan is a fraud and everyone knows it,'' Mr. Berg said of the council. "
        "''If they had read the report, as anyone would have done, they would have voted it "
        "down.\n\n''This was a vote against the city as well as the law.''\n\n"
        "The council did not respond."
    )
    quotes = quotes_of(text)
    assert (
        "Berg",
        "If they had read the report, as anyone would have done, they would have voted it down",
    ) in quotes
    assert ("Berg", "This was a vote against the city as well as the law") in quotes
