"""Learn the attribution tagger (src/briefing/_resources/tagger/attribution.crfsuite).

Usage (from the repo root; the parse cache only saves time):
    BRIEFING_PARSE_CACHE=/tmp/briefing-parses PYTHONPATH=src \\
        python scripts/train_tagger.py [TRAIN_DIR] [--folds DIR]

Only PolNeAR **train** is read (default ../shared/corpora/polnear-train). Each
token of each sentence is labelled from the gold spans, BIO over three roles:
Source (S), Cue (C) and Content (Q); where attributions nest, a cue wins over a
source and a source over a content ("X said Y denied Z": Y is a source inside
X's content). A CRF (CRFsuite, L-BFGS, C1/C2 below, MAX_ITERATIONS) is fitted on
`briefing.attribution.cues.tagger`'s features.

With `--folds DIR`, five models are first fitted on four fifths of the articles
each (article i in fold i % 5, as scripts/train_keep.py), written to
DIR/fold0.crfsuite ... DIR/fold4.crfsuite (what train_keep.py's `--tagger-folds`
reads, so that the keep model learns from out-of-fold tags), and each fold's
token-level precision and recall per role is printed. The shipped model is then
fitted on all of train. Training is deterministic (same corpus, same file).
Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from briefing.attribution.cues.tagger import MODEL_FILE, OUTSIDE, doc_features
from briefing.attribution.text.parse import parse
from briefing.evals.polnear import PolnearArticle, PolnearWarning, load_polnear

FOLDS = 5
C1 = 0.1  # CRFsuite's L-BFGS defaults are 0 and 1; these are Citron's (sklearn-crfsuite)
C2 = 0.1
MAX_ITERATIONS = 100
MIN_FREQ = 2  # an attribute seen fewer times is dropped (a smaller model, no loss seen)
_PRIORITY = ("content", "source", "cue")  # later roles overwrite earlier ones
_ROLE = {"content": "Q", "source": "S", "cue": "C"}
Sequence_ = tuple[list[list[str]], list[str]]


def gold_labels(article: PolnearArticle, token_spans: Sequence[tuple[int, int]]) -> list[str]:
    """BIO labels of the article's tokens from its gold spans (see the module doc)."""
    owner: list[tuple[str, int] | None] = [None] * len(token_spans)
    for role in _PRIORITY:
        for number, attribution in enumerate(article.attributions):
            span = getattr(attribution, f"{role}_span")
            if span is None:
                continue
            for i, (start, end) in enumerate(token_spans):
                if start < span[1] and span[0] < end and start != end:
                    owner[i] = (_ROLE[role], number)
    labels = []
    for i, mark in enumerate(owner):
        if mark is None:
            labels.append(OUTSIDE)
        else:
            prefix = "I" if i > 0 and owner[i - 1] == mark else "B"
            labels.append(f"{prefix}-{mark[0]}")
    return labels


def sequences(article: PolnearArticle) -> list[Sequence_]:
    """(features, labels) of each sentence of the article."""
    doc = parse(article.article.text)
    labels = gold_labels(article, [(t.idx, t.idx + len(t)) for t in doc])
    return [(rows, labels[s.start : s.end]) for s, rows in doc_features(doc)]


def fit(data: Sequence[Sequence_], path: Path) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for rows, labels in data:
        trainer.append(rows, labels)
    trainer.set_params(
        {
            "c1": C1,
            "c2": C2,
            "max_iterations": MAX_ITERATIONS,
            "feature.minfreq": MIN_FREQ,
            "feature.possible_transitions": True,
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def token_report(data: Sequence[Sequence_], path: Path) -> dict[str, tuple[int, int, int]]:
    """Role -> (tokens right, tokens predicted, gold tokens), B and I taken alike."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    counts: Counter[tuple[str, str]] = Counter()
    for rows, labels in data:
        for got, want in zip(tagger.tag(rows), labels, strict=True):
            got_role, want_role = got[2:], want[2:]
            if got_role:
                counts[(got_role, "pred")] += 1
            if want_role:
                counts[(want_role, "gold")] += 1
            if got_role and got_role == want_role:
                counts[(got_role, "right")] += 1
    return {r: (counts[(r, "right")], counts[(r, "pred")], counts[(r, "gold")]) for r in "SCQ"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", default="../shared/corpora/polnear-train")
    parser.add_argument("--folds", type=Path, help="also fit and write the 5 fold models here")
    parser.add_argument("--out", type=Path, default=Path("src/briefing", *MODEL_FILE))
    args = parser.parse_args()
    warnings.simplefilter("ignore", PolnearWarning)  # the corpus' few broken lines
    articles = load_polnear(Path(args.train))
    per_article = []
    for index, article in enumerate(articles):
        per_article.append(sequences(article))
        if index % 100 == 0:
            print(f"features {index}/{len(articles)}", file=sys.stderr)
    if args.folds is not None:
        for fold in range(FOLDS):
            train = [s for i, a in enumerate(per_article) if i % FOLDS != fold for s in a]
            held = [s for i, a in enumerate(per_article) if i % FOLDS == fold for s in a]
            path = args.folds / f"fold{fold}.crfsuite"
            fit(train, path)
            for role, (right, pred, gold) in token_report(held, path).items():
                print(
                    f"fold {fold} {role}: token precision {right / max(pred, 1):.3f} "
                    f"recall {right / max(gold, 1):.3f}",
                    file=sys.stderr,
                )
    fit([s for a in per_article for s in a], args.out)
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
