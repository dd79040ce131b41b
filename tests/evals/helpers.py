"""Builders shared by the eval tests: model answers from gold, briefings, records."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing.article import Article
from briefing.evals.running.runner import RunRecord
from briefing.evals.scoring.gold import GoldArticle
from briefing.schema import Briefing
from tests.conftest import ROOT

GOLD_DIR = ROOT / "evals" / "gold"
SEED_IDS = ("000_ca5623d69bcd5fb1", "004_7c793c227ccf8d88")

# A one-pass prompt small enough to never change under the tests' feet.
TINY_PROMPT = """---
name: default
version: 1
description: the tests' prompt
strategy: one-pass
---
## system
You write briefings.

## briefing
{{ article }}
"""

_ITEM_KEYS = {
    "claims": ("id", "claimant", "statement", "quote"),
    "denials": ("id", "denier", "denied", "quote", "responds_to"),
    "concerns": ("id", "holder", "about", "quote", "addressed_to"),
}
_PARTY_KEYS = ("id", "name", "kind", "role", "affiliation", "aliases")


def perfect_answer(article_id: str) -> dict[str, Any]:
    """A BriefingDraft answer holding the gold's required items and the parties they need."""
    gold = json.loads((GOLD_DIR / f"{article_id}.json").read_text(encoding="utf-8"))
    answer: dict[str, Any] = {"summary": f"The gold of {article_id}."}
    needed = {p["id"] for p in gold["parties"] if p["required"]}
    for field, keys in _ITEM_KEYS.items():
        items = [item for item in gold[field] if item["required"]]
        answer[field] = [{key: item.get(key) for key in keys} for item in items]
        needed |= {item["addressed_to"] for item in items if item.get("addressed_to")}
    answer["parties"] = [
        {key: party[key] for key in _PARTY_KEYS}
        for party in gold["parties"]
        if party["id"] in needed
    ]
    return answer


def empty_answer() -> dict[str, Any]:
    return {"summary": "Nothing.", "parties": [], "claims": [], "denials": [], "concerns": []}


def party(
    pid: str, name: str, kind: str = "person", aliases: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "id": pid,
        "name": name,
        "kind": kind,
        "role": None,
        "affiliation": None,
        "aliases": list(aliases),
    }


def item(field: str, iid: str, actor: str, quote: str, text: str, start: int) -> dict[str, Any]:
    """A final briefing item with the span given (start) and the quote's length."""
    actor_key, text_key = {
        "claims": ("claimant", "statement"),
        "denials": ("denier", "denied"),
        "concerns": ("holder", "about"),
    }[field]
    found: dict[str, Any] = {"id": iid, actor_key: actor, text_key: text, "quote": quote}
    if field == "denials":
        found["responds_to"] = None
    if field == "concerns":
        found["addressed_to"] = None
    found["span"] = [start, start + len(quote)]
    return found


def briefing(
    text: str,
    parties: list[dict[str, Any]],
    attempts: int = 1,
    latency_s: float = 2.0,
    **fields: list[dict[str, Any]],
) -> Briefing:
    """A final Briefing, validated without the article (so spans are not checked)."""
    return Briefing.model_validate(
        {
            "article": {"id": "a", "source": "a.txt", "sha256": "0" * 64, "length": len(text)},
            "summary": "s",
            "parties": parties,
            "claims": fields.get("claims", []),
            "denials": fields.get("denials", []),
            "concerns": fields.get("concerns", []),
            "provenance": {
                "backend": "fake",
                "model": "fake-model",
                "prompt": "default",
                "prompt_version": "1",
                "prompt_sha256": "0" * 64,
                "created": datetime(2024, 1, 1, tzinfo=UTC),
                "usage": {"prompt_tokens": 100, "completion_tokens": 20},
                "latency_s": latency_s,
                "attempts": attempts,
            },
        }
    )


def record(
    text: str, gold: GoldArticle, result: Briefing | None, error: str | None = None
) -> RunRecord:
    return RunRecord(
        prompt="default",
        model="fake",
        article=Article(id=gold.article_id, source="a.txt", text=text),
        gold=gold,
        passes=1,
        briefing=result,
        error=error,
        attempts=result.provenance.attempts if result else 0,
    )


def write_prompt(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "default.md").write_text(TINY_PROMPT, encoding="utf-8")
    return folder


POLNEAR_TEXT = "Mayor Ada Quill said the bridge will reopen in May.\n"
POLNEAR_ANN = (
    "T1\tSource 0 15\tMayor Ada Quill\n"
    "T2\tCue 16 20\tsaid\n"
    "T3\tContent 21 50\tthe bridge will reopen in May\n"
    "T4\tAttribution 16 20\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
)


def polnear_folder(root: Path, *names: str) -> Path:
    """A PolNeAR-shaped folder under `root`: one invented article and its annotation per
    name (`text/NAME.txt`, `attributions/NAME_aa01.ann`)."""
    data = root / "polnear"
    (data / "text").mkdir(parents=True)
    (data / "attributions").mkdir()
    for name in names:
        (data / "text" / f"{name}.txt").write_text(POLNEAR_TEXT, encoding="utf-8")
        (data / "attributions" / f"{name}_aa01.ann").write_text(POLNEAR_ANN, encoding="utf-8")
    return data
