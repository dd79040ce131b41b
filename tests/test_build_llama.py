"""scripts/build_llama.py: explicit CPU flags, never AMX, wheels keyed by their flags."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_llama", ROOT / "scripts/build_llama.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_llama"] = module
    spec.loader.exec_module(module)
    return module


build_llama = _load()

SAPPHIRE_RAPIDS = (
    "processor\t: 0\nflags\t\t: fpu sse4_2 avx avx2 bmi2 fma f16c avx512f avx512cd avx512vl "
    "avx512dq avx512bw avx512vbmi avx512_vnni avx512_bf16 avx_vnni amx_tile amx_int8 amx_bf16\n"
    "processor\t: 1\nflags\t\t: fpu\n"
)


def test_cpu_flags_reads_the_first_processor() -> None:
    flags = build_llama.cpu_flags(SAPPHIRE_RAPIDS)
    assert {"avx2", "amx_int8", "avx512_bf16"} <= flags
    assert build_llama.cpu_flags("Features\t: fp asimd sve\n") == {"fp", "asimd", "sve"}


def test_amx_cpu_gets_every_feature_but_amx() -> None:
    args = build_llama.cmake_args("x86_64", build_llama.cpu_flags(SAPPHIRE_RAPIDS))
    assert args[0] == "-DGGML_NATIVE=OFF"
    for option in ("AVX2", "AVX512", "AVX512_VBMI", "AVX512_VNNI", "AVX512_BF16", "AVX_VNNI"):
        assert f"-DGGML_{option}=ON" in args
    for option in ("AMX_TILE", "AMX_INT8", "AMX_BF16"):
        assert f"-DGGML_{option}=OFF" in args
    assert not any("AMX" in arg and arg.endswith("=ON") for arg in args)


def test_avx512_needs_all_five_subsets() -> None:
    args = build_llama.cmake_args("x86_64", {"avx2", "fma", "f16c", "avx512f", "avx512cd"})
    assert "-DGGML_AVX2=ON" in args
    assert "-DGGML_AVX512=OFF" in args


def test_an_avx2_only_cpu_gets_no_avx512() -> None:
    args = build_llama.cmake_args("x86_64", {"sse4_2", "avx", "avx2", "bmi2", "fma", "f16c"})
    assert "-DGGML_AVX2=ON" in args and "-DGGML_AVX512=OFF" in args


def test_arm_keeps_native_detection() -> None:
    assert build_llama.cmake_args("aarch64", {"asimd"}) == ["-DGGML_NATIVE=ON"]


def test_wheels_are_keyed_by_their_flags(tmp_path: Path) -> None:
    plain = build_llama.wheel_dir(tmp_path, "-DGGML_NATIVE=OFF -DGGML_AVX2=ON")
    other = build_llama.wheel_dir(tmp_path, "-DGGML_NATIVE=ON")
    assert plain != other
    assert plain == build_llama.wheel_dir(tmp_path, "-DGGML_NATIVE=OFF -DGGML_AVX2=ON")
    assert plain.parent == tmp_path / "wheels"


def test_user_cmake_args_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMAKE_ARGS", "-DGGML_NATIVE=ON -DGGML_BLAS=ON")
    assert build_llama.chosen_args() == "-DGGML_NATIVE=ON -DGGML_BLAS=ON"
    monkeypatch.delenv("CMAKE_ARGS")
    assert "AMX_INT8=ON" not in build_llama.chosen_args()


def test_an_existing_wheel_is_reused_without_building(tmp_path: Path) -> None:
    target = tmp_path / "w"
    target.mkdir()
    wheel = target / "llama_cpp_python-0.3.36-cp311-cp311-linux_x86_64.whl"
    wheel.write_bytes(b"")
    assert build_llama.build("-DGGML_NATIVE=OFF", target) == wheel
