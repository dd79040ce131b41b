"""A briefing as a gold draft: the loader accepts it as it is."""

from __future__ import annotations

import json

from briefing.evals.scoring.gold import parse_gold
from briefing.labelling import gold_draft
from tests.evals.helpers import briefing, item, party
from tests.labelling.helpers import TEXT


def test_a_draft_is_gold_the_loader_accepts_with_bad_references_cleared() -> None:
    ruiz = {**party("ana-ruiz", "Ana Ruiz"), "affiliation": "City Council"}
    council = {**party("city-council", "City Council", "government"), "affiliation": "Nowhere"}
    denial = item("denials", "d1", "ana-ruiz", "tolls would rise", "No.", TEXT.index("tolls"))
    denial["responds_to"] = "c9"
    draft = gold_draft(briefing(TEXT, [ruiz, council], denials=[denial]))
    assert [p["affiliation"] for p in draft["parties"]] == ["city-council", None]
    assert draft["denials"][0]["responds_to"] is None
    draft["article_id"] = "bridge"
    gold = parse_gold(json.dumps(draft), "draft", "bridge", TEXT)
    assert gold.denials[0].span == (TEXT.index("tolls"), TEXT.index("tolls") + 16)
