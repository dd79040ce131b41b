"""The one-time llama.cpp probe: a crash in a child becomes one line with the fix."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from briefing.backends import probe
from briefing.errors import BackendError

SEGFAULT = [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"]
PASSES = [sys.executable, "-c", "print('ok')"]


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    lib = tmp_path / "libllama.so"
    lib.write_bytes(b"lib")
    monkeypatch.setattr(probe, "library_file", lambda: lib)
    return lib


def test_a_crash_is_one_line_naming_cause_and_fix(tmp_path: Path, library: Path) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"gguf")
    with pytest.raises(BackendError) as error:
        probe.ensure_works(model, child=SEGFAULT)
    message = str(error.value)
    assert "\n" not in message
    assert "crashed (SIGSEGV) evaluating a prompt on this CPU" in message
    assert "make rebuild-llama" in message
    recorded = probe.recorded()
    assert recorded is not None and not recorded.ok


def test_a_passing_probe_is_recorded_and_not_run_again(tmp_path: Path, library: Path) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"gguf")
    probe.ensure_works(model, child=PASSES)
    recorded = probe.recorded()
    assert recorded is not None and recorded.ok
    probe.ensure_works(model, child=SEGFAULT)  # same library, model and CPU: not re-run


def test_a_rebuilt_library_is_probed_again(tmp_path: Path, library: Path) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"gguf")
    probe.ensure_works(model, child=PASSES)
    library.write_bytes(b"a rebuilt library")
    with pytest.raises(BackendError, match="SIGSEGV"):
        probe.ensure_works(model, child=SEGFAULT)


def test_a_failing_exit_names_the_last_stderr_line() -> None:
    message = probe.describe_exit(1, "Traceback ...\nImportError: libgomp.so.1: not found\n")
    assert message == "the llama.cpp build failed its check (ImportError: libgomp.so.1: not found)"


def test_probe_record_survives_a_corrupt_file(tmp_path: Path) -> None:
    (tmp_path / "briefing-home").mkdir(exist_ok=True)
    (tmp_path / "briefing-home" / "probe.json").write_text("{not json")
    assert probe.recorded() is None
    (tmp_path / "briefing-home" / "probe.json").write_text(json.dumps({"key": "k"}))
    assert probe.recorded() is None
