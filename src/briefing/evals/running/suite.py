"""Suites: which articles, prompts and models an eval runs (`evals/suites/NAME.toml`).

    name = "seeds"
    articles = ["seeds/000_ca5623d69bcd5fb1.txt"]   # relative to the repo root
    prompts = ["default"]
    models = ["local"]
    [thresholds]
    iou = 0.5          # span IoU at which two quotes are the same
    token_f1 = 0.5     # else, token F1 at which they are
    [floors]           # optional defaults for --fail-under
    grounding = 1.0

Gold is looked up in `evals/gold/` by article id, the article file's stem.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefing.errors import EvalError
from briefing.evals.folders import repo_root, suites_dir
from briefing.evals.scoring import Thresholds, gated


def check_floor_names(floors: dict[str, float]) -> dict[str, float]:
    unknown = sorted(set(floors) - set(gated("suite")))
    if unknown:
        raise ValueError(f"unknown metric(s) {', '.join(unknown)}; use {', '.join(gated('suite'))}")
    return floors


class Suite(BaseModel):
    """A parsed suite file."""

    model_config = ConfigDict(extra="forbid")

    name: str
    articles: list[str] = Field(min_length=1)
    prompts: list[str] = ["default"]
    models: list[str] = ["local"]
    thresholds: Thresholds = Thresholds()
    floors: dict[str, float] = {}

    _check_floors = field_validator("floors")(check_floor_names)

    def article_paths(self) -> list[Path]:
        return [repo_root() / article for article in self.articles]


def available_suites() -> list[str]:
    return sorted(path.stem for path in suites_dir().glob("*.toml"))


def suite_path(name_or_path: str) -> Path:
    """A suite by name (from evals/suites/) or by path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.is_file():
        return candidate
    return suites_dir() / f"{name_or_path}.toml"


def load_suite(name_or_path: str) -> Suite:
    """Read and check a suite file; raise EvalError with what to fix."""
    path = suite_path(name_or_path)
    if not path.is_file():
        known = ", ".join(available_suites()) or "none"
        raise EvalError(f"suite {name_or_path!r} not found (available: {known})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        suite = Suite.model_validate(data)
    except tomllib.TOMLDecodeError as exc:
        raise EvalError(f"{path}: not valid TOML ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "suite"
        raise EvalError(f"{path}: {where}: {first['msg']}") from exc
    missing = [str(p) for p in suite.article_paths() if not p.is_file()]
    if missing:
        raise EvalError(f"{path}: article file(s) not found: {', '.join(missing)}")
    return suite
