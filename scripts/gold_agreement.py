"""Agreement between two labellers' gold folders: per article and per field.

    python scripts/gold_agreement.py DIR_A DIR_B [--suite news] [--all]

DIR_A is treated as gold (the primary labeller), DIR_B as the prediction.
Articles are those with a JSON file in both folders; their texts are found
through the suite's article list. Cells are F1 (tp/fp/fn); see
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
    parser.add_argument("dir_a", type=Path, help="primary labeller's gold folder (the gold)")
    parser.add_argument("dir_b", type=Path, help="second labeller's gold folder (the prediction)")
    parser.add_argument("--suite", default="news", help="suite whose articles hold the texts")
    parser.add_argument(
        "--all", action="store_true", help="predict all of B's items, not only the required ones"
    )
    args = parser.parse_args(argv)
    try:
        articles = {path.stem: path for path in load_suite(args.suite).article_paths()}
        if not common_ids(args.dir_a, args.dir_b):
            print(f"no article has a gold file in both {args.dir_a} and {args.dir_b}")
            return 1
        results = agree_dirs(args.dir_a, args.dir_b, articles, only_required=not args.all)
    except (EvalError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    predicted = "all items" if args.all else "required items"
    print(f"A = {args.dir_a} (gold), B = {args.dir_b} (prediction: B's {predicted})\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
