"""The embedded pipeline against raw llama.cpp on the same tokens, measured in one run.

    .venv/bin/python bench/embedded_speed.py [--seed PATH] [--prompt NAME] [--no-wall]

Three figures, one process apart, so their ratios hold on a noisy machine:

- wall: `briefing run SEED` in a fresh process, as a user runs it (model load,
  parse, every pass, writing the JSON);
- pipeline: `brief()` in this process on an already loaded model, recording
  each request it sends and the tokens of each answer;
- raw: the same GGUF and thread count with no grammar and no Python pipeline:
  the same chat-formatted prompt tokens evaluated in one batch, then as many
  single-token greedy decode steps as the pipeline's answers had.

The issue-11 targets are wall <= 30 s on seed 004 and pipeline / raw <= 1.1.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, cast

import llama_cpp
import numpy as np
from llama_cpp import llama_chat_format
from openai.types.chat import ChatCompletion

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


def wall_seconds(seed: Path, prompt: str) -> float:
    briefing = Path(sys.executable).with_name("briefing")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        subprocess.run(
            [str(briefing), "run", str(seed), "-p", prompt, "-o", f"{folder}/out.json", "-q"],
            check=True,
        )
        return time.perf_counter() - started


def prompt_tokens(llama: Any, messages: list[dict[str, str]]) -> list[int]:
    """The chat template applied as llama-cpp-python applies it, then tokenized."""
    formatter = llama_chat_format.Jinja2ChatFormatter(
        template=llama.metadata["tokenizer.chat_template"],
        eos_token=llama._model.token_get_text(llama.token_eos()),
        bos_token="",
    )
    text = formatter(messages=cast(Any, messages)).prompt
    tokens: list[int] = llama.tokenize(text.encode("utf-8"), add_bos=False, special=True)
    return tokens


def raw_seconds(llama: Any, tokens: list[int], steps: int) -> float:
    llama.reset()
    started = time.perf_counter()
    llama.eval(tokens)
    vocabulary = llama.n_vocab()
    for _ in range(steps):
        logits = llama_cpp.llama_get_logits_ith(llama.ctx, -1)
        llama.eval([int(np.argmax(np.ctypeslib.as_array(logits, shape=(vocabulary,))))])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--prompt", default="default")
    parser.add_argument("--no-wall", action="store_true", help="skip the fresh-process run")
    args = parser.parse_args()

    wall = None if args.no_wall else wall_seconds(args.seed, args.prompt)
    backend = RecordingBackend()
    _ = backend.llama  # load (and probe) outside the timings
    article = read_article(str(args.seed))
    started = time.perf_counter()
    briefing = brief(article, backend, load_prompt(args.prompt))
    pipeline = time.perf_counter() - started

    raw = 0.0
    print(f"{'pass':<6} {'prompt tok':>10} {'(template)':>10} {'answer tok':>10} {'raw s':>7}")
    for number, (messages, prompt_count, answer_count) in enumerate(backend.calls, start=1):
        tokens = prompt_tokens(backend.llama, messages)
        seconds = raw_seconds(backend.llama, tokens, answer_count)
        raw += seconds
        print(
            f"{number:<6} {prompt_count:>10} {len(tokens):>10} {answer_count:>10} {seconds:>7.1f}"
        )
    items = len(briefing.claims) + len(briefing.denials) + len(briefing.concerns)
    parties = len(briefing.parties)
    print(f"\nseed {args.seed.name}, prompt {args.prompt}: {parties} parties, {items} items")
    if wall is not None:
        print(f"wall (fresh `briefing run`): {wall:.1f} s")
    print(f"pipeline (brief(), model loaded): {pipeline:.1f} s")
    print(f"raw llama.cpp, same tokens: {raw:.1f} s")
    print(f"pipeline / raw: {pipeline / raw:.2f}")


if __name__ == "__main__":
    main()
