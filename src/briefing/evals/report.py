"""Run results: one JSON file for machines, one markdown table for people.

Both go to a fresh folder `evals/runs/YYYYmmdd-HHMMSS_SUITE/` (`result.json`,
`table.md`); the same comparison table is printed with rich.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from briefing.evals.errors import EvalError
from briefing.evals.match import FieldMatch
from briefing.evals.metrics import FIELD_NAMES, ArticleResult, ConfigResult, Counts
from briefing.evals.paths import new_run_dir
from briefing.evals.runner import SuiteRun
from briefing.output import write_atomic
from briefing.redact import redact_url

RESULT_FILE = "result.json"
TABLE_FILE = "table.md"
# (header, metric key) of the comparison table, after the configuration.
COLUMNS = (
    ("parties", "parties_f1"),
    ("claims", "claims_f1"),
    ("denials", "denials_f1"),
    ("concerns", "concerns_f1"),
    ("macro F1", "macro_f1"),
    ("grounding", "grounding"),
    ("actor acc", "actor_accuracy"),
    ("valid", "schema_valid"),
    ("latency", "latency_s"),
    ("tokens", "tokens"),
    ("calls/cached", "calls"),
)
LEGEND = (
    "parties..concerns: F1 per field; grounding: quotes found at their span; "
    "actor acc: right actor among quote matches; valid: runs that gave a briefing; "
    "latency: mean per article"
)
WIDE = 160  # columns when stdout is not a terminal (files, CI logs)


def _counts(counts: Counts) -> dict[str, float]:
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
    }


def _match(match: FieldMatch) -> dict[str, Any]:
    def pairs(found: Sequence[Any]) -> list[dict[str, Any]]:
        return [
            {"predicted": p.predicted, "gold": p.gold, "tier": p.tier, "score": round(p.score, 3)}
            for p in found
        ]

    return {
        "matched": pairs(match.pairs),
        "ignored": pairs(match.ignored),
        "missed": match.missed,
        "extra": match.extra,
    }


def article_json(result: ArticleResult) -> dict[str, Any]:
    record = result.record
    return {
        "article_id": record.article.id,
        "source": record.article.source,
        "cached": record.cached,
        "error": record.error,
        "attempts": record.attempts,
        "macro_f1": round(result.macro_f1, 4),
        "fields": {name: _counts(c) for name, c in result.counts.items()},
        "matches": {name: _match(m) for name, m in result.matches.items()},
        "briefing": record.briefing.model_dump(mode="json") if record.briefing else None,
    }


def config_metrics(config: ConfigResult) -> dict[str, Any]:
    """The flat metrics of a configuration, as stored in result.json."""
    flat = {k: None if v is None else round(v, 4) for k, v in config.metrics.flat().items()}
    return {
        **flat,
        "calls": config.metrics.calls,
        "cached": config.metrics.cached,
        "fields": {name: _counts(c) for name, c in config.metrics.fields.items()},
    }


def result_json(run: SuiteRun, configs: Sequence[ConfigResult]) -> dict[str, Any]:
    """Everything about a suite run: config, metrics, briefings and match details."""
    return {
        "kind": "briefing-eval",
        "suite": run.suite.name,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": {
            "suite": run.suite.model_dump(mode="json"),
            "prompts": run.prompts,
            "models": run.models,
            "base_url": redact_url(run.base_url) if run.base_url else None,
            "options": run.options.key(),
        },
        "calls": run.calls,
        "cached": run.cached,
        "configurations": [
            {
                "label": c.label,
                "prompt": c.prompt,
                "model": c.model,
                "metrics": config_metrics(c),
                "articles": [article_json(a) for a in c.articles],
            }
            for c in configs
        ],
    }


def cell(key: str, metrics: dict[str, Any]) -> str:
    """One table cell: rates with 2 decimals, latency in s, '–' for none."""
    value = metrics.get(key)
    if key == "calls":
        return f"{metrics.get('calls', 0)}/{metrics.get('cached', 0)}"
    if value is None:
        return "–"
    if key == "latency_s":
        return f"{value:.1f} s"
    if key in ("tokens", "retries"):
        return str(int(value))
    return f"{value:.2f}"


def rows(result: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(label, metrics) per configuration of a result.json."""
    return [(c["label"], c["metrics"]) for c in result["configurations"]]


def console() -> Console:
    """A stdout console, wide when writing to a file or CI log."""
    found = Console()
    return found if found.is_terminal else Console(width=WIDE)


def comparison_table(entries: Sequence[tuple[str, dict[str, Any]]], title: str = "") -> Table:
    table = Table(title=title or None, caption=LEGEND)
    table.add_column("prompt @ model", no_wrap=True)
    for header, _ in COLUMNS:
        table.add_column(header, justify="right")
    for label, metrics in entries:
        table.add_row(label, *(cell(key, metrics) for _, key in COLUMNS))
    return table


def print_table(result: dict[str, Any]) -> None:
    out = console()
    out.print(comparison_table(rows(result), title=f"suite {result['suite']}"))
    out.print(f"{result['calls']} model calls, {result['cached']} cached")


def markdown(result: dict[str, Any]) -> str:
    """The comparison table and a per-article table, as markdown."""
    lines = [
        f"# Eval {result['suite']} ({result['created']})",
        "",
        "| prompt @ model | " + " | ".join(h for h, _ in COLUMNS) + " |",
        "|---|" + "---:|" * len(COLUMNS),
    ]
    for label, metrics in rows(result):
        lines.append(f"| {label} | " + " | ".join(cell(k, metrics) for _, k in COLUMNS) + " |")
    lines += [
        "",
        f"{result['calls']} model calls, {result['cached']} cached. {LEGEND}.",
        "",
        "## Per article (F1)",
        "",
        "| article | prompt @ model | " + " | ".join(FIELD_NAMES) + " | macro F1 | error |",
        "|---|---|" + "---:|" * (len(FIELD_NAMES) + 1) + "---|",
    ]
    for config in result["configurations"]:
        for art in config["articles"]:
            f1s = " | ".join(f"{art['fields'][n]['f1']:.2f}" for n in FIELD_NAMES)
            error = (art["error"] or "").replace("|", "\\|")
            lines.append(
                f"| {art['article_id']} | {config['label']} | {f1s} | "
                f"{art['macro_f1']:.2f} | {error} |"
            )
    return "\n".join(lines) + "\n"


def write_run(result: dict[str, Any]) -> Path:
    """Write result.json and table.md to a new run folder; return the folder."""
    folder = new_run_dir(result["suite"])
    write_atomic(folder / RESULT_FILE, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    write_atomic(folder / TABLE_FILE, markdown(result))
    return folder


def load_result(path: Path) -> dict[str, Any]:
    """A result.json, given the file or its run folder."""
    file = path / RESULT_FILE if path.is_dir() else path
    try:
        data: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"{file}: cannot read a run result ({exc})") from exc
    if data.get("kind") != "briefing-eval" or "configurations" not in data:
        raise EvalError(f"{file}: not a briefing eval result")
    return data
