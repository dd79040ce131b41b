"""A spokesperson relaying the principal's belief gives the principal's claim (guide:
"An office and its spokesperson"). Invented sentences only."""

from briefing.attribution import read


def claims(text: str) -> list[tuple[str | None, str]]:
    reading = read(text)
    return [
        (c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in reading.candidates
    ]


TEXT = (
    "Mayor Ana Ruiz visited the harbor on Monday. In a statement, her senior adviser, "
    "Tom Berg, said: “Ana Ruiz believes that the new bridge is safe and that it will open "
    "in May. She has always valued a strong harbor.”"
)


def test_the_principal_believes_is_the_principals_claim():
    found = claims(TEXT)
    assert ("Ana Ruiz", "the new bridge is safe and that it will open in May") in found
    assert ("Ana Ruiz", "She has always valued a strong harbor") in found
    assert all(who != "Tom Berg" for who, _ in found)


def test_the_spokesperson_still_speaks_in_the_article():
    assert any(c.referent and c.referent.text == "Tom Berg" for c in read(TEXT).speaking())


def test_the_spokespersons_own_view_stays_theirs():
    text = (
        "Mayor Ana Ruiz visited the harbor on Monday. Her adviser, Tom Berg, said: "
        "“The new bridge is safe and it will open in May.”"
    )
    assert [who for who, _ in claims(text)] == ["Tom Berg"]
