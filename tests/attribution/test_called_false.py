"""Something said, called a lie, false or absurd by a naming verb, is denied (invented
sentences; evals/README: "calling a claim a lie" is a denial)."""

import pytest

from tests.attribution.found import found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Senator Tom Berg called that report on Friday a "boldfaced lie."', "denial"),
        ("Mayor Ann Cole called the allegations about the contract unfair and absurd.", "denial"),
        ("Senator Tom Berg calls this a false narrative that the voters will not buy.", "denial"),
        ("Senator Tom Berg called the senator an obvious phony.", "claim"),
        ("Mayor Ann Cole called the budget a disaster for the city.", "claim"),
    ],
)
def test_calling_what_was_said_a_lie_is_a_denial_a_person_or_a_plan_a_claim(
    text: str, kind: str
) -> None:
    assert [found_kind for found_kind, _, _ in found(text)] == [kind]
