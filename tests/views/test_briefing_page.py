"""The HTML page of a briefing (`briefing run -f html`): escaping, spans, links, an index."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from briefing.views import Mark, highlight
from briefing.views.briefing_page import briefing_page, page_run_key, read_index_entry
from tests.evals.helpers import briefing, item, party

TEXT = (
    'Mayor <b>Ana</b> Ruiz said the <script>alert("x")</script> bridge will reopen. '
    "Residents fear higher tolls. Ruiz denied the tolls would rise."
)


def _briefing():
    quotes = {
        "claims": 'the <script>alert("x")</script> bridge will reopen',
        "concerns": "higher tolls",
        "denials": "the tolls would rise",
    }
    found = briefing(
        TEXT,
        [party("ana-ruiz", "Ana <i>Ruiz</i>"), party("residents", "Residents & co", "group")],
        claims=[item("claims", "c1", "ana-ruiz", quotes["claims"], "Reopens <soon>.",
                     TEXT.index(quotes["claims"]))],
        concerns=[item("concerns", "k1", "residents", quotes["concerns"], "Tolls.",
                       TEXT.index(quotes["concerns"]))],
        denials=[item("denials", "d1", "ana-ruiz", quotes["denials"], "No rise.",
                      TEXT.index(quotes["denials"]))],
    )  # fmt: skip
    return found.model_copy(update={"summary": "A <marquee>bridge</marquee> story."})


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each <mark>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[str, str]] = []
        self._in_mark: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark = dict(attrs).get("class") or ""
            self.marks.append((self._in_mark, ""))

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = None

    def handle_data(self, data):
        if self._in_mark is not None:
            css, text = self.marks[-1]
            self.marks[-1] = (css, text + data)


def _parse(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def test_everything_from_the_article_and_the_briefing_is_escaped() -> None:
    page = briefing_page(_briefing(), TEXT)
    names = {tag for tag, _ in _parse(page).tags}
    assert not names & {"script", "b", "i", "marquee", "soon"}
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Ana &lt;i&gt;Ruiz&lt;/i&gt;" in page and "Residents &amp; co" in page
    assert "A &lt;marquee&gt;bridge&lt;/marquee&gt; story." in page


def test_each_item_span_is_highlighted_by_kind_and_linked_both_ways() -> None:
    made = _briefing()
    tags = _parse(briefing_page(made, TEXT))
    marked = {css: text for css, text in tags.marks if css.startswith("k-")}
    for found in made.items():
        assert marked[f"k-{found.field}"] == found.quote
        ids = {attrs.get("id") for _, attrs in tags.tags}
        hrefs = {attrs.get("href") for tag, attrs in tags.tags if tag == "a"}
        assert {f"span-{found.id}", f"item-{found.id}"} <= ids
        assert {f"#span-{found.id}", f"#item-{found.id}"} <= hrefs


def test_items_are_grouped_under_their_party_with_summary_and_provenance() -> None:
    page = briefing_page(_briefing(), TEXT, run_key="k3y")
    ruiz = page[page.index('id="party-ana-ruiz"') : page.index('id="party-residents"')]
    assert 'id="item-c1"' in ruiz and 'id="item-d1"' in ruiz and 'id="item-k1"' not in ruiz
    assert 'id="item-k1"' in page[page.index('id="party-residents"') :]
    footer = page[page.index("<footer>") :]
    assert "fake:fake-model" in footer and "prompt default v1" in footer
    assert "100+20 tokens" in footer and "2.0 s" in footer
    assert page_run_key(page) == "k3y"
    entry = read_index_entry("a.html", page)
    assert entry is not None and entry.counts == "2 parties, 1 claims, 1 denials, 1 concerns"


def test_overlapping_spans_link_to_the_shortest_item() -> None:
    text = "abcdefghij"
    drawn = highlight(
        text,
        [Mark(0, 8, "x", "long", "span-a", "#item-a"), Mark(2, 4, "y", "short", "span-b", "#b")],
    )
    pieces = re.findall(r'<a class="span" href="([^"]+)"><mark class="([^"]+)"', drawn)
    assert pieces == [("#item-a", "x"), ("#b", "x y"), ("#item-a", "x")]
    assert drawn.index('id="span-a"') < drawn.index("ab") < drawn.index('id="span-b"')


def test_marks_without_links_draw_as_the_eval_report_always_did() -> None:
    drawn = highlight("a<b", [Mark(0, 3, "g-claims", 'say "hi"')])
    assert drawn == '<mark class="g-claims" title="say &quot;hi&quot;">a&lt;b</mark>'
