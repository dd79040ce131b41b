"""Where the shipped data lives: prompts, the JSON Schema, the seed suite and its gold.

In a checkout these are the project's own top-level folders. An installed
wheel carries them in `briefing/_resources/`, whose layout mirrors the
checkout (`prompts/`, `schemas/`, `seeds/`, `evals/gold/`, `evals/suites/`):
in the source tree `_resources` holds symlinks to the top-level folders, and
the wheel build copies their files in.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def checkout_root() -> Path | None:
    """The project checkout this package runs from (an editable install), if any."""
    candidate = _PACKAGE.parents[1]
    if (candidate / "pyproject.toml").is_file() and (candidate / "prompts").is_dir():
        return candidate
    return None


def project_root() -> Path:
    """The checkout, else the data packaged inside the installed wheel (same layout)."""
    return checkout_root() or _PACKAGE / "_resources"
