"""Scoring against gold: counts, the measures registry, matching, slices, statistics.

- `counts`: `Counts`, the one type behind every precision, recall and F1;
- `measures`: every reported metric as a function of a tally (additive counts);
- `gold`: the hand-labelled gold files; `match`: matching parties and items to them;
- `slices`: the source type of a quote; `tally`: an article's matches as counts;
- `party_quality`: what a reader sees of the party list (kinds, duplicates, full names);
- `links`: the gold's `responds_to`/`addressed_to` found; `standalone`: items that
  stand alone (unresolved references, paraphrase F1); `summary`: the summary's
  grounding and coverage;
- `stats`: bootstrap intervals; `agreement`: two labellers' gold files compared.
"""

from briefing.evals.scoring.counts import Counts
from briefing.evals.scoring.gold import FIELDS, GoldArticle, load_gold, place
from briefing.evals.scoring.match import (
    FieldMatch,
    Pair,
    Thresholds,
    match_briefing,
    unmatched_gold,
)
from briefing.evals.scoring.measures import (
    FIELD_NAMES,
    HEADLINE,
    SOURCE_TYPES,
    Measure,
    RunKind,
    Tally,
    add,
    evaluate,
    gated,
    macro_f1,
    measures,
    register,
    run_measures,
)
from briefing.evals.scoring.slices import source_type
from briefing.evals.scoring.stats import (
    CONFIDENCE,
    FEW_ARTICLES,
    RESAMPLES,
    SEED,
    Interval,
    PairedDiff,
    intervals,
    paired,
)
from briefing.evals.scoring.tally import FieldScores, grounded, match_tally

__all__ = [
    "CONFIDENCE",
    "FEW_ARTICLES",
    "FIELDS",
    "FIELD_NAMES",
    "HEADLINE",
    "RESAMPLES",
    "SEED",
    "SOURCE_TYPES",
    "Counts",
    "FieldMatch",
    "FieldScores",
    "GoldArticle",
    "Interval",
    "Measure",
    "Pair",
    "PairedDiff",
    "RunKind",
    "Tally",
    "Thresholds",
    "add",
    "evaluate",
    "gated",
    "grounded",
    "intervals",
    "load_gold",
    "macro_f1",
    "match_briefing",
    "match_tally",
    "measures",
    "paired",
    "place",
    "register",
    "run_measures",
    "source_type",
    "unmatched_gold",
]
