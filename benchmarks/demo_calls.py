"""The demo report's model work, recorded and replayed: where the real weights cannot go (a GPU machine that
gets only a shape-exact stand-in, ../shared/tools/randgguf.py), the stand-in makes exactly the calls the real
model made, in the same order and batches, with the same prompts, schemas, penalties and copy suppression, each
capped at the number of tokens the real model generated for it.

    record  [--model qwen1.5b] [--out calls.json]   run the demo report (scripts/demo.sh's window and options)
            with the real model, logging every model call (Engine.complete) and every batch (batch.prefetch)
    replay  calls.json --model PATH [--batch 4]      make those calls on another model; prints wall time, calls,
            prompt tokens evaluated and tokens generated, against the recorded run's

Run from the repository root with the project's venv. ``record`` also prints the report's time per stage.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEMO = {"since": "2026-01-20", "until": "2026-01-22", "tz": "+08:00", "theme": "AI", "lang": "zh",
        "now": "2026-01-23 08:00:00 +0800", "max_topics": 5}


def _req(prompt, schema, max_tokens, repeat_penalty, copy_ngram, ignore_eos) -> dict:
    return {"system": prompt.system, "data": prompt.data, "task": prompt.task, "label": prompt.label,
            "schema": schema, "max_tokens": max_tokens, "repeat_penalty": repeat_penalty,
            "copy_ngram": copy_ngram, "ignore_eos": ignore_eos}


def record(model: str, out: Path, workdir: Path | None) -> dict:
    from tweetsum.embed import SentenceTransformerEmbedder  # noqa: F401 - the report picks its embedder
    from tweetsum.ingest import ingest_paths
    from tweetsum.llm import batch
    from tweetsum.llm.engine import Engine
    from tweetsum.run import ReportOptions, build_report
    from tweetsum.store.db import Store

    log: list[dict] = []
    real_complete, real_prefetch = Engine.complete, batch.prefetch

    def complete(self, prompt, *, schema=None, max_tokens=256, temperature=None, seed=None, store=None,
                 on_token=None, ignore_eos=False, repeat_penalty=1.0, copy_ngram=0):
        g = real_complete(self, prompt, schema=schema, max_tokens=max_tokens, temperature=temperature, seed=seed,
                          store=store, on_token=on_token, ignore_eos=ignore_eos, repeat_penalty=repeat_penalty,
                          copy_ngram=copy_ngram)
        log.append({"op": "complete", **_req(prompt, schema, max_tokens, repeat_penalty, copy_ngram, ignore_eos),
                    "completion_tokens": g.stats.completion_tokens, "prompt_tokens": g.stats.prompt_tokens,
                    "from_cache": g.stats.from_cache})
        return g

    def prefetch(engine, requests, *, store=None, n_seq=4):
        log.append({"op": "prefetch", "n_seq": n_seq,
                    "requests": [_req(r.prompt, r.schema, r.max_tokens, r.repeat_penalty, r.copy_ngram,
                                      r.ignore_eos) for r in requests]})
        return real_prefetch(engine, requests, store=store, n_seq=n_seq)

    Engine.complete, batch.prefetch = complete, prefetch
    work = workdir or Path(tempfile.mkdtemp(prefix="tweetsum-demo-calls-"))
    try:
        with Store(work / "demo.db") as st:
            ingest_paths(st, [ROOT / "tweetsum" / "sample" / "archives"])
            engine = Engine(model)
            opts = ReportOptions(out_dir=work / "out", **DEMO)
            t0 = time.perf_counter()
            res = build_report(st, opts, engine=engine)
            wall = time.perf_counter() - t0
    finally:
        Engine.complete, batch.prefetch = real_complete, real_prefetch
    live = [c for c in log if c["op"] == "complete" and not c["from_cache"]]
    doc = {"model": model, "options": DEMO, "report_seconds": round(wall, 1),
           "timings_s": {k: round(v, 1) for k, v in res.timings.items()}, "post": str(res.post_path),
           "calls": len(live), "prompt_tokens": sum(c["prompt_tokens"] for c in live),
           "evaluated_tokens": engine.totals.get("evaluated_tokens"),
           "completion_tokens": sum(c["completion_tokens"] for c in live),
           "model_seconds": round(sum(c.prompt_seconds + c.gen_seconds for c in engine.calls if not c.from_cache), 1),
           "log": log}
    out.write_text(json.dumps(doc, ensure_ascii=False))
    print(f"recorded {doc['calls']} model calls ({doc['prompt_tokens']} prompt tokens, {doc['evaluated_tokens']} "
          f"evaluated, {doc['completion_tokens']} generated); report {wall:.1f} s; stages {doc['timings_s']}")
    print(f"post: {res.post_path}\ncalls: {out}")
    return doc


def replay_plan(doc: dict) -> list[dict]:
    """The recorded log with every request capped at the tokens the real model generated for it (a prefetched
    request takes the count of the complete() call that used its answer)."""
    def key(r):
        return json.dumps([r["system"], r["data"], r["task"], r["schema"], r["repeat_penalty"], r["copy_ngram"]],
                          sort_keys=True)

    made = {}
    for c in doc["log"]:
        if c["op"] == "complete":
            made.setdefault(key(c), max(1, c["completion_tokens"]))
    plan = []
    for c in doc["log"]:
        if c["op"] == "complete":
            plan.append({**c, "max_tokens": max(1, c["completion_tokens"])})
        else:
            plan.append({**c, "requests": [{**r, "max_tokens": made.get(key(r), r["max_tokens"])}
                                           for r in c["requests"]]})
    return plan


def replay(doc: dict, engine, *, batch: int = 4) -> dict:
    """Make the recorded calls on ``engine`` (no result cache: every call runs)."""
    from tweetsum.llm.batch import BatchRequest, prefetch
    from tweetsum.llm.engine import ContextOverflow, GenerationFailed
    from tweetsum.llm.prompts import Prompt

    def prompt(r):
        return Prompt(r["system"], r["data"], r["task"], label=r["label"])

    failed = 0
    t0 = time.perf_counter()
    for c in replay_plan(doc):
        if c["op"] == "prefetch":
            if batch > 1:
                prefetch(engine, [BatchRequest(prompt(r), r["schema"], r["max_tokens"], r["repeat_penalty"],
                                               r["copy_ngram"], r["ignore_eos"]) for r in c["requests"]],
                         n_seq=batch)
            continue
        if c["from_cache"]:
            continue
        try:
            engine.complete(prompt(c), schema=c["schema"], max_tokens=c["max_tokens"],
                            repeat_penalty=c["repeat_penalty"], copy_ngram=c["copy_ngram"], ignore_eos=c["ignore_eos"])
        except (GenerationFailed, ContextOverflow) as e:
            failed += 1
            print(f"  call failed: {e}", flush=True)
    wall = time.perf_counter() - t0
    tot = engine.totals
    return {"wall_s": round(wall, 2), "calls": tot["model_calls"], "failed": failed,
            "prompt_tokens": tot["prompt_tokens"], "evaluated_tokens": tot["evaluated_tokens"],
            "completion_tokens": tot["completion_tokens"],
            "recorded": {k: doc.get(k) for k in ("calls", "prompt_tokens", "evaluated_tokens", "completion_tokens",
                                                 "report_seconds", "model_seconds", "timings_s")}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("--model", default="qwen1.5b")
    r.add_argument("--out", default="demo_calls.json")
    r.add_argument("--workdir", default=None)
    p = sub.add_parser("replay")
    p.add_argument("calls")
    p.add_argument("--model", required=True)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--n-ctx", type=int, default=4096)
    a = ap.parse_args()
    if a.cmd == "record":
        record(a.model, Path(a.out), Path(a.workdir) if a.workdir else None)
        return
    from tweetsum.llm.engine import Engine

    doc = json.loads(Path(a.calls).read_text())
    with Engine(a.model, n_ctx=a.n_ctx) as e:
        res = replay(doc, e, batch=a.batch)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
