"""Items that stand alone: paraphrases a reader understands without the article.

`statement`, `denied` and `about` should say what "they" or "those concerns"
refer to. Two views, both over the items' text (`item.text`):

- `standalone.items`, `standalone.unresolved`: predicted items, and those whose
  text leans on the article for its referent (`unresolved`);
- `paraphrase.pairs`, `paraphrase.f1_sum`, `paraphrase.quote_f1_sum`: true-positive
  pairs, and the sums of token F1 (`match.token_f1`) of the predicted text, and
  of the predicted *quote* in its place, against the gold's paraphrase. The
  quote's F1 is the verbatim baseline: what copying the quote would score.

A text is unresolved by `briefing.attribution.text.unresolved.unresolved`.
"""

from __future__ import annotations

from briefing.attribution.text.unresolved import unresolved
from briefing.evals.scoring.gold import FIELDS, GoldArticle
from briefing.evals.scoring.match import FieldMatch, token_f1
from briefing.schema import Briefing


def standalone(
    briefing: Briefing | None, gold: GoldArticle, matches: dict[str, FieldMatch]
) -> dict[str, float]:
    """The `standalone.*` and `paraphrase.*` counts of one article (module docstring)."""
    items = briefing.items() if briefing is not None else []
    tally: dict[str, float] = {
        "standalone.items": len(items),
        "standalone.unresolved": sum(unresolved(item.text) for item in items),
    }
    predicted = {item.id: item for item in items}
    pairs = 0
    text_f1 = quote_f1 = 0.0
    for field in FIELDS:
        gold_text = {true.id: true.text for true in gold.items(field)}
        for pair in matches[field].pairs:
            item = predicted[pair.predicted]
            pairs += 1
            text_f1 += token_f1(item.text, gold_text[pair.gold])
            quote_f1 += token_f1(item.quote, gold_text[pair.gold])
    tally["paraphrase.pairs"] = pairs
    tally["paraphrase.f1_sum"] = text_f1
    tally["paraphrase.quote_f1_sum"] = quote_f1
    return tally
