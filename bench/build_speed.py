"""Prompt and generation speed of llama-cpp-python builds, measured in one run.

    python bench/build_speed.py --build native=WHEEL --build portable=WHEEL [--rounds 3]

Each wheel is unpacked into its own folder under /tmp; each round runs every
build once in a fresh process (alternating, so a noisy machine hurts all
builds alike) on the embedded model: it evaluates one fixed prompt (seed 004
in the default prompt's shape, about 2,000 tokens) and then generates 128
tokens greedily. Prints a Markdown table of the median tokens/s per build
and each build's ratio to the first one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_7c793c227ccf8d88.txt"
GENERATED = 128

# Runs inside a fresh interpreter whose sys.path starts with one build.
_CHILD = r"""
import json, os, sys, time
import llama_cpp
from llama_cpp import Llama
model, seed, n_gen = sys.argv[1], sys.argv[2], int(sys.argv[3])
llm = Llama(model_path=model, n_ctx=4096, n_threads=os.cpu_count() or 2, seed=0, verbose=False)
text = "List who is in the article below, as JSON.\n\n" + open(seed, encoding="utf-8").read()
tokens = llm.tokenize(text.encode("utf-8"))
start = time.perf_counter()
llm.eval(tokens)
prompt_s = time.perf_counter() - start
start = time.perf_counter()
for _ in range(n_gen):
    token = llm.sample(temp=0.0)
    llm.eval([token])
gen_s = time.perf_counter() - start
info = llama_cpp.llama_cpp.llama_print_system_info().decode()
print(json.dumps({"prompt_tokens": len(tokens), "prompt_s": prompt_s, "gen_s": gen_s,
                  "system_info": info, "module": llama_cpp.__file__}))
"""


def unpack(name: str, wheel: Path) -> Path:
    target = Path("/tmp/bench-llama") / name
    if not (target / "llama_cpp").is_dir():
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(target)
    return target


def run_once(site: Path, model: Path) -> dict[str, float | str]:
    command = [sys.executable, "-c", _CHILD, str(model), str(SEED), str(GENERATED)]
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    result: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", action="append", required=True, help="NAME=WHEEL")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from briefing.backends import embedded

    model = embedded.assemble()
    builds = {
        name: unpack(name, Path(wheel)) for name, wheel in (b.split("=", 1) for b in args.build)
    }
    runs: dict[str, list[dict[str, float | str]]] = {name: [] for name in builds}
    for round_number in range(args.rounds):
        for name, site in builds.items():
            result = run_once(site, model)
            runs[name].append(result)
            print(
                f"round {round_number + 1} {name}: {result['prompt_s']:.2f} s prompt, "
                f"{result['gen_s']:.2f} s generation",
                file=sys.stderr,
            )
    print(
        "| build | prompt tok/s | generation tok/s | prompt ratio | generation ratio | features |"
    )
    print("|---|---|---|---|---|---|")
    first: tuple[float, float] | None = None
    for name, results in runs.items():
        prompt = statistics.median(
            float(r["prompt_tokens"]) / float(r["prompt_s"]) for r in results
        )
        gen = statistics.median(GENERATED / float(r["gen_s"]) for r in results)
        first = first or (prompt, gen)
        info = str(results[0]["system_info"])
        features = " ".join(part.split("=")[0].strip() for part in info.split("|") if "= 1" in part)
        print(
            f"| {name} | {prompt:.1f} | {gen:.1f} | {prompt / first[0]:.2f} | "
            f"{gen / first[1]:.2f} | {features} |"
        )


if __name__ == "__main__":
    main()
