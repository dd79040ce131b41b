"""A one-time check that the llama.cpp build can evaluate a prompt on this CPU.

A llama.cpp library built for features the CPU lacks, or with a path that is
broken on it (AMX on some Intel Xeons), dies of a signal inside prompt
evaluation, which Python cannot catch. So before the first in-process load,
a child process loads the model and evaluates a batch of tokens; the result
is recorded in BRIEFING_HOME keyed by the library, the model and the CPU,
and a crash becomes one line naming the cause and the fix.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import signal
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from briefing.errors import BackendError
from briefing.output import write_atomic
from briefing.paths import home

PROBE_TIMEOUT_S = 300
FIX = "rebuild it for this CPU with `make rebuild-llama` (README: 'If the build fails')"

_INFO = "import llama_cpp; print(llama_cpp.llama_cpp.llama_print_system_info().decode())"

# Runs in the child: load, evaluate 64 tokens in one batch, sample one.
_CHILD = """
import sys
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], n_ctx=256, n_batch=64, seed=0, verbose=False)
llm.eval(llm.tokenize(b"The quick brown fox jumps over the lazy dog. " * 6)[:64])
llm.sample(temp=0.0)
print("ok")
"""


@dataclass(frozen=True)
class ProbeResult:
    key: str
    ok: bool
    detail: str


def library_file() -> Path | None:
    """The libllama shared library of the installed llama_cpp, found without importing it."""
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or spec.origin is None:
        return None
    libraries = sorted((Path(spec.origin).parent / "lib").glob("libllama.*"))
    return libraries[0] if libraries else None


def system_info() -> str:
    """llama.cpp's own list of the CPU features its build uses (read in a child process)."""
    command = [sys.executable, "-c", _INFO]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "unknown (timed out)"
    if done.returncode != 0:
        return describe_exit(done.returncode, done.stderr).replace("evaluating a prompt", "loading")
    return done.stdout.strip()


def cpu_flags() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return next((line for line in text.splitlines() if line.startswith(("flags", "Features"))), "")


def probe_key(library: Path, model: Path) -> str:
    model = model.resolve()  # the same file through a symlinked BRIEFING_HOME
    stat, model_stat = library.stat(), model.stat()
    parts = [
        str(library),
        str(stat.st_size),
        str(stat.st_mtime_ns),
        str(model),
        str(model_stat.st_size),
    ]
    return hashlib.sha256("\n".join([*parts, cpu_flags()]).encode()).hexdigest()[:16]


def _record_path() -> Path:
    return home() / "probe.json"


def recorded() -> ProbeResult | None:
    """The last probe's result, whatever its key."""
    try:
        return ProbeResult(**json.loads(_record_path().read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def describe_exit(returncode: int, stderr: str) -> str:
    """What a failed child's exit means, in one line."""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"the llama.cpp build crashed ({name}) evaluating a prompt on this CPU"
    last = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {returncode}"
    return f"the llama.cpp build failed its check ({last})"


def run_probe(model: Path, child: list[str] | None = None) -> ProbeResult:
    """Run the check in a child process (`child` replaces the command, for tests)."""
    library = library_file()
    key = probe_key(library, model) if library else "no-library"
    command = child or [sys.executable, "-c", _CHILD, str(model)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return ProbeResult(key, False, f"the llama.cpp check took over {PROBE_TIMEOUT_S} s")
    if done.returncode == 0 and done.stdout.strip().endswith("ok"):
        return ProbeResult(key, True, "prompt evaluation works")
    return ProbeResult(key, False, describe_exit(done.returncode, done.stderr))


def ensure_works(model: Path, child: list[str] | None = None) -> None:
    """Probe once per library, model and CPU; raise a one-line BackendError on failure."""
    library = library_file()
    previous = recorded()
    if library and previous and previous.ok and previous.key == probe_key(library, model):
        return
    result = run_probe(model, child)
    write_atomic(_record_path(), json.dumps(asdict(result)) + "\n")
    if not result.ok:
        raise BackendError(f"{result.detail}; {FIX}")
