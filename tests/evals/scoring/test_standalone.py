"""Items that stand alone: unresolved references and paraphrase F1, on invented items."""

from __future__ import annotations

import pytest

from briefing.attribution.text.unresolved import unresolved
from briefing.evals.scoring import evaluate, match_briefing, place
from briefing.evals.scoring.gold import GoldArticle
from briefing.evals.scoring.standalone import standalone
from tests.evals.helpers import briefing, item, party


@pytest.mark.parametrize(
    "text",
    [
        "they were exaggerated",
        "This would hurt the farmers of Lindel",
        "Its budget is too small",
        "Ruiz dismissed those concerns",
        "that claim about the harbor is false",
        "the plan fails because they cut the money",
    ],
)
def test_a_text_leaning_on_the_article_is_unresolved(text: str) -> None:
    assert unresolved(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbor budget was cut by a third",
        "Ana Ruiz said she would close the bridge",
        "the report on the bridge is late",
        "",
    ],
)
def test_a_text_naming_what_it_speaks_of_stands_alone(text: str) -> None:
    assert not unresolved(text)


TEXT = "Ana Ruiz said: “They were exaggerated.” The mayor spoke of the harbor report."
QUOTE = "They were exaggerated."


def _gold() -> GoldArticle:
    raw = {
        "article_id": "a",
        "parties": [party("ana-ruiz", "Ana Ruiz")],
        "claims": [
            {
                "id": "c1",
                "claimant": "ana-ruiz",
                "statement": "the harbor report's figures were exaggerated",
                "quote": QUOTE,
            }
        ],
    }
    return place(GoldArticle.model_validate(raw), TEXT)


def _counts(paraphrase: str) -> dict[str, float]:
    claim = item("claims", "c1", "ruiz", QUOTE, paraphrase, TEXT.index(QUOTE))
    result = briefing(TEXT, [party("ruiz", "Ana Ruiz")], claims=[claim])
    gold = _gold()
    return standalone(result, gold, match_briefing(result, gold))


def test_paraphrase_f1_is_shown_beside_the_quote_copied_as_paraphrase() -> None:
    copied = evaluate("suite", _counts(QUOTE))
    assert copied["unresolved_share"] == 1.0
    assert copied["paraphrase_f1"] == copied["quote_as_paraphrase_f1"]
    assert copied["paraphrase_f1"] == pytest.approx(2 * (2 / 3) * (2 / 6) / (2 / 3 + 2 / 6))
    written = evaluate("suite", _counts("the harbor report's figures were exaggerated"))
    assert written["unresolved_share"] == 0.0
    assert written["paraphrase_f1"] == 1.0
    assert written["quote_as_paraphrase_f1"] == copied["quote_as_paraphrase_f1"]


def test_no_items_no_share() -> None:
    gold = _gold()
    counts = standalone(None, gold, match_briefing(briefing(TEXT, []), gold))
    assert counts["standalone.items"] == 0 and counts["paraphrase.pairs"] == 0
    assert evaluate("suite", counts)["unresolved_share"] is None
