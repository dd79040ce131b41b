"""Links found: the gold's responds_to and addressed_to, on invented briefings."""

from __future__ import annotations

from typing import Any

from briefing.evals.scoring import evaluate, match_briefing, place, unmatched_gold
from briefing.evals.scoring.gold import GoldArticle
from briefing.evals.scoring.links import links_found
from tests.evals.helpers import briefing, item, party

TEXT = (
    "Ana Ruiz said the bridge would collapse within a year. "
    "Ben Ode dismissed those fears as nonsense. "
    "Ruiz urged the Works Department to close the bridge now."
)
FEAR = "the bridge would collapse within a year"
DISMISSAL = "dismissed those fears as nonsense"
URGING = "urged the Works Department to close the bridge now"


def _gold() -> GoldArticle:
    raw: dict[str, Any] = {
        "article_id": "a",
        "parties": [
            party("ana-ruiz", "Ana Ruiz"),
            party("ben-ode", "Ben Ode"),
            party("works-department", "Works Department", "government"),
        ],
        "concerns": [
            {"id": "k1", "holder": "ana-ruiz", "about": "the bridge may collapse", "quote": FEAR},
            {
                "id": "k2",
                "holder": "ana-ruiz",
                "about": "the Works Department should close the bridge",
                "quote": URGING,
                "addressed_to": "works-department",
            },
        ],
        "denials": [
            {
                "id": "d1",
                "denier": "ben-ode",
                "denied": "that the bridge may collapse",
                "quote": DISMISSAL,
                "responds_to": "k1",
            }
        ],
    }
    return place(GoldArticle.model_validate(raw), TEXT)


def _links(responds_to: str | None, addressed_to: str | None) -> dict[str, float]:
    denial = item("denials", "d9", "ode", DISMISSAL, DISMISSAL, TEXT.index(DISMISSAL))
    denial["responds_to"] = responds_to
    urging = item("concerns", "k8", "ruiz", URGING, URGING, TEXT.index(URGING))
    urging["addressed_to"] = addressed_to
    fear = item("concerns", "k7", "ruiz", FEAR, FEAR, TEXT.index(FEAR))
    result = briefing(
        TEXT,
        [
            party("ruiz", "Ana Ruiz"),
            party("ode", "Ben Ode"),
            party("works", "Works Department", "government"),
            party("bank", "Harbor Bank", "organization"),
        ],
        denials=[denial],
        concerns=[fear, urging],
    )
    gold = _gold()
    return links_found(result, gold, match_briefing(result, gold))


def test_a_link_is_found_when_it_points_at_what_matches_the_gold_target() -> None:
    assert _links("k7", "works") == {"links.gold": 2, "links.found": 2, "links.predicted": 2}


def test_a_link_left_empty_or_pointing_elsewhere_is_not_found() -> None:
    assert _links(None, None)["links.found"] == 0
    assert _links("k8", "bank")["links.found"] == 0  # the other concern; an unmatched party
    assert _links("k7", None)["links.found"] == 1


def test_a_failed_run_finds_no_link_and_the_measure_reads_the_counts() -> None:
    gold = _gold()

    counts = links_found(None, gold, unmatched_gold(gold))
    assert counts == {"links.gold": 2, "links.found": 0, "links.predicted": 0}
    assert evaluate("suite", _links("k7", None))["links_found"] == 0.5
    assert evaluate("suite", _links("k7", None))["links_precision"] == 1.0
    assert evaluate("suite", {})["links_found"] is None


def test_a_link_given_where_the_gold_has_another_counts_against_precision() -> None:
    counts = _links("k8", "works")  # the denial points at the urging, not the fear
    assert (counts["links.found"], counts["links.predicted"]) == (1, 2)
    assert evaluate("suite", counts)["links_precision"] == 0.5
