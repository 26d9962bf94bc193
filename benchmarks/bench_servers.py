"""The summarize stage on llama.cpp's llama-server against the in-process engine: same topics (the demo
sample's top topics), same prompts, schemas and section budgets as the report, one run.

Configurations: in-process engine; one llama-server with 1, 2 and 4 slots (all threads); two llama-servers
with 1 slot and half the threads each. Printed per configuration: wall time of the stage, completion tokens,
aggregate generation tok/s, speedup against 1 slot and against in-process, and the share of sections whose
text equals the 1-slot run's (batched decoding on a server is not guaranteed bit-identical).

    .venv/bin/python benchmarks/bench_servers.py [--model qwen0.5b] [--topics 4] [--threads 2] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def demo_topics(n: int):
    from tweetsum.embed import SentenceTransformerEmbedder
    from tweetsum.ingest import ingest_paths
    from tweetsum.selection import select_tweets
    from tweetsum.store.db import Store
    from tweetsum.core.timeutil import parse_tz, parse_window
    from tweetsum.topics.fit import build_topics, topic_rank

    with Store(Path(tempfile.mkdtemp()) / "s.db") as st:
        ingest_paths(st, [ROOT / "tweetsum" / "sample" / "archives"])
        since, until = parse_window("2026-01-20", "2026-01-22", parse_tz("+08:00"))
        emb = SentenceTransformerEmbedder()
        sel = select_tweets(st, since, until, "AI", embedder=emb)
        tw = {t.id: t for t in sel.tweets}
        topics = sorted(build_topics(st, sel.tweets, emb).topics, key=lambda t: topic_rank(t, tw))[:n]
    return topics, tw


def start(model_path: Path, slots: int, threads: int, ctx: int, log: Path):
    import socket

    from tweetsum.llm.llama_server import find_llama_server, llama_server_command, server_env, wait_ready

    binary = find_llama_server()
    if binary is None:
        sys.exit("llama-server not found (scripts/setup.sh builds it beside llama-cpp-python)")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    cmd = llama_server_command(binary, model_path, slots=slots, ctx_per_slot=ctx, port=port, threads=threads)
    proc = subprocess.Popen(cmd, env=server_env(binary), stdout=open(log, "wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_ready(url, 300, proc)
    return proc, url


def run(engine, topics, tw, lang: str) -> dict:
    from tweetsum.summarize.topic_map import summarize_topics

    t0 = time.perf_counter()
    res = summarize_topics(engine, topics, tw, lang=lang)
    wall = time.perf_counter() - t0
    calls = [c for c in engine.calls if not c.from_cache]
    toks = sum(c.completion_tokens for c in calls)
    texts = {(r.topic_id, name): json.dumps(s.data, sort_keys=True, ensure_ascii=False)
             for r in res for name, s in r.sections.items()}
    fallbacks = sum(1 for r in res for s in r.sections.values() if s.fallback)
    return {"wall_s": round(wall, 1), "calls": len(calls), "completion_tokens": toks,
            "prompt_tokens": sum(c.prompt_tokens for c in calls),
            "evaluated_tokens": sum(c.evaluated_tokens for c in calls),
            "agg_tps": round(toks / wall, 2) if wall else 0.0, "fallbacks": fallbacks, "_texts": texts}


def decode_only(engine, n: int = 4, tokens: int = 128) -> dict:
    """Generation-bound work: ``n`` short prompts, ``tokens`` tokens each (ignore_eos), spread over the lanes:
    the aggregate decode rate, which batching across slots is meant to raise on a memory-bound CPU."""
    from tweetsum.llm.prompts import Prompt

    prompts = [Prompt("You are a helpful writer.", f"Topic {i}: the city tram, the airport, the council. ",
                      "Write a long paragraph about it.", label=f"decode {i}") for i in range(n)]
    t0 = time.perf_counter()
    gens = engine.map_lanes(prompts, lambda p: engine.complete(p, max_tokens=tokens, ignore_eos=True))
    wall = time.perf_counter() - t0
    toks = sum(g.stats.completion_tokens for g in gens)
    return {"requests": n, "tokens": toks, "wall_s": round(wall, 2), "agg_tps": round(toks / wall, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="qwen0.5b")
    ap.add_argument("--topics", type=int, default=4)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--ctx", type=int, default=4096, help="context per slot (the report's n_ctx)")
    ap.add_argument("--lang", default="zh")
    ap.add_argument("--configs", default="inproc,1,2,4,2x1")
    ap.add_argument("--json", default=None)
    ap.add_argument("--decode-only", action="store_true",
                    help="only the generation-bound part: 4 x 128 tokens on 1, 2 and 4 slots")
    a = ap.parse_args()

    from tweetsum.llm import resolve_model
    from tweetsum.llm.engine import Engine, default_threads
    from tweetsum.llm.server import ServerEngine

    threads = a.threads or default_threads()
    model_path = resolve_model(a.model).path
    logs = Path(tempfile.mkdtemp())
    dec: dict[str, dict] = {}
    for slots in (1, 2, 4):  # generation-bound: what continuous batching over slots buys on this CPU
        proc, url = start(model_path, slots, threads, 1024, logs / f"dec{slots}.log")
        try:
            dec[str(slots)] = decode_only(ServerEngine([url], n_ctx=1024))
        finally:
            proc.kill()
            proc.wait()
        print(f"  decode-only, {slots} slot(s): {dec[str(slots)]}", flush=True)
    print("\n| decode-only (4 requests x 128 tokens) | wall | aggregate tok/s | ÷ 1 slot |\n|---|---|---|---|")
    for k, r in dec.items():
        print(f"| {k} slot(s) | {r['wall_s']} s | {r['agg_tps']} | {r['agg_tps'] / dec['1']['agg_tps']:.2f}× |")
    if a.decode_only:
        if a.json:
            Path(a.json).write_text(json.dumps({"decode_only": dec}, indent=2))
        return
    topics, tw = demo_topics(a.topics)
    print(f"\nbench_servers: {a.model}, {len(topics)} topics of the demo sample ({sum(t.size for t in topics)} tweets), "
          f"{threads} threads, lang {a.lang}", flush=True)
    out: dict[str, dict] = {}
    for cfg in a.configs.split(","):
        procs = []
        try:
            if cfg == "inproc":
                eng = Engine(a.model, n_ctx=a.ctx, n_threads=threads)
            elif cfg == "2x1":
                for i in range(2):
                    procs.append(start(model_path, 1, max(1, threads // 2), a.ctx, logs / f"s{i}.log"))
                eng = ServerEngine([u for _, u in procs], n_ctx=a.ctx)
            else:
                procs.append(start(model_path, int(cfg), threads, a.ctx, logs / f"np{cfg}.log"))
                eng = ServerEngine([procs[0][1]], n_ctx=a.ctx)
            r = run(eng, topics, tw, a.lang)
            if cfg == "inproc":
                eng.close()
        finally:
            for p, _ in procs:
                p.kill()
                p.wait()
        out[cfg] = r
        print(f"  {cfg}: {r['wall_s']} s, {r['completion_tokens']} tokens, {r['agg_tps']} tok/s, "
              f"{r['fallbacks']} fallbacks", flush=True)
    base = out.get("1")
    ip = out.get("inproc")
    names = {"inproc": "in-process engine", "1": "llama-server, 1 slot", "2": "llama-server, 2 slots",
             "4": "llama-server, 4 slots", "2x1": "2 llama-servers x 1 slot (half the threads each)"}
    print("\n| configuration | summarize wall | completion tokens | aggregate tok/s | ÷ 1 slot | ÷ in-process | "
          "same text as 1 slot | fallbacks |")
    print("|---|---|---|---|---|---|---|---|")
    for cfg, r in out.items():
        sp1 = f"{base['wall_s'] / r['wall_s']:.2f}×" if base else "–"
        spi = f"{ip['wall_s'] / r['wall_s']:.2f}×" if ip else "–"
        same = "–"
        if base:
            keys = base["_texts"].keys() & r["_texts"].keys()
            same = f"{sum(base['_texts'][k] == r['_texts'][k] for k in keys) / max(1, len(keys)):.0%}"
        r["speedup_vs_1_slot"] = round(base["wall_s"] / r["wall_s"], 3) if base else None
        r["speedup_vs_inproc"] = round(ip["wall_s"] / r["wall_s"], 3) if ip else None
        print(f"| {names.get(cfg, cfg)} | {r['wall_s']} s | {r['completion_tokens']} | {r['agg_tps']} | {sp1} | "
              f"{spi} | {same} | {r['fallbacks']} |")
    if a.json:
        doc = {k: {kk: vv for kk, vv in v.items() if kk != "_texts"} for k, v in out.items()}
        Path(a.json).write_text(json.dumps({"decode_only": dec, "summarize": doc}, indent=2))


if __name__ == "__main__":
    main()
