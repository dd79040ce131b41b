"""Matching and metrics on a hand-built article, gold and briefings."""

from __future__ import annotations

import pytest

from briefing.evals.running.scored import score_record, summarize
from briefing.evals.scoring import Counts, add
from briefing.evals.scoring.gold import GoldArticle, GoldParty, load_gold, place
from briefing.evals.scoring.match import (
    ActorJudge,
    Entry,
    PartyNames,
    Thresholds,
    greedy_match,
    match_briefing,
    match_parties,
    party_tier,
    quote_score,
    span_iou,
    token_f1,
)
from briefing.schema import Party
from tests.conftest import SEED_000
from tests.evals.helpers import briefing, item, party, record

TEXT = (
    "Mayor Ana Ruiz said the bridge will reopen in May. "
    "The council denied any delay in the works. "
    "Residents fear that tolls will rise next year. "
    "The Daily Post reported that the budget is short."
)


def _gold() -> GoldArticle:
    gold = GoldArticle.model_validate(
        {
            "article_id": "a",
            "parties": [
                {
                    **party("ana-ruiz", "Ana Ruiz", aliases=("the mayor",)),
                    "affiliation": "harbor-council",
                    "required": True,
                },
                {
                    **party("harbor-council", "Harbor council", "government", ("The council",)),
                    "affiliation": "harbor-city",
                    "required": True,
                },
                {**party("harbor-city", "Harbor City", "government"), "required": False},
                {**party("residents", "Residents", "group"), "required": True},
                {**party("daily-post", "The Daily Post", "media"), "required": False},
            ],
            "claims": [
                {
                    "id": "c1",
                    "claimant": "ana-ruiz",
                    "statement": "The bridge reopens in May.",
                    "quote": "the bridge will reopen in May",
                    "required": True,
                },
                {
                    "id": "c2",
                    "claimant": "daily-post",
                    "statement": "The budget is short.",
                    "quote": "the budget is short",
                    "required": False,
                },
            ],
            "denials": [
                {
                    "id": "d1",
                    "denier": "harbor-council",
                    "denied": "A delay.",
                    "quote": "any delay in the works",
                    "responds_to": None,
                    "required": True,
                },
            ],
            "concerns": [
                {
                    "id": "k1",
                    "holder": "residents",
                    "about": "Higher tolls.",
                    "quote": "tolls will rise next year",
                    "addressed_to": None,
                    "required": True,
                },
            ],
        }
    )
    return place(gold, TEXT)


PARTIES = [
    party("ana-ruiz", "Ana Ruiz"),
    party("council", "The council", "government"),
    party("residents", "Residents", "group"),
    party("daily-post", "Daily Post", "media"),
]


def _item(field: str, iid: str, actor: str, quote: str, text: str = "") -> dict[str, object]:
    return item(field, iid, actor, quote, text or quote, TEXT.index(quote))


def test_place_computes_gold_spans() -> None:
    gold = _gold()
    assert gold.claims[0].span == (20, 49)
    assert TEXT[20:49] == "the bridge will reopen in May"


def test_perfect_briefing_scores_one_and_ignores_unmatched_optional_gold() -> None:
    result = briefing(
        TEXT,
        PARTIES,
        claims=[_item("claims", "c1", "ana-ruiz", "the bridge will reopen in May")],
        denials=[_item("denials", "d1", "council", "any delay in the works")],
        concerns=[_item("concerns", "k1", "residents", "tolls will rise next year")],
    )
    matches = match_briefing(result, _gold())
    counts = {name: (m.tp, m.fp, m.fn) for name, m in matches.items()}
    # parties: daily-post matches optional gold (ignored); harbor-city unmatched but optional
    assert counts == {
        "parties": (3, 0, 0),
        "claims": (1, 0, 0),
        "denials": (1, 0, 0),
        "concerns": (1, 0, 0),
    }
    assert [(p.predicted, p.gold) for p in matches["parties"].ignored] == [
        ("daily-post", "daily-post")
    ]
    assert matches["claims"].pairs[0].tier == "span"
    assert matches["claims"].pairs[0].score == 2.0


def test_wrong_actor_does_not_count() -> None:
    result = briefing(
        TEXT, PARTIES, claims=[_item("claims", "c1", "residents", "the bridge will reopen in May")]
    )
    claims = match_briefing(result, _gold())["claims"]
    assert (claims.tp, claims.fp, claims.fn) == (0, 1, 1)
    assert claims.extra == ["c1"]
    assert claims.missed == ["c1"]
    assert (claims.quote_matched, claims.actor_right) == (1, 0)


def test_prediction_matched_to_optional_gold_is_neither_tp_nor_fp() -> None:
    result = briefing(
        TEXT, PARTIES, claims=[_item("claims", "x1", "daily-post", "the budget is short")]
    )
    claims = match_briefing(result, _gold())["claims"]
    assert (claims.tp, claims.fp, claims.fn) == (0, 0, 1)
    assert [(p.predicted, p.gold) for p in claims.ignored] == [("x1", "c2")]


def test_affiliation_chain_accepts_a_member_for_its_body() -> None:
    # gold d1 is the council's; Ana Ruiz is affiliated to the council.
    result = briefing(
        TEXT, PARTIES, denials=[_item("denials", "d1", "ana-ruiz", "any delay in the works")]
    )
    denials = match_briefing(result, _gold())["denials"]
    assert (denials.tp, denials.fp, denials.fn) == (1, 0, 0)


def test_actor_judge_on_real_gold_chain() -> None:
    gold = load_gold(SEED_000.stem, SEED_000.read_text(encoding="utf-8"))
    predicted = [
        Party.model_validate(party("john-kirby", "John Kirby")),
        Party.model_validate(
            party("national-security-council", "National Security Council", "government")
        ),
        Party.model_validate(party("us", "US", "country")),
        Party.model_validate(party("novillo", "Novillo")),
    ]
    judge = ActorJudge(predicted, gold)
    assert judge.chain("john-kirby") == [
        "us-national-security-council",
        "biden-administration",
        "united-states",
    ]
    assert judge.right("john-kirby", "biden-administration")  # member for its body
    assert judge.right("us", "biden-administration")  # body's affiliation for the body
    assert not judge.right("national-security-council", "john-kirby")  # names no gold party
    assert judge.right("novillo", "edmundo-novillo")  # alias
    assert not judge.right("novillo", "john-kirby")
    assert not judge.right("unknown-party", "john-kirby")


def test_quote_tiers() -> None:
    thresholds = Thresholds()
    gold = Entry("c1", "a", "the bridge will reopen in May", "Bridge reopens in May", (20, 49))

    def pred(quote: str, span: tuple[int, int], text: str = "") -> Entry:
        return Entry("p", "a", quote, text, span)

    assert quote_score(pred("the bridge will reopen in May", (20, 49)), gold, thresholds) == (
        "span",
        2.0,
    )
    tier, score = quote_score(pred("bridge will reopen in May", (24, 49)), gold, thresholds) or (
        "",
        0.0,
    )
    assert tier == "span"
    assert score == pytest.approx(1 + 25 / 29)
    # same words elsewhere in the text: no overlap, token tier
    assert quote_score(pred("The bridge will reopen in May.", (200, 230)), gold, thresholds) == (
        "tokens",
        1.0,
    )
    # quote alone shares nothing; quote + statement reaches F1 12/17 >= 0.5
    lead = pred("reopens next spring", (300, 319), "The bridge will reopen in May.")
    tier, score = quote_score(lead, gold, thresholds) or ("", 0.0)
    assert tier == "tokens"
    assert score == pytest.approx(12 / 17)
    assert quote_score(pred("tolls will rise", (60, 75)), gold, thresholds) is None
    assert quote_score(lead, gold, Thresholds(token_f1=0.8)) is None


def test_token_f1_and_iou() -> None:
    assert token_f1("the bridge is unsafe", "Bridge is unsafe now") == pytest.approx(6 / 7)
    assert token_f1("“Their” technology", "their technology") == 1.0
    assert token_f1("a", "b") == 0.0
    assert span_iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert span_iou((0, 10), (10, 20)) == 0.0
    assert span_iou(None, (0, 1)) == 0.0


def test_greedy_match_is_best_first_and_prefers_required_gold_on_ties() -> None:
    # pred 0 takes gold 0 (0.9); pred 1 then finds gold 0 taken: greedy, not optimal
    assert greedy_match([(0.9, True, 0, 0), (0.8, True, 0, 1), (0.85, True, 1, 0)]) == [(0, 0)]
    assert greedy_match([(1.0, False, 0, 0), (1.0, True, 0, 1)]) == [(0, 1)]


def test_match_parties_tiers() -> None:
    predicted = [
        Party.model_validate(party("ruiz", "Ruiz")),  # surname of Ana Ruiz
        Party.model_validate(party("council", "The council", "government")),  # alias
        Party.model_validate(party("daily-post", "The Daily Post", "media")),  # optional gold
        Party.model_validate(party("bob", "Bob")),  # not in gold
    ]
    found = match_parties(predicted, _gold())
    assert [(p.predicted, p.gold, p.tier) for p in found.pairs] == [
        ("ruiz", "ana-ruiz", "surname"),
        ("council", "harbor-council", "alias"),
    ]
    assert found.extra == ["bob"]
    assert found.missed == ["residents"]
    assert (found.tp, found.fp, found.fn) == (2, 1, 1)


def test_counts_conventions() -> None:
    assert Counts(2, 1, 1).precision == pytest.approx(2 / 3)
    assert Counts(2, 1, 1).f1 == pytest.approx(2 / 3)
    assert Counts(0, 0, 0).f1 == 1.0  # nothing to find, nothing predicted
    assert Counts(0, 0, 2).f1 == 0.0
    assert Counts(0, 3, 0).f1 == 0.0


def test_summarize_rates_over_runs() -> None:
    gold = _gold()
    good = briefing(
        TEXT,
        PARTIES,
        attempts=2,
        latency_s=3.0,
        claims=[_item("claims", "c1", "ana-ruiz", "the bridge will reopen in May")],
        concerns=[
            _item("concerns", "k1", "ana-ruiz", "tolls will rise next year"),  # wrong actor
            {**_item("concerns", "k2", "residents", "Residents fear"), "span": [0, 14]},  # bad span
        ],
    )
    results = [
        score_record(record(TEXT, gold, good), Thresholds()),
        score_record(record(TEXT, gold, None, error="boom"), Thresholds()),
    ]
    metrics = summarize(results)
    tally = add(r.tally() for r in results)
    # run 1: claims tp1; concerns fp2 fn1; denials fn1. run 2 (failed): all required missed.
    assert Counts.of(tally, "claims") == Counts(1, 0, 1)
    assert Counts.of(tally, "denials") == Counts(0, 0, 2)
    assert Counts.of(tally, "concerns") == Counts(0, 2, 2)
    assert Counts.of(tally, "parties") == Counts(3, 0, 3)
    assert metrics["grounding"] == pytest.approx(2 / 3)
    assert metrics["actor_accuracy"] == pytest.approx(1 / 2)  # c1 right, k1 wrong
    assert metrics["schema_valid"] == 0.5
    assert metrics["first_attempt_valid"] == 0.0
    assert metrics["retries"] == 1
    assert metrics["latency_s"] == 3.0
    assert metrics["tokens"] == 120
    claims_f1 = Counts(1, 0, 1).f1
    assert metrics["claims_f1"] == claims_f1
    assert metrics["macro_f1"] == pytest.approx((0.5 * 2 / 1.5 + claims_f1 + 0 + 0) / 4)


def test_a_gold_alias_with_the_names_the_party_without_it() -> None:
    gold = GoldParty.model_validate(
        {
            "id": "museum",
            "name": "Harbor Museum of Art",
            "kind": "organization",
            "aliases": ["the Harbor Museum"],
            "required": True,
        }
    )
    pred = Party.model_validate(party("harbor-museum", "Harbor Museum", "organization"))
    assert party_tier(PartyNames.of(pred), PartyNames.of(gold)) == ("alias", 0.9)


def test_a_described_persons_common_noun_is_no_surname() -> None:
    chinese = Party.model_validate(party("chinese-official", "Chinese official"))
    labor = Party.model_validate(party("labor-official", "labor official"))
    assert party_tier(PartyNames.of(chinese), PartyNames.of(labor)) is None
