"""Which cue verbs take an object (or a to-clause, or an "about" phrase) as their content.

Usage (from the repo root):
    PYTHONPATH=src python scripts/derive_cue_objects.py [TRAIN_DIR] \\
        > src/briefing/attribution/text/cue_objects.tsv

For every verb of `cue_lemmas.tsv` in PolNeAR train with a direct object
(`dobj`), a to-infinitive (`xcomp`) or a preposition (`prep`) child, counts
how often that child's subtree lies inside the Content of an annotated
attribution whose Cue holds the verb ("criticized the plan": yes; "made a
speech": rarely). Only lemmas, relations and counts are written: no text.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from briefing.attribution.text.lexicon import cue_lemmas
from briefing.attribution.text.parse import parse
from briefing.evals.polnear import load_polnear

RELATIONS = ("dobj", "xcomp", "prep")
ABOUT = ("about", "over", "of", "on", "that")  # as `briefing.attribution.cues.shapes`
SLACK = 2


def main(folder: Path) -> None:
    hits: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    verbs = {lemma for lemma, pos in cue_lemmas() if pos == "VERB"}
    for article in load_polnear(folder):
        doc = parse(article.article.text)
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
                continue
            for child in token.children:
                if child.dep_ not in RELATIONS or (
                    child.dep_ == "prep" and child.lower_ not in ABOUT
                ):
                    continue
                key = (token.lemma_.lower(), child.dep_)
                total[key] += 1
                if child.dep_ == "prep":  # the content is its object: "about the deal"
                    child = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), child)
                sub = list(child.subtree)
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
                if any(
                    a.cue_span is not None
                    and a.cue_span[0] <= token.idx < a.cue_span[1]
                    and a.content_span[0] - SLACK <= start
                    and end <= a.content_span[1] + SLACK
                    for a in article.attributions
                ):
                    hits[key] += 1
    print("# How often a cue verb's object is the content, in PolNeAR v1.0.0 train (Newell,")
    print("# Margolin and Ruths, LREC 2018; first annotator), by scripts/derive_cue_objects.py.")
    print("# lemma\trelation\tcontent\ttotal")
    for (lemma, relation), count in sorted(total.items()):
        if hits[(lemma, relation)] >= 3:
            print(f"{lemma}\t{relation}\t{hits[(lemma, relation)]}\t{count}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/polnear-train"))
