"""One article's labelling: what the page starts from, autosaves, and checked, atomic saves.

The page starts from the autosave when one is left (edits not yet saved), else
from the gold file, else from the draft. A save is checked by the gold loader
(`parse_gold`): only gold it accepts is written, atomically, and the autosave
is then removed. Autosaves are written whatever their state, so no edit is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from briefing.article import Article
from briefing.errors import BriefingError, EvalError
from briefing.evals.scoring.gold import FIELDS, GoldArticle, parse_gold
from briefing.grounding import locate
from briefing.labelling.drafts import GoldJson
from briefing.output import write_atomic

AUTOSAVE_SUFFIX = ".autosave"
Origin = Literal["autosave", "gold", "draft"]


@dataclass(frozen=True)
class SaveResult:
    """What a save or an autosave found: the loader's error, if any, and the spans placed."""

    ok: bool
    problem: str | None
    spans: dict[str, tuple[int, int]]

    def json(self) -> dict[str, Any]:
        return {"ok": self.ok, "problem": self.problem, "spans": self.spans}


def _read_json(path: Path) -> GoldJson:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: cannot read it as JSON ({exc})") from exc
    if not isinstance(found, dict):
        raise EvalError(f"{path}: not a gold file (a JSON object is expected)")
    return found


def spans_of(gold: GoldJson, text: str) -> dict[str, tuple[int, int]]:
    """Each item's span where its quote is found in `text` (items not found are left out)."""
    spans = {}
    for field in FIELDS:
        for item in gold.get(field) or []:
            if not isinstance(item, dict) or not isinstance(item.get("quote"), str):
                continue
            span = locate(item["quote"], text)
            if span is not None and span.text(text) == item["quote"]:
                spans[str(item.get("id"))] = (span.start, span.end)
    return spans


def _file_form(gold: GoldArticle) -> GoldJson:
    """The gold as written to a file: every field, spans left out (they are computed)."""
    written: GoldJson = gold.model_dump(mode="json")
    for field in FIELDS:
        for item in written[field]:
            item.pop("span", None)
    return written


class LabelSession:
    """The labelling of `article` into the gold file `gold_path`, starting from `draft`."""

    def __init__(self, article: Article, gold_path: Path, draft: GoldJson) -> None:
        self.article = article
        self.gold_path = gold_path
        self.autosave_path = gold_path.with_name(gold_path.name + AUTOSAVE_SUFFIX)
        self.draft = draft

    def start(self) -> tuple[Origin, GoldJson]:
        """What the page starts from, and which it is."""
        if self.autosave_path.is_file():
            return "autosave", _read_json(self.autosave_path)
        if self.gold_path.is_file():
            return "gold", _read_json(self.gold_path)
        return "draft", self.draft

    def state(self) -> dict[str, Any]:
        origin, gold = self.start()
        return {
            "article_id": self.article.id,
            "text": self.article.text,
            "gold": gold,
            "origin": origin,
            "gold_path": str(self.gold_path),
            "spans": spans_of(gold, self.article.text),
            "problem": self.check(gold).problem,
        }

    def check(self, gold: GoldJson) -> SaveResult:
        """The gold loader's verdict on `gold`, with the spans of the quotes it finds."""
        spans = spans_of(gold, self.article.text)
        try:
            raw = json.dumps(gold, ensure_ascii=False)
            parse_gold(raw, self.gold_path.name, self.article.id, self.article.text)
        except (EvalError, ValidationError, TypeError, ValueError) as exc:
            return SaveResult(False, str(exc), spans)
        return SaveResult(True, None, spans)

    def autosave(self, gold: GoldJson) -> SaveResult:
        """Keep `gold` as it is, valid or not; say what the loader would make of it."""
        write_atomic(self.autosave_path, json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        return self.check(gold)

    def save(self, gold: GoldJson) -> SaveResult:
        """Write `gold` to the gold file if the loader accepts it (the autosave is then gone)."""
        verdict = self.check(gold)
        if not verdict.ok:
            self.autosave(gold)
            return verdict
        accepted = GoldArticle.model_validate(gold)
        text = json.dumps(_file_form(accepted), ensure_ascii=False, indent=2) + "\n"
        text = text.replace("\u00a0", "\\u00a0")  # as the labelling guide writes them
        write_atomic(self.gold_path, text)
        try:
            self.autosave_path.unlink(missing_ok=True)
        except OSError as exc:
            raise BriefingError(f"{self.autosave_path}: cannot remove ({exc.strerror})") from exc
        return verdict
