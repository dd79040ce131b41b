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


def check_file(path: Path) -> None:
    """Prove a file can be written at `path` (its folder made); OutputError otherwise."""
    if path.is_symlink():
        raise OutputError(f"{path}: is a symlink; not replacing it")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; end it with / to write into it")
    _make_folder(path.parent, path)


def check_folder(path: Path) -> None:
    """Make the folder `path` and prove a file can be created in it; OutputError otherwise."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: exists and is not a folder")
    _make_folder(path, path)


def _make_folder(folder: Path, named: Path) -> None:
    """Create `folder` and prove a file can be created in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise _cannot_write(named, folder, exc) from exc


def _cannot_write(named: Path, folder: Path, exc: OSError) -> OutputError:
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return OutputError(f"{named}: cannot write there ({folder} is not a folder)")
    return OutputError(f"{named}: cannot write there ({exc.strerror or exc})")


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename.

    The file gets normal permissions (0644 under the usual umask); a symlink at
    `path` is refused rather than replaced. Any failure is one OutputError line.
    """
    if path.is_symlink():
        raise OutputError(f"{path}: is a symlink; not replacing it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise _cannot_write(path, path.parent, exc) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _MODE)
        os.replace(temporary, path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
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
