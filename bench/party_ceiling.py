"""What a perfect party list would add to the rules, measured without a model.

    python bench/party_ceiling.py SUITE [briefing eval options ...]

The default prompt (cue-rules) asks the model only for a summary and the
parties; the rules decide every claim, denial and concern. This runs
`briefing eval SUITE` with two stand-in models that make no model call:

- `rules-only` answers every party pass with no parties, so the parties are
  the speakers the rules find;
- `oracle-parties` answers with the gold's required parties (the best any
  model's party pass could do).

Compare them with `briefing eval compare RUN RUN --config-a "default @ rules-only"
--config-b "default @ oracle-parties"`.
The runs go to the usual runs folder; their briefings to a temporary cache.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from typing import Any

from openai.types.chat import ChatCompletion

from briefing import backends
from briefing.article import read_article
from briefing.backends.base import Backend, Limits
from briefing.evals.running import load_suite
from briefing.progress import QUIET, Reporter

MODELS = ("rules-only", "oracle-parties")
SUMMARY = "A fixed summary."


def _completion(answer: dict[str, Any]) -> ChatCompletion:
    return ChatCompletion.model_validate(
        {
            "id": "stand-in",
            "object": "chat.completion",
            "created": 0,
            "model": "stand-in",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": json.dumps(answer)},
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }
    )


def gold_parties(suite: str) -> list[tuple[str, list[dict[str, Any]]]]:
    """(the article's opening, its gold's required parties) per article of the suite."""
    found = []
    spec = load_suite(suite)
    for path in spec.article_paths():
        article = read_article(str(path))
        gold_file = spec.gold_folder() / f"{article.id}.json"
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        parties = [
            {**{k: p.get(k) for k in ("id", "name", "kind", "role")}, "affiliation": None,
             "aliases": p.get("aliases", [])}
            for p in gold["parties"]
            if p.get("required", True)
        ]  # fmt: skip
        found.append((article.text[:200], parties))
    return found


class StandIn(Backend):
    """Answers the party pass with no parties, or with the gold's; never calls a model."""

    name = "stand-in"

    def __init__(self, model: str, oracle: list[tuple[str, list[dict[str, Any]]]]) -> None:
        super().__init__(model)
        self.oracle = oracle

    def complete(self, **request: Any) -> ChatCompletion:
        if self.model == "rules-only":
            return _completion({"summary": SUMMARY, "parties": []})
        asked = "".join(str(m.get("content", "")) for m in request.get("messages", []))
        for opening, parties in self.oracle:
            if opening in asked:
                return _completion({"summary": SUMMARY, "parties": parties})
        raise AssertionError("the article is not in the suite")


def main() -> None:
    suite = sys.argv[1] if len(sys.argv) > 1 else "seeds"
    oracle = gold_parties(suite)

    def resolve(
        model: str = "",
        base_url: str | None = None,
        reporter: Reporter = QUIET,
        limits: Limits | None = None,
    ) -> Backend:
        if model not in MODELS:
            raise SystemExit(f"party_ceiling: model must be one of {MODELS}, not {model!r}")
        return StandIn(model, oracle)

    backends.resolve_backend = resolve
    os.environ["BRIEFING_HOME"] = tempfile.mkdtemp(prefix="party-ceiling-")
    from briefing.cli import app

    sys.argv = ["briefing", "eval", suite, *(a for m in MODELS for a in ("-m", m)), *sys.argv[2:]]
    app()


if __name__ == "__main__":
    main()
