"""What `briefing run` reads: files, folders, globs, JSON Lines of articles, HTML, stdin.

Bad inputs do not stop the others: each becomes a `BadInput` that the batch
reports as a failure. Ids become file names, so they are made safe, and two
different inputs with the same id get a short hash of their source appended.
"""

from __future__ import annotations

import glob
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from briefing.article import STDIN, Article, article_from_text, read_article, utf16_refusal
from briefing.errors import ArticleError
from briefing.webpage import HTML_SUFFIXES

JSONL_SUFFIX = ".jsonl"
ARTICLE_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES, JSONL_SUFFIX)
_UNSAFE = re.compile(r"[^\w.\-]+")
_MAX_ID_BYTES = 100  # a file name holds 255 bytes; room for suffixes and a hash
_HASH_CHARS = 8


@dataclass(frozen=True)
class BadInput:
    """An input that cannot be briefed, and why (one line)."""

    id: str
    source: str
    reason: str


Item = Article | BadInput


class ArticleRecord(BaseModel):
    """One line of a JSON Lines input."""

    model_config = ConfigDict(extra="ignore")

    id: str | int
    text: str
    title: str | None = None
    url: str | None = None


def safe_id(raw: str) -> str:
    """An id usable as a file name: no separators, no leading dot, at most 100 UTF-8 bytes.

    A longer id is cut (at a character boundary) and a hash of the whole id
    appended, so two long ids that share a beginning stay apart.
    """
    cleaned = _UNSAFE.sub("-", raw).strip(".-")
    encoded = cleaned.encode("utf-8")
    if len(encoded) > _MAX_ID_BYTES:
        room = _MAX_ID_BYTES - _HASH_CHARS - 1
        head = encoded[:room].decode("utf-8", errors="ignore").rstrip(".-")
        cleaned = f"{head}-{_short_hash(raw)}"
    return cleaned or "article"


def expand(arguments: list[str], outputs: list[Path] | None = None) -> list[Item]:
    """Every article named by `arguments`, in order, with unique ids.

    Folder walks and globs leave out `outputs` (files, or folders and all they hold),
    so a run's own output is never read back as input.
    """
    skip = [path.resolve() for path in outputs or []]
    items: list[Item] = []
    for argument in arguments:
        items.extend(_expand_one(argument, skip))
    return unique_ids(items)


def _expand_one(argument: str, skip: list[Path]) -> list[Item]:
    if argument == STDIN:
        return [_read_file(argument)]
    path = Path(argument)
    if path.is_dir():
        files = [found for found in _folder_files(path) if not _inside(found, skip)]
        if not files:
            return [_bad(path, f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in the folder")]
    elif not path.exists() and glob.has_magic(argument):
        files = sorted(Path(match) for match in glob.glob(argument, recursive=True))
        files = [found for found in files if found.is_file() and not _inside(found, skip)]
        if not files:
            return [_bad(path, "no file matches this pattern")]
    else:
        files = [path]
    items: list[Item] = []
    for found in files:
        if found.suffix.lower() == JSONL_SUFFIX:
            items.extend(read_jsonl(found))
        else:
            items.append(_read_file(str(found)))
    return items


def _inside(path: Path, skip: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == other or resolved.is_relative_to(other) for other in skip)


def _folder_files(folder: Path) -> list[Path]:
    """Article files under `folder`, recursively, skipping hidden ones."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def _bad(path: Path | str, reason: str) -> BadInput:
    return BadInput(safe_id(Path(path).stem), str(path), reason)


def _reason(exc: ArticleError, source: str) -> str:
    return str(exc).removeprefix(f"{source}: ")


def _read_file(source: str) -> Item:
    try:
        article = read_article(source)
    except ArticleError as exc:
        return _bad(source, _reason(exc, source))
    return replace(article, id=safe_id(article.id))


def read_jsonl(path: Path) -> list[Item]:
    """Articles from JSON Lines of {"id", "text", "title"?, "url"?}; one BadInput per bad line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [_bad(path, f"cannot read ({exc.strerror})")]
    return jsonl_items(raw, str(path))


def jsonl_items(raw: bytes, name: str) -> list[Item]:
    """The articles of the JSON Lines `raw` read from `name` (sources `name:LINE`)."""
    if utf16 := utf16_refusal(raw, name):
        return [_bad(name, utf16)]
    try:
        lines = raw.decode("utf-8-sig").splitlines()  # a BOM is no part of the first record
    except UnicodeDecodeError as exc:
        return [_bad(name, f"not valid UTF-8 text (byte {exc.start})")]
    stem = Path(name).stem
    items: list[Item] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            items.append(_record(line, f"{name}:{number}", f"{stem}-{number}"))
    return items


def record_item(fields: dict[str, object], source: str, row_id: str) -> Item:
    """The article of one row of a table (a Parquet file), or why it is none."""
    try:
        record = ArticleRecord.model_validate(fields)
    except ValidationError as exc:
        return BadInput(safe_id(row_id), source, _not_a_record(exc))
    return _article(record, source)


def _record(line: str, source: str, line_id: str) -> Item:
    try:
        record = ArticleRecord.model_validate_json(line)
    except ValidationError as exc:
        return BadInput(safe_id(line_id), source, _not_a_record(exc))
    return _article(record, source)


def _not_a_record(exc: ValidationError) -> str:
    """ "not an article record (no "text" field)", or pydantic's words for the first error."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    if first["type"] == "missing" and where:
        return f'not an article record (no "{where}" field)'
    detail = f"{where}: {first['msg']}" if where else first["msg"]
    return f"not an article record ({detail})"


def _article(record: ArticleRecord, source: str) -> Item:
    article_id = safe_id(str(record.id))
    try:
        return article_from_text(record.text, source, article_id, record.title, record.url)
    except ArticleError as exc:
        return BadInput(article_id, source, _reason(exc, source))


def unique_ids(items: list[Item]) -> list[Item]:
    """Append a hash of the source to ids shared by different sources."""
    sources: dict[str, set[str]] = {}
    for item in items:
        sources.setdefault(item.id, set()).add(item.source)
    shared = {name for name, found in sources.items() if len(found) > 1}
    return [
        replace(item, id=f"{item.id}-{_short_hash(item.source)}") if item.id in shared else item
        for item in items
    ]


def _short_hash(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]


def names_several(arguments: list[str]) -> bool:
    """True when the arguments can name more than one article (so -o is a folder)."""
    if len(arguments) > 1:
        return True
    path = Path(arguments[0]) if arguments else Path()
    return path.is_dir() or path.suffix.lower() == JSONL_SUFFIX or glob.has_magic(arguments[0])
