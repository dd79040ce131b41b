"""A strategy's context over a fake backend, so each pass replays a queued answer."""

from __future__ import annotations

from briefing.attribution import read
from briefing.extract import Extractor, Options
from briefing.prompts import load_prompt
from briefing.strategies import Context
from tests.conftest import FakeBackend


def context_for(prompt: str, text: str, backend: FakeBackend) -> tuple[Context, Extractor]:
    """The context `brief` would give `prompt`'s strategy, asking `backend`."""
    extractor = Extractor(backend, Options(max_retries=1))
    grounding = {"article": text, "fuzzy_threshold": Options().fuzzy_threshold}
    return Context(load_prompt(prompt), read(text), grounding, extractor.extract), extractor
