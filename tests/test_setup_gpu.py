"""Set-up's choice of llama.cpp backend (scripts/gpu_detect.sh, which scripts/setup.sh and
benchmarks/gpu_check.sh call), with the detection faked: CUDA only when an NVIDIA GPU and nvcc are there, or
when asked; built for the detected compute capability alone."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _fake(tmp: Path, *, smi: str | None, nvcc: bool) -> Path:
    bin_ = tmp / "bin"
    bin_.mkdir(exist_ok=True)
    for tool in ("bash", "head", "tr", "cat"):
        real = subprocess.run(["bash", "-c", f"command -v {tool}"], capture_output=True, text=True).stdout.strip()
        (bin_ / tool).symlink_to(real)
    if smi is not None:
        (bin_ / "nvidia-smi").write_text(f"#!/bin/sh\necho '{smi}'\n")
        (bin_ / "nvidia-smi").chmod(0o755)
    if nvcc:
        (bin_ / "nvcc").write_text("#!/bin/sh\necho 'Cuda compilation tools'\n")
        (bin_ / "nvcc").chmod(0o755)
    return bin_


def _detect(bin_: Path, **env) -> subprocess.CompletedProcess:
    e = {"PATH": str(bin_), "CUDA_HOME": str(bin_.parent / "no-cuda"), **env}
    return subprocess.run([str(bin_ / "bash"), str(ROOT / "scripts" / "gpu_detect.sh")], capture_output=True,
                          text=True, env=e)


def test_an_nvidia_gpu_with_nvcc_builds_cuda_for_its_architecture_only(tmp_path):
    r = _detect(_fake(tmp_path, smi="9.0", nvcc=True))
    assert r.returncode == 0, r.stderr
    assert "-DGGML_CUDA=ON" in r.stdout and "-DCMAKE_CUDA_ARCHITECTURES=90 " in r.stdout
    assert "sm_90" in r.stderr


def test_no_gpu_means_cpu_variants_only(tmp_path):
    r = _detect(_fake(tmp_path, smi=None, nvcc=True))
    assert r.returncode == 0 and r.stdout.strip() == ""
    assert "no NVIDIA GPU" in r.stderr


def test_a_gpu_without_nvcc_means_cpu_variants_with_the_reason(tmp_path):
    r = _detect(_fake(tmp_path, smi="8.6", nvcc=False))
    assert r.returncode == 0 and r.stdout.strip() == ""
    assert "sm_86" in r.stderr and "no nvcc" in r.stderr


@pytest.mark.parametrize("gpu,code", [("cpu", 0), ("cuda", 0)])
def test_forcing_the_backend(tmp_path, gpu, code):
    r = _detect(_fake(tmp_path, smi="9.0", nvcc=True), TWEETSUM_GPU=gpu)
    assert r.returncode == code
    assert ("-DGGML_CUDA=ON" in r.stdout) == (gpu == "cuda")


def test_forced_cuda_without_a_compiler_is_an_error(tmp_path):
    r = _detect(_fake(tmp_path, smi=None, nvcc=False), TWEETSUM_GPU="cuda")
    assert r.returncode == 2 and "TWEETSUM_GPU=cuda" in r.stderr


def test_setup_passes_the_choice_to_the_build():
    setup = (ROOT / "scripts" / "setup.sh").read_text()
    build = (ROOT / "scripts" / "build_llama_cpp.sh").read_text()
    assert "gpu_args=$(bash scripts/gpu_detect.sh)" in setup and 'TWEETSUM_GPU_ARGS="$gpu_args"' in setup
    assert "${TWEETSUM_GPU_ARGS:-}" in build
