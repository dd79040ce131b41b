"""The summary's grounding and coverage, on invented summaries."""

from __future__ import annotations

from briefing.evals.scoring import evaluate
from briefing.evals.scoring.gold import GoldArticle
from briefing.evals.scoring.summary import mentions, summary_quality
from tests.evals.helpers import briefing, party

TEXT = (
    "Lindel harbor\n\nMayor Ana\nRuiz said on Monday that 2,300 homes would lose power. "
    "The Harbor Bank declined to comment."
)


def _gold() -> GoldArticle:
    return GoldArticle.model_validate(
        {
            "article_id": "a",
            "parties": [
                party("ana-ruiz", "Ana Ruiz"),
                party("harbor-bank", "Harbor Bank", "organization"),
                {**party("lindel", "Lindel", "government"), "required": False},
            ],
        }
    )


def _quality(summary: str) -> dict[str, float]:
    result = briefing(TEXT, []).model_copy(update={"summary": summary})
    return summary_quality(result, _gold(), TEXT)


def test_names_and_numbers_are_capitalised_runs_and_digits_without_an_opener() -> None:
    found = mentions("The Harbor Bank said 2,300 homes in Lindel lose 4.5 hours. It is late.")
    assert found == ["Harbor Bank", "Lindel", "2,300", "4.5"]


def test_grounding_finds_names_and_numbers_in_the_article_whatever_the_line_breaks() -> None:
    lead = _quality("Mayor Ana Ruiz said on Monday that 2,300 homes would lose power.")
    # Mayor Ana Ruiz (across a line break in the article), Monday, 2,300
    assert lead["summary.mentions"] == lead["summary.grounded"] == 3
    made_up = _quality("Governor Tom Vale said 4,000 homes in Lindel would lose power.")
    assert made_up["summary.mentions"] == 3
    assert made_up["summary.grounded"] == 1  # Lindel
    assert evaluate("suite", made_up)["summary_grounding"] == 1 / 3


def test_coverage_counts_the_required_parties_the_summary_names() -> None:
    counts = _quality("Ruiz said homes in Lindel would lose power.")
    assert counts["summary.parties_required"] == 2
    assert counts["summary.parties_named"] == 1  # by surname; Lindel is optional
    assert evaluate("suite", counts)["summary_coverage"] == 0.5
    failed = summary_quality(None, _gold(), TEXT)
    assert failed["summary.parties_named"] == 0 and failed["summary.mentions"] == 0
    assert evaluate("suite", failed)["summary_grounding"] is None
