"""In a real browser: labelling a denial and saving it as gold; a briefing page's spans."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.evals.scoring.gold import load_gold
from briefing.labelling.server import bind, server_for, url_of
from briefing.views.briefing_page import briefing_page
from tests.evals.helpers import briefing, item, party
from tests.labelling.helpers import TEXT, session

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "label-page.png"

# Select [start, end) of the article text in the page, as a reader's drag would.
SELECT = """([start, end]) => {
  const article = document.getElementById("article");
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0, node;
  while ((node = walker.nextNode())) {
    const length = node.textContent.length;
    if (seen <= start && start <= seen + length) range.setStart(node, start - seen);
    if (seen <= end && end <= seen + length) { range.setEnd(node, end - seen); break; }
    seen += length;
  }
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


@pytest.fixture
def label_url(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    labelling = session(tmp_path)
    sock = bind(0)
    server = server_for(labelling)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield url_of(sock), labelling
    server.should_exit = True
    thread.join(timeout=5)
    sock.close()


def test_label_a_denial_save_it_as_gold_and_see_it_after_a_reload(page, label_url) -> None:
    url, labelling = label_url
    page.goto(url)
    page.wait_for_selector(".card.party")
    quote = "tolls would rise"
    start = TEXT.index(quote)
    page.evaluate(SELECT, [start, start + len(quote)])
    page.click("#new-denial")
    card = page.locator('.card.item[data-id="d1"]')
    card.locator("select.actor").select_option("ana-ruiz")
    card.locator("textarea.para").fill("Tolls will not rise.")
    page.click("#save")
    page.wait_for_function("document.getElementById('status').textContent.startsWith('saved')")
    gold = load_gold("bridge", TEXT, labelling.gold_path.parent)
    assert [(d.denier, d.quote, d.denied, d.span) for d in gold.denials] == [
        ("ana-ruiz", quote, "Tolls will not rise.", (start, start + len(quote)))
    ]
    page.reload()
    page.wait_for_selector('.card.item[data-id="d1"]')
    assert page.locator("#status").inner_text().startswith(f"started from {labelling.gold_path}")
    assert not labelling.autosave_path.exists()
    assert page.locator('.card.item[data-id="d1"] select.actor').input_value() == "ana-ruiz"
    assert page.locator('mark.k-denials[data-item="d1"]').inner_text() == quote
    assert page.locator("#problem").is_hidden()
    if not SCREENSHOT.exists():  # the README's picture, remade by deleting it
        page.screenshot(path=str(SCREENSHOT))


def test_an_unsaved_edit_survives_a_reload_and_a_bad_save_shows_the_loader_error(
    page, label_url
) -> None:
    url, labelling = label_url
    page.goto(url)
    page.wait_for_selector(".card.party")
    quote = "baseless rumours"
    start = TEXT.index(quote)
    page.evaluate(SELECT, [start, start + len(quote)])
    page.click("#new-claim")
    page.wait_for_function("document.getElementById('status').textContent.startsWith('autosaved')")
    page.reload()
    page.wait_for_selector('.card.item[data-id="c1"]')
    assert "unsaved edits" in page.locator("#status").inner_text()
    page.locator('.card.item[data-id="c1"] select.actor').select_option("")
    page.click("#save")
    page.wait_for_function("document.getElementById('status').textContent.startsWith('not saved')")
    assert "c1 actor '' is not an id in the file" in page.locator("#problem").inner_text()
    assert not labelling.gold_path.exists()
    kept = json.loads(labelling.autosave_path.read_text(encoding="utf-8"))
    assert kept["claims"][0]["quote"] == quote


def test_a_briefing_page_highlights_each_span_by_kind(page, tmp_path) -> None:
    quote = "tolls would rise"
    made = briefing(
        TEXT,
        [party("ana-ruiz", "Ana Ruiz")],
        denials=[item("denials", "d1", "ana-ruiz", quote, "No rise.", TEXT.index(quote))],
    )
    path = tmp_path / "bridge.html"
    path.write_text(briefing_page(made, TEXT), encoding="utf-8")
    page.goto(path.as_uri())
    mark = page.locator(".article mark.k-denials")
    assert mark.inner_text() == quote
    fill = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert fill == "rgb(255, 215, 213)"
    assert page.locator(".article b").count() == 0  # the article's <b> is text
    page.click('#item-d1 a[href="#span-d1"]')
    assert page.evaluate("location.hash") == "#span-d1"
    mark.click()
    assert page.evaluate("location.hash") == "#item-d1"
