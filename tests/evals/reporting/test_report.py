"""Reports: markdown, JUnit XML, the HTML page and run comparison, on hand-built runs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from briefing.evals.reporting.html_page import html_report
from briefing.evals.reporting.junit import junit_xml
from briefing.evals.reporting.result import RunConfig, RunResult
from briefing.evals.reporting.summary import article_row, config_entry, run_result
from briefing.evals.reporting.tables import markdown
from briefing.evals.running.scored import ConfigResult, score_record
from briefing.evals.scoring.gold import GoldArticle, place
from briefing.evals.scoring.match import Thresholds
from briefing.views import Mark, highlight
from tests.evals.helpers import briefing, item, party, record

TEXT = 'Ana <b>Ruiz</b> said the bridge will reopen in May & soon. Residents fear "higher tolls".'
GOLD = place(
    GoldArticle.model_validate(
        {
            "article_id": "a",
            "parties": [
                {**party("ana-ruiz", "Ana Ruiz"), "required": True},
                {**party("residents", "Residents", "group"), "required": True},
            ],
            "claims": [
                {"id": "c1", "claimant": "ana-ruiz", "statement": "Reopening in May.",
                 "quote": "the bridge will reopen in May", "required": True}
            ],
            "concerns": [
                {"id": "k1", "holder": "residents", "about": "Tolls.", "quote": '"higher tolls"',
                 "addressed_to": None, "required": True}
            ],
        }
    ),
    TEXT,
)  # fmt: skip

CONFIG = RunConfig(prompts=["p"], models=["m"])


def _configs(failed: bool = False) -> list[ConfigResult]:
    quote = "the bridge will reopen in May"
    result = briefing(
        TEXT,
        [party("ana-ruiz", "Ana Ruiz"), party("x", "<script>X</script>")],
        claims=[
            item("claims", "c1", "ana-ruiz", quote, "Reopens.", TEXT.index(quote)),
            item("claims", "c2", "x", "Residents fear", "Fear.", TEXT.index("Residents fear")),
        ],
    )
    records = [record(TEXT, GOLD, None if failed else result, error="boom" if failed else None)]
    articles = [score_record(r, Thresholds()) for r in records]
    return [ConfigResult("default", "fake", articles)]


def _result(configs: list[ConfigResult]) -> RunResult:
    entries = [
        config_entry("suite", c.prompt, c.model, [article_row(a) for a in c.articles])
        for c in configs
    ]
    found = run_result("suite", "hand", CONFIG, entries)
    return found.model_copy(update={"created": "2024-01-01T00:00:00+00:00"})


def test_html_is_self_contained_escaped_and_marks_items() -> None:
    configs = _configs()
    page = html_report(_result(configs), configs)
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    for outside in ("<script", "<link", "src=", "href=", "http://", "https://", "url("):
        assert outside not in page
    assert "Ana &lt;b&gt;Ruiz&lt;/b&gt; said" in page
    assert "&lt;script&gt;X&lt;/script&gt;" in page
    # gold c1 and predicted c1 share a span; gold k1 alone; predicted c2 alone
    assert (
        '<mark class="g-claims p-claims" title="gold c1 (ana-ruiz) · default @ fake: c1">'
        "the bridge will reopen in May</mark>" in page
    )
    assert (
        '<mark class="g-concerns" title="gold k1 (residents)">&quot;higher tolls&quot;</mark>'
        in page
    )
    assert '<mark class="p-claims" title="default @ fake: c2">Residents fear</mark>' in page
    statuses = re.findall(r'<div class="item (\w+)"><span class="badge">([^<]*)</span>', page)
    assert ("matched", "c1 matched c1") in statuses
    assert ("extra", "c2 extra") in statuses
    assert ("missed", "missed k1") in statuses
    assert ("matched", "matched ana-ruiz") in statuses


def test_html_shows_a_failed_run() -> None:
    configs = _configs(failed=True)
    page = html_report(_result(configs), configs)
    assert '<p class="error">run failed: boom</p>' in page


def test_highlight_splits_overlapping_marks() -> None:
    marks = [Mark(0, 5, "g-claims", "a"), Mark(3, 8, "p-claims", "b")]
    assert highlight("0123456789", marks) == (
        '<mark class="g-claims" title="a">012</mark>'
        '<mark class="g-claims p-claims" title="a · b">34</mark>'
        '<mark class="p-claims" title="b">567</mark>89'
    )


def test_junit_xml_is_valid_and_fails_under_the_floor() -> None:
    configs = _configs()
    root = ET.fromstring(junit_xml("hand", configs, min_macro_f1=0.9))
    (suite,) = root
    assert suite.get("name") == "hand: default @ fake"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "1", "0")
    (case,) = suite
    assert case.get("classname") == "hand.default @ fake"
    assert case.get("name") == "a"
    failure = case.find("failure")
    assert failure is not None
    # parties 1/2 (x extra, residents missed), claims 2/3 (c2 extra), denials 1.0 (nothing
    # either side), concerns 0.0 (k1 missed): macro F1 0.54
    assert failure.get("message") == "macro F1 0.54 < 0.90"
    passing = ET.fromstring(junit_xml("hand", configs, min_macro_f1=None))
    assert passing.find("testsuite/testcase/failure") is None


def test_markdown_table() -> None:
    text = markdown(_result(_configs()))
    assert "| prompt @ model | parties | claims | denials | concerns | macro F1 |" in text
    assert "| a | default @ fake | 0.50 | 0.67 | 1.00 | 0.00 | 0.54 |  |" in text
    assert "| default @ fake | 0.50 | 0.67 | 1.00 | 0.00 | 0.54 | 1.00 | 1.00 | 1.00 |" in text
