"""Model answers cached per request: the same request is answered once."""

from __future__ import annotations

from pathlib import Path

from briefing.backends.answer_cache import CachingBackend
from tests.conftest import FakeBackend, completion

REQUEST = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 10, "temperature": 0.0}


def test_the_same_request_is_answered_from_the_cache(tmp_path: Path) -> None:
    inner = FakeBackend({"answer": 1})
    cached = CachingBackend(inner, root=tmp_path)
    first = cached.complete(**REQUEST)
    second = cached.complete(**REQUEST)  # the fake has no answer left: this must be a hit
    assert first.choices[0].message.content == second.choices[0].message.content
    assert cached.hits == 1 and len(inner.requests) == 1
    assert cached.name == "fake" and cached.model == "fake-model"


def test_a_different_request_or_model_misses(tmp_path: Path) -> None:
    inner = FakeBackend({"answer": 1}, {"answer": 2}, {"answer": 3})
    cached = CachingBackend(inner, root=tmp_path)
    cached.complete(**REQUEST)
    cached.complete(**{**REQUEST, "temperature": 0.7})
    other = FakeBackend({"answer": 3})
    other.model = "another-model"
    CachingBackend(other, root=tmp_path).complete(**REQUEST)
    assert cached.hits == 0 and len(inner.requests) == 2 and len(other.requests) == 1


def test_no_read_asks_again_but_stores(tmp_path: Path) -> None:
    CachingBackend(FakeBackend({"answer": 1}), root=tmp_path).complete(**REQUEST)
    fresh = FakeBackend({"answer": 2})
    again = CachingBackend(fresh, root=tmp_path, read=False).complete(**REQUEST)
    assert again.choices[0].message.content == '{"answer": 2}'
    stored = CachingBackend(FakeBackend(), root=tmp_path).complete(**REQUEST)
    assert stored.choices[0].message.content == '{"answer": 2}'


def test_a_cut_answer_and_a_corrupt_entry_are_not_served(tmp_path: Path) -> None:
    class CutBackend(FakeBackend):
        def complete(self, **request: object):
            answer = completion('{"cut')
            answer.choices[0].finish_reason = "length"
            return answer

    cached = CachingBackend(CutBackend(), root=tmp_path)
    cached.complete(**REQUEST)
    assert not list(tmp_path.rglob("*.json"))
    key = cached.key(REQUEST)
    (tmp_path / key[:2]).mkdir()
    (tmp_path / key[:2] / f"{key}.json").write_bytes(b"\xff\xfe not json")
    refill = CachingBackend(FakeBackend({"answer": 9}), root=tmp_path)
    assert refill.complete(**REQUEST).choices[0].message.content == '{"answer": 9}'
