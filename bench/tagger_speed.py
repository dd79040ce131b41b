"""Wall time of the rules path per article, with the tagger and without it, in one run.

    PYTHONPATH=src .venv/bin/python bench/tagger_speed.py [FOLDER_OR_FILES ...]

Each article (default: the seeds; a folder means its *.txt files) is parsed
and briefed with the `rules` prompt (no model) twice, first by the rule
shapes alone, then with the tagger's candidates too (`briefing.attribution.read`
with and without `tag`), alternating so that both see the same machine load.
The spaCy and tagger models are loaded before timing. Prints the mean seconds
per article of each path and their ratio (issue 24: the rules path <= 0.5 s).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from briefing.article import read_article
from briefing.attribution import read
from briefing.attribution.cues.shapes import Found
from briefing.attribution.cues.tagger import Tag, shipped
from briefing.pipeline import brief
from briefing.prompts import load_prompt

ROOT = Path(__file__).resolve().parents[1]


class _NoModel:
    name = "none"
    model = "none"


def _no_tags(_: Any) -> list[Found]:
    return []


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        out += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return out


def _timed(path: Path, tag: Tag) -> float:
    article = read_article(str(path))
    started = time.perf_counter()
    reading = read(article.text, tag=tag)
    backend: Any = _NoModel()
    brief(article, backend, load_prompt("rules"), reading=reading)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "seeds"])
    args = parser.parse_args()
    files = _files(args.paths)
    _timed(files[0], shipped())  # load spaCy, the tagger and the prompt
    plain: list[float] = []
    tagged: list[float] = []
    for path in files:
        plain.append(_timed(path, _no_tags))
        tagged.append(_timed(path, shipped()))
    rules, both = statistics.mean(plain), statistics.mean(tagged)
    print(f"{len(files)} articles: rules alone {rules:.3f} s/article, ", end="")
    print(f"rules + tagger {both:.3f} s/article, ratio {both / rules:.2f}")


if __name__ == "__main__":
    main()
