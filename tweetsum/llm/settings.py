"""The engine's llama.cpp settings by backend: batch sizes, flash attention, threads and GPU offload, each
chosen from a measurement (below). ``tweetsum models`` prints them and ``report --json`` carries them
(``Engine.describe()``); every one can be overridden (``Engine(n_batch=..., flash_attn=..., n_gpu_layers=...)``,
``--threads``).

GPU (a build with a GPU backend: ``llama_supports_gpu_offload()``), measured on an NVIDIA H200 with the
default model's shape (Qwen2.5-Coder-1.5B Q4_K_M stand-in, issue 28):

* every layer offloaded (``n_gpu_layers=-1``);
* ``n_batch = n_ubatch = 512``: llama-bench pp2400 27,940 tok/s; the engine's former ``n_batch`` 64 ended in a
  CUDA error inside ``llama_decode`` (``benchmarks/gpu_check.sh`` reruns that case in a child process and prints
  llama.cpp's own message);
* flash attention on: pp2400 27,940 against 23,779 tok/s off (1.17x), tg128 571 against 510 (1.12x);
* threads: the CPU only feeds the GPU; the physical cores as on CPU (llama.cpp's default).

CPU (the CPU-variant build), measured on this project's 2-core AVX-512 EPYC, Qwen 1.5B:

* ``n_batch = n_ubatch = 64``: kept from before (the prompt-evaluation rate is flat past 64 on 2 cores,
  ``benchmarks/bench_speed.py --parts settings`` prints 64 against 512), and a different batch shape changes
  llama.cpp's summation order, which can flip a greedy near tie: the published post stays byte-identical;
* flash attention off: the same reason; on 2 cores it measured no faster (``--parts settings``);
* threads: the physical cores (``default_threads``: SMT siblings only slow llama.cpp's spin-waiting workers).
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class BackendSettings:
    backend: str  # "gpu" | "cpu"
    n_batch: int
    n_ubatch: int
    flash_attn: bool
    n_threads: int
    n_gpu_layers: int  # -1: every layer; 0: none

    def to_dict(self) -> dict:
        return asdict(self)


GPU = {"n_batch": 512, "n_ubatch": 512, "flash_attn": True, "n_gpu_layers": -1}
CPU = {"n_batch": 64, "n_ubatch": 64, "flash_attn": False, "n_gpu_layers": 0}


def default_threads() -> int:
    """Physical cores available to this process (``--threads`` overrides).

    Measured on the 2-core AVX2 host, Qwen2.5 1.5B Q4_K_M, idle machine: 1 thread pp512 23.9 tok/s, tg 7.2;
    2 threads 39.4 / 11.9 (1.65x both). SMT siblings do not help llama.cpp's matmuls, and its workers
    spin-wait, so threads beyond the physical cores only slow it down (a shared machine: use --threads 1)."""
    try:
        import psutil

        phys = psutil.cpu_count(logical=False)
    except Exception:  # noqa: BLE001 - psutil missing or unsupported platform
        phys = None
    try:
        avail = len(os.sched_getaffinity(0))
    except AttributeError:
        avail = os.cpu_count() or 1
    return max(1, min(avail, phys or avail))


def gpu_offload_supported() -> bool:
    """Whether the llama.cpp build has a GPU backend (and ``TWEETSUM_GPU`` does not say ``cpu``)."""
    if os.environ.get("TWEETSUM_GPU", "").lower() == "cpu":
        return False
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload())


def choose(*, gpu: bool | None = None, n_threads: int | None = None, n_batch: int | None = None,
           flash_attn: bool | None = None, n_gpu_layers: int | None = None) -> BackendSettings:
    """The settings for this build (``gpu``: None = detect), with any given value taking precedence."""
    if gpu is None:
        gpu = n_gpu_layers != 0 and gpu_offload_supported()
    base = GPU if gpu else CPU
    nb = int(n_batch or base["n_batch"])
    return BackendSettings(
        backend="gpu" if gpu else "cpu", n_batch=nb, n_ubatch=nb if n_batch else base["n_ubatch"],
        flash_attn=base["flash_attn"] if flash_attn is None else bool(flash_attn),
        n_threads=int(n_threads or default_threads()),
        n_gpu_layers=base["n_gpu_layers"] if n_gpu_layers is None else int(n_gpu_layers))
