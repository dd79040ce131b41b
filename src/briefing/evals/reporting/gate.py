"""CI gates on a finished run: absolute floors and a stored baseline.

- `under_floors`: a metric under its floor (`--fail-under FIELD=VALUE`).
- `below_baseline`: a metric worse than the baseline's beyond the paired
  95% interval (`--baseline RUN_OR_FILE`): the whole interval of B - A lies
  on the bad side of zero. A change inside the noise passes; a configuration
  of the baseline missing from the run fails.
"""

from __future__ import annotations

from briefing.evals.reporting.compare import compare
from briefing.evals.reporting.result import RunResult
from briefing.evals.reporting.tables import span_text, value_text
from briefing.evals.scoring import measures


def under_floors(result: RunResult, floors: dict[str, float]) -> list[str]:
    """One line per configuration x metric under its floor (n/a counts as under)."""
    lines = []
    for config in result.configurations:
        for name, floor in floors.items():
            value = config.metrics.get(name)
            if value is None or value < floor:
                shown = "n/a" if value is None else f"{value:.2f}"
                lines.append(f"{config.label}: {name} {shown} is under {floor:.2f}")
    return lines


def below_baseline(result: RunResult, baseline: RunResult) -> list[str]:
    """One line per configuration x gated metric worse than the baseline beyond the interval."""
    comparison = compare(baseline, result, only_gated=True)
    if not comparison.shared:
        return [f"no configuration of the run is in the baseline {baseline.suite!r}"]
    lines = [
        f"{config.label}: not in this run, but in the baseline"
        for config in baseline.configurations
        if result.configuration(config.label) is None
    ]
    for delta in comparison.regressions:
        measure = measures(result.kind)[delta.measure.name]
        lines.append(
            f"{delta.config}: {measure.name} {value_text(measure, delta.diff.after)} is below "
            f"the baseline's {value_text(measure, delta.diff.before)} beyond the noise "
            f"(B - A 95% CI {span_text(measure, delta.diff.interval)})"
        )
    return lines
