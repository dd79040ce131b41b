"""Suites: which articles, prompts and models an eval runs, and where their gold is.

    name = "seeds"
    articles = ["../../seeds/000_ca5623d69bcd5fb1.txt"]   # relative to this file
    gold = "../gold"   # optional: the gold folder, relative to this file
    baseline = "../baselines/seeds.json"   # optional: the default of --baseline
    prompts = ["default"]
    models = ["local"]
    [thresholds]
    iou = 0.5          # span IoU at which two quotes are the same
    token_f1 = 0.5     # else, token F1 at which they are
    [floors]           # optional defaults for --fail-under
    grounding = 1.0

Every path a suite names is relative to the suite file, as promptfoo and Inspect
read theirs, so a suite folder works from any working folder and from an
installed package alike. Without a `gold` key, gold is `gold/` beside the suite
if that folder exists, else the project's `evals/gold/`. Gold is looked up there
by article id, the article file's stem.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

from briefing.errors import EvalError
from briefing.evals.folders import gold_dir, suites_dir
from briefing.evals.scoring import Thresholds, gated

DEFAULT_GOLD = "gold"  # the gold folder looked for beside a suite without a `gold` key


def check_floor_names(floors: dict[str, float]) -> dict[str, float]:
    unknown = sorted(set(floors) - set(gated("suite")))
    if unknown:
        raise ValueError(f"unknown metric(s) {', '.join(unknown)}; use {', '.join(gated('suite'))}")
    return floors


class Suite(BaseModel):
    """A parsed suite file; its paths resolve against `folder`, the file's folder."""

    model_config = ConfigDict(extra="forbid")

    name: str
    articles: list[str] = Field(min_length=1)
    gold: str | None = None
    baseline: str | None = None
    prompts: list[str] = ["default"]
    models: list[str] = ["local"]
    thresholds: Thresholds = Thresholds()
    floors: dict[str, float] = {}

    _check_floors = field_validator("floors")(check_floor_names)
    _folder: Path = PrivateAttr(default_factory=Path.cwd)

    @property
    def folder(self) -> Path:
        """The folder the suite's paths are relative to (the suite file's)."""
        return self._folder

    def resolve(self, named: str) -> Path:
        """A path the suite names, made absolute against the suite's folder."""
        return (self._folder / named).resolve()

    def article_paths(self) -> list[Path]:
        return [self.resolve(article) for article in self.articles]

    def gold_folder(self) -> Path:
        """The `gold` key's folder, else `gold/` beside the suite, else the project's gold."""
        if self.gold is not None:
            return self.resolve(self.gold)
        beside = self.resolve(DEFAULT_GOLD)
        return beside if beside.is_dir() else gold_dir()

    def baseline_path(self) -> Path | None:
        return None if self.baseline is None else self.resolve(self.baseline)


def available_suites() -> list[str]:
    return sorted(path.stem for path in suites_dir().glob("*.toml"))


def suite_path(name_or_path: str) -> Path:
    """A suite by name (from evals/suites/) or by path (a .toml, a folder in it, a file)."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or len(candidate.parts) > 1 or candidate.is_file():
        return candidate
    return suites_dir() / f"{name_or_path}.toml"


def load_suite(name_or_path: str) -> Suite:
    """Read and check a suite file, and that what it names exists; raise EvalError."""
    path = suite_path(name_or_path)
    if not path.is_file() and path == Path(name_or_path):
        raise EvalError(f"{path}: suite file not found")
    if not path.is_file():
        known = ", ".join(available_suites()) or "none"
        raise EvalError(f"suite {name_or_path!r} not found (available: {known})")
    suite = parse_suite(path)
    _check_paths(path, suite)
    return suite


def parse_suite(path: Path) -> Suite:
    """The suite in the file `path`, its paths relative to the file (not checked here)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        suite = Suite.model_validate(data)
    except tomllib.TOMLDecodeError as exc:
        raise EvalError(f"{path}: not valid TOML ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "suite"
        raise EvalError(f"{path}: {where}: {first['msg']}") from exc
    suite._folder = path.absolute().parent
    return suite


def _check_paths(path: Path, suite: Suite) -> None:
    """Every file and folder the suite names exists; else one line naming the first gap."""
    missing = [str(p) for p in suite.article_paths() if not p.is_file()]
    if missing:
        raise EvalError(f"{path}: article file(s) not found: {', '.join(missing)}")
    if suite.gold is not None and not suite.gold_folder().is_dir():
        raise EvalError(f"{path}: gold: folder not found: {suite.gold_folder()}")
    baseline = suite.baseline_path()
    if baseline is not None and not baseline.is_file():
        raise EvalError(
            f"{path}: baseline: file not found: {baseline} "
            f"(write one with `briefing eval baseline RUN -o {baseline}`)"
        )
