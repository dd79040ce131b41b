"""The gender a first name usually has, from the `nomquamgender` name data (Van Buskirk
et al., MIT licence): a name is "f" or "m" when its share of women, p(gf), lies within
0.05 of 0 or 1, else unknown ("Jordan", "Bernie"). The package's default, 0.1, calls
"Lindsey" (0.90) a woman's name, and news has Senator Lindsey Graham.

Only the package's data file is read, and only the names asked for, found by their key in
the file's text: importing the package (pandas) and loading all 720,000 names take seconds,
which `briefing run` cannot spare.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

THRESHOLD = 0.05  # p(gf) in [0, .05] is "m", in [.95, 1] "f" (the package's default: 0.1)
_ENTRY = re.compile(r"\[(\d+), (\d+), ([\d.]+)")  # sources, counts, p(gf)
_FIRST_NAME = re.compile(r"[a-z][a-z'-]+")


@cache
def _name_data() -> str:
    """The package's name data as text, "" when the package is not installed."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return ""
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@cache
def first_name_gender(name: str) -> str | None:
    """ "m", "f" or None for a first name ("Ben" -> "m", "Caroline" -> "f")."""
    key = name.lower()
    if not _FIRST_NAME.fullmatch(key):
        return None
    data = _name_data()
    at = data.find(f'"{key}": ')
    found = _ENTRY.match(data, at + len(key) + 4) if at >= 0 else None
    if found is None:
        return None
    share = float(found.group(3))
    if share <= THRESHOLD:
        return "m"
    return "f" if share >= 1 - THRESHOLD else None
