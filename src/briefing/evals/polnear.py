"""Scoring briefings against PolNeAR, a corpus of human-annotated attributions.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) marks, in political news
articles, who says or thinks what: each attribution has a Source (who), a Cue
(the reporting verb) and a Content (what), as brat standoff annotations.

Reading (`load_polnear`):
    `data_dir/text/NAME.txt` holds an article and
    `data_dir/attributions/NAME_ANNOTATOR.ann` its annotations. When several
    annotators annotated one article, only the first annotator file in sorted
    order is used, so that an attribution is never counted twice.
    An attribution's kind comes from its cue: deny/denial/dismiss/reject make
    a denial, concern/worry/fear/warn a concern, anything else a claim.

Named sources (`is_named_source`):
    a Source names a party when it has a capitalised word that is not a
    pronoun, determiner, title or generic noun ("He", "The source", "Officials"
    do not; "The New York Post", "Mr. Trump" do). No coreference is attempted.

Actor matching:
    a predicted item's actor (its party's name, aliases and id read as words)
    matches a Source when they share a name word, case-insensitively, ignoring
    stopwords, titles and generic nouns ("Donald Trump" matches "Trump" and
    "the Trump campaign"). Only named matching counts: an item attributed to
    the right person whose gold Source is a pronoun ("he said") is NOT
    matched, which understates precision on such items.

Scores (`score_attribution`), with a predicted item's span its quote's span:
    precision = tp / n_pred. A predicted item (claim, denial or concern; the
        kind is not compared) is a TP when its span lies inside some gold
        Content span (2 characters of slack at each end, or at least 80% of
        its characters inside) and its actor matches that attribution's
        Source; otherwise an FP. An FP lying only inside Contents whose Source
        is unnamed ("he said") is also counted as `unjudged`: a scorer without
        coreference cannot tell whether its actor is right. `named_precision`
        leaves those out; it is reported next to the strict precision, never
        instead of it.
    recall = recall_tp / n_gold, over gold attributions with a named Source
        only. One is recovered (recall_tp, counted once however many items
        recover it) when some predicted item lies inside its Content span or
        has at least 50% of its characters inside it, and has a matching
        actor; otherwise it is an FN.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.article import Article, read_article
from briefing.errors import ArticleError
from briefing.schema import Briefing, Party

Kind = Literal["claim", "denial", "concern"]
Offsets = tuple[int, int]

INSIDE_SLACK = 2
INSIDE_MIN_FRACTION = 0.8
RECOVER_MIN_FRACTION = 0.5

_DENIAL_CUE = re.compile(r"\b(den(y|ie|ial)|dismiss|reject)", re.IGNORECASE)
_CONCERN_CUE = re.compile(r"\b(concern|worr|fear|warn)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_ROLES = ("Source", "Cue", "Content")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that do not name anyone: pronouns, determiners, titles and generic
# nouns that can start a Source ("Officials said ...").
_GENERIC = _word_set(
    """
    i you he she it we they me him her us them who whom whose one someone
    this that these those the a an some many most several few all both each
    other others another any no his its our their my your such
    official officials source sources spokesman spokeswoman spokesperson
    aide aides adviser advisers advisor advisors people person critics
    experts analysts observers supporters voters reports report
    mr mrs ms miss dr sen senator rep gov governor president vice candidate
    nominee secretary former
    """
)
# Capitalised but not a name in a Source ("The Republican nominee").
_UNNAMED = _GENERIC | _word_set("republican democratic democrat gop conservative liberal")
# Words that never identify a party when matching an actor to a Source.
_NOT_NAMES = _GENERIC | _word_set(
    """
    and or of for in on at to by with from as s campaign team party
    committee group office staff administration spokesman said according
    """
)


class PolnearWarning(UserWarning):
    """An annotation line was skipped because it did not fit its article."""


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution: who (source) says (cue) what (content)."""

    source: str | None
    source_span: Offsets | None
    cue: str
    cue_span: Offsets | None
    content: str
    content_span: Offsets
    kind: Kind
    annotator: str


@dataclass(frozen=True)
class PolnearArticle:
    """An article with its gold attributions (from one annotator)."""

    id: str
    article: Article
    attributions: list[Attribution]


def cue_kind(cue: str) -> Kind:
    """Denial, concern or claim, from the word stems of a cue."""
    if _DENIAL_CUE.search(cue):
        return "denial"
    if _CONCERN_CUE.search(cue):
        return "concern"
    return "claim"


# --- reading brat --------------------------------------------------------


@dataclass(frozen=True)
class _TextBound:
    start: int
    end: int
    text: str


def _parse_textbound(line: str, text: str) -> tuple[str, _TextBound | None]:
    """`T12<TAB>Content 120 130;140 150<TAB>words` -> (id, span or None if invalid)."""
    tid, _, rest = line.partition("\t")
    label_offsets, _, annotated = rest.partition("\t")
    try:
        fragments = [
            (int(start), int(end))
            for start, end in (part.split() for part in label_offsets.split(" ", 1)[1].split(";"))
        ]
    except (IndexError, ValueError):
        return tid, None
    if not all(0 <= start <= end <= len(text) for start, end in fragments):
        return tid, None
    # brat joins the fragments of a discontinuous span with one space.
    if " ".join(text[start:end] for start, end in fragments) != annotated:
        return tid, None
    starts, ends = zip(*fragments, strict=True)
    return tid, _TextBound(min(starts), max(ends), annotated)


def _parse_event(line: str) -> dict[str, list[str]] | None:
    """`E3<TAB>Attribution:T12 Source:T11 ...` -> {role: [T ids]}, or None if not one."""
    fields = line.split("\t")
    arguments = fields[1].split() if len(fields) > 1 else []
    if not arguments or not arguments[0].startswith("Attribution"):
        return None
    roles: dict[str, list[str]] = {}
    for argument in arguments[1:]:
        role, _, tid = argument.partition(":")
        roles.setdefault(role.rstrip("0123456789"), []).append(tid)  # Content2 -> Content
    return roles


def _merge(bounds: list[_TextBound]) -> tuple[str, Offsets] | None:
    """Repeated roles become one: texts joined, from the first start to the last end."""
    if not bounds:
        return None
    text = " ".join(bound.text for bound in bounds)
    return text, (min(b.start for b in bounds), max(b.end for b in bounds))


def _attribution(
    roles: dict[str, list[str]], spans: dict[str, _TextBound], annotator: str
) -> Attribution | None:
    if any(tid not in spans for role in _ROLES for tid in roles.get(role, [])):
        return None
    parts = {role: _merge([spans[tid] for tid in roles.get(role, [])]) for role in _ROLES}
    content, source, cue = parts["Content"], parts["Source"], parts["Cue"]
    if content is None:
        return None
    cue_text = cue[0] if cue else ""
    return Attribution(
        source=source[0] if source else None,
        source_span=source[1] if source else None,
        cue=cue_text,
        cue_span=cue[1] if cue else None,
        content=content[0],
        content_span=content[1],
        kind=cue_kind(cue_text),
        annotator=annotator,
    )


def read_brat(
    ann_text: str, text: str, annotator: str, *, where: str | None = None
) -> list[Attribution]:
    """Attributions from a brat .ann file's text, checked against the article's text.

    A span whose text differs from the article at its offsets is skipped, and
    so is every attribution using it; so are attributions without a Content.
    One `PolnearWarning` (naming `where`, else the annotator) counts the skips.
    """
    spans: dict[str, _TextBound] = {}
    bad: list[str] = []
    events: list[dict[str, list[str]]] = []
    for line in ann_text.splitlines():
        if line.startswith("T"):
            tid, bound = _parse_textbound(line, text)
            if bound is None:
                bad.append(tid)
            else:
                spans[tid] = bound
        elif line.startswith("E") and (roles := _parse_event(line)) is not None:
            events.append(roles)
    made = [_attribution(roles, spans, annotator) for roles in events]
    attributions = [attribution for attribution in made if attribution is not None]
    if bad or len(attributions) < len(made):
        _warn_skips(where or annotator, bad, len(made) - len(attributions))
    return attributions


def _warn_skips(where: str, bad: list[str], skipped: int) -> None:
    problems = []
    if bad:
        shown = ", ".join(bad[:5]) + (", ..." if len(bad) > 5 else "")
        problems.append(f"skipped {len(bad)} span(s) not matching the article text ({shown})")
    if skipped:
        problems.append(f"skipped {skipped} attribution(s) with an unusable or missing part")
    warnings.warn(f"{where}: {'; '.join(problems)}", PolnearWarning, stacklevel=3)


# --- reading the corpus --------------------------------------------------


def _annotation_files(folder: Path) -> dict[str, list[Path]]:
    """Article name -> its NAME_ANNOTATOR.ann files, in sorted order."""
    files: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*.ann")):
        name, sep, _ = path.stem.rpartition("_")
        if sep:
            files.setdefault(name, []).append(path)
    return files


def _load_article(text_path: Path, ann_paths: list[Path]) -> PolnearArticle:
    article = read_article(str(text_path))
    if not ann_paths:
        raise ArticleError(
            f"{text_path}: no annotation file {text_path.stem}_ANNOTATOR.ann "
            f"in {text_path.parent.parent / 'attributions'}"
        )
    ann_path = ann_paths[0]  # the first annotator only, to avoid double counting
    try:
        ann_text = ann_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(f"{ann_path}: cannot read the annotations ({exc})") from exc
    annotator = ann_path.stem.rpartition("_")[2]
    attributions = read_brat(ann_text, article.text, annotator, where=str(ann_path))
    return PolnearArticle(id=article.id, article=article, attributions=attributions)


def load_polnear(data_dir: Path | str, limit: int | None = None) -> list[PolnearArticle]:
    """Articles of a PolNeAR folder (text/ and attributions/), sorted by name; first `limit`."""
    data_dir = Path(data_dir)
    text_dir, ann_dir = data_dir / "text", data_dir / "attributions"
    for folder in (text_dir, ann_dir):
        if not folder.is_dir():
            raise ArticleError(
                f"{data_dir}: not a PolNeAR folder, {folder.name}/ is missing "
                "(expected text/NAME.txt and attributions/NAME_ANNOTATOR.ann)"
            )
    text_paths = sorted(text_dir.glob("*.txt"))
    if not text_paths:
        raise ArticleError(f"{text_dir}: no .txt articles in it")
    if limit is not None:
        text_paths = text_paths[:limit]
    ann_files = _annotation_files(ann_dir)
    return [_load_article(path, ann_files.get(path.stem, [])) for path in text_paths]


# --- sources and actors --------------------------------------------------


def is_named_source(attribution: Attribution) -> bool:
    """Whether the Source has a capitalised word that is not a pronoun, title or generic noun."""
    words = _WORD.findall(attribution.source or "")
    return any(word[0].isupper() and word.lower() not in _UNNAMED for word in words)


def _name_words(text: str) -> set[str]:
    words = (word.lower() for word in _WORD.findall(text))
    return {word for word in words if len(word) > 1 and word not in _NOT_NAMES}


def _party_words(party_id: str, parties: list[Party]) -> set[str]:
    """Name words of a party: its name, aliases and id (as words)."""
    words = _name_words(party_id.replace("-", " "))
    for party in parties:
        if party.id == party_id:
            for mention in (party.name, *party.aliases):
                words |= _name_words(mention)
    return words


# --- scoring -------------------------------------------------------------


@dataclass
class AttributionScore:
    """Counts for precision (tp, fp over predictions) and recall (recall_tp, fn over gold)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    recall_tp: int = 0
    unjudged: int = 0  # fps inside gold Content whose Source is unnamed ("he", "the campaign")

    @property
    def n_pred(self) -> int:
        return self.tp + self.fp

    @property
    def named_precision(self) -> float:
        """Precision over items a named Source can judge: unjudged fps left out."""
        judged = self.n_pred - self.unjudged
        return self.tp / judged if judged else 0.0

    @property
    def n_gold(self) -> int:
        """Gold attributions with a named Source."""
        return self.recall_tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.recall_tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: AttributionScore) -> AttributionScore:
        return AttributionScore(
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
            recall_tp=self.recall_tp + other.recall_tp,
            unjudged=self.unjudged + other.unjudged,
        )


def sum_scores(scores: Iterable[AttributionScore]) -> AttributionScore:
    """Micro-average: add up the counts."""
    return sum(scores, AttributionScore())


def _fraction_inside(span: Offsets, gold: Offsets) -> float:
    overlap = min(span[1], gold[1]) - max(span[0], gold[0])
    return max(overlap, 0) / max(span[1] - span[0], 1)


def _lies_inside(span: Offsets, gold: Offsets) -> bool:
    within = gold[0] - INSIDE_SLACK <= span[0] and span[1] <= gold[1] + INSIDE_SLACK
    return within or _fraction_inside(span, gold) >= INSIDE_MIN_FRACTION


def _recovers(span: Offsets, gold: Offsets) -> bool:
    return _lies_inside(span, gold) or _fraction_inside(span, gold) >= RECOVER_MIN_FRACTION


def score_attribution(briefing: Briefing, article: PolnearArticle) -> AttributionScore:
    """Compare a briefing's items with an article's gold attributions (see the module doc)."""
    gold = [(a, _name_words(a.source or "")) for a in article.attributions]
    predicted = [
        (item.span, _party_words(item.actor, briefing.parties)) for item in briefing.items()
    ]
    score = AttributionScore()
    for span, actor in predicted:
        holding = [(a, source) for a, source in gold if _lies_inside(span, a.content_span)]
        if any(actor & source for _, source in holding):
            score.tp += 1
        else:
            score.fp += 1
            if holding and not any(is_named_source(a) for a, _ in holding):
                score.unjudged += 1
    for attribution, source in gold:
        if not is_named_source(attribution):
            continue
        if any(
            _recovers(span, attribution.content_span) and actor & source
            for span, actor in predicted
        ):
            score.recall_tp += 1
        else:
            score.fn += 1
    return score
