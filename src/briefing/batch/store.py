"""Where briefings go (stdout, one file, a folder, a JSON Lines file) and what is done there.

Every location is checked by `open_store` before any model work. A briefing
is "done" for a re-run when its run key (article hash, backend, model,
prompt hash and options) matches; the key is read back from the briefing's
own article info and provenance, so no side file can drift from the output.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from abc import ABC, abstractmethod
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError

from briefing.batch.page_index import FolderIndex
from briefing.errors import OutputClosed, OutputError
from briefing.output import append_line, check_file, check_folder, repair_lines, write_atomic
from briefing.render import to_markdown
from briefing.schema import SCHEMA_VERSION, Briefing
from briefing.views.briefing_page import briefing_page, page_run_key

FAILURES_NAME = "failures.jsonl"
_MARKDOWN_KEY = "<!-- briefing run key: {key} -->\n"


class OutputFormat(StrEnum):
    """What a briefing is written as: JSON, markdown, or an HTML page."""

    json = "json"
    markdown = "markdown"
    html = "html"

    @property
    def suffix(self) -> str:
        return {"json": ".json", "markdown": ".md", "html": ".html"}[self.value]


def render(fmt: OutputFormat, briefing: Briefing, article_text: str, many: bool = False) -> str:
    """A briefing as `fmt` (the HTML page and the markdown carry the run key)."""
    key = briefing_key(briefing) or ""
    if fmt is OutputFormat.html:
        return briefing_page(briefing, article_text, key)
    if fmt is OutputFormat.markdown:
        return _MARKDOWN_KEY.format(key=key) + to_markdown(briefing)
    return briefing.model_dump_json(indent=None if many else 2) + "\n"


def _holds_key(fmt: OutputFormat, text: str, key: str) -> bool:
    """True when a written file was made with the run key `key`."""
    if fmt is OutputFormat.html:
        return page_run_key(text[:4096]) == key
    if fmt is OutputFormat.markdown:
        return text.startswith(_MARKDOWN_KEY.format(key=key))
    return _key_of_json(text) == key


def run_key(
    article_sha256: str,
    backend: str | None,
    model: str | None,
    prompt_sha256: str,
    options: Mapping[str, float | int],
) -> str:
    """What makes two briefings of an article interchangeable."""
    parts = [SCHEMA_VERSION, article_sha256, backend, model, prompt_sha256, dict(options)]
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:24]


def briefing_key(briefing: Briefing) -> str | None:
    """The run key a briefing was made with (None if it predates recorded options)."""
    made = briefing.provenance
    if made.options is None:
        return None
    return run_key(
        briefing.article.sha256, made.backend, made.model, made.prompt_sha256, made.options
    )


class FailureLog:
    """JSON Lines of {id, source, error, time}, one line per failed article of the last run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0

    def check(self) -> None:
        """Refuse a symlink or a folder where the failures file goes (OutputError)."""
        if self.path.is_symlink():
            raise OutputError(f"{self.path}: is a symlink; not replacing it")
        if self.path.is_dir():
            raise OutputError(f"{self.path}: is a folder, not the failures file")

    def begin(self) -> None:
        self.check()
        self.path.unlink(missing_ok=True)

    def add(self, article_id: str, source: str, reason: str) -> None:
        self.count += 1
        record = {"id": article_id, "source": source, "error": reason}
        record["time"] = datetime.now(UTC).isoformat(timespec="seconds")
        append_line(self.path, json.dumps(record, ensure_ascii=False))


class Store(ABC):
    """An output location: writes briefings and knows which run keys it holds."""

    failures: FailureLog | None = None
    notes: tuple[str, ...] = ()
    """What opening the store found worth saying (a repaired line)."""

    def paths(self) -> list[Path]:
        """What this store writes (files or folders), never to be read as input."""
        return []

    def is_done(self, article_id: str, key: str) -> bool:
        """True when a briefing of `article_id` with `key` is already here."""
        return False

    def refuse(self, article_id: str) -> str | None:
        """Why a briefing of `article_id` could not be written here, if it could not."""
        return None

    @abstractmethod
    def write(self, briefing: Briefing, article_text: str) -> None:
        """Write one briefing (of an article with `article_text`), atomically."""

    def describe(self) -> str:
        return "stdout"


class StdoutStore(Store):
    """JSON, markdown or one HTML page on stdout; JSON Lines when there are several."""

    def __init__(self, fmt: OutputFormat, many: bool) -> None:
        self.fmt = fmt
        self.many = many

    def write(self, briefing: Briefing, article_text: str) -> None:
        if self.fmt is OutputFormat.markdown:
            text = to_markdown(briefing)
        else:
            text = render(self.fmt, briefing, article_text, self.many)
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError as exc:
            _silence_stdout()
            raise OutputClosed("stdout was closed (the reader stopped reading)") from exc


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so Python's own flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor behind stdout (a test runner)
        pass


class FileStore(Store):
    """One file per article: `folder/ID.json` (`.md`, `.html`), or one named file for one.

    HTML pages in a folder come with an `index.html` linking to every page there.
    """

    def __init__(
        self, fmt: OutputFormat, folder: Path | None = None, file: Path | None = None
    ) -> None:
        self.fmt = fmt
        self.folder = folder
        self.file = file
        self.index: FolderIndex | None = None
        if folder is not None:
            self.failures = FailureLog(folder / FAILURES_NAME)
            if fmt is OutputFormat.html:
                self.index = FolderIndex(folder)

    def describe(self) -> str:
        return str(self.folder if self.folder is not None else self.file)

    def paths(self) -> list[Path]:
        return [self.folder if self.folder is not None else self.target("")]

    def target(self, article_id: str) -> Path:
        if self.file is not None:
            return self.file
        assert self.folder is not None
        return self.folder / f"{article_id}{self.fmt.suffix}"

    def refuse(self, article_id: str) -> str | None:
        target = self.target(article_id)
        if self.index is not None and target == self.index.path:
            return f"the output {target} is the folder's index page; rename the article"
        try:
            if target.is_symlink():
                return f"the output {target} is a symlink; not replacing it"
            if target.is_dir():
                return f"the output {target} is a folder"
        except OSError as exc:  # a name too long, a folder that cannot be read
            return f"cannot write the output {target} ({exc.strerror or exc})"
        return None

    def is_done(self, article_id: str, key: str) -> bool:
        target = self.target(article_id)
        try:
            if not target.is_file() or target.is_symlink():
                return False
            text = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        return _holds_key(self.fmt, text, key)

    def write(self, briefing: Briefing, article_text: str) -> None:
        target = self.target(briefing.article.id)
        write_atomic(target, render(self.fmt, briefing, article_text))
        if self.index is not None:
            self.index.add(target, briefing)


class JsonlStore(Store):
    """Appends one briefing per line; a re-run skips the (id, key) pairs already there."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.failures = FailureLog(path.with_name(f"{path.stem}.failures.jsonl"))
        if repair_lines(path):
            self.notes = (f"cut a half-written last line from {path}",)
        self.done: set[tuple[str, str]] = set()
        if path.is_file():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                briefing = _parse(line)
                key = briefing_key(briefing) if briefing else None
                if briefing and key:
                    self.done.add((briefing.article.id, key))

    def describe(self) -> str:
        return str(self.path)

    def paths(self) -> list[Path]:
        assert self.failures is not None
        return [self.path, self.failures.path]

    def is_done(self, article_id: str, key: str) -> bool:
        return (article_id, key) in self.done

    def write(self, briefing: Briefing, article_text: str) -> None:
        append_line(self.path, briefing.model_dump_json())


def _parse(text: str) -> Briefing | None:
    try:
        return Briefing.model_validate_json(text)
    except (ValidationError, ValueError):
        return None


def _key_of_json(text: str) -> str | None:
    briefing = _parse(text)
    return briefing_key(briefing) if briefing else None


def open_store(output: str | None, fmt: OutputFormat, many: bool) -> Store:
    """The store for `-o output`, checked to be writable (OutputError otherwise)."""
    store = _open_store(output, fmt, many)
    if store.failures is not None:
        store.failures.check()
    return store


def _open_store(output: str | None, fmt: OutputFormat, many: bool) -> Store:
    if output is None:
        if many and fmt is OutputFormat.html:
            raise OutputError("several HTML pages need a folder: add -o FOLDER")
        return StdoutStore(fmt, many)
    path = Path(output)
    if path.suffix.lower() == ".jsonl":
        if fmt is not OutputFormat.json:
            raise OutputError(f"{output}: JSON Lines output holds JSON; drop --format {fmt}")
        check_file(path)
        if path.exists() and not os.access(path, os.W_OK):
            raise OutputError(f"{output}: not writable")
        return JsonlStore(path)
    if many and not path.is_dir() and path.suffix.lower() in (".json", ".md", ".html"):
        raise OutputError(
            f"{output}: one file for several articles; give a folder or a .jsonl file"
        )
    if many or output.endswith(("/", os.sep)) or path.is_dir():
        check_folder(path)
        return FileStore(fmt, folder=path)
    check_file(path)
    return FileStore(fmt, file=path)
