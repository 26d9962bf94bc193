"""Ingest speed on a synthetic official-layout archive (default 1,000,000 tweets).

Prints: first ingest into a fresh db (tweets/s), the parse floor (plain ``json.loads`` of the same tweets*.js
bytes, measured in the same run) and the ratio of the two, and re-ingest time of the unchanged archive with the
ratio first/re-ingest. Targets: >= 50,000 tweets/s on 2 cores; re-ingest >= 5x faster than the first ingest.

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

from tweetsum.devdata import synthesize_official_archive  # noqa: E402
from tweetsum.ingest import ingest_paths  # noqa: E402
from tweetsum.ingest.archive import ytd_payload  # noqa: E402
from tweetsum.store import Store  # noqa: E402

TARGET_RATE = 50_000
TARGET_REINGEST = 5.0


def parse_floor(folder: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds to read, decode and json.loads every tweets*.js (prefix stripped); tweets seen."""
    total = cpu = 0.0
    n = 0
    for f in sorted((folder / "data").glob("tweets*.js")):
        gc.disable()  # the floor is parsing itself, not the collector walking a huge live list of dicts
        t0 = time.perf_counter()
        c0 = time.process_time()
        text = f.read_bytes().decode("utf-8")
        text, pos = ytd_payload(text, str(f))
        n += len(json.loads(text[pos:]))
        total += time.perf_counter() - t0
        cpu += time.process_time() - c0
        gc.enable()
        del text
        gc.collect()
    return total, cpu, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None, help="where the archive and db go (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the generated archive for the next run")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    ap.add_argument("--workers", type=int, default=None, help="parser processes (default: CPU count, max 4)")
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
        t = time.perf_counter()
        rep2 = ingest_paths(store, [arch], workers=a.workers)
        re_s = time.perf_counter() - t
        count = store.count()
    ok = rep.exit_code == 0 and rep.stored == a.n and count == a.n and rep2.unchanged == a.n
    rate = a.n / first_s
    figures = {
        "n": a.n, "archive_mb": round(size / 1e6, 1),
        "parse_floor_s": round(floor_s, 2), "parse_floor_tweets_per_s": round(n_floor / floor_s),
        "first_ingest_s": round(first_s, 2), "tweets_per_s": round(rate),
        "ingest_over_parse_floor": round(first_s / floor_s, 2),
        "parse_floor_cpu_s": round(floor_cpu, 2), "first_ingest_cpu_s": round(first_cpu, 2),
        "cpu_ingest_over_parse_floor": round(first_cpu / floor_cpu, 2),
        "reingest_s": round(re_s, 3), "first_over_reingest": round(first_s / re_s, 1),
        "stored": rep.stored, "rejected": rep.rejected, "db_count": count, "correct": ok,
    }
    print(f"parse floor (json.loads of the same bytes): {floor_s:.2f}s = {n_floor / floor_s:,.0f} tweets/s")
    print(f"first ingest: {first_s:.2f}s = {rate:,.0f} tweets/s  "
          f"({first_s / floor_s:.2f}x the parse floor; target >= {TARGET_RATE:,}/s: "
          f"{'met' if rate >= TARGET_RATE else 'NOT met'})")
    print(f"CPU time: parse floor {floor_cpu:.2f}s, ingest {first_cpu:.2f}s (all threads and workers) = "
          f"{first_cpu / floor_cpu:.2f}x; wall/CPU figures differ when other work shares the cores")
    print(f"re-ingest of the unchanged archive: {re_s:.3f}s = {first_s / re_s:,.1f}x faster "
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
