"""Pick the news-train articles: PolNeAR train texts rich in denial, concern and demand cues.

    python scripts/pick_news_train.py [--count 36] [--per-outlet 6]
    python scripts/pick_news_train.py --random 16 --seed 7

Prints one `../../../shared/corpora/polnear-train/text/NAME.txt` a line (relative
to `evals/suites/`, as a suite file names it). By default the picks are rich in cue
words: richest first within each outlet, taken round-robin across outlets. With
`--random N`, N articles are drawn uniformly (seeded) from those of the allowed length
that are not yet in `evals/suites/news-train.toml`, so that a batch is not
cue-selected, like held-out news. Only texts and cue-word counts are
read: the choice does not look at any system output or gold.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "polnear-train"
SUITE = Path(__file__).resolve().parents[1] / "evals" / "suites" / "news-train.toml"
DENIAL = re.compile(
    r"\b(denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|disputed"
    r"|disputes|untrue|nonsense|baseless)\b",
    re.IGNORECASE,
)
CONCERN = re.compile(
    r"\b(concerned|concerns|worried|worries|fears?|feared|warned|warns|warning|alarmed|troubled)\b",
    re.IGNORECASE,
)
DEMAND = re.compile(
    r"\b(called on|calls on|called for|calls for|urged|urges|demanded|demands)\b", re.IGNORECASE
)


def cue_score(text: str) -> tuple[int, int, int]:
    return len(DENIAL.findall(text)), len(CONCERN.findall(text)), len(DEMAND.findall(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=36)
    parser.add_argument("--per-outlet", type=int, default=6)
    parser.add_argument("--min-words", type=int, default=200)
    parser.add_argument("--max-words", type=int, default=1000)
    parser.add_argument("--random", type=int, default=0, help="draw N at random instead")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.random:
        for name in random_pick(args.random, args.seed, args.min_words, args.max_words):
            print(f"../../../shared/corpora/polnear-train/text/{name}")
        return
    by_outlet: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for path in sorted((CORPUS / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not args.min_words <= len(text.split()) <= args.max_words:
            continue
        denials, concerns, demands = cue_score(text)
        if denials + concerns + demands < 3:
            continue
        by_outlet[path.name.split("_")[0]].append((2 * denials + 2 * concerns + demands, path.name))
    ranked = {o: sorted(rows, key=lambda r: (-r[0], r[1])) for o, rows in by_outlet.items()}
    picked: list[str] = []
    for rank in range(args.per_outlet):
        for outlet in sorted(ranked):
            if rank < len(ranked[outlet]) and len(picked) < args.count:
                picked.append(ranked[outlet][rank][1])
    for name in picked:
        print(f"../../../shared/corpora/polnear-train/text/{name}")


def random_pick(count: int, seed: int, min_words: int, max_words: int) -> list[str]:
    """`count` article names of the allowed length, not in the suite yet, drawn with `seed`."""
    taken = set(re.findall(r"text/([^\"]+\.txt)", SUITE.read_text(encoding="utf-8")))
    names = [
        path.name
        for path in sorted((CORPUS / "text").glob("*.txt"))
        if path.name not in taken
        and min_words <= len(path.read_text(encoding="utf-8").split()) <= max_words
    ]
    return random.Random(seed).sample(names, count)


if __name__ == "__main__":
    main()
