"""Denials told from claims by the labelling guide (invented sentences; evals/README
"Denials" and "Cases decided while labelling news-train")."""

from tests.attribution.found import found


def test_a_verb_joined_to_a_denial_that_says_more_keeps_its_own_kind():
    text = (
        "The Harlow campaign denies any wrongdoing and points out that the mayor signed "
        "the same contract last year."
    )
    kinds = {quote: kind for kind, _, quote in found(text)}
    assert kinds["the mayor signed the same contract last year"] == "claim"


def test_a_plain_saying_verb_joined_to_a_denial_is_a_denial():
    text = "Mayor Tom Brandt denied the report and said that the audit found nothing at all."
    kinds = {quote: kind for kind, _, quote in found(text)}
    assert kinds["the audit found nothing at all"] == "denial"


def test_another_s_denial_inside_a_quotation_is_the_speaker_s_claim():
    text = (
        '"I have asked him about the bribes many times. He has always denied it," '
        "Senator Ann Cole said on Monday."
    )
    kinds = {quote: kind for kind, _, quote in found(text)}
    assert kinds.get("He has always denied it") in ("claim", None)
    assert "denial" not in kinds.values()


def test_the_speaker_s_own_rejection_inside_a_quotation_stays_a_denial():
    text = '"We reject the union\'s figures on overtime," Mayor Tom Brandt said on Monday.'
    assert [kind for kind, _, _ in found(text)] == ["denial"]


def test_a_wrongdoing_said_to_be_absent_is_a_denial():
    text = (
        '"We have absolutely no violations on record," Mayor Tom Brandt said on Monday. '
        "Senator Ann Cole said there was no conflict of interest in the contract."
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "denial"]


def test_nothing_improper_in_one_s_own_act_is_a_denial_but_not_in_another_s():
    text = (
        '"There is nothing improper in the way that we have awarded the contracts," '
        "Mayor Tom Brandt said on Monday. "
        "Senator Ann Cole said there was nothing wrong with Mr. Brandt's raising the issue."
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "claim"]


def test_a_pledge_hanging_on_a_warning_stays_a_claim():
    text = (
        '"The floods prove that the city needs new levees," Mayor Tom Brandt said in the '
        'advert, warning against cuts to the budget, pledging to "quickly rebuild the '
        'river walls."'
    )
    kinds = {quote: kind for kind, _, quote in found(text)}
    assert kinds["quickly rebuild the river walls"] == "claim"


def test_disputing_this_quotes_the_clause_this_stands_for():
    text = (
        "The mayor moved the office to the harbour, which is considered flood land under "
        "the city plan, although the Harbour Board disputes this."
    )
    denials = [quote for kind, _, quote in found(text) if kind == "denial"]
    assert denials == [
        "which is considered flood land under the city plan, "
        "although the Harbour Board disputes this"
    ]


def test_a_power_disowned_in_the_first_person_is_a_denial():
    text = (
        '"I don\'t have the power to close the factory," Senator Ann Cole said on Monday. '
        "Mayor Tom Brandt said the council does not have the power to close it."
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "claim"]


def test_no_chance_of_a_feared_outcome_and_not_believing_in_an_idea_are_denials():
    text = (
        "There is no chance of that level of violence, officials in both cities insist. "
        '"I don\'t believe in firewalls," campaign director Mark Hale said. '
        '"The bill has no chance of passage this year," Senator Ann Cole said. '
        '"I believe in second chances," Mayor Tom Berg said.'
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "denial", "claim", "claim"]


def test_a_predicate_contrasted_with_its_negation_and_an_unchanged_view_are_denials():
    text = (
        "''His visits are moral, not political,'' Bishop Paolo Rossi said. "
        '"There is nothing that has occurred in the last day that has caused the government '
        'to change our assessment of the threat," spokesman Tom Berg told reporters. '
        '"We want jobs, not promises," Mayor Ann Cole said. '
        '"Whatever they show, I would not change my position," Senator Ann Cole said.'
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "denial", "claim", "claim"]


def test_saying_a_ruling_did_not_recognize_the_reality_is_a_denial():
    text = (
        '"I am disappointed Judge Ruth Lane did not recognize that reality," Governor Tom '
        'Berg said. "The judge did not recognize me," Mayor Ann Cole said.'
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "claim"]


def test_mocking_people_is_no_denial_but_mocking_a_fear_is():
    """Criticising people as something is a claim (evals/README, "Denials"); mocking a
    concern is a denial."""
    people = [kind for kind, _, _ in found('Tom Brandt mocked them as "obsessed" with the dam.')]
    fears = [kind for kind, _, _ in found('Tom Brandt mocked fears of a flood as "silly".')]
    assert "denial" not in people
    assert fears == ["denial"]


def test_mocking_a_person_an_act_or_a_trait_is_no_denial():
    """Mocking what others say or fear denies it; mocking anything else criticises, a claim
    (evals/README, "Denials": condemning or criticising something as bad is a claim)."""
    for text in (
        "Mayor Ann Cole mocked her rival's hand size at the rally on Monday.",
        "Mayor Ann Cole mocked the council's new budget at the rally on Monday.",
        "Senator Tom Berg derided the reintroduction of the old tax at the rally.",
    ):
        assert "denial" not in [kind for kind, _, _ in found(text)], text
    story = found("Mayor Ann Cole mocked her rival's story about the flood at the rally.")
    assert [kind for kind, _, _ in story] == ["denial"]
