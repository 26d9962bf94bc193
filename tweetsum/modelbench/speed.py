"""Raw speed figures: llama-bench style pp/tg through the low-level API, memory bandwidth, weight bytes.

``llama_bench`` measures like llama.cpp's ``llama-bench``: ``pp`` = one prompt of random tokens decoded in
``n_batch`` chunks, ``tg`` = single-token decodes from an empty cache, ``tg@d`` = single-token decodes after a
``depth``-token prefill (untimed) — generation at the KV depth of a typical topic prefix, where attention
over the prefix adds to the per-token cost. Random tokens avoid any cache or early-stop effect.

The physical limit of generation on a CPU is memory bandwidth: each generated token reads (nearly) every
weight once, so ``tg_max ≈ bandwidth / bytes of weights read per token``. :func:`memory_bandwidth` measures
the machine's copy bandwidth with a large numpy array copy (STREAM "copy": bytes read + bytes written).
"""
from __future__ import annotations

import statistics
import time
from typing import Any


def mean_std(values: list[float]) -> dict[str, Any]:
    """``{"mean", "std", "n", "values"}`` (sample std; 0 for one value)."""
    vals = [float(v) for v in values]
    if not vals:
        return {"mean": None, "std": None, "n": 0, "values": []}
    return {"mean": statistics.fmean(vals), "std": statistics.stdev(vals) if len(vals) > 1 else 0.0,
            "n": len(vals), "values": vals}


def llama_bench(engine, *, pp: int = 512, tg: int = 128, depth: int = 0, tg_depth: int = 64,
                reps: int = 1) -> dict[str, list[float]]:
    """Tokens/s per repetition: ``pp`` (prompt processing), ``tg`` (generation from an empty cache) and, when
    ``depth > 0``, ``tg_depth`` (generation at KV depth ``depth``). Needs ``n_ctx >= max(pp, tg, depth +
    tg_depth)``. Leaves the engine's KV cache empty."""
    import llama_cpp
    import numpy as np

    need = max(pp, tg, depth + tg_depth if depth else 0)
    if need > engine.n_ctx:
        raise ValueError(f"llama_bench needs n_ctx >= {need} (pp {pp}, tg {tg}, depth {depth}+{tg_depth}), "
                         f"the engine has {engine.n_ctx}")
    ll = engine.llama
    ctx = ll.ctx
    nb = engine.n_batch
    n_vocab = ll.n_vocab()
    rng = np.random.default_rng(0)
    batch = llama_cpp.llama_batch_init(max(nb, 1), 0, 1)

    def clear():
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(ctx), True)

    def decode(tokens, pos0):
        batch.n_tokens = len(tokens)
        for i, t in enumerate(tokens):
            batch.token[i] = int(t)
            batch.pos[i] = pos0 + i
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = 0
            batch.logits[i] = i == len(tokens) - 1
        rc = llama_cpp.llama_decode(ctx, batch)
        if rc != 0:
            raise RuntimeError(f"llama_decode returned {rc}")

    def prefill(n):
        toks = rng.integers(100, n_vocab - 100, size=n)
        for i in range(0, n, nb):
            decode(toks[i:i + nb], i)

    def gen(n, pos0):
        toks = rng.integers(100, n_vocab - 100, size=n)
        t0 = time.perf_counter()
        for i in range(n):
            decode([toks[i]], pos0 + i)
        return n / (time.perf_counter() - t0)

    out: dict[str, list[float]] = {"pp": [], "tg": [], "tg_depth": []}
    try:
        clear()
        decode([1], 0)  # warm-up (llama-bench does one too)
        for _ in range(max(1, reps)):
            if pp:
                clear()
                t0 = time.perf_counter()
                prefill(pp)
                out["pp"].append(pp / (time.perf_counter() - t0))
            if tg:
                clear()
                out["tg"].append(gen(tg, 0))
            if depth and tg_depth:
                clear()
                prefill(depth)
                out["tg_depth"].append(gen(tg_depth, depth))
    finally:
        llama_cpp.llama_batch_free(batch)
        clear()
        engine.reset_kv()
    return out


def raw_speed(engine, pp: int, tg: int, reps: int = 2) -> dict[str, float]:
    """Best pp/tg tokens/s over ``reps`` (the form ``benchmarks/bench_kv_reuse.py`` reports)."""
    r = llama_bench(engine, pp=pp, tg=tg, reps=reps)
    return {"pp_tps": max(r["pp"], default=0.0), "tg_tps": max(r["tg"], default=0.0)}


def memory_bandwidth(mib: int = 1024, reps: int = 3) -> dict[str, Any]:
    """Copy bandwidth of a ``mib`` MiB float64 array (``np.copyto``, one thread), best of ``reps``.

    ``copy_gbs`` counts bytes read + bytes written per second (the STREAM convention), in GB/s (1e9)."""
    import numpy as np

    n = max(1, (int(mib) << 20) // 8)
    src = np.ones(n, dtype=np.float64)
    dst = np.empty_like(src)
    np.copyto(dst, src)  # fault in both arrays
    best = float("inf")
    for _ in range(max(1, reps)):
        t0 = time.perf_counter()
        np.copyto(dst, src)
        best = min(best, time.perf_counter() - t0)
    nbytes = src.nbytes
    del src, dst
    return {"array_mib": int(mib), "reps": int(reps), "best_s": best, "copy_gbs": 2 * nbytes / best / 1e9}


def weight_bytes(info) -> dict[str, int]:
    """Tensor data bytes of a GGUF (:class:`tweetsum.llm.GGUFInfo`) and an estimate of the bytes read per
    generated token: every tensor once, except the token-embedding table when the model has a separate
    ``output.weight`` (then only one embedding row is read per token). Tied embeddings (no ``output.weight``)
    are read in full by the output projection."""
    total = 0
    embd = 0
    has_output = False
    for t in info.tensors:
        nb = t.nbytes() or 0
        total += nb
        if t.name == "token_embd.weight":
            embd = nb
        elif t.name == "output.weight":
            has_output = True
    per_token = total - embd if has_output else total
    return {"tensor_bytes": total, "bytes_per_token": per_token, "tied_embeddings": not has_output}


def roofline_tps(bandwidth_gbs: float | None, bytes_per_token: int | None) -> float | None:
    """Upper bound of generation tokens/s from memory bandwidth alone."""
    if not bandwidth_gbs or not bytes_per_token:
        return None
    return bandwidth_gbs * 1e9 / bytes_per_token
