"""One model's bench run, in a fresh process (``python -m tweetsum.modelbench worker ...``) so its memory figures
are its own. Writes one JSON result file; every failure is written there as ``{"ok": false, "error": ...}``
(a crash that kills the process is reported by the parent from the exit status)."""
from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from tweetsum.llm.engine import Engine
from tweetsum.modelbench.speed import llama_bench, mean_std


class RecordingEngine(Engine):
    """An :class:`Engine` that keeps each answer's raw text and its time to first token."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.generations: list[dict[str, Any]] = []

    def complete(self, prompt, *, on_token=None, **kw):
        first: list[float] = []

        def hook(n, elapsed):
            if not first:
                first.append(elapsed)
            if on_token is not None:
                on_token(n, elapsed)

        g = super().complete(prompt, on_token=hook, **kw)
        st = g.stats
        self.generations.append({
            "label": st.label, "text": g.text, "finish_reason": st.finish_reason,
            "prompt_tokens": st.prompt_tokens, "prefix_tokens": st.prefix_tokens,
            "evaluated_tokens": st.evaluated_tokens, "completion_tokens": st.completion_tokens,
            "prompt_seconds": st.prompt_seconds, "gen_seconds": st.gen_seconds,
            "ttft_s": st.prompt_seconds + first[0] if first else None,
            "cold": st.evaluated_tokens >= st.prefix_tokens > 0,
        })
        return g


def _rss() -> int:
    try:
        import psutil

        return int(psutil.Process().memory_info().rss)
    except Exception:  # noqa: BLE001 - psutil missing or unsupported: fall back to /proc
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss() -> int:
    """Peak resident memory of this process image. Linux: ``VmHWM`` from /proc/self/status — not
    ``ru_maxrss``, which survives ``exec`` and so would report the parent's peak (e.g. its embedding model)
    when that was larger. Elsewhere: ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(r if sys.platform == "darwin" else r * 1024)


def _mean(xs: list[float]) -> float | None:
    xs = [x for x in xs if x is not None]
    return statistics.fmean(xs) if xs else None


def run_worker(workload_path: str, model: str, *, threads: int | None = None, repeat: int = 1, n_ctx: int = 4096,
               n_batch: int = 64, pp: int = 512, tg: int = 128, tg_depth: int = 64, seed: int = 0) -> dict[str, Any]:
    """Load ``model``, measure raw speed, summarize the workload ``repeat`` times; return the figures."""
    res: dict[str, Any] = {"model": model, "ok": False, "stage": "start", "pid": os.getpid()}
    try:
        from tweetsum.llm.gguf_info import ModelError
        from tweetsum.summarize.plan import plan_topic
        from tweetsum.summarize.topic_map import summarize_topics
        from tweetsum.modelbench.workload import load_workload

        res["rss_start_bytes"] = _rss()
        res["stage"] = "workload"
        wl = load_workload(workload_path)
        res["stage"] = "load"
        import llama_cpp

        res["llama_cpp_version"] = getattr(llama_cpp, "__version__", None)
        from tweetsum.llm.cpu_backend import ensure_loaded

        res["cpu_variant"] = ensure_loaded().variant  # registered first: system info describes the backend used
        info = llama_cpp.llama_print_system_info()
        res["llama_system_info"] = (info.decode() if isinstance(info, bytes) else str(info)).strip()
        rss0 = _rss()
        try:
            eng = RecordingEngine(model, n_ctx=n_ctx, n_threads=threads, n_batch=n_batch, seed=seed)
            t0 = time.perf_counter()
            eng.llama  # noqa: B018 - load now, timed
            res["load_s"] = time.perf_counter() - t0
        except ModelError as e:
            res["error"] = str(e)
            return res
        res["rss_before_load_bytes"] = rss0
        res["rss_after_load_bytes"] = _rss()
        res["engine"] = eng.describe()
        res["model_name"] = eng.spec.name

        res["stage"] = "plan"
        secs_for = []
        for tp in wl.topics:
            if wl.sections is not None:
                secs_for.append(list(wl.sections))
            else:
                from tweetsum.summarize.plan import has_ticker_signal
                from tweetsum.summarize.topic_map import DEFAULT_SECTIONS

                s = list(DEFAULT_SECTIONS)
                if has_ticker_signal([wl.tweets[i] for i in tp.member_ids if i in wl.tweets]):
                    s.append("tickers")
                secs_for.append(s)
        prefixes = [plan_topic(eng, tp, wl.tweets, s, lang=wl.lang, max_tweets=wl.max_tweets,
                               max_tokens=wl.max_tokens).prefix_tokens for tp, s in zip(wl.topics, secs_for)]
        depth = int(statistics.median(prefixes)) if prefixes else 0
        depth = max(0, min(depth, eng.n_ctx - tg_depth))
        res["prefix_tokens"] = prefixes
        res["depth"] = depth

        res["stage"] = "llama_bench"
        lb = llama_bench(eng, pp=pp, tg=tg, depth=depth, tg_depth=tg_depth, reps=repeat)
        res["speed"] = {"pp": mean_std(lb["pp"]), "tg": mean_std(lb["tg"]), "tg_depth": mean_std(lb["tg_depth"]),
                        "pp_tokens": pp, "tg_tokens": tg, "tg_depth_tokens": tg_depth, "depth": depth}

        res["stage"] = "summarize"
        walls, runs_text, ttft_cold, ttft_warm = [], [], [], []
        summaries = totals = None
        for r in range(max(1, repeat)):
            eng.reset_kv()
            eng.state_cache.clear()
            eng.calls.clear()
            eng.generations = []
            t0 = time.perf_counter()
            out = summarize_topics(eng, wl.topics, wl.tweets, lang=wl.lang, sections=wl.sections, store=None,
                                   max_tweets=wl.max_tweets, max_tokens=wl.max_tokens)
            walls.append(time.perf_counter() - t0)
            runs_text.append([g["text"] for g in eng.generations])
            ttft_cold.append(_mean([g["ttft_s"] for g in eng.generations if g["cold"]]))
            ttft_warm.append(_mean([g["ttft_s"] for g in eng.generations if not g["cold"]]))
            if r == 0:
                summaries = [s.to_dict() for s in out]
                generations = list(eng.generations)
                totals = eng.totals
        res["summarize"] = {
            "wall_s": mean_std(walls),
            "ttft_cold_s": mean_std([x for x in ttft_cold if x is not None]),
            "ttft_warm_s": mean_std([x for x in ttft_warm if x is not None]),
            "deterministic": all(t == runs_text[0] for t in runs_text),
            "totals": totals,
            "kv_evaluated_over_sent": (totals["evaluated_tokens"] / totals["prompt_tokens"]
                                       if totals and totals["prompt_tokens"] else None),
        }
        res["summaries"] = summaries
        res["generations"] = generations
        eng.close()
        res["rss_peak_bytes"] = _peak_rss()
        res["ok"] = True
        res["stage"] = "done"
    except Exception as e:  # noqa: BLE001 - any failure becomes this model's error row, never the bench's
        res["error"] = f"{type(e).__name__} during {res['stage']}: {e}"
        res["traceback"] = traceback.format_exc(limit=8)
    finally:
        res.setdefault("rss_peak_bytes", _peak_rss())
    return res


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m tweetsum.modelbench worker",
                                 description="Bench one model on a workload file (used by `tweetsum bench`).")
    ap.add_argument("workload")
    ap.add_argument("--model", required=True)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--threads", type=int)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--n-ctx", type=int, default=4096)
    ap.add_argument("--n-batch", type=int, default=64)
    ap.add_argument("--pp", type=int, default=512)
    ap.add_argument("--tg", type=int, default=128)
    ap.add_argument("--tg-depth", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    res = run_worker(a.workload, a.model, threads=a.threads, repeat=a.repeat, n_ctx=a.n_ctx, n_batch=a.n_batch,
                     pp=a.pp, tg=a.tg, tg_depth=a.tg_depth, seed=a.seed)
    tmp = a.out.with_name(a.out.name + ".tmp")
    tmp.write_text(json.dumps(res, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(tmp, a.out)
    return 0 if res.get("ok") else 3
