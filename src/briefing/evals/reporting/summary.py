"""Building a `RunResult` from scored runs: rows, metrics, intervals and cost.

Both run kinds go through `config_entry`: a list of article rows (each with
its tally) becomes metrics over the summed tallies, a bootstrap interval per
metric, and the configuration's cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from briefing.evals.reporting.prices import usd
from briefing.evals.reporting.result import (
    ArticleRow,
    Bootstrap,
    ConfigEntry,
    Cost,
    FieldOutcome,
    PairOut,
    RunConfig,
    RunResult,
    Span,
)
from briefing.evals.running import ArticleResult, ConfigResult, SuiteRun
from briefing.evals.scoring import (
    CONFIDENCE,
    RESAMPLES,
    SEED,
    FieldMatch,
    Pair,
    RunKind,
    add,
    evaluate,
    intervals,
    measures,
)
from briefing.schema import Briefing


def _pairs(found: Sequence[Pair]) -> list[PairOut]:
    return [
        PairOut(predicted=p.predicted, gold=p.gold, tier=p.tier, score=round(p.score, 3))
        for p in found
    ]


def outcome(match: FieldMatch) -> FieldOutcome:
    return FieldOutcome(
        matched=_pairs(match.pairs),
        ignored=_pairs(match.ignored),
        missed=list(match.missed),
        extra=list(match.extra),
    )


def _rounded(values: dict[str, float | None]) -> dict[str, float | None]:
    return {k: None if v is None else round(v, 4) for k, v in values.items()}


def article_row(result: ArticleResult) -> ArticleRow:
    record = result.record
    tally = result.tally()
    return ArticleRow(
        article_id=record.article.id,
        source=record.article.source,
        repeat=record.repeat,
        cached=record.cached,
        error=record.error,
        attempts=record.attempts,
        wall_s=round(record.wall_s, 3),
        tally=tally,
        scores=_rounded(evaluate("suite", tally)),
        matches={name: outcome(m) for name, m in result.matches.items()},
        briefing=record.briefing,
    )


def cost(model: str, rows: Sequence[ArticleRow]) -> Cost:
    """Tokens (re-asks included), model calls, cache hits, time and money of the rows."""
    tally = add(row.tally for row in rows)
    prompt, completion = int(tally.get("prompt_tokens", 0)), int(tally.get("completion_tokens", 0))
    return Cost(
        runs=len(rows),
        runs_calling=sum(row.called for row in rows),
        model_calls=sum(row.attempts for row in rows if not row.cached),
        cache_hits=sum(row.cached for row in rows),
        prompt_tokens=prompt,
        completion_tokens=completion,
        model_time_s=round(tally.get("latency.sum", 0.0), 2),
        wall_s=round(sum(row.wall_s for row in rows), 2),
        usd=usd(model, prompt, completion),
    )


def config_entry(kind: RunKind, prompt: str, model: str, rows: list[ArticleRow]) -> ConfigEntry:
    """Metrics over the summed tallies, an interval per metric, and the cost."""
    found = intervals([(r.article_id, r.tally) for r in rows], measures(kind))
    return ConfigEntry(
        label=f"{prompt} @ {model}",
        prompt=prompt,
        model=model,
        metrics=_rounded(evaluate(kind, add(r.tally for r in rows))),
        intervals={
            name: None if i is None else Span(low=round(i.low, 4), high=round(i.high, 4))
            for name, i in found.items()
        },
        cost=cost(model, rows),
        articles=rows,
    )


def _bootstrap(configurations: Sequence[ConfigEntry]) -> Bootstrap:
    articles = max((len({r.article_id for r in c.articles}) for c in configurations), default=0)
    return Bootstrap(resamples=RESAMPLES, seed=SEED, confidence=CONFIDENCE, articles=articles)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def run_result(
    kind: RunKind, suite: str, config: RunConfig, configurations: list[ConfigEntry]
) -> RunResult:
    rows = [row for c in configurations for row in c.articles]
    calls = sum(row.called for row in rows)
    return RunResult(
        kind=kind,
        suite=suite,
        created=now(),
        config=config,
        bootstrap=_bootstrap(configurations),
        calls=calls,
        cached=sum(row.cached for row in rows),
        configurations=configurations,
    )


def suite_result(run: SuiteRun, configs: Sequence[ConfigResult]) -> RunResult:
    """Everything about a suite run: config, metrics, intervals, cost, briefings, matches."""
    entries = [
        config_entry("suite", c.prompt, c.model, [article_row(a) for a in c.articles])
        for c in configs
    ]
    config = RunConfig(
        prompts=run.prompts,
        models=run.models,
        base_url=run.base_url,
        options=run.options.key(),
        repeat=run.repeat,
        suite=run.suite,
    )
    return run_result("suite", run.suite.name, config, entries)


def polnear_row(
    article_id: str,
    source: str,
    counts: dict[str, float],
    briefing: Briefing | None = None,
    error: str | None = None,
    cached: bool = False,
    wall_s: float = 0.0,
) -> ArticleRow:
    """A PolNeAR article row: its attribution counts plus the run's own (tokens, latency)."""
    tally = dict(counts)
    tally["runs.total"] = 1
    if briefing is not None:
        usage = briefing.provenance.usage
        tally.update(
            {
                "runs.valid": 1,
                "latency.sum": briefing.provenance.latency_s,
                "prompt_tokens": usage.prompt_tokens,
                "completion_tokens": usage.completion_tokens,
                "tokens": usage.prompt_tokens + usage.completion_tokens,
            }
        )
    return ArticleRow(
        article_id=article_id,
        source=source,
        cached=cached,
        error=error,
        attempts=briefing.provenance.attempts if briefing else 0,
        wall_s=round(wall_s, 3),
        tally=tally,
        scores=_rounded(evaluate("polnear", tally)),
    )
