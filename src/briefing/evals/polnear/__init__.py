"""PolNeAR: reading the corpus (`corpus`), scoring briefing items (`items`) and the
attribution layer's spans (`spans`) against it, and a PolNeAR run's rows (`run`, `report`).

Importing this package registers the `polnear` measures (`items`, then `spans`).
"""

from briefing.evals.polnear.corpus import (
    Attribution,
    Kind,
    Offsets,
    PolnearArticle,
    PolnearWarning,
    cue_kind,
    load_polnear,
    read_brat,
)
from briefing.evals.polnear.items import (
    AttributionScore,
    is_named_source,
    lies_inside,
    maximum_matching,
    name_words,
    score_attribution,
    sum_scores,
)
from briefing.evals.polnear.report import print_polnear
from briefing.evals.polnear.run import layer_tally, polnear_article
from briefing.evals.polnear.spans import PredictedSpans, SpanScore, score_spans

__all__ = [
    "Attribution",
    "AttributionScore",
    "Kind",
    "Offsets",
    "PolnearArticle",
    "PolnearWarning",
    "PredictedSpans",
    "SpanScore",
    "cue_kind",
    "is_named_source",
    "layer_tally",
    "lies_inside",
    "load_polnear",
    "maximum_matching",
    "name_words",
    "polnear_article",
    "print_polnear",
    "read_brat",
    "score_attribution",
    "score_spans",
    "sum_scores",
]
