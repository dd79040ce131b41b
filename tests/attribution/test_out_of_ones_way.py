"""'He went out of his way to say C': the man speaks, not "his way" (the small model hangs
"to say" on "way"). Invented sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_going_out_of_ones_way_to_say_is_the_subjects_claim() -> None:
    text = (
        "Senator Tom Hale spoke for hours on Thursday. He also went out of his way to say "
        "that Russia's army was the strongest in the world."
    )
    assert found(text) == [("claim", "Tom Hale", "Russia's army was the strongest in the world")]
