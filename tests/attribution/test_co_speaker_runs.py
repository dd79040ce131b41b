"""A quotation that continues two speakers' words is both of theirs."""

from briefing.attribution import read


def test_a_continued_quotation_keeps_both_speakers():
    text = (
        '"The new dam would double the valley\'s water supply," nuclear experts Michael Stone '
        'and Laura Hill of the Institute for Science wrote in September. "Whether the '
        "province can build it is unknown, although we believe it remains a hard problem the "
        'province must solve."'
    )
    candidates = read(text).candidates
    last = max(c.content for c in candidates)
    speakers = {c.referent.text for c in candidates if c.content == last and c.referent}
    assert speakers == {"Michael Stone", "Laura Hill"}
