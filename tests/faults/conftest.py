"""The fault-injection suite's fixtures: a misbehaving server, an article, a CLI run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import briefing.cli as cli
from tests.completions import party_lists
from tests.faults.server import FakeServer, Reply, chat

API_KEY = "sk-test-SECRET-4f9a2c"
ARTICLE = (
    "The mayor of Harbor City, Ana Ruiz, said on Monday that the new bridge is safe. "
    "The city council denied that the vote on the bridge was rushed.\n"
)
PARTIES: dict[str, Any] = party_lists(
    {
        "summary": "The mayor says the new bridge is safe.",
        "parties": [{"name": "Ana Ruiz", "kind": "person"}],
    }
)


def good_answer() -> Reply:
    """What the default prompt's one pass needs: the summary alone."""
    return chat(json.dumps({"summary": PARTIES["summary"]}))


def parties_answer() -> Reply:
    """What `model-parties`'s one pass needs: a summary and the parties."""
    return chat(json.dumps(PARTIES))


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three tries, 10 ms apart; a requested wait over 1 s is refused; a known key."""
    monkeypatch.setenv("BRIEFING_RETRIES", "3")
    monkeypatch.setenv("BRIEFING_BACKOFF", "0.01")
    monkeypatch.setenv("BRIEFING_MAX_WAIT", "1")
    monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
    for name in ("OPENAI_BASE_URL", "BRIEFING_TIMEOUT", "BRIEFING_CONTEXT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        yield fake


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(url: str, *args: str | Path) -> Result:
    """`briefing run ARGS -m fake --base-url URL -q`, in process."""
    command = ["run", *map(str, args), "-m", "fake", "--base-url", url, "-q"]
    return CliRunner().invoke(cli.app, command)
