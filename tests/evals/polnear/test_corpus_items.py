"""PolNeAR reading and scoring, on an invented article and hand-written brat lines."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.errors import ArticleError
from briefing.evals.polnear import (
    Attribution,
    AttributionScore,
    PolnearArticle,
    PolnearWarning,
    cue_kind,
    is_named_source,
    load_polnear,
    maximum_matching,
    read_brat,
    score_attribution,
    sum_scores,
)
from briefing.schema import Briefing

TEXT = (
    "The old bridge, Mayor Ada Quill said, will reopen in May, and she warned that tolls may rise. "
    "The Harbor Council denied any delay, while it is reported that the budget is short."
)

# Offsets counted by hand; T3 is discontinuous, E4 has no Source, and the
# A, R and # lines are of kinds the reader ignores.
ANN = """\
T1\tSource 16 31\tMayor Ada Quill
T2\tCue 32 36\tsaid
T3\tContent 0 14;38 56\tThe old bridge will reopen in May
T4\tAttribution 32 36\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 62 65\tshe
T6\tCue 66 72\twarned
T7\tContent 78 92\ttolls may rise
T8\tAttribution 66 72\twarned
E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7
T9\tSource 94 112\tThe Harbor Council
T10\tCue 113 119\tdenied
T11\tContent 120 129\tany delay
T12\tAttribution 113 119\tdenied
E3\tAttribution:T12 Cue:T10 Source:T9 Content:T11
T13\tCue 140 151\tis reported
T14\tContent 157 176\tthe budget is short
T15\tAttribution-no-source 140 151\tis reported
E4\tAttribution-no-source:T15 Content:T14 Cue:T13
A1\tNegated E3
R1\tCoref Arg1:T5 Arg2:T1
#1\tAnnotatorNotes T1\tthe mayor
"""


def test_read_brat_parses_spans_and_roles() -> None:
    said, warned, denied, reported = read_brat(ANN, TEXT, "aa01")
    assert said.source == "Mayor Ada Quill"
    assert said.source_span == (16, 31)
    assert said.cue == "said"
    assert said.cue_span == (32, 36)
    assert said.content == "The old bridge will reopen in May"
    assert said.content_span == (0, 56)  # discontinuous: first start to last end
    assert said.annotator == "aa01"
    assert (warned.source, warned.content) == ("she", "tolls may rise")
    assert denied.content_span == (120, 129)
    assert reported.source is None
    assert reported.source_span is None
    assert reported.content == "the budget is short"


def test_read_brat_kinds_from_cues() -> None:
    kinds = [attribution.kind for attribution in read_brat(ANN, TEXT, "aa01")]
    assert kinds == ["claim", "concern", "denial", "claim"]


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("Denies", "denial"),
        ("flatly denied", "denial"),
        ("dismissed", "denial"),
        ("rejects", "denial"),
        ("expressed concern about", "concern"),
        ("is worried", "concern"),
        ("fears", "concern"),
        ("Warning", "concern"),
        ("said", "claim"),
        ("denounced", "claim"),
    ],
)
def test_cue_kind(cue: str, kind: str) -> None:
    assert cue_kind(cue) == kind


def test_read_brat_skips_spans_not_matching_the_text_with_a_warning() -> None:
    broken = (
        ANN + "T16\tSource 0 3\tTeh\nT17\tCue 32 36\tsaid\nE5\tAttribution:T4 Source:T16 Cue:T17\n"
    )
    with pytest.warns(PolnearWarning, match=r"1 span\(s\).*\(T16\).*1 attribution") as caught:
        attributions = read_brat(broken, TEXT, "aa01", where="x.ann")
    assert len(attributions) == 4
    assert len(caught) == 1
    assert "x.ann" in str(caught[0].message)


def test_read_brat_merges_repeated_roles() -> None:
    ann = ANN + "E5\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Content2:T7\n"
    merged = read_brat(ann, TEXT, "aa01")[-1]
    assert merged.content_span == (0, 92)
    assert merged.content == "The old bridge will reopen in May tolls may rise"


def _write_corpus(root: Path) -> Path:
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    (root / "text" / "news_one.txt").write_text(TEXT, encoding="utf-8")
    (root / "text" / "news_two.txt").write_text(TEXT, encoding="utf-8")
    first_lines = "".join(line + "\n" for line in ANN.splitlines()[:5])
    (root / "attributions" / "news_one_zz09.ann").write_text(first_lines, encoding="utf-8")
    (root / "attributions" / "news_one_aa01.ann").write_text(ANN, encoding="utf-8")
    (root / "attributions" / "news_two_bb02.ann").write_text(first_lines, encoding="utf-8")
    return root


def test_load_polnear_uses_the_first_annotator(tmp_path: Path) -> None:
    one, two = load_polnear(_write_corpus(tmp_path))
    assert one.id == "news_one"
    assert one.article.id == "news_one"
    assert one.article.source == str(tmp_path / "text" / "news_one.txt")
    assert one.article.text == TEXT
    assert {a.annotator for a in one.attributions} == {"aa01"}
    assert len(one.attributions) == 4
    assert two.id == "news_two"
    assert [a.annotator for a in two.attributions] == ["bb02"]


def test_load_polnear_limit(tmp_path: Path) -> None:
    articles = load_polnear(_write_corpus(tmp_path), limit=1)
    assert [article.id for article in articles] == ["news_one"]


def test_load_polnear_rejects_a_wrong_layout(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    with pytest.raises(ArticleError, match="attributions/ is missing"):
        load_polnear(tmp_path)


def test_load_polnear_rejects_an_article_without_annotations(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    (tmp_path / "text" / "news_three.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"news_three_ANNOTATOR\.ann"):
        load_polnear(tmp_path)


def _attribution(source: str | None) -> Attribution:
    return Attribution(
        source=source,
        source_span=None if source is None else (0, len(source)),
        cue="said",
        cue_span=(0, 4),
        content="x",
        content_span=(0, 1),
        kind="claim",
        annotator="aa01",
    )


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Mayor Ada Quill", True),
        ("The Harbor Council", True),
        ("Quill’s spokesman", True),
        ("She", False),
        ("he", False),
        ("The mayor", False),
        ("Officials", False),
        ("a source", False),
        ("The Republican nominee", False),
        (None, False),
    ],
)
def test_is_named_source(source: str | None, named: bool) -> None:
    assert is_named_source(_attribution(source)) is named


_NO_ROLE = {"role": None, "affiliation": None}
PARTIES = [
    {
        "id": "ada-quill",
        "name": "Ada Quill",
        "kind": "person",
        "aliases": ["the mayor"],
        **_NO_ROLE,
    },
    {
        "id": "harbor-council",
        "name": "Harbor Council",
        "kind": "government",
        "aliases": [],
        **_NO_ROLE,
    },
    {"id": "bo-rand", "name": "Bo Rand", "kind": "person", "aliases": [], **_NO_ROLE},
]


def _item(kind: str, number: int, actor: str, quote: str) -> dict[str, object]:
    start = TEXT.index(quote)
    span = (start, start + len(quote))
    if kind == "claim":
        return {
            "id": f"c{number}",
            "claimant": actor,
            "statement": quote,
            "quote": quote,
            "span": span,
        }
    if kind == "denial":
        return {
            "id": f"d{number}",
            "denier": actor,
            "denied": quote,
            "quote": quote,
            "responds_to": None,
            "span": span,
        }
    return {
        "id": f"k{number}",
        "holder": actor,
        "about": quote,
        "quote": quote,
        "addressed_to": None,
        "span": span,
    }


def _briefing(*items: dict[str, object]) -> Briefing:
    fields: dict[str, list[dict[str, object]]] = {"claims": [], "denials": [], "concerns": []}
    for item in items:
        prefix = str(item["id"])[0]
        fields[{"c": "claims", "d": "denials", "k": "concerns"}[prefix]].append(item)
    data = {
        "article": {
            "id": "news_one",
            "source": "inline",
            "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
            "length": len(TEXT),
        },
        "summary": "A bridge reopens.",
        "parties": PARTIES,
        **fields,
        "provenance": {
            "backend": "test",
            "model": "none",
            "prompt": "default",
            "prompt_version": "1",
            "prompt_sha256": "0" * 64,
            "created": datetime(2024, 1, 1, tzinfo=UTC),
            "usage": {},
            "latency_s": 0.0,
            "attempts": 1,
        },
    }
    return Briefing.model_validate(data, context={"article": TEXT})


@pytest.fixture
def gold(tmp_path: Path) -> PolnearArticle:
    return load_polnear(_write_corpus(tmp_path))[0]


def test_score_right_actor_inside_content_is_tp_and_recovers(gold: PolnearArticle) -> None:
    score = score_attribution(_briefing(_item("claim", 1, "ada-quill", "will reopen in May")), gold)
    assert (score.tp, score.fp) == (1, 0)
    # E1 recovered; E3 (The Harbor Council) missed; E2 (she) and E4 (no source) not counted.
    assert (score.recall_tp, score.fn) == (1, 1)
    assert score.precision == 1.0
    assert score.recall == 0.5
    assert score.f1 == pytest.approx(2 / 3)


def test_score_wrong_actor_is_fp_and_missed_named_attribution_is_fn(
    gold: PolnearArticle,
) -> None:
    briefing = _briefing(
        _item("claim", 1, "ada-quill", "will reopen in May"),
        _item("claim", 2, "bo-rand", "any delay"),  # inside E3's content, wrong actor
        _item("concern", 1, "ada-quill", "tolls may rise"),  # gold Source is "she": not named
        _item("claim", 3, "harbor-council", "The Harbor Council"),  # outside any content
    )
    score = score_attribution(briefing, gold)
    assert (score.tp, score.fp, score.recall_tp, score.fn) == (1, 3, 1, 1)
    assert score.n_pred == 4
    assert score.n_gold == 2
    assert score.precision == 0.25
    assert score.unjudged == 1  # the "she" concern: no named Source to judge it by
    assert score.named_precision == pytest.approx(1 / 3)


def test_score_span_tolerances(gold: PolnearArticle) -> None:
    briefing = _briefing(_item("denial", 1, "harbor-council", "Council denied any delay"))
    score = score_attribution(briefing, gold)
    # 9 of 24 characters inside "any delay": not inside for precision, not 50% for recall.
    assert (score.tp, score.fp, score.recall_tp, score.fn) == (0, 1, 0, 2)
    briefing = _briefing(_item("denial", 1, "harbor-council", "denied any delay"))
    score = score_attribution(briefing, gold)
    # 9 of 16 characters inside: recovers E3 (>= 50%) yet is not inside (< 80%) for precision.
    assert (score.tp, score.fp, score.recall_tp, score.fn) == (0, 1, 1, 1)
    briefing = _briefing(_item("denial", 1, "harbor-council", "any delay,"))
    score = score_attribution(briefing, gold)  # 1 character of slack
    assert (score.tp, score.fp, score.recall_tp, score.fn) == (1, 0, 1, 1)


def test_scores_add_up() -> None:
    total = sum_scores(
        [AttributionScore(tp=1, fp=1, fn=0, recall_tp=1), AttributionScore(0, 1, 2, 0)]
    )
    assert total == AttributionScore(tp=1, fp=2, fn=2, recall_tp=1)
    assert total.precision == pytest.approx(1 / 3)
    assert total.recall == pytest.approx(1 / 3)
    empty = sum_scores([])
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_score_a_content_split_in_two_is_one_tp_and_one_split(gold: PolnearArticle) -> None:
    briefing = _briefing(
        _item("claim", 1, "ada-quill", "The old bridge"),  # E1's content, in two parts
        _item("claim", 2, "ada-quill", "will reopen in May"),
        _item("claim", 3, "bo-rand", "any delay"),  # inside E3's content, wrong actor
    )
    score = score_attribution(briefing, gold)
    assert score.tp == 1  # the scorer counted 2 before pairs were one to one
    assert (score.split, score.fp) == (1, 1)
    assert score.precision == 0.5  # the split part is neither right nor wrong
    assert score.named_precision_with_splits == pytest.approx(2 / 3)  # as scored before
    assert (score.recall_tp, score.fn) == (1, 1)


def test_score_the_same_quote_twice_is_one_tp(gold: PolnearArticle) -> None:
    denial = _item("denial", 1, "harbor-council", "any delay")
    claim = _item("claim", 1, "harbor-council", "any delay")
    score = score_attribution(_briefing(denial, claim), gold)
    assert score.tp == 1
    assert (score.tp, score.split, score.fp, score.recall_tp) == (1, 1, 0, 1)
    assert score.as_tally()["split"] == 1
    assert AttributionScore.from_tally(score.as_tally()) == score


def test_maximum_matching_pairs_as_many_as_possible() -> None:
    # Item 0 lies in gold 0 and 1 (nested contents), item 1 in gold 0 only: a
    # greedy first come pairing would leave item 1 out; the largest pairs both.
    assert maximum_matching([[0, 1], [0]]) == {1: 0, 0: 1}
    assert maximum_matching([[0], [0], []]) == {0: 0}
    assert maximum_matching([]) == {}


def test_splits_add_up() -> None:
    total = sum_scores(
        [AttributionScore(1, 2, 0, 1, unjudged=1, split=2), AttributionScore(2, 0, 1, 2, split=1)]
    )
    assert (total.tp, total.fp, total.split, total.unjudged) == (3, 2, 3, 1)
    assert total.precision == pytest.approx(3 / 5)
    assert total.named_precision == pytest.approx(3 / 4)
    assert total.named_precision_with_splits == pytest.approx(6 / 7)
