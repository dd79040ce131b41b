"""A quotation closed by a comma and followed by a named person and any verb is that
person's ('"C," X barked'), invented sentences."""

from briefing.attribution import read
from briefing.attribution.cues.quote_speakers import speakers_after_quotes
from briefing.attribution.text.quotation_marks import quotations


def quotes_of(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.shape, c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text).candidates
    ]


def test_a_quotation_before_a_named_speaker_and_any_verb_is_theirs():
    text = (
        "The harbour reopened on Monday.\n\n"
        "Mayor Ann Cole and her rival Tom Berg met at the pier.\n\n"
        '"The pier will never be finished on time," an angry Berg retorted. '
        '"The money for it is gone already."'
    )
    found = [(who, content) for _, who, content in quotes_of(text)]
    assert ("Berg", "The pier will never be finished on time") in found
    assert ("Berg", "The money for it is gone already") in found


def test_a_title_mid_sentence_or_a_question_gives_no_speaker():
    text = (
        "The harbour reopened on Monday.\n\n"
        'Later on "Morning Harbour," Tom Berg grumbled about the pier. '
        '"Who will pay for the new pier?" Tom Berg shouted.'
    )
    assert all(shape != "quote-speaker" for shape, _, _ in quotes_of(text))


def test_the_person_named_after_a_quotation_is_its_speaker_for_later_pronouns():
    text = (
        '"We were wrong to wait," Sam Welk, 58, told reporters on Monday. The show, '
        '"Harbor Nights," Ana Ruiz hosts weekly.'
    )
    reading = read(text)
    found = speakers_after_quotes(reading.doc, reading.mentions, quotations(reading.text))
    assert [(text[cue : cue + 4], person.text) for cue, person in found] == [("told", "Sam Welk")]


def test_an_exclamation_goes_only_to_a_name_with_a_saying_verb():
    text = (
        "The harbour reopened on Monday.\n\n"
        "Mayor Ann Cole and her rival Tom Berg met at the pier.\n\n"
        '"Close the pier now!" Tom Berg walked to the microphone. '
        '"Open the pier today!" Ann Cole shouted at the crowd.'
    )
    found = [(who, content) for _, who, content in quotes_of(text)]
    assert found == [("Ann Cole", "Open the pier today!")]


def test_a_question_names_no_speaker_for_later_pronouns_without_a_saying_verb():
    text = (
        '"Why are we still waiting here?" Tom Berg stood up. '
        '"Where is the money?" Ann Cole asked the council.'
    )
    reading = read(text)
    found = speakers_after_quotes(reading.doc, reading.mentions, quotations(reading.text))
    assert [person.text for _, person in found] == ["Ann Cole"]
