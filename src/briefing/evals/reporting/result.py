"""`RunResult`: the typed, versioned record of an eval run, and its one reader and writer.

Every run (a suite against hand-labelled gold, or PolNeAR) is stored as
`result.json` in its run folder. Each article row keeps its *tally*, the
additive counts every metric is computed from (`scoring/measures.py`), so a saved
run can be re-summarised, bootstrapped and compared without a model. A
baseline file is the same model with the briefings left out (`strip`); it keeps
the tallies and the matched/missed gold ids, so a gate can list flipped items.

`FORMAT_VERSION` changes whenever a field changes meaning; `load_result`
refuses other versions with what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from briefing.errors import EvalError
from briefing.evals.running import Suite
from briefing.evals.scoring import RunKind
from briefing.output import write_atomic
from briefing.redact import redact_url
from briefing.schema import Briefing

FORMAT: Literal["briefing-eval-result"] = "briefing-eval-result"
FORMAT_VERSION: Literal[2] = 2
RESULT_FILE = "result.json"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PairOut(_Model):
    predicted: str
    gold: str
    tier: str
    score: float


class FieldOutcome(_Model):
    """One field of one article: matched/ignored pairs, missed gold ids, extra predicted ids."""

    matched: list[PairOut] = []
    ignored: list[PairOut] = []
    missed: list[str] = []
    extra: list[str] = []


class ArticleRow(_Model):
    """One configuration x article (x repeat)."""

    @property
    def called(self) -> bool:
        """Whether this run called the model (a strategy without a model call never does)."""
        return not self.cached and self.attempts > 0

    article_id: str
    source: str = ""
    repeat: int = 0
    cached: bool = False
    error: str | None = None
    attempts: int = 0
    wall_s: float = 0.0
    tally: dict[str, float]
    scores: dict[str, float | None] = {}
    matches: dict[str, FieldOutcome] = {}
    briefing: Briefing | None = None


class Span(_Model):
    """A 95% interval."""

    low: float
    high: float


class Cost(_Model):
    """What a configuration cost: tokens include re-asks; model time as if nothing was cached."""

    runs: int = 0
    runs_calling: int = 0  # runs that called the model (not cached, at least one attempt)
    model_calls: int = 0  # attempts, re-asks included, of the runs not served from the cache
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model_time_s: float = 0.0
    wall_s: float = 0.0
    usd: float | None = None


class ConfigEntry(_Model):
    """One prompt x model: its metrics over all its rows, intervals, cost and rows."""

    label: str
    prompt: str
    model: str
    metrics: dict[str, float | None]
    intervals: dict[str, Span | None] = {}
    cost: Cost = Cost()
    articles: list[ArticleRow]

    def rows(self) -> list[tuple[str, dict[str, float]]]:
        """(article id, tally) per row, what the bootstrap resamples."""
        return [(row.article_id, row.tally) for row in self.articles]

    @property
    def repeats(self) -> int:
        return 1 + max((row.repeat for row in self.articles), default=0)


class RunConfig(_Model):
    """What was run: prompts x models, decoding options, and the suite or PolNeAR folder."""

    prompts: list[str]
    models: list[str]
    base_url: str | None = None
    options: dict[str, int | float] = {}
    repeat: int = 1
    suite: Suite | None = None  # suite runs
    data: str | None = None  # PolNeAR runs: the corpus folder ...
    limit: int | None = None  # ... and how many of its articles

    @field_validator("base_url")
    @classmethod
    def _no_credentials(cls, url: str | None) -> str | None:
        """A server URL is saved without its user and password."""
        return redact_url(url) if url else None


class Bootstrap(_Model):
    resamples: int
    seed: int
    confidence: float
    articles: int


class RunResult(_Model):
    """A whole run: what was run, and per configuration its scores."""

    format: Literal["briefing-eval-result"] = FORMAT
    version: Literal[2] = FORMAT_VERSION
    kind: RunKind
    suite: str
    created: str
    config: RunConfig
    bootstrap: Bootstrap
    calls: int
    cached: int
    configurations: list[ConfigEntry]

    def configuration(self, label: str) -> ConfigEntry | None:
        return next((c for c in self.configurations if c.label == label), None)


def strip(result: RunResult) -> RunResult:
    """The same result without the briefings: a small baseline file (tallies and match ids)."""
    configurations = [
        config.model_copy(
            update={
                "articles": [row.model_copy(update={"briefing": None}) for row in config.articles]
            }
        )
        for config in result.configurations
    ]
    return result.model_copy(update={"configurations": configurations})


def dump(result: RunResult) -> str:
    return result.model_dump_json(indent=2) + "\n"


def save(result: RunResult, path: Path) -> Path:
    write_atomic(path, dump(result))
    return path


def load_result(path: Path) -> RunResult:
    """A run result, given a run folder, its result.json, or a baseline file."""
    file = path / RESULT_FILE if path.is_dir() else path
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"{file}: cannot read a run result ({exc})") from exc
    try:
        result = RunResult.model_validate_json(text)
    except ValidationError as exc:
        raise EvalError(f"{file}: not a briefing eval result ({_why(exc, text)})") from exc
    return result


def _why(exc: ValidationError, text: str) -> str:
    if '"kind": "briefing-eval"' in text or '"kind": "briefing-polnear"' in text:
        return "written by an older briefing (format 1); re-run it, the cache makes that cheap"
    first = exc.errors()[0]
    return f"{'.'.join(str(p) for p in first['loc']) or 'result'}: {first['msg']}"
