"""Token limits on every backend, and caps that bound the model, never the rules."""

from __future__ import annotations

from typing import Any

import pytest
from openai.types.chat import ChatCompletion
from typer.testing import CliRunner

import briefing.cli as cli
import briefing.cli.run as run_command
from briefing.article import decode_article
from briefing.backends.answer_cache import CachingBackend
from briefing.backends.local import LocalBackend
from briefing.errors import ArticleError, BackendError, CutOffError
from briefing.pipeline import Options, brief
from briefing.prompts import load_prompt
from tests.conftest import FakeBackend, completion
from tests.evals.helpers import party

SURNAMES = "Adams Baker Clark Davis Evans Foster Garcia Hughes Irwin Jensen Keller Lopez Moore "
SURNAMES += "Nolan Ortiz Price Quinn Reyes"
HEARING = "Budget hearing draws warnings\n\nThe Senate budget committee met on Tuesday.\n\n"
HEARING += "\n\n".join(
    f"Senator Jo {name} warned that the budget would fail." for name in SURNAMES.split()
)


def test_eighteen_warnings_give_eighteen_concerns_past_the_models_cap_of_16():
    """Before: "concerns: List should have at most 16 items", and no briefing at all."""
    answer = {"summary": "A hearing.", "parties": [party("senate", "Senate", "government")]}
    article = decode_article(HEARING.encode(), "hearing.txt", "hearing")
    result = brief(article, FakeBackend(answer), load_prompt("model-parties"))
    assert len(result.concerns) == 18
    assert len({c.holder for c in result.concerns}) == 18  # one per senator
    assert {c.quote for c in result.concerns} == {"the budget would fail"}


class CutBackend(FakeBackend):
    """Answers `cuts` times with finish_reason "length", then with the queued answer."""

    def __init__(self, cuts: int, context: int | None, *answers: dict[str, Any]) -> None:
        super().__init__(*answers)
        self.cuts = cuts
        self.context = context

    def count_tokens(self, text: str) -> int:
        return 100  # per message: four messages are 464 tokens with the overhead

    def complete(self, **request: Any) -> ChatCompletion:
        if self.cuts:
            self.cuts -= 1
            self.requests.append(request)
            cut = completion('{"summary": "A', completion_tokens=request["max_tokens"])
            cut.choices[0].finish_reason = "length"
            return cut
        return super().complete(**request)


PARTIES = {"summary": "A mayor.", "parties": [party("ana-ruiz", "Ana Ruiz")]}
ARTICLE = decode_article(b"Ana Ruiz said the bridge is safe.", "bridge.txt", "bridge")


def test_a_cut_answer_gets_as_much_room_as_the_context_leaves():
    backend = CutBackend(1, 464 + 3000, PARTIES)
    result = brief(ARTICLE, backend, load_prompt("model-parties"))
    assert [r["max_tokens"] for r in backend.requests] == [2048, 3000]
    assert result.provenance.attempts == 2
    assert result.provenance.usage.completion_tokens == 2048 + 50


def test_the_answer_cache_keeps_the_models_context(tmp_path):
    backend = CutBackend(1, 464 + 3000, PARTIES)
    brief(ARTICLE, CachingBackend(backend, tmp_path / "answers"), load_prompt("model-parties"))
    assert [r["max_tokens"] for r in backend.requests] == [2048, 3000]


def test_a_cut_answer_with_no_room_left_is_reported():
    backend = CutBackend(1, 464 + 2048, PARTIES)
    with pytest.raises(CutOffError) as failed:
        brief(ARTICLE, backend, load_prompt("model-parties"))
    assert str(failed.value) == (
        "the answer was cut off at the token limit (2048 tokens) and the model's "
        "2512-token context leaves no more room"
    )


def test_without_a_known_context_a_cut_answer_gets_twice_the_room():
    backend = CutBackend(2, None, PARTIES)
    with pytest.raises(CutOffError, match=r"twice \(1000, then 2000 tokens\)"):
        brief(ARTICLE, backend, load_prompt("model-parties"), Options(max_tokens=1000))


class FakeLlama:
    """llama.cpp's surface as LocalBackend uses it: 4 bytes a token, answers cut."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    def tokenize(self, data: bytes, add_bos: bool, special: bool) -> list[int]:
        return [0] * (len(data) // 4)

    def create_chat_completion(self, **request: Any) -> dict[str, Any]:
        self.requests.append(request)
        answer = completion('{"summary": "A', completion_tokens=request["max_tokens"])
        data = answer.model_dump()
        data["choices"][0]["finish_reason"] = "length"
        return data


@pytest.fixture
def local() -> LocalBackend:
    backend = LocalBackend(n_ctx=8192)
    backend._llama = FakeLlama()
    backend.grammar = lambda schema: None  # type: ignore[method-assign]
    return backend


def test_the_embedded_backend_is_asked_again_within_its_context_then_reports(local):
    with pytest.raises(CutOffError, match=r"twice \(2048, then 4096 tokens\)"):
        brief(ARTICLE, local, load_prompt("model-parties"))
    assert [r["max_tokens"] for r in local.llama.requests] == [2048, 4096]


def test_the_embedded_backend_refuses_an_article_longer_than_its_context(local):
    article = decode_article(b"Ana Ruiz said so. " * 2000, "long.txt", "long")
    with pytest.raises(ArticleError, match="about 9016 prompt tokens plus 2048 for the answer"):
        brief(article, local, load_prompt("model-parties"))
    assert local.llama.requests == []


def test_a_llama_cpp_failure_is_a_backend_error(local):
    def fails(**request: Any) -> None:
        raise ValueError("Requested tokens (9000) exceed context window of 8192")

    local.llama.create_chat_completion = fails
    with pytest.raises(BackendError) as failed:
        brief(ARTICLE, local, load_prompt("model-parties"))
    assert str(failed.value) == (
        "llama.cpp could not answer: Requested tokens (9000) exceed context window of 8192"
    )


def test_an_unexpected_error_is_one_line_naming_the_article(monkeypatch, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Ana Ruiz said the bridge is safe.")
    monkeypatch.setattr(run_command, "resolve_backend", lambda *args: FakeBackend())
    result = CliRunner().invoke(cli.app, ["run", str(article), "-q"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {article}: internal error AssertionError: FakeBackend: no answer queued "
        "(--verbose shows where)\n"
    )
