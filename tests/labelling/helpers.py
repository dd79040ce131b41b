"""An invented article and gold for the labelling tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefing.article import Article
from briefing.labelling import LabelSession

TEXT = (
    "Bridge to reopen in May, council says\n\n"
    "The city council said on Monday that the old bridge will reopen in May after repairs. "
    'Mayor Ana Ruiz denied that tolls would rise, calling the reports "baseless rumours". '
    "Residents fear that the repairs will run late again.\u00a0<b>Not bold</b>\n"
)
ARTICLE = Article("bridge", "bridge.txt", TEXT)


def parties_only() -> dict[str, Any]:
    """Gold holding the parties and no item yet."""
    return {
        "article_id": "bridge",
        "parties": [
            {"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person", "role": "Mayor",
             "affiliation": "city-council", "aliases": ["Ruiz"], "required": True},
            {"id": "city-council", "name": "city council", "kind": "government", "role": None,
             "affiliation": None, "aliases": [], "required": True},
        ],
    }  # fmt: skip


def with_denial() -> dict[str, Any]:
    gold = parties_only()
    gold["denials"] = [
        {"id": "d1", "denier": "ana-ruiz", "denied": "Tolls will not rise.",
         "quote": "tolls would rise", "responds_to": None, "required": True}
    ]  # fmt: skip
    return gold


def session(folder: Path, draft: dict[str, Any] | None = None) -> LabelSession:
    return LabelSession(ARTICLE, folder / "gold" / "bridge.json", draft or parties_only())


def write_article(folder: Path) -> Path:
    path = folder / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path
