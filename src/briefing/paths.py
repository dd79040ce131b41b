"""Where briefing keeps files: BRIEFING_HOME, else the user's cache folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir


def home() -> Path:
    """The folder for assembled models and the eval cache (BRIEFING_HOME moves it)."""
    override = os.environ.get("BRIEFING_HOME")
    return Path(override) if override else Path(user_cache_dir("briefing"))
