"""An argument said not to hold is denied (invented sentences; evals/README "Denials")."""

from tests.attribution.found import found


def test_an_argument_that_does_not_hold_is_denied():
    text = (
        "Senator Ann Cole said the mayor's reasons for closing the shelter don't hold weight. "
        "Dr. Paul Kim said the report's figures would not stand up to scrutiny. "
        "Mayor Tom Brandt said his argument holds no water."
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "denial", "denial"]


def test_a_ceasefire_or_profits_that_fail_are_no_denial():
    text = (
        "Rita Vasquez said the ceasefire did not hold. "
        "Ben Lee said profits can't hold up without the bank."
    )
    assert [kind for kind, _, _ in found(text)] == ["claim", "claim"]


def test_a_story_said_to_be_made_up_is_a_denial():
    """Calling a claim invented denies it (the guide: "calling a claim a lie"); making up
    one's mind, or making up for a loss, denies nothing."""
    text = (
        "Mayor Ann Cole said the reporter made up the story about the bribe. "
        '"This was, in my opinion, made up," Mayor Ann Cole said of the report. '
        "Mayor Ann Cole said most voters have made up their minds already. "
        "Mayor Ann Cole said the losses were more than made up for by new voters. "
        '"The targets could not defend themselves against the accusations that had been '
        'invented," Senator Tom Berg wrote.'
    )
    kinds = [kind for kind, _, _ in found(text)]
    assert kinds == ["denial", "denial", "claim", "claim", "claim"]


def test_something_said_called_distorted_is_a_denial():
    """The guide (I, L): a report called distorted or cherry-picked is denied; an
    accusation of distorting and a market distorted stay claims."""
    text = (
        '"It cherry-picked a few of her meetings," spokesman Tom Brandt said of the story. '
        '"It is outrageous to misrepresent her reasons," spokesman Tom Brandt said. '
        "Ana Ruiz, a spokeswoman for the firm, said the articles misrepresented the records. "
        "Senator Ben Lee accused the paper of distorting his message. "
        '"Subsidies distort the market," Senator Ben Lee said.'
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "denial", "denial", "claim", "claim"]
