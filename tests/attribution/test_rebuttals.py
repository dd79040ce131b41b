"""Rebuttals without a verb of denying are denials (invented sentences; evals/README
"Denials": insisting one is not what others say, an answer negating an accusation)."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_a_charge_proved_wrong_or_called_into_question_is_a_denial():
    text = (
        '"Our town has proved him wrong," Mayor Ann Cole said. '
        "Spokesman Tom Brandt said the data we have calls into serious question those claims."
    )
    assert _kinds(text) == ["denial", "denial"]


def test_an_inference_refused_and_a_label_disowned_are_denials():
    text = (
        "\"That doesn't mean it's a landslide,\" Paul Kim said. "
        '"We are not criminals," said Ana Ruiz.'
    )
    assert _kinds(text) == ["denial", "denial"]


def test_a_label_negated_of_another_is_a_denial():
    """ "Donald is not a racist" said by a friend, "It's not sexist" of one's remarks."""
    text = '"Mr. Lee is not a racist," Ana Ruiz said. "It is not sexist," Tom Brandt said.'
    assert _kinds(text) == ["denial", "denial"]


def test_a_plain_negative_label_or_a_meaningless_thing_stays_a_claim():
    text = (
        '"We are not politicians," said Ana Ruiz. '
        "Analyst Joe Park said she set out to prove them wrong. "
        '"Your vote against it doesn\'t mean anything to patients," Dr. Paul Kim said.'
    )
    assert _kinds(text) == ["claim", "claim", "claim"]


def test_calling_an_attack_on_oneself_unfair_is_a_denial():
    """The guide (batch three, E): "my rivals are unfairly smearing my record" is a denial;
    a law said to treat others unfairly is a criticism, a claim."""
    text = (
        "Senator Tom Berg has said repeatedly that the mayor and her allies are unfairly "
        "maligning his record on the dam. Mayor Ann Cole complained that the editor unfairly "
        "had attacked her. Senator Tom Berg said the new law unfairly hurts the farmers."
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "denial", "claim"]


def test_a_speaker_or_what_was_said_called_wrong_is_a_denial():
    """ "They'd be wrong", "the polls are wrong", "wrong to say": a denial; an act called
    wrong is a criticism, one's own error an admission, a time clause no verdict: claims."""
    text = (
        '"They\'d be wrong," spokesman Tom Brandt said. '
        "Mayor Ann Cole said the latest surveys showing her behind are wrong. "
        "Senator Ben Lee said the editor was wrong to say the dam had failed. "
        "Senator Ben Lee said the council was wrong to close the clinic. "
        '"I was wrong," Dr. Paul Kim said. '
        '"When he is wrong, the markets suffer," Ana Ruiz said.'
    )
    assert _kinds(text) == ["denial", "denial", "denial", "claim", "claim", "claim"]


def test_calling_into_question_whether_or_a_quality_is_no_denial():
    """Doubting claims the article reports is a denial (C); raising the question whether
    someone is fit, or calling a quality into question, criticises: a claim."""
    text = (
        "Senator Ann Cole said the rate calls into question whether the mayor is ready. "
        "Dr. Paul Kim said the donations call into question the independence of the board."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_a_worry_waved_aside_is_a_denial_and_no_concern():
    """ "It is not a problem", "there's no threat" dismiss a worry (like "nothing to worry
    about"): denials; consent ("no problem with X") and another's problem stay claims."""
    text = (
        '"It is not a problem," spokesman Tom Brandt said of the delay. '
        '"There is no threat to the city," Mayor Ann Cole said. '
        '"I have no problem with being vetted," Dr. Paul Kim said. '
        '"It is not a problem for them," Ana Ruiz said.'
    )
    assert _kinds(text) == ["denial", "denial", "claim", "claim"]
