"""Briefing one PolNeAR article and scoring it: its row of a PolNeAR run."""

from __future__ import annotations

import time

from briefing.attribution import Reading, read
from briefing.backends.base import Backend
from briefing.errors import BriefingError
from briefing.evals.polnear.corpus import PolnearArticle
from briefing.evals.polnear.items import is_named_source, score_attribution
from briefing.evals.polnear.spans import PredictedSpans, score_spans
from briefing.evals.reporting import ArticleRow, polnear_row
from briefing.evals.running import BriefingCache, brief_cached
from briefing.pipeline import Options
from briefing.progress import Reporter
from briefing.prompt_template import PromptTemplate


def polnear_article(
    item: PolnearArticle,
    backend: Backend,
    template: PromptTemplate,
    options: Options,
    cache: BriefingCache,
    reporter: Reporter,
) -> ArticleRow:
    """Brief and score one PolNeAR article; a failure misses its named-source attributions."""
    started = time.perf_counter()
    reading = read(item.article.text)  # one parse: the briefing's and the layer's tally
    try:
        briefing, cached = brief_cached(
            item.article, backend, template, options, cache, reporter, reading
        )
    except BriefingError as exc:
        named = sum(is_named_source(a) for a in item.attributions)
        return polnear_row(
            item.id,
            item.article.source,
            {"fn": named, **layer_tally(item, reading)},
            error=str(exc),
            wall_s=time.perf_counter() - started,
        )
    counts = {**score_attribution(briefing, item).as_tally(), **layer_tally(item, reading)}
    return polnear_row(
        item.id, item.article.source, counts, briefing, None, cached, time.perf_counter() - started
    )


def layer_tally(item: PolnearArticle, reading: Reading) -> dict[str, float]:
    """Source, cue and content span match of the attribution layer (whatever the prompt)."""
    text = item.article.text
    predicted = [PredictedSpans(c.source, c.cue, c.content) for c in reading.candidates]
    return score_spans(predicted, item.attributions, text).tally()
