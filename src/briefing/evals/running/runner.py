"""Running a suite: every prompt x model x article, through the cache.

A run that fails (BriefingError) is recorded with its message and the suite
goes on. Models are the outer loop so a local model is loaded once.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing import backends, strategies
from briefing.article import Article, read_article
from briefing.attribution import Reading
from briefing.backends.answer_cache import CachingBackend
from briefing.backends.base import Backend
from briefing.errors import BriefingError
from briefing.evals.running.cache import BriefingCache, cache_key
from briefing.evals.running.suite import Suite
from briefing.evals.scoring import GoldArticle, load_gold
from briefing.pipeline import Options, brief
from briefing.progress import QUIET, Reporter
from briefing.prompt_template import PromptTemplate
from briefing.prompts import load_prompt
from briefing.schema import Briefing


def passes(prompt: PromptTemplate) -> int:
    """Model passes a prompt makes, re-asks aside (its strategy's; 0: no model call)."""
    return strategies.get(prompt.strategy).passes


@dataclass
class RunRecord:
    """One prompt x model x article: a briefing, or the error that stopped it."""

    prompt: str
    model: str
    article: Article
    gold: GoldArticle
    passes: int
    briefing: Briefing | None = None
    error: str | None = None
    attempts: int = 0
    cached: bool = False
    repeat: int = 0  # which of the --repeat runs (its seed is the options' seed + repeat)
    wall_s: float = 0.0  # time this run took here (about 0 when cached)

    @property
    def config(self) -> str:
        return config_label(self.prompt, self.model)


def config_label(prompt: str, model: str) -> str:
    return f"{prompt} @ {model}"


@dataclass
class SuiteRun:
    suite: Suite
    prompts: list[str]
    models: list[str]
    options: Options
    base_url: str | None
    repeat: int = 1
    records: list[RunRecord] = field(default_factory=list)

    @property
    def calls(self) -> int:
        """Runs that called the model (not served from the cache; a rules prompt calls none)."""
        return sum(not r.cached and r.passes > 0 for r in self.records)

    @property
    def cached(self) -> int:
        return sum(r.cached for r in self.records)


def brief_cached(
    article: Article,
    backend: Backend,
    prompt: PromptTemplate,
    options: Options,
    cache: BriefingCache,
    reporter: Reporter = QUIET,
    reading: Reading | None = None,
) -> tuple[Briefing, bool]:
    """A briefing from the cache, else from the model (then stored); and whether cached.

    A prompt that makes no model call is never cached: its briefing follows the code.
    """
    if passes(prompt) == 0:
        return brief(article, backend, prompt, options, reporter, reading), False
    key = cache_key(backend, prompt, article, options)
    stored = cache.get(key, article.sha256)
    if stored is not None:
        return stored, True
    answers = backend if isinstance(backend, CachingBackend) else None
    hits, misses = (answers.hits, answers.misses) if answers else (0, 0)
    result = brief(article, backend, prompt, options, reporter, reading)
    cache.put(key, result)
    # cached only when every pass was: guided's first pass is default's, its second is not
    cached = answers is not None and answers.hits > hits and answers.misses == misses
    return result, cached


def _run_one(
    record: RunRecord,
    backend: Backend,
    prompt: PromptTemplate,
    options: Options,
    cache: BriefingCache,
    reporter: Reporter,
) -> None:
    started = time.perf_counter()
    try:
        record.briefing, record.cached = brief_cached(
            record.article, backend, prompt, options, cache, reporter
        )
    except BriefingError as exc:
        record.error = str(exc)
        record.attempts = getattr(exc, "attempts", 0)
        reporter.say(f"  failed: {exc}")
        return
    finally:
        record.wall_s = time.perf_counter() - started
    record.attempts = record.briefing.provenance.attempts
    if record.cached:
        reporter.say("  cached")
    else:
        reporter.say(f"  done in {record.briefing.provenance.latency_s:.1f} s")


def run_suite(
    suite: Suite,
    prompts: Sequence[str] = (),
    models: Sequence[str] = (),
    base_url: str | None = None,
    options: Options | None = None,
    cache: BriefingCache | None = None,
    reporter: Reporter = QUIET,
    repeat: int = 1,
    prompt_dirs: Sequence[Path] = (),
) -> SuiteRun:
    """Run the suite (prompts/models given here replace the suite's), `repeat` times.

    Repeat r runs with the options' seed + r, so with temperature > 0 the runs
    differ, and each is cached under its own seed.
    """
    options = options or Options()
    cache = cache or BriefingCache()
    run = SuiteRun(
        suite,
        list(prompts or suite.prompts),
        list(models or suite.models),
        options,
        base_url,
        repeat,
    )
    articles = [read_article(str(path)) for path in suite.article_paths()]
    golds = [load_gold(article.id, article.text, suite.gold_folder()) for article in articles]
    templates = [load_prompt(name, prompt_dirs) for name in run.prompts]
    total = len(articles) * len(templates) * len(run.models) * repeat
    for model in run.models:
        backend: Backend | None = None
        backend_error = ""
        try:
            backend = CachingBackend(
                backends.resolve_backend(model, base_url, reporter), read=cache.read
            )
        except BriefingError as exc:
            backend_error = str(exc)
            reporter.say(f"{model}: {exc}")
        for prompt_name, template in zip(run.prompts, templates, strict=True):
            for index in range(repeat):
                seeded = replace(options, seed=options.seed + index)
                for article, gold in zip(articles, golds, strict=True):
                    record = RunRecord(prompt_name, model, article, gold, passes(template))
                    record.repeat = index
                    run.records.append(record)
                    reporter.say(f"[{len(run.records)}/{total}] {article.id} · {record.config}")
                    if backend is None:
                        record.error = backend_error
                        continue
                    _run_one(record, backend, template, seeded, cache, reporter)
    return run
