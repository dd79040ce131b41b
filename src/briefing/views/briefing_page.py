"""One briefing as a self-contained HTML page (inline CSS, no scripts), and a folder's index.

The article is drawn with each item's quote highlighted in its kind's colour;
beside it, each party with the items it states. An item links to its span and
the span links back to the item (plain anchors; `:target` shows where you are).
Every string from the article or the briefing is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape, unescape

from briefing.schema import ITEM_FIELDS, Briefing, Claim, Concern, Denial, Party
from briefing.views.spans import Mark, highlight, mark_fills

RUN_KEY_META = "briefing-run-key"
"""The meta tag holding the run key a page was made with (what a re-run skips on)."""
COUNTS_META = "briefing-counts"
"""The meta tag holding the page's counts, read back for a folder's index."""

_NO_ITEMS = '<p class="empty">no items</p>'
_NO_PARTIES = '<p class="empty">no parties</p>'
_KIND = {"claims": "claim", "denials": "denial", "concerns": "concern"}

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
header, footer { padding: 16px 24px; background: #fff; border-bottom: 1px solid #d0d7de; }
footer { border-top: 1px solid #d0d7de; color: #57606a; font-size: 13px; }
h1 { font-size: 21px; margin: 0 0 6px; } h2 { font-size: 16px; margin: 0 0 8px; }
.summary { margin: 0; max-width: 900px; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 16px;
  padding: 16px 24px; }
.article { white-space: pre-wrap; background: #fff; border: 1px solid #d0d7de;
  border-radius: 6px; padding: 14px 16px; }
mark { color: inherit; padding: 0 1px; border-radius: 2px; }
a.span { color: inherit; text-decoration: none; }
a.anchor:target + a.span mark, a.anchor:target + mark { outline: 2px solid #1f2328; }
.legend span { margin-right: 12px; font-size: 13px; }
.party { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px;
  margin-bottom: 10px; }
.party h3 { font-size: 15px; margin: 0; } .party .about { color: #57606a; font-size: 13px; }
.item { border-left: 4px solid #d0d7de; margin: 6px 0; padding: 2px 8px; }
.item:target { background: #fffbe6; }
.item.claims { border-left-color: #1f6feb; } .item.denials { border-left-color: #cf222e; }
.item.concerns { border-left-color: #bf8700; }
.kind { font-size: 11px; font-weight: 600; text-transform: uppercase; color: #57606a; }
.quote { color: #57606a; font-size: 13px; }
.empty { color: #57606a; font-style: italic; }
"""


def _items(briefing: Briefing) -> list[Claim | Denial | Concern]:
    return sorted(briefing.items(), key=lambda item: item.span)


def _marks(briefing: Briefing) -> list[Mark]:
    names = {party.id: party.name for party in briefing.parties}
    return [
        Mark(
            item.span[0],
            item.span[1],
            f"k-{item.field}",
            f"{item.id} {item.kind} · {names.get(item.actor, item.actor)}",
            anchor=f"span-{item.id}",
            link=f"#item-{item.id}",
        )
        for item in _items(briefing)
    ]


def _item_card(item: Claim | Denial | Concern, names: dict[str, str]) -> str:
    extra = ""
    if isinstance(item, Denial) and item.responds_to:
        extra = f" · responds to {escape(item.responds_to)}"
    if isinstance(item, Concern) and item.addressed_to:
        extra = f" · addressed to {escape(names.get(item.addressed_to, item.addressed_to))}"
    return (
        f'<div class="item {item.field}" id="item-{escape(item.id)}">'
        f'<span class="kind">{escape(item.id)} {item.kind}</span>{extra}'
        f"<div>{escape(item.text)}</div>"
        f'<div class="quote"><a href="#span-{escape(item.id)}">“{escape(item.quote)}”</a>'
        f" (chars {item.span[0]}–{item.span[1]})</div></div>"
    )


def _party_card(
    party: Party, items: Sequence[Claim | Denial | Concern], names: dict[str, str]
) -> str:
    about = " · ".join(
        part
        for part in (
            party.kind,
            party.role or "",
            f"of {names.get(party.affiliation, party.affiliation)}" if party.affiliation else "",
            f"also: {', '.join(party.aliases)}" if party.aliases else "",
        )
        if part
    )
    cards = "".join(_item_card(item, names) for item in items)
    return (
        f'<section class="party" id="party-{escape(party.id)}"><h3>{escape(party.name)}</h3>'
        f'<div class="about">{escape(about)}</div>'
        f"{cards or _NO_ITEMS}</section>"
    )


def _provenance(briefing: Briefing) -> str:
    made = briefing.provenance
    used = f"{made.backend}:{made.model}" if made.model is not None else "no model"
    return escape(
        f"{used} · prompt {made.prompt} v{made.prompt_version} · "
        f"{made.usage.prompt_tokens}+{made.usage.completion_tokens} tokens · "
        f"{made.latency_s:.1f} s · {made.attempts} attempt(s) · "
        f"{len(made.dropped)} item(s) dropped as ungrounded · "
        f"made {made.created.isoformat(timespec='seconds')} · article {briefing.article.source}"
    )


_LEGEND = (
    '<p class="legend">'
    + "".join(
        f'<span><mark class="k-{field}">{_KIND[field]}</mark></span>' for field in ITEM_FIELDS
    )
    + "</p>"
)


def briefing_page(briefing: Briefing, article_text: str, run_key: str | None = None) -> str:
    """The page of one briefing; `article_text` is the text its spans count in."""
    names = {party.id: party.name for party in briefing.parties}
    title = briefing.article.title or briefing.article.id
    by_actor = {
        party.id: [i for i in _items(briefing) if i.actor == party.id] for party in briefing.parties
    }
    parties = "".join(_party_card(p, by_actor[p.id], names) for p in briefing.parties)
    key = f'<meta name="{RUN_KEY_META}" content="{escape(run_key)}">' if run_key else ""
    key += f'<meta name="{COUNTS_META}" content="{escape(_counts(briefing))}">'
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">{key}'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Briefing: {escape(title)}</title>"
        f"<style>{_CSS}{mark_fills('k')}</style></head><body>"
        f"<header><h1>Briefing: {escape(title)}</h1>"
        f'<p class="summary">{escape(briefing.summary)}</p>{_LEGEND}</header>'
        f'<main><div class="article">{highlight(article_text, _marks(briefing))}</div>'
        f"<div><h2>Parties</h2>{parties or _NO_PARTIES}</div></main>"
        f"<footer>{_provenance(briefing)}</footer></body></html>\n"
    )


@dataclass(frozen=True)
class IndexEntry:
    """One page of a folder: its file name, title and item counts."""

    file: str
    title: str
    counts: str


def _counts(briefing: Briefing) -> str:
    counts = ", ".join(f"{len(getattr(briefing, field))} {field}" for field in ITEM_FIELDS)
    return f"{len(briefing.parties)} parties, {counts}"


def index_entry(file: str, briefing: Briefing) -> IndexEntry:
    """The index line of the page `file` showing `briefing`."""
    return IndexEntry(file, briefing.article.title or briefing.article.id, _counts(briefing))


def _meta(head: str, name: str) -> str | None:
    found = re.search(f'<meta name="{name}" content="([^"]*)">', head)
    return unescape(found.group(1)) if found else None


def read_index_entry(file: str, head: str) -> IndexEntry | None:
    """The index line of a page already written, from its head (None if not a briefing page)."""
    title = re.search(r"<title>Briefing: (.*?)</title>", head)
    counts = _meta(head, COUNTS_META)
    if title is None or counts is None:
        return None
    return IndexEntry(file, unescape(title.group(1)), counts)


def page_run_key(head: str) -> str | None:
    """The run key a page was made with, from its head."""
    return _meta(head, RUN_KEY_META)


def index_page(entries: Sequence[IndexEntry]) -> str:
    """A page linking to every briefing page of a folder."""
    rows = "".join(
        f'<li><a href="{escape(entry.file)}">{escape(entry.title)}</a> '
        f'<span class="quote">{escape(entry.counts)}</span></li>'
        for entry in entries
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Briefings</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Briefings ({len(entries)})</h1></header>"
        f'<main style="display:block"><ul>{rows}</ul></main></body></html>\n'
    )
