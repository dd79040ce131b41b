"""Writing files atomically: a reader never sees half a briefing or half a line."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefing.errors import OutputError


def _file_mode() -> int:
    """0666 less the umask: what `open()` would give (mkstemp alone gives 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_MODE = _file_mode()


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename.

    The file gets normal permissions (0644 under the usual umask); a symlink at
    `path` is refused rather than replaced.
    """
    if path.is_symlink():
        raise OutputError(f"{path}: is a symlink; not replacing it")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def append_line(path: Path, line: str) -> None:
    """Append one line with a single write (O_APPEND), never following a symlink."""
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags, 0o666)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        written = os.write(handle, data)
        if written != len(data):
            raise OutputError(f"{path}: short write ({written} of {len(data)} bytes)")
        os.fsync(handle)
    finally:
        os.close(handle)


def repair_lines(path: Path) -> bool:
    """Cut a half-written last line (left by a power cut); True when one was cut."""
    if not path.is_file():
        return False
    with path.open("rb+") as handle:
        data = handle.read()
        if not data or data.endswith(b"\n"):
            return False
        handle.truncate(data.rfind(b"\n") + 1)
    return True
