"""Shared fixtures: a fake backend that replays queued answers, paths, a local Ray cluster."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openai.types.chat import ChatCompletion

from briefing.backends.base import Backend
from tests.completions import asks_for_party_lists, chat_completion, party_lists

ROOT = Path(__file__).resolve().parents[1]
SEED_000 = ROOT / "seeds" / "000_ca5623d69bcd5fb1.txt"
SEED_004 = ROOT / "seeds" / "004_7c793c227ccf8d88.txt"
NOVILLO: dict[str, Any] = {  # a party of seed 000
    "id": "edmundo-novillo",
    "name": "Edmundo Novillo",
    "kind": "person",
    "role": "Defense Minister",
    "affiliation": None,
    "aliases": ["Novillo"],
}


def completion(
    content: str, prompt_tokens: int = 100, completion_tokens: int = 50
) -> ChatCompletion:
    """An OpenAI chat completion carrying `content`."""
    return ChatCompletion.model_validate(chat_completion(content, prompt_tokens, completion_tokens))


class FakeBackend(Backend):
    """Replays queued answers (dicts are sent as JSON) and records each request."""

    name = "fake"

    def __init__(self, *answers: dict[str, Any] | str) -> None:
        super().__init__("fake-model")
        self.answers = list(answers)
        self.requests: list[dict[str, Any]] = []

    def enqueue(self, *answers: dict[str, Any] | str) -> None:
        self.answers.extend(answers)

    def complete(self, **request: Any) -> ChatCompletion:
        self.requests.append(request)
        if not self.answers:
            raise AssertionError("FakeBackend: no answer queued")
        answer = self.answers.pop(0)
        if isinstance(answer, dict) and "parties" in answer and asks_for_party_lists(request):
            answer = party_lists(answer)  # the form the prompt asks for
        return completion(answer if isinstance(answer, str) else json.dumps(answer))


@pytest.fixture
def fake_backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture(autouse=True)
def briefing_home(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point BRIEFING_HOME at a temp folder, except where the real model is used.

    Real-model tests keep the user's folder, so the 1.1 GB model is assembled once.
    """
    home = tmp_path / "briefing-home"
    if not (request.node.get_closest_marker("model") or request.node.get_closest_marker("server")):
        monkeypatch.setenv("BRIEFING_HOME", str(home))
    return home


def require_ray() -> ModuleType:
    """Ray, or a skip of the calling test module without the extra briefing[ray]; under
    `make test` (BRIEFING_REQUIRE_RAY=1) a missing or broken Ray fails instead."""
    if os.environ.get("BRIEFING_REQUIRE_RAY"):
        return importlib.import_module("ray")
    ray: ModuleType = pytest.importorskip("ray")
    return ray


@pytest.fixture(scope="session")
def local_ray() -> Iterator[None]:
    """One new 2-CPU cluster for the whole session (starting one costs ~45 s), in its own
    temp folder (never /tmp/ray, never one already running), without usage reports; shut
    down and removed afterwards. Every Ray test shares it."""
    ray = require_ray()
    folder = tempfile.mkdtemp(prefix="ray-")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RAY_USAGE_STATS_ENABLED", "0")
        env.delenv("RAY_ADDRESS", raising=False)
        try:
            ray.init(
                address="local",
                num_cpus=2,
                include_dashboard=False,
                log_to_driver=False,
                _temp_dir=folder,
            )
            yield
        finally:
            ray.shutdown()
            shutil.rmtree(folder, ignore_errors=True)
