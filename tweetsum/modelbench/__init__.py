"""Compare GGUF models on the same tweets: speed, memory, physical limit and summary quality.

Light to import: llama_cpp, matplotlib and the embedding stack load only inside the functions that need them.

    from tweetsum.modelbench import BenchOptions, build_workload, run_bench
    wl = build_workload(store, since=..., until=..., theme=None, embedder=embedder, max_topics=3, lang="en")
    result = run_bench(wl, ["smollm2", "gemma3-270m"], BenchOptions(threads=2), out_dir="benchmarks/results/x")

Each model runs in a fresh ``python -m tweetsum.modelbench worker`` process (clean memory figures); a model that
cannot be resolved, loaded or run becomes a row with ``ok: false`` and its ``error``.
"""
from __future__ import annotations

from tweetsum.modelbench.quality import citation_validity, length_compliance, ngram_repetition, score
from tweetsum.modelbench.runner import BenchOptions, BenchResult, run_bench, run_model, write_chart, write_outputs
from tweetsum.modelbench.speed import llama_bench, mean_std, memory_bandwidth, raw_speed, roofline_tps, weight_bytes
from tweetsum.modelbench.workload import Workload, WorkloadError, build_workload, load_workload

__all__ = ["BenchOptions", "BenchResult", "Workload", "WorkloadError", "build_workload", "citation_validity",
           "length_compliance", "llama_bench", "load_workload", "mean_std", "memory_bandwidth", "ngram_repetition",
           "raw_speed", "roofline_tps", "run_bench", "run_model", "score", "weight_bytes", "write_chart",
           "write_outputs"]
