"""`tweetsum bench`: run every model on the same workload, each in a fresh worker process, and collect one row
per model (speed, memory, physical limit, quality — or the error that stopped it)."""
from __future__ import annotations

import csv
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tweetsum.modelbench.speed import memory_bandwidth, roofline_tps, weight_bytes
from tweetsum.modelbench.workload import Workload


@dataclass
class BenchOptions:
    threads: int | None = None
    repeat: int = 1
    n_ctx: int = 4096
    n_batch: int = 64
    pp: int = 512
    tg: int = 128
    tg_depth: int = 64
    seed: int = 0
    bandwidth_mib: int = 1024  # array size of the memory-bandwidth copy (0: skip)
    timeout_s: float | None = None  # per model worker; None: no limit

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class BenchResult:
    rows: list[dict[str, Any]]
    environment: dict[str, Any]
    options: dict[str, Any]
    workload: dict[str, Any]
    paths: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "environment": self.environment, "options": self.options,
                "workload": self.workload, "files": self.paths}


# -- environment -------------------------------------------------------------------------------------------
def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment(opts: BenchOptions) -> dict[str, Any]:
    try:
        import psutil

        physical = psutil.cpu_count(logical=False)
        mem_total = psutil.virtual_memory().total
    except Exception:  # noqa: BLE001
        physical = mem_total = None
    try:
        from importlib.metadata import version

        llama_version = version("llama_cpp_python")
    except Exception:  # noqa: BLE001
        llama_version = None
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    return {"cpu_model": cpu_model(), "logical_cpus": os.cpu_count(), "physical_cores": physical,
            "memory_bytes": mem_total, "threads": opts.threads, "platform": platform.platform(),
            "python": platform.python_version(), "llama_cpp_python": llama_version, "load_average": load,
            "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}


# -- one model ---------------------------------------------------------------------------------------------
def _error_row(model: str, error: str, stage: str, **extra) -> dict[str, Any]:
    return {"model": model, "ok": False, "error": error, "stage": stage, **extra}


def _tail(text: str, n: int = 800) -> str:
    text = text.strip()
    return text if len(text) <= n else "…" + text[-n:]


def run_model(workload_path: Path, model: str, opts: BenchOptions, work_dir: Path) -> dict[str, Any]:
    """Run one model's worker process; always returns a row (``ok`` False with ``error`` on any failure)."""
    out = work_dir / f"result-{abs(hash(model)) % 10**8}-{time.monotonic_ns()}.json"
    cmd = [sys.executable, "-m", "tweetsum.modelbench", "worker", str(workload_path), "--model", model, "--out", str(out),
           "--repeat", str(opts.repeat), "--n-ctx", str(opts.n_ctx), "--n-batch", str(opts.n_batch),
           "--pp", str(opts.pp), "--tg", str(opts.tg), "--tg-depth", str(opts.tg_depth), "--seed", str(opts.seed)]
    if opts.threads:
        cmd += ["--threads", str(opts.threads)]
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=opts.timeout_s, env=env)
    except subprocess.TimeoutExpired as e:
        err = e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
        return _error_row(model, f"worker timed out after {opts.timeout_s:g} s", "timeout", stderr=_tail(err))
    wall = time.perf_counter() - t0
    row: dict[str, Any] | None = None
    if out.is_file():
        try:
            row = json.loads(out.read_text(encoding="utf-8"))
        except ValueError:
            row = None
    if row is None:
        if proc.returncode < 0:
            import signal

            try:
                sig = signal.Signals(-proc.returncode).name
            except ValueError:
                sig = f"signal {-proc.returncode}"
            why = f"worker crashed ({sig})"
        else:
            why = f"worker exited with status {proc.returncode} without a result"
        return _error_row(model, why, "crash", stderr=_tail(proc.stderr), worker_wall_s=wall)
    row["worker_wall_s"] = wall
    row["worker_exit"] = proc.returncode
    if not row.get("ok"):
        row.setdefault("error", "failed without a message")
        if proc.stderr.strip():
            row["stderr"] = _tail(proc.stderr)
    return row


def _attach_model_info(row: dict[str, Any], spec, bandwidth: dict | None) -> None:
    from tweetsum.llm.catalog import model_hash

    w = weight_bytes(spec.info)
    row["file"] = {"path": str(spec.path), "size_bytes": spec.size, "sha256_ends": model_hash(spec.path),
                   "quantization": spec.info.file_type, "architecture": spec.info.architecture,
                   "n_params": spec.info.n_params, **w}
    row.setdefault("model_name", spec.name)
    bw = (bandwidth or {}).get("copy_gbs")
    limit = roofline_tps(bw, w["bytes_per_token"])
    tg = ((row.get("speed") or {}).get("tg") or {}).get("mean")
    row["roofline"] = {"bandwidth_gbs": bw, "bytes_per_token": w["bytes_per_token"], "tg_limit_tps": limit,
                       "tg_share_of_limit": (tg / limit) if (tg and limit) else None}


def run_bench(workload: Workload, models: list[str], opts: BenchOptions | None = None, *,
              out_dir: str | os.PathLike | None = None, on_row=None) -> BenchResult:
    """Bench each model on ``workload`` in its own process and score its summaries; write ``bench.json``,
    ``bench.csv``, ``bench.png`` and the workload file under ``out_dir`` when given."""
    from tweetsum.llm.catalog import resolve_model
    from tweetsum.llm.gguf_info import ModelError
    from tweetsum.modelbench.quality import score

    opts = opts or BenchOptions()
    if not models:
        raise ValueError("no models to bench: give --model at least once")
    env = environment(opts)
    bandwidth = memory_bandwidth(opts.bandwidth_mib) if opts.bandwidth_mib else None
    env["memory_bandwidth"] = bandwidth
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="tweetsum-bench-") as tmp:
        tmpd = Path(tmp)
        wpath = workload.save((Path(out_dir) if out_dir else tmpd) / "workload.json")
        for m in models:
            try:
                spec = resolve_model(m)
            except ModelError as e:
                row = _error_row(m, str(e), "resolve")
            else:
                row = run_model(wpath, m, opts, tmpd)
                _attach_model_info(row, spec, bandwidth)
            if row.get("ok"):
                row["quality"] = score(row.get("summaries") or [], row.get("generations") or [], workload.tweets,
                                       workload.lang)
            rows.append(row)
            if on_row is not None:
                on_row(row)
    for r in rows:
        if r.get("llama_system_info") and "llama_system_info" not in env:
            env["llama_system_info"] = r["llama_system_info"]
        if r.get("cpu_variant") and "cpu_variant" not in env:
            env["cpu_variant"] = r["cpu_variant"]
            env["llama_cpp_version"] = r.get("llama_cpp_version")
    wl_meta = {**workload.meta, "topics": len(workload.topics), "tweets": len(workload.tweets),
               "lang": workload.lang, "sections": workload.sections, "max_tweets": workload.max_tweets,
               "max_tokens": workload.max_tokens, "file": str(wpath) if out_dir else None}
    result = BenchResult(rows, env, opts.to_dict(), wl_meta)
    if out_dir is not None:
        write_outputs(result, Path(out_dir))
    return result


# -- flat figures, files ------------------------------------------------------------------------------------
COLUMNS = [  # (key, header, kind)
    ("model", "model", "str"), ("file.quantization", "quant", "str"), ("file.size_bytes", "MiB", "mib"),
    ("load_s", "load s", "f2"), ("speed.pp.mean", "pp t/s", "f1"), ("speed.tg.mean", "tg t/s", "f1"),
    ("speed.tg_depth.mean", "tg@d t/s", "f1"), ("roofline.tg_limit_tps", "tg limit", "f0"),
    ("roofline.tg_share_of_limit", "of limit", "pct"), ("summarize.ttft_cold_s.mean", "TTFT cold s", "f2"),
    ("summarize.ttft_warm_s.mean", "TTFT warm s", "f2"), ("rss_peak_bytes", "peak RSS MiB", "mib"),
    ("summarize.wall_s.mean", "summarize s", "f1"), ("summarize.kv_evaluated_over_sent", "eval/sent", "f3"),
    ("quality.grounding", "grounded", "pct"), ("quality.faithful_items", "faithful (rules)", "pct"),
    ("quality.first_try_valid", "1st-try valid", "pct"), ("quality.fallback_rate", "fallback", "pct"), ("quality.language", "language", "pct"),
    ("quality.completeness", "complete", "pct"), ("quality.citations", "citations", "pct"),
    ("quality.repetition", "repeated 3-grams", "pct"), ("quality.length", "length ok", "pct"),
]


def get_path(d: dict, key: str):
    cur: Any = d
    for part in key.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def fmt(value, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "str":
        return str(value)
    if kind == "mib":
        return f"{value / 2**20:.0f}"
    if kind == "pct":
        return f"{100 * value:.0f}%"
    return f"{value:.{int(kind[1])}f}"


def _flatten(d: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(d, dict):
        for k, v in d.items():
            if k in ("summaries", "generations", "traceback", "values"):
                continue
            out.update(_flatten(v, f"{prefix}{k}."))
    elif isinstance(d, list):
        out[prefix[:-1]] = json.dumps(d, ensure_ascii=False, default=str)
    else:
        out[prefix[:-1]] = d
    return out


def to_csv(result: BenchResult) -> str:
    env = {f"env.{k}": v for k, v in _flatten(result.environment).items()}
    flat = [{**_flatten(r), **env} for r in result.rows]
    keys: list[str] = []
    for r in flat:
        keys += [k for k in r if k not in keys]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=keys)
    w.writeheader()
    for r in flat:
        w.writerow(r)
    return buf.getvalue()


def write_outputs(result: BenchResult, out_dir: Path) -> dict[str, str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "bench.json", "csv": out_dir / "bench.csv", "chart": out_dir / "bench.png"}
    result.paths = {k: str(v) for k, v in paths.items()}
    if result.workload.get("file"):
        result.paths["workload"] = result.workload["file"]
    paths["json"].write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    paths["csv"].write_text(to_csv(result), encoding="utf-8")
    write_chart(result, paths["chart"])
    return result.paths


def write_chart(result: BenchResult, path: Path) -> Path:
    """Two panels: speed (tokens/s, log scale, with the bandwidth limit) and quality (shares) per model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    rows = result.rows
    names = [r.get("model_name") or r["model"] if r.get("ok") else f"{r['model']}\n(error)" for r in rows]
    names = [n if len(n) <= 28 else "…" + n[-27:] for n in names]
    speed = [("speed.pp.mean", "pp"), ("speed.tg.mean", "tg"), ("speed.tg_depth.mean", "tg@depth"),
             ("roofline.tg_limit_tps", "tg bandwidth limit")]
    qual = [("quality.grounding", "grounded claims"), ("quality.faithful_items", "faithful items (rules)"),
            ("quality.first_try_valid", "first-try valid"),
            ("quality.fallback_rate", "fallback"), ("quality.language", "language"),
            ("quality.completeness", "complete sections"), ("quality.citations", "valid citations"),
            ("quality.repetition", "repeated 3-grams"), ("quality.length", "length ok")]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(max(10, 3 + 2.2 * len(rows) * 2), 5.2))
    x = np.arange(len(rows))
    for ax, series, title in ((ax1, speed, "Speed (tokens/s, log scale)"), (ax2, qual, "Quality (share)")):
        w = 0.8 / len(series)
        for j, (key, label) in enumerate(series):
            vals = [get_path(r, key) if r.get("ok") else None for r in rows]
            ys = [v if v is not None else 0 for v in vals]
            bars = ax.bar(x + (j - (len(series) - 1) / 2) * w, ys, w, label=label)
            if key.startswith("roofline"):
                for b in bars:
                    b.set_hatch("//")
                    b.set_alpha(0.5)
        ax.set_xticks(x, names, fontsize=8)
        ax.set_title(title)
        ax.legend(fontsize=7)
        for i, r in enumerate(rows):
            if not r.get("ok"):
                ax.text(i, 0.02 if ax is ax2 else 1.1, "failed", ha="center", va="bottom", color="red", fontsize=8)
    if any(r.get("ok") for r in rows):
        ax1.set_yscale("log")
        ax1.set_ylim(bottom=1)
    ax2.set_ylim(0, 1.05)
    wl = result.workload
    fig.suptitle(f"tweetsum bench: {wl.get('topics')} topics, {wl.get('lang')}, threads "
                 f"{result.options.get('threads') or 'default'}, repeat {result.options.get('repeat')}; "
                 f"{result.environment.get('cpu_model')}", fontsize=9)
    import warnings

    with warnings.catch_warnings():  # long error labels: tight_layout may give up, the chart is still fine
        warnings.simplefilter("ignore", UserWarning)
        fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
