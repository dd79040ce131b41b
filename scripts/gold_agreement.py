"""Agreement between two labellers' gold folders: per article and per field.

    python scripts/gold_agreement.py [DIR_A] DIR_B [--suite news] [--all]

DIR_A is treated as gold (the primary labeller), DIR_B as the prediction; with
one folder, DIR_A is the suite's own gold folder. The suite is a name
(evals/suites/) or a path to a .toml, whose paths are relative to it, as in
`briefing eval`. Articles are those with a JSON file in both folders; their
texts are found through the suite's article list. Cells are F1 (tp/fp/fn); see
src/briefing/evals/scoring/agreement.py for what is compared.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from briefing.errors import EvalError
from briefing.evals.running import load_suite
from briefing.evals.scoring.agreement import agree_dirs, common_ids, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders",
        type=Path,
        nargs="+",
        metavar="DIR",
        help="[DIR_A] DIR_B: the primary labeller's gold folder (default: the suite's gold), "
        "then the second labeller's (the prediction)",
    )
    parser.add_argument("--suite", default="news", help="suite (name or .toml) with the texts")
    parser.add_argument(
        "--all", action="store_true", help="predict all of B's items, not only the required ones"
    )
    args = parser.parse_args(argv)
    if len(args.folders) > 2:
        parser.error("give one or two folders: [DIR_A] DIR_B")
    try:
        suite = load_suite(args.suite)
        dir_a, dir_b = (
            args.folders if len(args.folders) == 2 else [suite.gold_folder(), *args.folders]
        )
        articles = {path.stem: path for path in suite.article_paths()}
        if not common_ids(dir_a, dir_b):
            print(f"no article has a gold file in both {dir_a} and {dir_b}")
            return 1
        results = agree_dirs(dir_a, dir_b, articles, only_required=not args.all)
    except (EvalError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    predicted = "all items" if args.all else "required items"
    print(f"A = {dir_a} (gold), B = {dir_b} (prediction: B's {predicted})\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
