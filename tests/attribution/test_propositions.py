"""Which candidates become briefing items: propositions, not headlines or bare noun
phrases (invented sentences)."""

import dataclasses

import pytest

from briefing.attribution import Candidate, read
from briefing.attribution.items.statements import statements_from
from briefing.attribution.parties.parties import parties_of


def item_quotes(text: str) -> list[str]:
    """The quotes of the no-model briefing's claims, denials and concerns."""
    reading = read(text)
    found = statements_from(reading, parties_of(reading))
    return [item["quote"] for field in ("claims", "denials", "concerns") for item in found[field]]


def contents(text: str) -> list[str]:
    return [text[c.content[0] : c.content[1]] for c in read(text).candidates]


@pytest.mark.parametrize(
    ("text", "object_"),
    [
        ("Mayor Ann Ruiz touted her credentials at the meeting on Monday.", "her credentials"),
        ("Senator Tom Berg questioned Mr. Lane's honesty on Tuesday.", "Mr. Lane's honesty"),
        ("Senator Tom Berg stressed those figures in a long speech.", "those figures"),
        ("Senator Tom Berg recalled her opposition during the debate.", "her opposition"),
    ],
)
def test_a_bare_noun_phrase_object_is_no_item_but_stays_an_attribution(text, object_):
    assert item_quotes(text) == []
    # the attribution layer (whose spans PolNeAR scores) keeps it
    assert contents(text) == [object_]


def test_condemning_a_named_object_is_a_claim_by_the_guide():
    text = "Governor Ann Ruiz condemned the senator's proposal on Tuesday."
    assert item_quotes(text) == ["the senator's proposal"]


def test_a_clause_is_a_proposition():
    text = "Senator Tom Berg said on Tuesday that the bridge would open next spring."
    assert item_quotes(text) == ["the bridge would open next spring"]


def test_a_headline_gives_no_item():
    text = (
        "Ruiz Says The Bridge Will Open Next Spring.\n\n"
        "Harbor City Mayor Ann Ruiz said on Monday that the bridge would open next spring."
    )
    assert item_quotes(text) == ["the bridge would open next spring"]


def test_a_title_case_subhead_in_the_body_gives_no_item():
    text = (
        "Harbor City Mayor Ann Ruiz spoke on Monday.\n\n"
        "Ruiz Says Harbor Bridge Will Open Next Spring\n\n"
        "She said the bridge would open in the spring, and that the tolls would stay low."
    )
    assert "Harbor Bridge Will Open Next Spring" in contents(text)
    assert item_quotes(text) == ["the bridge would open in the spring"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Mayor: I'm Sure Voters Will Say No to the Toll", True),
        ("“EVENTUALLY THE BRIDGE WILL OPEN”", True),
        ("Ann Ruiz said the bridge would open next spring.", False),
        ("Ann Ruiz, Tom Berg Agree", True),
        ("Ruiz: Wrong.", False),  # two long words: too short to tell
    ],
)
def test_a_title_line_capitalises_every_longer_word(line, title):
    from briefing.attribution.items.propositions import is_title_line

    text = f"Intro line here.\n{line}\nMore text follows here."
    start = text.index(line)
    assert is_title_line(text, (start + 1, start + 3)) is title


def _candidate(text: str, cue: str, content: str) -> Candidate:
    """A claim by hand: `cue` introducing `content`, as a shape would find it."""
    cue_at, content_at = text.index(cue), text.index(content)
    return Candidate(
        cue=(cue_at, cue_at + len(cue)),
        cue_text=cue,
        source=(0, text.index(" was")),
        source_text=text[: text.index(" was")],
        content=(content_at, content_at + len(content)),
        kind="claim",
        sentence=(0, len(text)),
        shape="verb-prep",
    )


@pytest.mark.parametrize(
    ("text", "cue", "content", "bare"),
    [
        # a subjectless participle states nothing of its own
        ("Tom Berg was referring to crossing it.", "referring", "crossing it", True),
        ("Tom Berg was pointing to the new tolls.", "pointing", "the new tolls", True),
        # a clause, a quotation, a guide's object cue: items
        ("Tom Berg was sure that the bridge is safe.", "sure", "the bridge is safe", False),
        ('Tom Berg was pointing to "the new tolls" again.', "pointing", "the new tolls", False),
        ("Tom Berg was praising the new tolls.", "praising", "the new tolls", False),
        ("Tom Berg was calling for an inquiry.", "calling", "an inquiry", False),
    ],
)  # fmt: skip
def test_a_bare_object_has_no_verb_of_its_own(text, cue, content, bare):
    from briefing.attribution.items.propositions import bare_object
    from briefing.attribution.text.quotation_marks import quotations

    candidate = _candidate(text, cue, content)
    assert bare_object(candidate, read(text).doc, quotations(text)) is bare


def test_an_object_takes_the_infinitive_the_parser_hung_on_its_cue():
    text = "Senator Tom Berg also decried the repeated calls to close all the harbors in the state."
    assert item_quotes(text) == ["the repeated calls to close all the harbors in the state"]


def test_a_headline_with_its_deck_gives_no_item():
    text = (
        "Ruiz says the bridge helps the city; \nMayor defends the budget after a rival's attack."
        "\n\nHarbor City Mayor Ann Ruiz said on Monday that the tolls would stay low."
    )
    assert item_quotes(text) == ["the tolls would stay low"]


def test_two_lines_of_a_lead_are_no_headline():
    text = (
        "Harbor City Mayor Ann Ruiz said on Monday that the bridge would open next spring.\n"
        "She said the tolls would stay low.\n\nThe council met later."
    )
    assert item_quotes(text) == ["the bridge would open next spring", "the tolls would stay low"]


def test_the_lead_leaves_out_the_headline_its_deck_and_section_labels() -> None:
    text = (
        "Ruiz says the bridge helps the city; \nMayor defends the budget.\n\nABSTRACT.\n\n"
        "Harbor City Mayor Ann Ruiz defended the budget on Monday.\n\nFULL TEXT.\n\n"
        "The council met later."
    )
    assert read(text).lead() == (
        "Harbor City Mayor Ann Ruiz defended the budget on Monday. The council met later."
    )


def test_a_figure_a_company_reports_is_a_claim_by_the_guide():
    text = "Harbor Oil fell 2 percent. Harbor Oil reported a profit of $1.78 per share."
    assert item_quotes(text) == ["a profit of $1.78 per share"]


def test_a_reported_noun_with_no_figure_stays_no_item():
    text = "Harbor Oil fell 2 percent. Harbor Oil reported the outage on Friday."
    assert item_quotes(text) == []


def test_one_party_given_the_same_words_twice_is_one_item():
    """Two candidates whose sources resolve to one party (a co-speaker found again under
    another entity label) make one item."""
    reading = read("The Urban League said the mayor's plan would fail.")
    first = reading.candidates[0]
    assert first.referent is not None
    again = dataclasses.replace(
        first, shape="co", referent=dataclasses.replace(first.referent, label="PERSON")
    )
    doubled = dataclasses.replace(reading, candidates=[first, again])
    found = statements_from(doubled, parties_of(doubled))
    assert [item["quote"] for item in found["claims"]] == ["the mayor's plan would fail"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            '"While the plan is not perfect," Mayor Ann Ruiz said, "it will cut the city\'s '
            'costs by half."',
            ["it will cut the city's costs by half"],
        ),
        (
            '"Looking at the budget for next year," Senator Tom Berg said, "we cannot afford '
            'a new bridge."',
            ["we cannot afford a new bridge"],
        ),
        (
            '"The bridge is safe," Mayor Ann Ruiz said on Monday, "whether or not the council '
            'agrees with me."',
            ["The bridge is safe"],
        ),
    ],
)
def test_the_fragment_part_of_a_quotation_split_by_its_tag_is_no_claim(text, quotes):
    assert item_quotes(text) == quotes


@pytest.mark.parametrize(
    "text",
    [
        '"The bridge is safe," Mayor Ann Ruiz said, "but the road to it is not."',
        # a main clause after its condition stands alone
        '"If we lose, we lose," Mayor Ann Ruiz said, "but we will fight for the bridge."',
    ],
)
def test_two_clauses_of_a_quotation_split_by_its_tag_stay_two_claims(text):
    assert len(item_quotes(text)) == 2
