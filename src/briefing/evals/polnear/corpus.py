"""Reading PolNeAR, a corpus of human-annotated attributions (brat standoff files).

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
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.article import Article, read_article
from briefing.errors import ArticleError

Kind = Literal["claim", "denial", "concern"]
Offsets = tuple[int, int]

_DENIAL_CUE = re.compile(r"\b(den(y|ie|ial)|dismiss|reject)", re.IGNORECASE)
_CONCERN_CUE = re.compile(r"\b(concern|worr|fear|warn)", re.IGNORECASE)
_ROLES = ("Source", "Cue", "Content")


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
