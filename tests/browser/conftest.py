"""A headless Chromium driven by Playwright: the OS's own browser (Debian `chromium`).

No browser is downloaded (`playwright install` is never run): Playwright is pointed
at /usr/bin/chromium (BRIEFING_CHROMIUM moves it). When Playwright or Chromium is
missing the browser tests skip and say why (`pytest -rs` lists it); with
BRIEFING_REQUIRE_BROWSER=1 (`make unit`) they fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _missing(reason: str) -> None:
    if os.environ.get("BRIEFING_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright is not installed (pip install -e '.[dev]')")
    if shutil.which(CHROMIUM) is None:
        _missing(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 700})
    opened = context.new_page()
    opened.set_default_timeout(5000)
    yield opened
    context.close()
