"""What an item covers, pinned on invented sentences read off unseen briefings (issue 21,
readerB): a passive cue's subject is spoken of, not speaking; a subjectless finite clause
hung on a cue is a relative clause the parser misplaced, not its content."""

from tests.attribution.found import found


def test_a_passive_cue_with_no_agent_does_not_make_its_subject_speak():
    text = (
        "Analysts agree that Senator Tom Berg, who is said to have pressed for the new "
        "toll, will run again."
    )
    assert not any(content.startswith("to have pressed") for _, _, content in found(text))


def test_a_passive_cue_with_an_agent_is_the_agents():
    text = "The plan was announced by Mayor Ana Ruiz in a speech on Monday."
    assert all(name in (None, "Ana Ruiz") for _, name, _ in found(text))


def test_a_relative_clause_hung_on_the_cue_is_not_its_content():
    text = (
        '"We are going to tax you when those heaters come," Ruiz said in May of heater '
        "maker Bolt Corp., whose parent company Arco Corp. relocated 900 jobs to Lima, Peru."
    )
    contents = [content for _, _, content in found(text)]
    assert "We are going to tax you when those heaters come" in contents
    assert not any("relocated 900 jobs" in content for content in contents)


def test_a_content_cut_before_a_joined_verb_leaves_no_conjunction_at_its_end():
    text = (
        "But Mayor Ana Ruiz has said she wants to build a new bridge over the river and "
        "has expressed support for wider bus lanes, without offering specifics."
    )
    contents = [content for _, _, content in found(text)]
    assert "she wants to build a new bridge over the river" in contents
    assert not any(content.endswith(" and") for content in contents)


def test_an_as_reported_clause_on_a_speakers_cue_leaves_the_quotation_to_the_speaker():
    text = (
        '"I would have said if I did not like it, I would make sure that it did not happen '
        'again," Ruiz noted in an interview with a radio show, as reported by the Sentinel.'
    )
    contents = [(name, content) for _, name, content in found(text)]
    assert (
        "Ruiz",
        "I would have said if I did not like it, I would make sure that it did not happen again",
    ) in contents
    assert not any("Ruiz noted" in content for _, content in contents)
