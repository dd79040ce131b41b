from briefing.grounding import locate

ARTICLE = (
    "Novillo dismissed those concerns, saying they were “exaggerated” and came from "
    "an Argentine lawmaker. The minister’s  office said the deal — signed in July — stands."
)


def test_exact_quote_is_found_at_its_offsets():
    span = locate("dismissed those concerns", ARTICLE)
    assert span is not None
    assert (span.start, span.end, span.method) == (8, 32, "exact")
    assert span.text(ARTICLE) == "dismissed those concerns"


def test_straight_quotes_whitespace_and_case_are_tolerated():
    span = locate('saying they were "Exaggerated"', ARTICLE)
    assert span is not None
    assert span.method == "normalized"
    assert span.text(ARTICLE) == "saying they were “exaggerated"


def test_dash_and_double_space_are_tolerated():
    span = locate("The minister's office said the deal - signed in July", ARTICLE)
    assert span is not None
    assert span.text(ARTICLE) == "The minister’s  office said the deal — signed in July"


def test_small_edit_is_placed_by_fuzzy_alignment_on_whole_words():
    span = locate("came from an Argentinian lawmaker", ARTICLE)
    assert span is not None
    assert span.method == "fuzzy"
    assert span.text(ARTICLE) == "came from an Argentine lawmaker"


def test_paraphrase_is_not_grounded():
    assert locate("Novillo rejected the worries as overblown", ARTICLE) is None


def test_too_short_quote_is_not_grounded():
    assert locate("said", ARTICLE) is None


def test_a_repeated_quote_is_placed_at_the_occurrence_nearest_its_anchor():
    article = "They backed the harbor plan. Later, Ruiz said she backed the harbor plan."
    first = locate("backed the harbor plan", article)
    near = locate("backed the harbor plan", article, near=article.rindex("backed"))
    assert first is not None and near is not None
    assert first.start == article.index("backed")
    assert near.start == article.rindex("backed")
    folded = locate("backed the Harbor plan", article, near=article.rindex("backed"))
    assert folded is not None and folded.start == article.rindex("backed")
