"""The embedded pipeline against raw llama.cpp on the same tokens, measured in one run.

    .venv/bin/python bench/embedded_speed.py [--seed PATH] [--prompt NAME] [--no-wall]

Figures measured one after another in one run, so their ratios hold on a noisy
machine:

- wall: `briefing run SEED` in a fresh process, as a user runs it (model load,
  parse, every pass, writing the JSON): first with no saved prefix state (it is
  evaluated and saved), then again (loaded from BRIEFING_HOME/prefix);
- pipeline: `brief()` in this process on an already loaded model, recording
  each request it sends and the tokens of each answer;
- raw: the same GGUF and thread count with no grammar and no Python pipeline:
  the same chat-formatted prompt tokens evaluated, then as many single-token
  greedy decode steps as the pipeline's answers had. Timed in two parts: the
  prefix every article shares (which the pipeline loads from disk), and the rest.

The issue-11 targets are wall <= 30 s on seed 004 and pipeline / raw <= 1.1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
from openai.types.chat import ChatCompletion

from briefing import paths
from briefing.article import read_article
from briefing.backends.local import LocalBackend
from briefing.pipeline import brief
from briefing.prompts import load_prompt

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEED = next(iter(sorted((ROOT / "seeds").glob("004_*.txt"))), None)


class RecordingBackend(LocalBackend):
    """The local backend, keeping each request's messages and its answer's token counts."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[list[dict[str, str]], int, int]] = []

    def complete(self, **request: Any) -> ChatCompletion:
        answer = super().complete(**request)
        usage = answer.usage
        assert usage is not None
        self.calls.append((request["messages"], usage.prompt_tokens, usage.completion_tokens))
        return answer


def wall_seconds(seed: Path, prompt: str, home: Path) -> float:
    briefing = Path(sys.executable).with_name("briefing")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        subprocess.run(
            [str(briefing), "run", str(seed), "-p", prompt, "-o", f"{folder}/out.json", "-q"],
            check=True,
            env={**os.environ, "BRIEFING_HOME": str(home)},
        )
        return time.perf_counter() - started


def fresh_home() -> Path:
    """A BRIEFING_HOME with the model and probe record but no saved prefix states."""
    source = paths.home()
    home = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    for name in ("models", "probe.json"):
        if (source / name).exists():
            (home / name).symlink_to(source / name)
    return home


def raw_seconds(llama: Any, tokens: list[int], shared: int, steps: int) -> tuple[float, float]:
    """Seconds to evaluate the first `shared` tokens, and the rest plus `steps` decodes."""
    llama.reset()
    started = time.perf_counter()
    llama.eval(tokens[:shared])
    prefix = time.perf_counter() - started
    llama.eval(tokens[shared:])
    vocabulary = llama.n_vocab()
    for _ in range(steps):
        logits = llama_cpp.llama_get_logits_ith(llama.ctx, -1)
        llama.eval([int(np.argmax(np.ctypeslib.as_array(logits, shape=(vocabulary,))))])
    return prefix, time.perf_counter() - started - prefix


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--prompt", default="default")
    parser.add_argument("--no-wall", action="store_true", help="skip the fresh-process runs")
    args = parser.parse_args()

    home = fresh_home()
    os.environ["BRIEFING_HOME"] = str(home)
    walls = [] if args.no_wall else [wall_seconds(args.seed, args.prompt, home) for _ in "12"]
    backend = RecordingBackend()
    _ = backend.llama  # load (and probe) outside the timings
    article = read_article(str(args.seed))
    started = time.perf_counter()
    briefing = brief(article, backend, load_prompt(args.prompt))
    pipeline = time.perf_counter() - started

    states = backend.prefix_states
    assert states is not None
    raw_prefix = raw_rest = 0.0
    print(f"{'pass':<6} {'prompt tok':>10} {'shared':>7} {'answer tok':>10} {'raw s':>7}")
    for number, (messages, prompt_count, answer_count) in enumerate(backend.calls, start=1):
        tokens = states.tokens(messages)
        assert len(tokens) == prompt_count, "the bench's tokens differ from llama-cpp-python's"
        shared = len(states.shared_prefix(messages))
        prefix, rest = raw_seconds(backend.llama, tokens, shared, answer_count)
        raw_prefix, raw_rest = raw_prefix + prefix, raw_rest + rest
        row = f"{number:<6} {prompt_count:>10} {shared:>7} {answer_count:>10} {prefix + rest:>7.1f}"
        print(row)
    shutil.rmtree(home)
    raw = raw_prefix + raw_rest
    items = len(briefing.claims) + len(briefing.denials) + len(briefing.concerns)
    parties = len(briefing.parties)
    print(f"\nseed {args.seed.name}, prompt {args.prompt}: {parties} parties, {items} items")
    if walls:
        print(f"wall, fresh `briefing run`, prefix state evaluated and saved: {walls[0]:.1f} s")
        print(f"wall, fresh `briefing run`, prefix state loaded: {walls[1]:.1f} s")
    print(f"pipeline (brief(), model loaded, prefix state loaded): {pipeline:.1f} s")
    print(f"raw llama.cpp, same tokens: {raw:.1f} s (the shared prefix: {raw_prefix:.1f} s)")
    print(f"pipeline / raw: {pipeline / raw:.2f}")
    print(f"pipeline / raw without the shared prefix: {pipeline / raw_rest:.2f}")


if __name__ == "__main__":
    main()
