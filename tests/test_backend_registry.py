"""One registry: the lookup and `briefing models` read the same table."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import briefing.cli as cli
from briefing.backends import BACKENDS, resolve_backend
from briefing.backends.local import LocalBackend
from briefing.backends.openai import OpenAIBackend
from briefing.errors import BackendError


def test_briefing_models_lists_every_registered_form() -> None:
    result = CliRunner().invoke(cli.app, ["models"])
    assert result.exit_code == 0, result.output
    for spec in BACKENDS:
        assert f"  {spec.form:<20} {spec.description}" in result.output


@pytest.mark.parametrize(
    ("model", "base_url", "kind", "name"),
    [
        ("local", None, LocalBackend, "qwen2.5-coder-1.5b-instruct-q4_k_m"),
        ("local:/models/x.gguf", None, LocalBackend, "x.gguf"),
        ("openai/gpt-4o-mini", "http://127.0.0.1:9/v1", OpenAIBackend, "gpt-4o-mini"),
        ("qwen2.5", "http://127.0.0.1:9/v1", OpenAIBackend, "qwen2.5"),
    ],
)
def test_each_form_resolves(model: str, base_url: str | None, kind: type, name: str) -> None:
    backend = resolve_backend(model, base_url)
    assert isinstance(backend, kind) and backend.model == name


def test_an_unknown_form_names_the_registered_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(BackendError) as error:
        resolve_backend("gpt-9")
    assert str(error.value) == (
        "unknown model 'gpt-9': use one of 'local', 'local:PATH.gguf', 'openai/NAME', "
        "'NAME --base-url URL'"
    )
