"""One self-contained HTML page of a suite run (inline CSS, no scripts, no assets).

The page holds the comparison table, then per article: the article text with
gold quotes highlighted (background) and predicted quotes underlined, one
colour per field; and the gold beside each configuration's briefing, each
item marked matched / ignored (matched optional gold) / extra / missed.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from briefing.evals.reporting.compare import Comparison
from briefing.evals.reporting.html_tables import comparison_section, run_tables
from briefing.evals.reporting.result import RunResult
from briefing.evals.running import ArticleResult, ConfigResult
from briefing.evals.scoring import FIELD_NAMES, FIELDS, FieldMatch, GoldArticle
from briefing.output import write_atomic
from briefing.schema import Briefing, Claim, Concern, Denial, ItemField
from briefing.views import Mark, highlight, mark_fills

_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; } h3 { font-size: 15px; }
table.cmp { border-collapse: collapse; }
table.cmp th, table.cmp td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: right; }
table.cmp th:first-child, table.cmp td:first-child { text-align: left; }
table.cmp th { background: #f6f8fa; }
table.cmp tr.ci td { color: #57606a; font-size: 12px; }
.worse { color: #cf222e; font-weight: 600; } .better { color: #1a7f37; font-weight: 600; }
.caveat { color: #57606a; }
.article { white-space: pre-wrap; border: 1px solid #d0d7de; padding: 12px; max-width: 1100px;
  background: #fff; }
mark { background: none; color: inherit; padding: 0 1px; }
mark.p-claims { border-bottom: 2px solid #1f6feb; }
mark.p-denials { border-bottom: 2px solid #cf222e; }
mark.p-concerns { border-bottom: 2px solid #bf8700; }
.legend span { margin-right: 14px; }
.cols { display: grid; gap: 12px; margin-top: 12px; }
.col { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px; background: #f6f8fa;
  min-width: 0; }
.col h3 { margin: 4px 0 8px; }
.col h4 { margin: 10px 0 4px; font-size: 13px; text-transform: uppercase; color: #57606a; }
.item { background: #fff; border-left: 4px solid #d0d7de; margin: 4px 0; padding: 4px 6px; }
.item.matched { border-left-color: #1a7f37; } .item.extra { border-left-color: #cf222e; }
.item.missed { border-left-color: #bf8700; opacity: .75; }
.item.ignored { border-left-color: #8c959f; }
.badge { font-size: 11px; font-weight: 600; padding: 0 5px; border-radius: 8px; color: #fff;
  margin-right: 4px; }
.matched .badge { background: #1a7f37; } .extra .badge { background: #cf222e; }
.missed .badge { background: #bf8700; } .ignored .badge, .gold .badge { background: #8c959f; }
.para { color: #57606a; font-size: 12px; }
code { font-size: 11px; color: #57606a; }
.error { color: #cf222e; font-weight: 600; }
.scores { font-size: 12px; color: #57606a; }
"""
_CSS += mark_fills("g") + "\n"


def _status(match: FieldMatch) -> dict[str, tuple[str, str]]:
    """Predicted id -> (status, gold id)."""
    found = {p.predicted: ("matched", p.gold) for p in match.pairs}
    found.update({p.predicted: ("ignored", p.gold) for p in match.ignored})
    found.update({pid: ("extra", "") for pid in match.extra})
    return found


def _card(status: str, badge: str, actor: str, quote: str, para: str) -> str:
    return (
        f'<div class="item {escape(status)}"><span class="badge">{escape(badge)}</span>'
        f"<b>{escape(actor)}</b>: “{escape(quote)}”"
        f'<div class="para">{escape(para)}</div></div>'
    )


def _party_card(status: str, badge: str, name: str, party_id: str, about: str) -> str:
    return (
        f'<div class="item {escape(status)}"><span class="badge">{escape(badge)}</span>'
        f"<b>{escape(name)}</b> <code>{escape(party_id)}</code>"
        f'<div class="para">{escape(about)}</div></div>'
    )


def _gold_column(gold: GoldArticle) -> str:
    parts = ['<div class="col gold"><h3>Gold</h3><h4>parties</h4>']
    for party in gold.parties:
        tag = "required" if party.required else "optional"
        parts.append(_party_card("gold", tag, party.name, party.id, party.role or party.kind))
    for field in FIELDS:
        parts.append(f"<h4>{field}</h4>")
        for item in gold.items(field):
            tag = f"{item.id} {'required' if item.required else 'optional'}"
            parts.append(_card("gold", tag, item.actor, item.quote, item.text))
    return "".join(parts) + "</div>"


def _briefing_items(briefing: Briefing, field: ItemField) -> list[tuple[str, str, str, str]]:
    """(id, actor, quote, paraphrase) of one field's items."""
    items: list[Claim | Denial | Concern] = getattr(briefing, field)
    return [(item.id, item.actor, item.quote, item.text) for item in items]


def _config_column(label: str, result: ArticleResult) -> str:
    record = result.record
    scores = " · ".join(f"{n} {result.counts[n].f1:.2f}" for n in FIELD_NAMES)
    parts = [
        f'<div class="col"><h3>{escape(label)}</h3>',
        f'<div class="scores">F1 {escape(scores)} · macro {result.macro_f1:.2f}'
        f"{' · cached' if record.cached else ''}</div>",
    ]
    if record.briefing is None:
        parts.append(f'<p class="error">run failed: {escape(record.error or "")}</p>')
    else:
        parts.append(f'<p class="para">{escape(record.briefing.summary)}</p>')
        parts += _party_cards(record.briefing, record.gold, result.matches["parties"])
        for field in FIELDS:
            parts += _item_cards(record.briefing, record.gold, field, result.matches[field])
    return "".join(parts) + "</div>"


def _party_cards(briefing: Briefing, gold: GoldArticle, match: FieldMatch) -> list[str]:
    """Predicted parties with their status, then the required gold parties missed."""
    cards = ["<h4>parties</h4>"]
    status = _status(match)
    for party in briefing.parties:
        state, gold_id = status.get(party.id, ("extra", ""))
        badge = f"{state} {gold_id}".strip()
        cards.append(_party_card(state, badge, party.name, party.id, party.role or party.kind))
    for gid in match.missed:
        missed = gold.party(gid)
        if missed is not None:
            cards.append(_party_card("missed", "missed", missed.name, gid, missed.kind))
    return cards


def _item_cards(
    briefing: Briefing, gold: GoldArticle, field: ItemField, match: FieldMatch
) -> list[str]:
    """One field's predicted items with their status, then the required gold items missed."""
    cards = [f"<h4>{field}</h4>"]
    status = _status(match)
    for item_id, actor, quote, para in _briefing_items(briefing, field):
        state, gold_id = status.get(item_id, ("extra", ""))
        cards.append(_card(state, f"{item_id} {state} {gold_id}".strip(), actor, quote, para))
    by_id = {item.id: item for item in gold.items(field)}
    for gid in match.missed:
        missed = by_id[gid]
        cards.append(_card("missed", f"missed {gid}", missed.actor, missed.quote, missed.text))
    return cards


def _marks(gold: GoldArticle, results: Sequence[tuple[str, ArticleResult]]) -> list[Mark]:
    marks = []
    for field in FIELDS:
        for item in gold.items(field):
            if item.span is not None:
                marks.append(Mark(*item.span, f"g-{field}", f"gold {item.id} ({item.actor})"))
        for label, result in results:
            briefing = result.record.briefing
            for item in getattr(briefing, field) if briefing else []:
                title = f"{label}: {item.id}"
                marks.append(Mark(item.span[0], item.span[1], f"p-{field}", title))
    return marks


_LEGEND = (
    '<p class="legend">'
    + "".join(
        f'<span><mark class="g-{f}">gold {f}</mark></span>'
        f'<span><mark class="p-{f}">predicted {f}</mark></span>'
        for f in FIELDS
    )
    + "</p>"
)


def _article_section(article_id: str, results: Sequence[tuple[str, ArticleResult]]) -> str:
    record = results[0][1].record
    columns = [_gold_column(record.gold)] + [_config_column(lbl, r) for lbl, r in results]
    grid = f"grid-template-columns: repeat({len(columns)}, minmax(260px, 1fr))"
    return (
        f"<section><h2>{escape(article_id)}</h2>"
        f'<div class="article">{highlight(record.article.text, _marks(record.gold, results))}'
        f'</div><div class="cols" style="{grid}">{"".join(columns)}</div></section>'
    )


def html_report(
    result: RunResult, configs: Sequence[ConfigResult], comparison: Comparison | None = None
) -> str:
    """The whole page: tables with intervals, the paired comparison if given, the articles."""
    by_article: dict[str, list[tuple[str, ArticleResult]]] = {}
    for config in configs:
        for article in config.articles:
            repeat = article.record.repeat
            label = f"{config.label} #{repeat}" if repeat else config.label
            by_article.setdefault(article.record.article.id, []).append((label, article))
    title = f"briefing eval: {result.suite}"
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><p>{escape(result.created)} · "
        f"{result.calls} model calls, {result.cached} cached</p>"
        f"{run_tables(result)}"
        f"{comparison_section(comparison) if comparison is not None else ''}{_LEGEND}"
        + "".join(_article_section(aid, found) for aid, found in by_article.items())
        + "</body></html>\n"
    )


def write_html(
    path: Path,
    result: RunResult,
    configs: Sequence[ConfigResult],
    comparison: Comparison | None = None,
) -> None:
    write_atomic(path, html_report(result, configs, comparison))
