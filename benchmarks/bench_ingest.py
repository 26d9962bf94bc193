"""Ingest speed on a synthetic official-layout archive (default 1,000,000 tweets).

Prints: first ingest into a fresh db, wall and CPU time (tweets/s on both); two parse floors measured in the same
run on the same tweets*.js bytes — plain ``json.loads`` and ``orjson.loads`` — and the ratios of the ingest to each;
and re-ingest time of the unchanged archive with the ratio first/re-ingest. The machine may be shared: CPU time
(this process, its threads and worker processes) is the steadier figure. Targets: >= 50,000 tweets/s on 2 cores;
re-ingest >= 5x faster than the first ingest.

    python benchmarks/bench_ingest.py [--n 1000000] [--workdir DIR] [--keep] [--json]
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import orjson  # noqa: E402

from devkit.devdata import synthesize_official_archive  # noqa: E402
from tweetsum.ingest import ingest_paths  # noqa: E402
from tweetsum.ingest.x_archive import ytd_payload  # noqa: E402
from tweetsum.store.db import Store  # noqa: E402

TARGET_RATE = 50_000
TARGET_REINGEST = 5.0


def parse_floor(folder: Path, loads=json.loads) -> tuple[float, float, int]:
    """Wall and CPU seconds to read and parse (``loads``: json.loads of the decoded text, or orjson.loads of
    the bytes) every tweets*.js, prefix stripped; tweets seen."""
    total = cpu = 0.0
    n = 0
    for f in sorted((folder / "data").glob("tweets*.js")):
        gc.disable()  # the floor is parsing itself, not the collector walking a huge live list of dicts
        t0 = time.perf_counter()
        c0 = time.process_time()
        data = f.read_bytes()
        if loads is json.loads:
            text, pos = ytd_payload(data.decode("utf-8"), str(f))
            n += len(loads(text[pos:]))
        else:
            n += len(loads(memoryview(data)[data.index(b"["):data.rindex(b"]") + 1]))
        total += time.perf_counter() - t0
        cpu += time.process_time() - c0
        gc.enable()
        del data
        gc.collect()
    return total, cpu, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None, help="where the archive and db go (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the generated archive for the next run")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    ap.add_argument("--workers", type=int, default=None,
                    help="parser processes (default: 1 = reader thread on <= 2 cores, else CPU count, max 4)")
    a = ap.parse_args()

    work = a.workdir or Path(tempfile.mkdtemp(prefix="tweetsum-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    arch = work / f"archive-{a.n}-{a.seed}"
    marker = arch / ".complete"
    t0 = time.perf_counter()
    if not marker.exists():
        shutil.rmtree(arch, ignore_errors=True)
        synthesize_official_archive(a.n, arch, seed=a.seed)
        marker.write_text("ok")
        gen_s = time.perf_counter() - t0
        print(f"generated {a.n:,} tweets in {gen_s:.1f}s -> {arch}")
    size = sum(f.stat().st_size for f in (arch / "data").glob("tweets*.js"))
    print(f"archive: {size / 1e6:,.0f} MB of tweets*.js, cpus={os.cpu_count()}")

    floor_s, floor_cpu, n_floor = parse_floor(arch)
    ofloor_s, ofloor_cpu, n_ofloor = parse_floor(arch, orjson.loads)
    assert n_floor == n_ofloor == a.n, (n_floor, n_ofloor, a.n)
    gc.collect()
    db = work / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Store(db) as store:
        ch0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t, c = time.perf_counter(), time.process_time()
        rep = ingest_paths(store, [arch], workers=a.workers)
        first_s, first_cpu = time.perf_counter() - t, time.process_time() - c
        ch = resource.getrusage(resource.RUSAGE_CHILDREN)
        first_cpu += (ch.ru_utime + ch.ru_stime) - (ch0.ru_utime + ch0.ru_stime)
        t, c = time.perf_counter(), time.process_time()
        rep2 = ingest_paths(store, [arch], workers=a.workers)
        re_s, re_cpu = time.perf_counter() - t, time.process_time() - c
        count = store.count()
    ok = rep.exit_code == 0 and rep.stored == a.n and count == a.n and rep2.unchanged == a.n
    rate, rate_cpu = a.n / first_s, a.n / first_cpu
    figures = {
        "n": a.n, "archive_mb": round(size / 1e6, 1), "cpus": os.cpu_count(),
        "json_floor_s": round(floor_s, 2), "json_floor_cpu_s": round(floor_cpu, 2),
        "orjson_floor_s": round(ofloor_s, 2), "orjson_floor_cpu_s": round(ofloor_cpu, 2),
        "first_ingest_s": round(first_s, 2), "first_ingest_cpu_s": round(first_cpu, 2),
        "tweets_per_s": round(rate), "tweets_per_cpu_s": round(rate_cpu),
        "wall_over_json_floor": round(first_s / floor_s, 2), "wall_over_orjson_floor": round(first_s / ofloor_s, 2),
        "cpu_over_json_floor": round(first_cpu / floor_cpu, 2),
        "cpu_over_orjson_floor": round(first_cpu / ofloor_cpu, 2),
        "reingest_s": round(re_s, 3), "reingest_cpu_s": round(re_cpu, 3),
        "first_over_reingest": round(first_s / re_s, 1),
        "stored": rep.stored, "rejected": rep.rejected, "db_count": count, "correct": ok,
    }
    print(f"parse floors (same bytes, same run): json.loads {floor_s:.2f}s wall / {floor_cpu:.2f}s CPU "
          f"= {n_floor / floor_cpu:,.0f} tweets per CPU-s; orjson.loads {ofloor_s:.2f}s wall / "
          f"{ofloor_cpu:.2f}s CPU = {n_floor / ofloor_cpu:,.0f} tweets per CPU-s")
    print(f"first ingest: {first_s:.2f}s wall = {rate:,.0f} tweets/s "
          f"(target >= {TARGET_RATE:,}/s on 2 cores: {'met' if rate >= TARGET_RATE else 'NOT met'}); "
          f"{first_cpu:.2f}s CPU (all threads and workers) = {rate_cpu:,.0f} tweets per CPU-s")
    print(f"ratios: wall {first_s / floor_s:.2f}x json floor, {first_s / ofloor_s:.2f}x orjson floor; "
          f"CPU {first_cpu / floor_cpu:.2f}x json floor, {first_cpu / ofloor_cpu:.2f}x orjson floor "
          f"(wall figures suffer when other work shares the cores; CPU ones much less)")
    print(f"re-ingest of the unchanged archive: {re_s:.3f}s wall, {re_cpu:.3f}s CPU = {first_s / re_s:,.1f}x faster "
          f"(target >= {TARGET_REINGEST:.0f}x: {'met' if first_s / re_s >= TARGET_REINGEST else 'NOT met'})")
    print(f"stored {rep.stored:,}, rejected {rep.rejected:,}, rows in db {count:,}: {'ok' if ok else 'WRONG'}")
    if a.json:
        print(json.dumps(figures))
    if not a.keep and a.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    elif not a.keep:
        shutil.rmtree(arch, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
