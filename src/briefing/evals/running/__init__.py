"""Running a suite: its file (`suite`), the briefing cache (`cache`), every prompt x
model x article through the pipeline (`runner`), and each run scored (`scored`)."""

from briefing.evals.running.cache import BriefingCache, cache_key
from briefing.evals.running.runner import RunRecord, SuiteRun, brief_cached, config_label, run_suite
from briefing.evals.running.scored import (
    ArticleResult,
    ConfigResult,
    score_record,
    score_run,
    summarize,
)
from briefing.evals.running.suite import Suite, load_suite

__all__ = [
    "ArticleResult",
    "BriefingCache",
    "ConfigResult",
    "RunRecord",
    "Suite",
    "SuiteRun",
    "brief_cached",
    "cache_key",
    "config_label",
    "load_suite",
    "run_suite",
    "score_record",
    "score_run",
    "summarize",
]
