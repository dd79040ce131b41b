"""The `index.html` of a folder of briefing pages (`briefing run -f html -o DIR`).

It lists every briefing page in the folder, those of earlier runs too: the
pages there are read once (their heads), then each new page updates the list
and the index is written again, atomically, so a crash leaves a whole index.
"""

from __future__ import annotations

from pathlib import Path

from briefing.output import write_atomic
from briefing.schema import Briefing
from briefing.views.briefing_page import IndexEntry, index_entry, index_page, read_index_entry

INDEX_NAME = "index.html"
_HEAD_CHARS = 4096


class FolderIndex:
    """The index page of `folder`, kept up to date as pages are written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / INDEX_NAME
        self._entries: dict[str, IndexEntry] | None = None

    def _read_folder(self) -> dict[str, IndexEntry]:
        entries = {}
        for page in sorted(self.folder.glob("*.html")):
            if page.name == INDEX_NAME or page.is_symlink():
                continue
            try:
                with page.open(encoding="utf-8", errors="replace") as handle:
                    head = handle.read(_HEAD_CHARS)
            except OSError:
                continue
            entry = read_index_entry(page.name, head)
            if entry is not None:
                entries[page.name] = entry
        return entries

    def add(self, page: Path, briefing: Briefing) -> None:
        """Record the page just written and write the index again."""
        if self._entries is None:
            self._entries = self._read_folder()
        self._entries[page.name] = index_entry(page.name, briefing)
        ordered = [self._entries[name] for name in sorted(self._entries)]
        write_atomic(self.path, index_page(ordered))
