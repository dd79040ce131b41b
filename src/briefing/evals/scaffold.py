"""`briefing eval init DIR`: a suite folder of one's own that runs as it is.

The files are `evals/starter/` in this package: a suite file, one invented
article with its gold, a README and a GitHub Actions job. Each is a
`string.Template`: `$name` becomes the suite's name (the folder's), `$dir` the
folder as the commands in the README and the CI job should name it.
"""

from __future__ import annotations

import re
from pathlib import Path
from string import Template

from briefing.errors import EvalError
from briefing.output import write_atomic

STARTER = Path(__file__).resolve().parent / "starter"
SUITE_FILE = "suite.toml"


def suite_name(folder: Path) -> str:
    """A suite name from a folder's name: lowercase words joined by '-'."""
    words = re.findall(r"[a-z0-9]+", folder.resolve().name.lower())
    return "-".join(words) or "suite"


def shown(folder: Path) -> str:
    """The folder as commands run from the current folder name it (relative if inside)."""
    try:
        return folder.absolute().relative_to(Path.cwd()).as_posix() or "."
    except ValueError:
        return folder.as_posix()


def write_starter(folder: Path) -> Path:
    """Write the starter suite into `folder` (new or empty); return its suite file."""
    if folder.exists() and not folder.is_dir():
        raise EvalError(f"{folder}: exists and is not a folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise EvalError(f"{folder}: exists and is not empty; give a new or empty folder")
    values = {"name": suite_name(folder), "dir": shown(folder)}
    for template in sorted(p for p in STARTER.rglob("*") if p.is_file()):
        text = Template(template.read_text(encoding="utf-8")).substitute(values)
        write_atomic(folder / template.relative_to(STARTER), text)
    return folder / SUITE_FILE
