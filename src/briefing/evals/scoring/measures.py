"""The metrics registry: every reported number is a function of additive counts.

An article's scoring yields a *tally*, a flat mapping of additive counts
(`claims.tp`, `grounding.held`, ...). A configuration's tally is the sum of
its articles' tallies, and each `Measure` computes one metric from a tally.
Because every metric is a function of summed counts, the bootstrap
(`stats.py`) can resample articles, add their tallies and recompute any
metric, and a paired comparison can do the same on two runs at once.

Measures are registered per run kind: `suite` (hand-labelled gold, here) and
`polnear` (PolNeAR attributions, registered by `briefing.evals.polnear`). Add
one with `register(kind, Measure(...))`. Every P/R/F1 goes through `Counts`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from briefing.evals.scoring.counts import Counts
from briefing.schema import ITEM_FIELDS

RunKind = Literal["suite", "polnear"]
Unit = Literal["rate", "seconds", "count"]
Tally = Mapping[str, float]

FIELD_NAMES = ("parties", "claims", "denials", "concerns")
SOURCE_TYPES = ("direct", "paraphrase", "according-to")


@dataclass(frozen=True)
class Measure:
    """One metric: its name, how to compute it from a tally, and how to read it.

    `gate` marks the rates `--fail-under` and `--baseline` may check; `table`
    the ones the comparison table shows (slices are listed apart).
    """

    name: str
    compute: Callable[[Tally], float | None]
    unit: Unit = "rate"
    higher_is_better: bool = True
    gate: bool = True
    table: bool = True
    header: str = ""

    @property
    def title(self) -> str:
        return self.header or self.name


REGISTRY: dict[RunKind, dict[str, Measure]] = {"suite": {}, "polnear": {}}
# The one metric shown per article when two runs are compared.
HEADLINE: dict[RunKind, str] = {"suite": "macro_f1", "polnear": "f1"}


def register(kind: RunKind, measure: Measure) -> Measure:
    REGISTRY[kind][measure.name] = measure
    return measure


def measures(kind: RunKind) -> dict[str, Measure]:
    return REGISTRY[kind]


def gated(kind: RunKind) -> tuple[str, ...]:
    """Names `--fail-under` and `--baseline` accept for a run kind."""
    return tuple(name for name, m in REGISTRY[kind].items() if m.gate)


def evaluate(kind: RunKind, tally: Tally) -> dict[str, float | None]:
    return {name: m.compute(tally) for name, m in REGISTRY[kind].items()}


def add(tallies: Iterable[Tally]) -> dict[str, float]:
    total: dict[str, float] = {}
    for tally in tallies:
        for key, value in tally.items():
            total[key] = total.get(key, 0.0) + value
    return total


def ratio(part: str, whole: str) -> Callable[[Tally], float | None]:
    def compute(tally: Tally) -> float | None:
        denominator = tally.get(whole, 0.0)
        return tally.get(part, 0.0) / denominator if denominator else None

    return compute


def total(key: str) -> Callable[[Tally], float | None]:
    return lambda tally: float(tally.get(key, 0.0))


def f1_of(prefix: str) -> Callable[[Tally], float | None]:
    return lambda tally: Counts.of(tally, prefix).f1


def macro_f1(counts: Mapping[str, Counts]) -> float:
    """Mean F1 of the four fields."""
    return sum(counts[name].f1 for name in FIELD_NAMES) / len(FIELD_NAMES)


def _macro_f1(tally: Tally) -> float:
    return macro_f1({name: Counts.of(tally, name) for name in FIELD_NAMES})


def _sliced_f1(prefix: str) -> Callable[[Tally], float | None]:
    """F1 of a slice, or None when the slice has nothing on either side."""

    def compute(tally: Tally) -> float | None:
        counts = Counts.of(tally, prefix)
        return None if counts == Counts() else counts.f1

    return compute


def run_measures() -> tuple[Measure, ...]:
    """What every run kind reports of its model runs: mean latency and tokens."""
    latency = Measure(
        "latency_s", ratio("latency.sum", "runs.valid"), "seconds", False, False, header="latency"
    )
    return latency, Measure("tokens", total("tokens"), "count", False, False)


def _register_suite() -> None:
    for name in FIELD_NAMES:
        register("suite", Measure(f"{name}_f1", f1_of(name), header=name))
    for measure in (
        Measure("macro_f1", _macro_f1, header="macro F1"),
        Measure("grounding", ratio("grounding.held", "grounding.emitted")),
        Measure("actor_accuracy", ratio("actor.right", "actor.quote_matched"), header="actor acc"),
        Measure("party_kind_accuracy", ratio("party.kind_right", "party.matched"), header="kind"),
        Measure("party_full_names", ratio("party.name_full", "party.matched"), header="full name"),
        Measure(
            "party_duplicates", total("party.duplicates"), "count", False, False, header="dupes"
        ),
        Measure("links_found", ratio("links.found", "links.gold"), gate=False, header="links"),
        Measure(
            "links_precision",
            ratio("links.found", "links.predicted"),
            gate=False,
            header="link prec",
        ),
        Measure(
            "unresolved_share",
            ratio("standalone.unresolved", "standalone.items"),
            higher_is_better=False,
            gate=False,
            header="unresolved",
        ),
        Measure(
            "paraphrase_f1",
            ratio("paraphrase.f1_sum", "paraphrase.pairs"),
            gate=False,
            header="para F1",
        ),
        Measure(
            "quote_as_paraphrase_f1",
            ratio("paraphrase.quote_f1_sum", "paraphrase.pairs"),
            gate=False,
            header="quote F1",
        ),
        Measure(
            "summary_grounding",
            ratio("summary.grounded", "summary.mentions"),
            gate=False,
            header="sum. ground",
        ),
        Measure(
            "summary_coverage",
            ratio("summary.parties_named", "summary.parties_required"),
            gate=False,
            header="sum. cover",
        ),
        Measure("schema_valid", ratio("runs.valid", "runs.total"), header="valid"),
        Measure("first_attempt_valid", ratio("runs.first_attempt", "runs.total"), table=False),
        *run_measures(),
        Measure("retries", total("retries"), "count", False, False, False),
    ):
        register("suite", measure)
    for field in ITEM_FIELDS:
        for source in SOURCE_TYPES:
            sliced = _sliced_f1(f"{field}.{source}")
            register("suite", Measure(f"{field}_f1[{source}]", sliced, gate=False, table=False))


_register_suite()
