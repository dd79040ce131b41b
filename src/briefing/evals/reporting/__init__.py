"""Reporting a run: `RunResult` and its result.json (`result`), building it (`summary`),
text tables (`tables`), the HTML report page (`html_page`, `html_tables`), JUnit XML
(`junit`), paired comparison (`compare`), CI gates (`gate`), repeats and prices."""

from briefing.evals.reporting.compare import Comparison, delta_table, flip_lines
from briefing.evals.reporting.compare import compare as compare_runs
from briefing.evals.reporting.gate import below_baseline, under_floors
from briefing.evals.reporting.html_page import write_html
from briefing.evals.reporting.html_tables import compare_page
from briefing.evals.reporting.junit import write_junit
from briefing.evals.reporting.result import (
    ArticleRow,
    ConfigEntry,
    RunConfig,
    RunResult,
    load_result,
    save,
    strip,
)
from briefing.evals.reporting.summary import config_entry, polnear_row, run_result, suite_result
from briefing.evals.reporting.tables import console, print_table, value_text, write_run

__all__ = [
    "ArticleRow",
    "Comparison",
    "ConfigEntry",
    "RunConfig",
    "RunResult",
    "below_baseline",
    "compare_page",
    "compare_runs",
    "config_entry",
    "console",
    "delta_table",
    "flip_lines",
    "load_result",
    "polnear_row",
    "print_table",
    "run_result",
    "save",
    "strip",
    "suite_result",
    "under_floors",
    "value_text",
    "write_html",
    "write_junit",
    "write_run",
]
