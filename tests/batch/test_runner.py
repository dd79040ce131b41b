import briefing.batch.runner as runner_module
from briefing.article import Article
from briefing.batch import Job
from briefing.batch.runner import Failure
from briefing.pipeline import Options
from briefing.prompts import load_prompt
from tests.conftest import FakeBackend


def test_an_unexpected_error_is_one_line_for_that_article(monkeypatch):
    def broken(*args):
        raise ValueError("a bug\nwith a second line")

    monkeypatch.setattr(runner_module, "brief", broken)
    job = Job(FakeBackend(), load_prompt("onepass"), Options())
    assert job.attempt(Article("a", "a.txt", "text")) == Failure(
        "internal error ValueError: a bug (--verbose shows where)"
    )
