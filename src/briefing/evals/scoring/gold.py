"""Hand-labelled gold briefings (`evals/gold/ID.json`), placed in their article.

Loading checks what the labelling guide promises: every quote is an exact
substring of the article (its span is computed with `briefing.grounding.locate`)
and every party or item reference resolves inside the same file.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from briefing.errors import EvalError
from briefing.evals.folders import gold_dir
from briefing.grounding import locate
from briefing.schema import ITEM_FIELDS, ItemField, PartyKind

FIELDS: tuple[ItemField, ...] = ITEM_FIELDS


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldParty(_Gold):
    id: str
    name: str
    kind: PartyKind
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = []
    required: bool = True


class _GoldItem(_Gold):
    id: str
    quote: str
    required: bool = True
    span: tuple[int, int] | None = None  # computed on load, absent from the file


class GoldClaim(_GoldItem):
    """Each item exposes `actor` (a party id) and `text` (the labeller's paraphrase)."""

    claimant: str
    statement: str

    @property
    def actor(self) -> str:
        return self.claimant

    @property
    def text(self) -> str:
        return self.statement


class GoldDenial(_GoldItem):
    denier: str
    denied: str
    responds_to: str | None = None

    @property
    def actor(self) -> str:
        return self.denier

    @property
    def text(self) -> str:
        return self.denied


class GoldConcern(_GoldItem):
    holder: str
    about: str
    addressed_to: str | None = None

    @property
    def actor(self) -> str:
        return self.holder

    @property
    def text(self) -> str:
        return self.about


GoldItem = GoldClaim | GoldDenial | GoldConcern


class GoldArticle(_Gold):
    """One article's gold briefing."""

    article_id: str
    parties: list[GoldParty]
    claims: list[GoldClaim] = []
    denials: list[GoldDenial] = []
    concerns: list[GoldConcern] = []

    def items(self, field: ItemField) -> list[GoldItem]:
        return list(getattr(self, field))

    def party(self, party_id: str) -> GoldParty | None:
        return next((p for p in self.parties if p.id == party_id), None)


def _reference_problems(gold: GoldArticle) -> list[str]:
    party_ids = {p.id for p in gold.parties}
    item_ids = {item.id for field in ("claims", "concerns") for item in gold.items(field)}
    refs: list[tuple[str, str | None, set[str]]] = []
    refs += [(f"party {p.id}.affiliation", p.affiliation, party_ids) for p in gold.parties]
    for field in FIELDS:
        for item in gold.items(field):
            refs.append((f"{item.id} actor", item.actor, party_ids))
            if isinstance(item, GoldConcern):
                refs.append((f"{item.id}.addressed_to", item.addressed_to, party_ids))
            if isinstance(item, GoldDenial):
                refs.append((f"{item.id}.responds_to", item.responds_to, item_ids))
    return [
        f"{where} '{ref}' is not an id in the file"
        for where, ref, known in refs
        if ref is not None and ref not in known
    ]


def place(gold: GoldArticle, article_text: str) -> GoldArticle:
    """Return `gold` with each quote's span in `article_text`; raise if one is missing."""
    placed = gold.model_copy(deep=True)
    for field in FIELDS:
        for item in placed.items(field):
            span = locate(item.quote, article_text)
            if span is None or span.text(article_text) != item.quote:
                raise EvalError(
                    f"gold {gold.article_id} {item.id}: quote is not in the article: {item.quote!r}"
                )
            item.span = (span.start, span.end)
    return placed


def load_gold(article_id: str, article_text: str, folder: Path | None = None) -> GoldArticle:
    """Load `evals/gold/ARTICLE_ID.json`, check its references and place its quotes."""
    path = (folder or gold_dir()) / f"{article_id}.json"
    if not path.is_file():
        raise EvalError(f"no gold file for article {article_id} (expected {path})")
    return parse_gold(path.read_text(encoding="utf-8"), str(path), article_id, article_text)


def parse_gold(raw: str, where: str, article_id: str, article_text: str) -> GoldArticle:
    """Check gold JSON as `load_gold` does (EvalError naming `where`) and place its quotes."""
    try:
        gold = GoldArticle.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        at = ".".join(str(part) for part in first["loc"])
        raise EvalError(f"{where}: {at}: {first['msg']}") from exc
    if gold.article_id != article_id:
        raise EvalError(f"{where}: article_id is {gold.article_id!r}, expected {article_id!r}")
    problems = _reference_problems(gold)
    if problems:
        raise EvalError(f"{where}: " + "; ".join(problems))
    return place(gold, article_text)
