"""Crash safety: SIGKILL `tweetsum report` / `tweetsum ingest` at random points, rerun, compare.

Setup: the bundled sample ingested once (db0); the tiny report (one day, --max-topics 1, --n-ctx 2048,
fixed --now) run uninterrupted on a copy gives the reference post, its LLM call count and stage timings.
Each kill run copies db0, starts the CLI, kills it with SIGKILL after a seeded delay chosen inside one
stage (embedding = select, clustering = topics, generation = summarize + synthesize + ground), then checks:

* ``PRAGMA integrity_check`` is ok right after the kill;
* the rerun's post is byte-identical to the reference;
* finished LLM calls were not redone: rerun ``llm_calls_cached`` >= rows in ``llm_cache`` before the kill,
  and rerun ``llm_calls`` + ``llm_calls_cached`` == the reference's total.

Ingest kills: a big JSONL (devdata) after a committed small one, killed once the transaction has spilled
into the WAL; the db must hold exactly what it held before that file, and a rerun ingests it fully.

    python benchmarks/kill_report.py [--runs 25] [--seed 0]

tests/test_hardening_crash.py runs a few of the same cases.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # devkit/ (fixture builders) lives in the repository, not the wheel
SAMPLE = ROOT / "tweetsum" / "sample" / "archives"
PY = sys.executable
REPORT_ARGS = ["--since", "2026-01-21", "--until", "2026-01-21", "--tz", "+08:00", "--now",
               "2026-01-22 16:01:36 +0800", "--n-ctx", "2048", "--max-topics", "1", "--threads", "2", "--json",
               "--model", "smollm2"]  # the smallest packaged model: crash safety does not depend on prose
# --threads 2: the runs are one at a time, so the model may use both cores of a 2-core machine (with 1 thread the
# suite's kill chain took 469 s of its 30 minutes)
STAGES = {"embedding": ("select",), "clustering": ("topics",), "generation": ("summarize", "synthesize", "ground")}


def cli(*args: str) -> list[str]:
    return [PY, "-c", "from tweetsum.cli import app; app(prog_name='tweetsum')", *args]


def _env() -> dict:
    env = dict(os.environ)
    env.pop("TWEETSUM_DB", None)
    return env


def db_state(db: Path) -> dict:
    con = sqlite3.connect(str(db), timeout=30)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        n_llm = con.execute("SELECT COUNT(*) FROM llm_cache").fetchone()[0] if "llm_cache" in tables else 0
        n_tw = con.execute("SELECT COUNT(*) FROM tweets").fetchone()[0] if "tweets" in tables else 0
        n_runs = con.execute("SELECT COUNT(*) FROM ingest_runs").fetchone()[0] if "ingest_runs" in tables else 0
        return {"integrity": ok, "llm_cache": n_llm, "tweets": n_tw, "ingest_runs": n_runs}
    finally:
        con.close()


def run_report(db: Path, out: Path, timeout: float = 1800) -> tuple[dict, float]:
    t0 = time.perf_counter()
    r = subprocess.run(cli("report", "--db", str(db), "--out", str(out), *REPORT_ARGS), capture_output=True,
                       text=True, timeout=timeout, env=_env())
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError(f"report failed ({r.returncode}): {r.stderr[-2000:]}")
    return json.loads(r.stdout), wall


def prepare_db(work: Path) -> Path:
    from tweetsum.ingest import ingest_paths
    from tweetsum.store.db import Store

    db0 = work / "db0.db"
    with Store(db0) as s:
        rep = ingest_paths(s, [SAMPLE])
        assert rep.stored == 512, rep.errors
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db0


def copy_db(src: Path, dst: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(src) + suffix)
        if p.exists():
            shutil.copy(p, str(dst) + suffix)
    return dst


@dataclass
class Baseline:
    post: bytes
    post_name: str
    calls: int
    cached: int
    timings: dict
    wall: float

    def stage_window(self, stage: str) -> tuple[float, float]:
        """(start, end) seconds after process start of a stage, from the stage timings (startup = the rest)."""
        order = ["select", "topics", "summarize", "synthesize", "ground", "wordcloud", "render"]
        startup = max(0.0, self.wall - sum(self.timings.get(k, 0.0) for k in order))
        t, win = startup, {}
        for k in order:
            win[k] = (t, t + self.timings.get(k, 0.0))
            t += self.timings.get(k, 0.0)
        names = STAGES[stage]
        return win[names[0]][0], win[names[-1]][1]


def baseline(db0: Path, work: Path) -> Baseline:
    db = copy_db(db0, work / "base.db")
    out = work / "base_out"
    res, wall = run_report(db, out)
    post = Path(res["post"])
    return Baseline(post.read_bytes(), post.name, res["llm_calls"], res["llm_calls_cached"], res["timings"], wall)


@dataclass
class KillOutcome:
    kind: str
    stage: str
    delay: float
    killed: bool  # False: the process had finished before the kill
    integrity_after_kill: str = ""
    llm_rows_before: int = 0
    rerun_calls: int = 0
    rerun_cached: int = 0
    identical: bool = False
    calls_not_redone: bool = False
    ok: bool = False
    stage_at_kill: str = ""  # the stage marker the process had written when it was killed
    returncode: int | None = None  # -9: died by SIGKILL
    detail: dict = field(default_factory=dict)

    @property
    def killed_in_stage(self) -> bool:
        return self.killed and self.returncode == -signal.SIGKILL and self.stage_at_kill in STAGES[self.stage]


def _start_and_kill(db: Path, out: Path, marker: Path, base: Baseline, stage: str, rng: random.Random,
                    max_wait: float = 900) -> tuple[bool, str, int | None, float]:
    """Start a report on ``db``, wait until its stage marker names the first stage of ``stage``, let it run a
    seeded fraction of that stage group's baseline duration (never past it: the marker is polled), SIGKILL it.
    Returns (killed, stage marker at the kill, return code, seconds from start to the kill)."""
    lo, hi = base.stage_window(stage)
    frac = rng.uniform(0.1, 0.8)
    marker.unlink(missing_ok=True)
    env = _env()
    env["TWEETSUM_STAGE_FILE"] = str(marker)
    p = subprocess.Popen(cli("report", "--db", str(db), "--out", str(out), *REPORT_ARGS), stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=env)
    names = STAGES[stage]

    last = [""]

    def current() -> str:
        # the marker is replaced atomically; a read that still finds nothing keeps the last stage seen
        try:
            last[0] = marker.read_text(encoding="utf-8") or last[0]
        except OSError:
            pass
        return last[0]

    t0 = time.perf_counter()
    while p.poll() is None and current() not in names and time.perf_counter() - t0 < max_wait:
        time.sleep(0.01)
    entered = time.perf_counter()
    delay = frac * max(0.0, hi - lo)
    while p.poll() is None and time.perf_counter() - entered < delay and current() in names:
        time.sleep(0.01)
    at = current()
    killed = p.poll() is None and at in names
    if killed:
        p.send_signal(signal.SIGKILL)
    # else the stage group was already over: the run finishes (counted as not killed)
    p.wait()
    at = current() if killed else at
    return killed, at, p.returncode, round(time.perf_counter() - t0, 2)


def _rerun(o: KillOutcome, db: Path, out: Path, base: Baseline) -> None:
    """Run the report to its end on the killed db and fill in what the rerun shows."""
    res, _ = run_report(db, out)
    o.rerun_calls, o.rerun_cached = res["llm_calls"], res["llm_calls_cached"]
    o.identical = Path(res["post"]).read_bytes() == base.post and Path(res["post"]).name == base.post_name
    o.calls_not_redone = (o.rerun_cached >= o.llm_rows_before
                          and o.rerun_calls + o.rerun_cached == base.calls + base.cached)
    after = db_state(db)
    o.ok = (o.killed_in_stage and o.integrity_after_kill == "ok" and after["integrity"] == "ok" and o.identical
            and o.calls_not_redone)
    o.detail = {"after_rerun": after, "leftover_tmp": sorted(x.name for x in out.glob("*.tmp*"))}


def _drop(db: Path, out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def kill_report_once(db0: Path, base: Baseline, work: Path, stage: str, rng: random.Random, n: int,
                     max_wait: float = 900) -> KillOutcome:
    """One report killed inside ``stage`` (see :func:`_start_and_kill`) on a fresh copy of db0, then rerun."""
    db = copy_db(db0, work / f"k{n}.db")
    out = work / f"k{n}_out"
    killed, at, rc, delay = _start_and_kill(db, out, work / f"k{n}.stage", base, stage, rng, max_wait)
    st = db_state(db)
    o = KillOutcome("report", stage, delay, killed, st["integrity"], st["llm_cache"])
    o.stage_at_kill, o.returncode = at, rc
    _rerun(o, db, out, base)
    _drop(db, out)
    return o


def kill_report_chain(db0: Path, base: Baseline, work: Path, stages: list[str], rng: random.Random,
                      tag: str = "chain", max_wait: float = 900) -> list[KillOutcome]:
    """Kills in a row on one db: a report killed inside ``stages[0]``, started again and killed inside
    ``stages[1]``, …, then run to its end. Each kill is checked as it happens (SIGKILL inside its stage, db
    integrity); the last outcome also carries the rerun (byte-identical post, finished calls not redone).
    One uninterrupted report's worth of work for all the kills, where :func:`kill_report_once` costs one each
    (the suite's kill tests took 230-243 s each, issue 27)."""
    db = copy_db(db0, work / f"{tag}.db")
    out = work / f"{tag}_out"
    outcomes = []
    for i, stage in enumerate(stages):
        killed, at, rc, delay = _start_and_kill(db, out, work / f"{tag}{i}.stage", base, stage, rng, max_wait)
        st = db_state(db)
        o = KillOutcome("report", stage, delay, killed, st["integrity"], st["llm_cache"])
        o.stage_at_kill, o.returncode = at, rc
        outcomes.append(o)
    _rerun(outcomes[-1], db, out, base)
    _drop(db, out)
    return outcomes


def big_jsonl(path: Path, n: int, seed: int = 0) -> Path:
    from devkit import devdata

    rng = random.Random(seed)
    words = ["AI", "agents", "模型", "GPU", "$NVDA", "#LLM", "inference", "open-weight", "成本", "release", "eval"]
    t0 = 1_700_000_000_000
    rows = [{"id": str(((t0 + 1000 * i - 1288834974657) << 22) + i),
             "text": " ".join(rng.choice(words) for _ in range(12))} for i in range(n)]
    return devdata.write_jsonl(rows, path, accounts=20)


def kill_ingest_once(work: Path, rng: random.Random, n: int, big: Path, small: Path,
                     wal_trigger: int = 1 << 20, max_wait: float = 300) -> KillOutcome:
    db = work / f"i{n}.db"
    r = subprocess.run(cli("ingest", str(small), "--db", str(db), "--json"), capture_output=True, text=True,
                       env=_env(), timeout=600)
    assert r.returncode == 0, r.stderr[-1000:]
    before = db_state(db)
    wal = Path(str(db) + "-wal")
    base_wal = wal.stat().st_size if wal.exists() else 0
    trigger = base_wal + int(wal_trigger * rng.uniform(1.0, 4.0))
    p = subprocess.Popen(cli("ingest", str(big), "--db", str(db), "--json"), stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=_env())
    t0 = time.perf_counter()
    while p.poll() is None and time.perf_counter() - t0 < max_wait:
        if wal.exists() and wal.stat().st_size > trigger:
            break
        time.sleep(0.005)
    killed = p.poll() is None
    if killed:
        p.send_signal(signal.SIGKILL)
    p.wait()
    st = db_state(db)
    o = KillOutcome("ingest", "ingest", round(time.perf_counter() - t0, 2), killed, st["integrity"])
    same = (st["tweets"], st["ingest_runs"]) == (before["tweets"], before["ingest_runs"])
    r = subprocess.run(cli("ingest", str(big), "--db", str(db), "--json"), capture_output=True, text=True,
                       env=_env(), timeout=1200)
    rep = json.loads(r.stdout) if r.returncode == 0 else {}
    after = db_state(db)
    o.identical = same
    o.calls_not_redone = True
    o.ok = killed and st["integrity"] == "ok" and same and after["integrity"] == "ok" and r.returncode == 0
    o.detail = {"before": before, "after_kill": st, "after_rerun": after,
                "rerun_stored": rep.get("stored", rep.get("totals", {}).get("stored"))}
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return o


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=25, help="ingest + report kills (default 5 + 20)")
    ap.add_argument("--ingest-runs", type=int, default=5)
    ap.add_argument("--ingest-rows", type=int, default=60_000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory(prefix="tweetsum-kill-") as d:
        work = Path(d)
        t_all = time.perf_counter()
        outcomes: list[KillOutcome] = []
        big = big_jsonl(work / "big.jsonl", a.ingest_rows)
        small = big_jsonl(work / "small.jsonl", 50, seed=1)
        for n in range(a.ingest_runs):
            o = kill_ingest_once(work, rng, n, big, small)
            outcomes.append(o)
            print(f"  ingest kill {n}: killed={o.killed} integrity={o.integrity_after_kill} "
                  f"db as before the file={o.identical} ok={o.ok}", flush=True)
        db0 = prepare_db(work)
        base = baseline(db0, work)
        print(f"baseline report: {base.wall:.1f}s wall, {base.calls} LLM calls, stage timings {base.timings}",
              flush=True)
        stages = list(STAGES)
        for n in range(max(0, a.runs - a.ingest_runs)):
            stage = stages[n % len(stages)]
            o = kill_report_once(db0, base, work, stage, rng, n)
            outcomes.append(o)
            print(f"  report kill {n} [{stage} @ {o.delay}s]: killed={o.killed} in stage {o.stage_at_kill!r} "
                  f"exit {o.returncode} integrity={o.integrity_after_kill} "
                  f"llm rows before={o.llm_rows_before} rerun calls={o.rerun_calls} cached={o.rerun_cached} "
                  f"identical={o.identical} ok={o.ok} {o.detail.get('leftover_tmp') or ''}", flush=True)
        killed = [o for o in outcomes if o.killed]
        print(f"kill_report: {len(outcomes)} runs ({sum(o.kind == 'ingest' for o in outcomes)} ingest, "
              f"{sum(o.kind == 'report' for o in outcomes)} report) in {time.perf_counter() - t_all:.0f}s; "
              f"{len(killed)} killed mid-run")
        for stage in ["ingest", *STAGES]:
            os_ = [o for o in outcomes if o.stage == stage]
            if os_:
                print(f"  {stage:10s} runs {len(os_)}, killed {sum(o.killed for o in os_)}, ok {sum(o.ok for o in os_)}")
        print(f"  integrity ok after every kill: {all(o.integrity_after_kill == 'ok' for o in outcomes)}")
        rep = [o for o in outcomes if o.kind == "report"]
        print(f"  report reruns byte-identical: {sum(o.identical for o in rep)}/{len(rep)}; finished LLM calls not "
              f"redone: {sum(o.calls_not_redone for o in rep)}/{len(rep)}; LLM calls saved by the cache: "
              f"{sum(o.rerun_cached for o in rep)} of {len(rep) * (base.calls + base.cached)}")
        ing = [o for o in outcomes if o.kind == "ingest"]
        print(f"  ingest: db as before the killed file: {sum(o.identical for o in ing)}/{len(ing)}")
        return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
