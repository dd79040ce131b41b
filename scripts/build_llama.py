"""Build llama-cpp-python for this machine without AMX, once, into a keyed wheel folder.

Why: a default (`GGML_NATIVE=ON`) build compiles for `-march=native`, which on
Intel CPUs with AMX turns on ggml's AMX path, and that path segfaults in prompt
evaluation (llama-cpp-python 0.3.36). This script instead names every CPU
feature explicitly (`GGML_NATIVE=OFF`), taken from the build machine's
/proc/cpuinfo, with AMX always off. On a machine without AMX that is the same
code as a native build (bench/BUILD.md has the figures).

pip's wheel cache does not key on CMAKE_ARGS, so a wheel built earlier with
other flags would come back silently. The wheel is therefore built with
`--no-cache-dir` into `$BRIEFING_HOME/wheels/<version>-<key>/`, where the key
hashes the CMake arguments: the same flags reuse the wheel, other flags
(another CPU, a user's CMAKE_ARGS) build anew.

Usage: python scripts/build_llama.py [--print-args | --rebuild]  (prints the wheel's path)
Stdlib only: it runs before the project's dependencies are installed.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

VERSION = "0.3.36"

# ggml CMake option -> the /proc/cpuinfo flags it needs (all of them).
X86_FEATURES: dict[str, tuple[str, ...]] = {
    "GGML_SSE42": ("sse4_2",),
    "GGML_AVX": ("avx",),
    "GGML_AVX2": ("avx2",),
    "GGML_BMI2": ("bmi2",),
    "GGML_FMA": ("fma",),
    "GGML_F16C": ("f16c",),
    "GGML_AVX_VNNI": ("avx_vnni",),
    "GGML_AVX512": ("avx512f", "avx512cd", "avx512vl", "avx512dq", "avx512bw"),
    "GGML_AVX512_VBMI": ("avx512vbmi",),
    "GGML_AVX512_VNNI": ("avx512_vnni",),
    "GGML_AVX512_BF16": ("avx512_bf16",),
}
# The AMX path is what crashes; it stays off whatever the CPU has.
ALWAYS_OFF = ("GGML_AMX_TILE", "GGML_AMX_INT8", "GGML_AMX_BF16")


def cpu_flags(cpuinfo: str) -> set[str]:
    """The first processor's feature flags in /proc/cpuinfo (x86 `flags`, ARM `Features`)."""
    for line in cpuinfo.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("flags", "Features"):
            return set(value.split())
    return set()


def cmake_args(machine: str, flags: set[str]) -> list[str]:
    """Explicit ggml options for this CPU: every feature it has, never AMX.

    Other architectures (aarch64) keep ggml's native detection, which has no AMX.
    """
    if machine not in ("x86_64", "AMD64"):
        return ["-DGGML_NATIVE=ON"]
    args = ["-DGGML_NATIVE=OFF"]
    for option, needed in X86_FEATURES.items():
        enabled = all(flag in flags for flag in needed)
        args.append(f"-D{option}={'ON' if enabled else 'OFF'}")
    args += [f"-D{option}=OFF" for option in ALWAYS_OFF]
    return args


def wheel_dir(home: Path, args: str) -> Path:
    key = hashlib.sha256(f"{VERSION} {args}".encode()).hexdigest()[:16]
    return home / "wheels" / f"llama_cpp_python-{VERSION}-{key}"


def briefing_home() -> Path:
    """BRIEFING_HOME, else the user cache folder (as briefing.paths.home())."""
    if override := os.environ.get("BRIEFING_HOME"):
        return Path(override)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "briefing"


def chosen_args() -> str:
    """The user's CMAKE_ARGS if set, else the explicit flags of this CPU."""
    if user := os.environ.get("CMAKE_ARGS", "").strip():
        return user
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        cpuinfo = ""
    return " ".join(cmake_args(platform.machine(), cpu_flags(cpuinfo)))


def build(args: str, target: Path) -> Path:
    """The wheel in `target`, built there first if absent."""
    wheels = sorted(target.glob("llama_cpp_python-*.whl"))
    if wheels:
        return wheels[0]
    print(f"Building llama-cpp-python {VERSION} (about 4 min on 2 cores): {args}", file=sys.stderr)
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    command = [sys.executable, "-m", "pip", "wheel", "--no-cache-dir", "--no-deps", "--quiet"]
    command += ["-w", str(partial), f"llama-cpp-python=={VERSION}"]
    subprocess.run(command, check=True, env={**os.environ, "CMAKE_ARGS": args})
    partial.replace(target)
    return sorted(target.glob("llama_cpp_python-*.whl"))[0]


def main(argv: list[str]) -> int:
    args = chosen_args()
    if "--print-args" in argv:
        print(args)
        return 0
    target = wheel_dir(briefing_home(), args)
    if "--rebuild" in argv:
        shutil.rmtree(target, ignore_errors=True)
    try:
        print(build(args, target))
    except subprocess.CalledProcessError as exc:
        print(
            f"error: building llama-cpp-python failed (exit {exc.returncode}); "
            "see README 'If the build fails'",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
