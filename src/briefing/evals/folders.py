"""Where the project keeps its gold and built-in suites, and where runs are written."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from briefing.resources import checkout_root, project_root


def repo_root() -> Path:
    """The project folder: the checkout, else the data inside the installed package."""
    return project_root()


def gold_dir() -> Path:
    """The project's gold: where a suite without a `gold` key and no `gold/` beside it looks."""
    return repo_root() / "evals" / "gold"


def suites_dir() -> Path:
    """The built-in suites, found by name (`briefing eval seeds`)."""
    return repo_root() / "evals" / "suites"


def runs_dir() -> Path:
    """BRIEFING_RUNS_DIR, else the checkout's `evals/runs/` (gitignored), else ./evals/runs."""
    override = os.environ.get("BRIEFING_RUNS_DIR")
    if override:
        return Path(override)
    return (checkout_root() or Path.cwd()) / "evals" / "runs"


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
