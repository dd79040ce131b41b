"""Bootstrap intervals over articles, for one run and for two runs paired.

The unit of resampling is the article: all items of an article (and all its
repeats) move together, because items in one article are not independent (one
misread sentence loses several). A resample draws as many articles as the run
has, with replacement, adds their tallies and recomputes the metric; the 95%
interval is the 2.5th to 97.5th percentile of the recomputed values.

A paired comparison draws the same articles for both runs in each resample,
so the article-to-article variation common to both cancels out. The
difference is distinguishable from zero when its interval excludes zero.

Seeded: the same tallies give the same intervals on every machine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from briefing.evals.scoring.measures import Measure, Tally

RESAMPLES = 2000
SEED = 0
CONFIDENCE = 0.95
FEW_ARTICLES = 10  # below this, intervals are shown but flagged as unreliable
TOLERANCE = 1e-9  # float noise: a difference this small is zero


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def excludes_zero(self) -> bool:
        return self.above_zero() or self.below_zero()

    def above_zero(self) -> bool:
        return self.low > TOLERANCE

    def below_zero(self) -> bool:
        return self.high < -TOLERANCE


@dataclass(frozen=True)
class PairedDiff:
    """B minus A on the shared articles, with its paired-bootstrap interval."""

    before: float | None
    after: float | None
    interval: Interval | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def distinguishable(self) -> bool:
        return self.interval is not None and self.interval.excludes_zero()


def clusters(
    rows: Sequence[tuple[str, Tally]], ids: Sequence[str], keys: Sequence[str]
) -> npt.NDArray[np.float64]:
    """Matrix of the tallies summed per article: one row per id of `ids`, a column per key."""
    summed: dict[str, dict[str, float]] = {article_id: {} for article_id in ids}
    for article_id, tally in rows:
        if article_id in summed:
            into = summed[article_id]
            for key, value in tally.items():
                into[key] = into.get(key, 0.0) + value
    matrix = np.array([[summed[i].get(k, 0.0) for k in keys] for i in ids], dtype=float)
    return matrix.reshape(len(ids), len(keys))


def _keys(rows: Sequence[tuple[str, Tally]]) -> list[str]:
    return sorted({key for _, tally in rows for key in tally})


def _draws(n_articles: int, resamples: int, seed: int) -> npt.NDArray[np.int64]:
    """How often each article is drawn, per resample: (resamples, articles), rows sum to n."""
    rng = np.random.default_rng(seed)
    return rng.multinomial(n_articles, [1 / n_articles] * n_articles, size=resamples)


def _values(
    matrix: npt.NDArray[np.float64], keys: Sequence[str], draws: npt.NDArray[np.int64]
) -> list[dict[str, float]]:
    sums = draws @ matrix
    return [dict(zip(keys, row.tolist(), strict=True)) for row in sums]


def _percentiles(values: Sequence[float], resamples: int) -> Interval | None:
    if len(values) < resamples / 2:  # the metric is undefined in most resamples
        return None
    tail = (1 - CONFIDENCE) / 2 * 100
    low, high = np.percentile(np.array(values), [tail, 100 - tail])
    return Interval(float(low), float(high))


def intervals(
    rows: Sequence[tuple[str, Tally]],
    measures: Mapping[str, Measure],
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> dict[str, Interval | None]:
    """A bootstrap interval per measure over the articles of `rows` (article id, tally)."""
    ids = list(dict.fromkeys(article_id for article_id, _ in rows))
    if not ids:
        return dict.fromkeys(measures)
    keys = _keys(rows)
    matrix = clusters(rows, ids, keys)
    samples = _values(matrix, keys, _draws(len(ids), resamples, seed))
    found: dict[str, Interval | None] = {}
    for name, measure in measures.items():
        values = [v for s in samples if (v := measure.compute(s)) is not None]
        found[name] = _percentiles(values, resamples)
    return found


def paired(
    before: Sequence[tuple[str, Tally]],
    after: Sequence[tuple[str, Tally]],
    measures: Mapping[str, Measure],
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> tuple[list[str], dict[str, PairedDiff]]:
    """Shared article ids, and per measure the paired difference after - before."""
    known = {article_id for article_id, _ in before}
    shared = [a for a in dict.fromkeys(i for i, _ in after) if a in known]
    diffs: dict[str, PairedDiff] = {}
    if not shared:
        return shared, diffs
    keys = _keys([*before, *after])
    old, new = clusters(before, shared, keys), clusters(after, shared, keys)
    draws = _draws(len(shared), resamples, seed)
    old_samples, new_samples = _values(old, keys, draws), _values(new, keys, draws)
    old_all = dict(zip(keys, old.sum(axis=0).tolist(), strict=True))
    new_all = dict(zip(keys, new.sum(axis=0).tolist(), strict=True))
    for name, measure in measures.items():
        values = []
        for a, b in zip(old_samples, new_samples, strict=True):
            x, y = measure.compute(a), measure.compute(b)
            if x is not None and y is not None:
                values.append(y - x)
        diff = _percentiles(values, resamples)
        diffs[name] = PairedDiff(measure.compute(old_all), measure.compute(new_all), diff)
    return shared, diffs
