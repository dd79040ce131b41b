"""Derive the cue vocabulary from PolNeAR train's `Cue` annotations.

Usage (from the repo root):
    PYTHONPATH=src python scripts/derive_cue_lemmas.py [TRAIN_DIR] \
        > src/briefing/attribution/text/cue_lemmas.tsv

For every verb, noun or adjective token inside an annotated Cue span, counts
its (lemma, POS); and for the same (lemma, POS), every token of the corpus.
The ratio (in a cue / all) tells a reporting word ("say": nearly always a
cue) from a word that only sometimes is one ("call"). Only lemmas, POS tags
and counts are written: no corpus text. Set BRIEFING_PARSE_CACHE to a folder
to keep the parses between runs.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from briefing.attribution.text.parse import parse
from briefing.evals.polnear import cue_kind, load_polnear

POS = ("VERB", "NOUN", "ADJ")
MIN_COUNT = 3


def main(folder: Path) -> None:
    in_cue: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for article in load_polnear(folder):
        doc = parse(article.article.text)
        cue_chars = {
            i for a in article.attributions if a.cue_span is not None for i in range(*a.cue_span)
        }
        for token in doc:
            if token.pos_ not in POS:
                continue
            key = (token.lemma_.lower(), token.pos_)
            total[key] += 1
            if token.idx in cue_chars:
                in_cue[key] += 1
    print("# Cue lemmas learned from PolNeAR v1.0.0 train (Newell, Margolin and Ruths,")
    print("# LREC 2018; 840 articles, first annotator), by scripts/derive_cue_lemmas.py.")
    print("# lemma\tpos\tkind\tin_cue\ttotal")
    for (lemma, pos), count in sorted(in_cue.items(), key=lambda kv: (-kv[1], kv[0])):
        if count >= MIN_COUNT:
            print(f"{lemma}\t{pos}\t{cue_kind(lemma)}\t{count}\t{total[(lemma, pos)]}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/polnear-train"))
