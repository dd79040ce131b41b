"""Where the eval suite reads gold and suites and writes its runs."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path


def repo_root() -> Path:
    """The project folder (the one holding `evals/`), else the current folder."""
    project = Path(__file__).resolve().parents[3]
    return project if (project / "evals").is_dir() else Path.cwd()


def gold_dir() -> Path:
    return repo_root() / "evals" / "gold"


def suites_dir() -> Path:
    return repo_root() / "evals" / "suites"


def runs_dir() -> Path:
    """BRIEFING_RUNS_DIR, else `evals/runs/` (gitignored)."""
    override = os.environ.get("BRIEFING_RUNS_DIR")
    return Path(override) if override else repo_root() / "evals" / "runs"


def new_run_dir(label: str) -> Path:
    """A fresh folder `YYYYmmdd-HHMMSS_LABEL` under the runs folder."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = runs_dir() / f"{stamp}_{label}"
    folder, number = base, 1
    while folder.exists():
        number += 1
        folder = base.with_name(f"{base.name}_{number}")
    folder.mkdir(parents=True)
    return folder
