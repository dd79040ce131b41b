import json
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError

from briefing.schema import (
    DRAFT_TYPES,
    Briefing,
    BriefingDraft,
    ConcernDraft,
    Kind,
    PartiesDraft,
    StatementsDraft,
    resolve_party,
    slugify,
)
from tests.conftest import ROOT
from tests.evals.helpers import party

ARTICLE = (
    "Harbor City's mayor, Ana Ruiz, said the bridge “is safe.” "
    "The council denied that the vote was rushed. Residents worry about its cost."
)


def draft(**overrides):
    base = {
        "summary": "A mayor defends a bridge.",
        "parties": [
            party("ana-ruiz", "Ana Ruiz", aliases=("the mayor",)),
            party("council", "The council", "government"),
            party("residents", "Residents", "group"),
        ],
        "claims": [
            {
                "id": "c1",
                "claimant": "ana-ruiz",
                "statement": "The bridge is safe.",
                "quote": 'the bridge "is safe."',
            }
        ],
        "denials": [
            {
                "id": "d1",
                "denier": "council",
                "denied": "a rushed vote",
                "quote": "the vote was rushed",
                "responds_to": None,
            }
        ],
        "concerns": [
            {
                "id": "k1",
                "holder": "Residents",
                "about": "cost",
                "quote": "Residents worry about its cost",
                "addressed_to": None,
            }
        ],
    }
    base.update(overrides)
    return base


def ungrounded_draft():
    """A draft whose only claim quotes words the article does not have."""
    claim = {
        "id": "c1",
        "claimant": "ana-ruiz",
        "statement": "s",
        "quote": "the bridge will collapse tomorrow",
    }
    return draft(claims=[claim])


def test_valid_draft_gets_spans_and_the_articles_own_words():
    result = BriefingDraft.model_validate(draft(), context={"article": ARTICLE})
    claim = result.claims[0]
    assert claim.quote == "the bridge “is safe"
    assert claim.located is not None
    assert ARTICLE[claim.located.start : claim.located.end] == claim.quote
    assert result.concerns[0].holder == "residents"  # resolved from the name


def test_ungrounded_quote_raises_naming_the_field():
    bad = ungrounded_draft()
    with pytest.raises(ValidationError, match=r"claims\[0\]\.quote is not in the article"):
        BriefingDraft.model_validate(bad, context={"article": ARTICLE})


def test_unknown_actor_raises_listing_party_ids():
    bad = draft(
        denials=[
            {
                "id": "d1",
                "denier": "Governor Smith",
                "denied": "x",
                "quote": "the vote was rushed",
                "responds_to": None,
            }
        ]
    )
    with pytest.raises(ValidationError, match=r"denials\[0\]\.denier 'Governor Smith'.*ana-ruiz"):
        BriefingDraft.model_validate(bad, context={"article": ARTICLE})


def test_drop_mode_removes_bad_items_and_records_why():
    bad = ungrounded_draft()
    result = BriefingDraft.model_validate(bad, context={"article": ARTICLE, "on_invalid": "drop"})
    assert result.claims == []
    assert [d.field for d in result.dropped] == ["claims"]
    assert len(result.denials) == 1


def test_statements_resolve_against_parties_given_in_context():
    parties = BriefingDraft.model_validate(draft(), context={"article": ARTICLE}).parties
    statements = StatementsDraft.model_validate(
        {
            "claims": [
                {
                    "id": "c1",
                    "claimant": "the mayor",
                    "statement": "safe",
                    "quote": "the bridge “is safe",
                }
            ],
            "denials": [],
            "concerns": [],
        },
        context={"article": ARTICLE, "parties": parties},
    )
    assert statements.claims[0].claimant == "ana-ruiz"


def test_party_references_resolve_by_id_name_alias_and_surname():
    parties = BriefingDraft.model_validate(draft(), context={"article": ARTICLE}).parties
    assert resolve_party("Ana Ruiz", parties) == "ana-ruiz"
    assert resolve_party("the mayor", parties) == "ana-ruiz"
    assert resolve_party("Ruiz", parties) == "ana-ruiz"
    assert resolve_party("nobody", parties) is None
    assert slugify("Edmundo Novillo!") == "edmundo-novillo"


def test_exported_schema_file_is_in_sync():
    exported = json.loads(Path(ROOT / "schemas" / "briefing.schema.json").read_text())
    assert exported == Briefing.model_json_schema(mode="serialization"), "run `make schema`"


def test_the_summary_grammar_forbids_a_bare_quote_and_ends_a_sentence():
    """A '"' the model meant as a quotation mark closed the summary mid-sentence."""
    import json
    import re

    from llama_cpp.llama_grammar import json_schema_to_gbnf

    from briefing.schema import SUMMARY_PATTERN, PartiesDraft

    def fits(text: str) -> bool:
        return re.fullmatch(SUMMARY_PATTERN[1:-1], text) is not None

    assert fits("The U.S. warned Iran. Bolivia wants drones.")
    assert not fits("Iran's drones have made \"considerable impact.")
    assert not fits("Iran's drones have made")
    assert fits("One. Two. Three.")
    assert not fits("One. Two. Three. Four.")  # a fourth sentence is decoded no more
    assert not fits("It grew.Despite that, it fell.")  # no further sentence glued on
    assert "summary ::=" in json_schema_to_gbnf(json.dumps(PartiesDraft.model_json_schema()))


def test_every_item_kind_exposes_its_actor_and_text():
    parsed = BriefingDraft.model_validate(draft(), context={"article": ARTICLE})
    items = [*parsed.claims, *parsed.denials, *parsed.concerns]
    assert [(i.kind, i.actor, i.text) for i in items] == [
        ("claim", "ana-ruiz", "The bridge is safe."),
        ("denial", "council", "a rushed vote"),
        ("concern", "residents", "cost"),
    ]


def test_renamed_rewrites_every_party_reference_and_keeps_the_rest():
    concern = ConcernDraft(id="k1", holder="a", about="x", quote="q", addressed_to="b")
    assert concern.renamed(str.upper).model_dump() == {
        "id": "k1",
        "holder": "A",
        "about": "x",
        "quote": "q",
        "addressed_to": "B",
    }
    assert set(DRAFT_TYPES) == set(get_args(Kind))


def test_a_summary_over_the_bound_keeps_its_whole_sentences_instead_of_failing():
    # Four grammar-allowed sentences of 240 characters: 963 characters, over the 700 bound.
    sentences = [f"Sentence {n} " + "x" * 227 + "." for n in range(4)]
    draft = PartiesDraft.model_validate({"summary": " ".join(sentences), "parties": []})
    assert draft.summary == " ".join(sentences[:2])
    one_long = "y" * 900 + "."
    assert PartiesDraft.model_validate({"summary": one_long, "parties": []}).summary == "y" * 700
