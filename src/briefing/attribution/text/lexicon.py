"""Cue words learned from PolNeAR train (see `cue_lemmas.tsv`, `cue_objects.tsv` and
scripts/derive_cue_lemmas.py, scripts/derive_cue_objects.py).

A (lemma, POS) is a cue when it was inside an annotated Cue at least
`MIN_COUNT` times and in at least `MIN_RATIO` of its occurrences in the
corpus: "say" nearly always is one, "make" rarely. Both thresholds were set
on train. Beside them, by hand: the documents a speaker issues ("a statement", "a
letter") and the verbs that issue them, for `content` and `documents` alike.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import get_args

from briefing.schema import Kind

MIN_COUNT = 3
MIN_RATIO = 0.3
MIN_RATIO_FRAMED = 0.2  # nouns and adjectives count only with a that-clause or "about"
LIBERAL_RATIO = 0.05  # a candidate below MIN_RATIO is kept only when `keep` scores it high
STRONG_RATIO = 0.75  # a verb this often a cue also takes an object as its content
_KINDS: tuple[Kind, ...] = get_args(Kind)
# The briefing labels a demand (for information, for a resignation) as a concern
# (evals/README, "Concerns"), whatever kind PolNeAR's cue words give it (a claim). An
# urging is one when the speaker voices it in their own words ("We urge all nations to
# ...", `content.content_kind`, the guide's example); a reporter's "X urged Y to do Z"
# is one too, by the shape of the whole attribution (`kinds`).
DEMANDS = frozenset({"demand"})
APPEALS = DEMANDS | {"urge"}


@lru_cache(maxsize=1)
def cue_lemmas() -> dict[tuple[str, str], tuple[Kind, int, int]]:
    """(lemma, POS) -> (kind, times inside a Cue, times in the corpus), for every listed lemma."""
    table: dict[tuple[str, str], tuple[Kind, int, int]] = {}
    text = resources.files(__package__).joinpath("cue_lemmas.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, pos, kind, in_cue, total = line.split("\t")
        assert kind in _KINDS, f"cue_lemmas.tsv: bad kind {kind!r}"
        table[(lemma, pos)] = (kind, int(in_cue), int(total))
    return table


def cue_share(lemma: str, pos: str) -> float | None:
    """The share of a (lemma, POS)'s occurrences in train that lay inside a Cue ("say" 0.86,
    "boo" 0.32), or None when it is not listed."""
    entry = cue_lemmas().get((lemma.lower(), pos))
    return None if entry is None else entry[1] / max(entry[2], 1)


def cue_kind(lemma: str, pos: str, min_ratio: float | None = None) -> Kind | None:
    """The kind of a cue word, or None when (lemma, POS) is not a cue."""
    if min_ratio is None:
        min_ratio = MIN_RATIO if pos == "VERB" else MIN_RATIO_FRAMED
    entry = cue_lemmas().get((lemma.lower(), pos))
    if entry is None:
        return None
    kind, in_cue, total = entry
    if in_cue < MIN_COUNT or in_cue / max(total, 1) < min_ratio:
        return None
    return "concern" if pos == "VERB" and lemma.lower() in DEMANDS else kind


# documents seen as much as read: "X released a video that said C" keeps C on "released"
SHOWN_DOCUMENTS = frozenset({"ad", "advertisement", "commercial", "video"})
# a document's kinds, each with the words for it: "the suit" is the lawsuit named before
DOCUMENT_FAMILIES = (
    frozenset({"statement", "communique"}),
    frozenset({"letter"}),
    frozenset({"suit", "lawsuit", "complaint"}),
    frozenset({"paper", "memo", "memorandum", "report", "document", "cable"}),
    frozenset({"email"}),
    SHOWN_DOCUMENTS,
    frozenset({"website", "site"}),
)
DOCUMENTS = frozenset[str]().union(*DOCUMENT_FAMILIES)
# verbs that make their subject a document's author: "the museum issued a statement"
AUTHORING = frozenset(
    {"issue", "release", "send", "write", "file", "publish", "distribute", "circulate", "sign"}
    | {"post", "provide", "air", "launch", "create", "produce", "set"}
)
# nouns for a view others hold, pointed at to be doubted: "This idea that X doesn't jibe"
VIEWS = frozenset(
    {"idea", "notion", "claim", "view", "vision", "narrative", "theory", "suggestion", "talk"}
)


MIN_OBJECT_SHARE = 0.6  # set on train: 0.5 gave named precision 0.84, 0.6 0.855, 0.7 0.86


@lru_cache(maxsize=1)
def _objects() -> dict[tuple[str, str], tuple[int, int]]:
    table: dict[tuple[str, str], tuple[int, int]] = {}
    text = resources.files(__package__).joinpath("cue_objects.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lemma, relation, content, total = line.split("\t")
            table[(lemma, relation)] = (int(content), int(total))
    return table


def takes_as_content(lemma: str, relation: str) -> bool:
    """Whether a cue verb's `dobj`/`xcomp`/`prep` child was its content in train
    ("criticized the plan"), at least MIN_OBJECT_SHARE of the time (see `cue_objects.tsv`)."""
    content, total = _objects().get((lemma.lower(), relation), (0, 0))
    return content >= MIN_COUNT and content / max(total, 1) >= MIN_OBJECT_SHARE


# what one seeks that is a remedy or an act of others ("seeks an injunction"), not a goal
# of one's own ("seeks re-election")
REMEDIES = frozenset(
    {"injunction", "damages", "reinstatement", "compensation", "apology", "recount", "inquiry"}
    | {"investigation", "probe", "refund", "moratorium", "repeal", "resignation", "restitution"}
    | {"ban", "halt", "retraction", "review"}
)

# the speaker's own words for themselves as a subject ("I reject", "we are concerned")
FIRST_PERSON = frozenset({"i", "we"})
# modals of duty: "Z should / must / ought to do Y"
DUTY_MODALS = frozenset({"should", "must", "ought"})
