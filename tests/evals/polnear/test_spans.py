"""Source, cue and content match, exact and overlap, on hand-written spans."""

from __future__ import annotations

from briefing.evals.polnear import read_brat
from briefing.evals.polnear.spans import PredictedSpans, score_spans
from tests.evals.polnear.test_corpus_items import ANN, TEXT


def test_exact_and_overlap_per_role() -> None:
    gold = read_brat(ANN, TEXT, "x")
    predicted = [
        # Quill: source and cue exact; content only the second fragment (overlap)
        PredictedSpans(source=(16, 31), cue=(32, 36), content=(38, 55)),
        # the council: source "Harbor Council" (overlap only), cue exact, content exact
        PredictedSpans(source=(98, 112), cue=(113, 119), content=(120, 129)),
        # nothing of the gold: no source, a cue and content elsewhere
        PredictedSpans(source=None, cue=(0, 3), content=(0, 3)),
    ]
    counts = score_spans(predicted, gold, TEXT).counts
    source_exact, source_overlap = counts[("source", "exact")], counts[("source", "overlap")]
    assert (source_exact.tp, source_exact.n_pred) == (1, 2)
    assert (source_exact.recalled, source_exact.n_gold) == (1, 3)
    assert (source_overlap.tp, source_overlap.recalled) == (2, 2)
    cue_exact = counts[("cue", "exact")]
    assert (cue_exact.tp, cue_exact.n_pred, cue_exact.recalled, cue_exact.n_gold) == (
        2,
        3,
        2,
        4,
    )
    content_exact, content_overlap = counts[("content", "exact")], counts[("content", "overlap")]
    assert (content_exact.tp, content_exact.recalled) == (1, 1)
    # (0, 3) lies inside the first gold Content's first fragment: an overlap
    assert (content_overlap.tp, content_overlap.recalled) == (3, 2)


def test_exact_ignores_punctuation_and_quotation_marks_at_the_ends() -> None:
    gold = read_brat(ANN, TEXT, "x")
    near = [PredictedSpans(source=None, cue=None, content=(119, 130))]  # " any delay,"
    counts = score_spans(near, gold, TEXT).counts
    assert counts[("content", "exact")].tp == 1
    fields = score_spans(near, gold, TEXT).fields()
    assert fields["content_exact_p"] == 1.0 and fields["content_exact_r"] == 0.25
