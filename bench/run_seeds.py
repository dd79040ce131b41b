"""Wall time of `briefing run` on each seed article (a benchmark, not a test).

    .venv/bin/python bench/run_seeds.py [--prompt NAME] [--model MODEL]

Each seed runs in its own process, as a user would run it, so the time
includes loading the model (the embedded model must be assembled already).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompt", default="default")
    parser.add_argument("--model", default="local")
    args = parser.parse_args()
    briefing = Path(sys.executable).with_name("briefing")
    print(f"{'seed':<24} {'wall s':>7} {'model s':>8} {'attempts':>8} {'items':>6}")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        started = time.perf_counter()
        done = subprocess.run(
            [str(briefing), "run", str(seed), "-q", "-p", args.prompt, "-m", args.model],
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - started
        if done.returncode != 0:
            print(f"{seed.stem:<24} failed: {done.stderr.strip()}")
            continue
        result = json.loads(done.stdout)
        items = sum(len(result[field]) for field in ("claims", "denials", "concerns"))
        provenance = result["provenance"]
        print(
            f"{seed.stem:<24} {wall:>7.1f} {provenance['latency_s']:>8.1f} "
            f"{provenance['attempts']:>8} {items:>6}"
        )


if __name__ == "__main__":
    main()
