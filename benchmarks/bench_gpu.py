"""The engine on whatever backend this llama.cpp build has (run by benchmarks/gpu_check.sh on a GPU machine,
or here on the CPU), on the demo report's real model work (benchmarks/demo_calls.py record):

* ``settings``  the llama.cpp settings the engine chose for this backend (tweetsum.llm.settings);
* ``nbatch64``  the engine's former n_batch 64 on this backend, in a child process (it aborted inside
                llama_decode on an H200): its exit status and what llama.cpp said;
* ``generation`` the largest map section: sampling overhead per token against raw single-token decodes at the
                same depth, pipeline / raw (benchmarks/bench_speed.py's section_speed);
* ``batch``     the first topic's map sections decoded 1 at a time, 4 and 16 in one batch (the 4 sections
                repeated): aggregate generated tok/s and the ratios to one at a time;
* ``server``    llama-server with 1, 4 and 16 slots (every layer offloaded, flash attention on a GPU) running
                the report's calls, those over one tweet block (a topic's) back to back on one lane;
* ``replay``    the demo report's model calls in order, batches included (demo_calls.replay): the model part of
                the report's wall time; with the recorded run's other stages (measured on the CPU that recorded
                it) it gives the report's end-to-end estimate.

    python benchmarks/bench_gpu.py --model M.gguf --calls demo_calls.json [--parts ...] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _prompt(r):
    from tweetsum.llm.prompts import Prompt

    return Prompt(r["system"], r["data"], r["task"], label=r["label"])


def first_group(doc: dict) -> list[dict]:
    """The first batch of map sections the report decoded (the top topic's), with their full budgets."""
    for c in doc["log"]:
        if c["op"] == "prefetch" and len(c["requests"]) >= 2:
            return c["requests"]
    raise SystemExit("no batch of map sections in the recorded calls")


def part_generation(e, doc: dict) -> dict:
    from bench_speed import section_speed

    group = first_group(doc)
    r = max(group, key=lambda x: x["max_tokens"])
    out = {"section": r["label"], **section_speed(e, _prompt(r), r["schema"], r["max_tokens"])}
    # the same prompt without its schema: penalty and copy bans alone (a stand-in's noise makes the grammar
    # reject far more picks than a real model's text does)
    out["free_text"] = section_speed(e, _prompt(r), None, r["max_tokens"])
    return out


def part_batch(e, doc: dict, sizes=(4, 16)) -> dict:
    from tweetsum.llm.batch import BatchDecoder, BatchRequest
    from tweetsum.summarize.topic_map import COPY_NGRAM, REPEAT_PENALTY

    group = first_group(doc)
    reqs = [BatchRequest(_prompt(r), schema=r["schema"], max_tokens=r["max_tokens"],
                         repeat_penalty=REPEAT_PENALTY, copy_ngram=COPY_NGRAM) for r in group]
    longest = max(len(e.tokenize_prompt(r.prompt)[0]) + r.max_tokens for r in reqs)
    n_max = max(sizes)
    out: dict[str, dict] = {}
    with BatchDecoder(e, n_seq=n_max, n_ctx=n_max * (longest + 16)) as bd:
        bd.generate(reqs[:1])  # warm-up: buffers, grammar

        def timed(batches):
            s0, g0 = bd.stats.gen_seconds, bd.stats.generated_tokens
            t0 = time.perf_counter()
            for b in batches:
                bd.generate(b)
            wall = time.perf_counter() - t0
            n = bd.stats.generated_tokens - g0
            return {"sequences": len(batches[0]), "generated": n, "gen_s": round(bd.stats.gen_seconds - s0, 2),
                    "wall_s": round(wall, 2), "tps": round(n / (bd.stats.gen_seconds - s0), 1)}

        out["1"] = timed([[r] for r in reqs])
        for k in sizes:
            many = [reqs[i % len(reqs)] for i in range(k)]
            out[str(k)] = timed([many])
    for k, r in out.items():
        r["over_one"] = round(r["tps"] / out["1"]["tps"], 2)
    return out


def part_server(model: Path, doc: dict, slots=(1, 4, 16), gpu: bool = True) -> dict:
    import socket

    from demo_calls import replay_plan
    from tweetsum.llm.llama_server import find_llama_server, llama_server_command, server_env, wait_ready
    from tweetsum.llm.server import ServerEngine

    binary = find_llama_server()
    if binary is None:
        return {"error": "llama-server not found (TWEETSUM_LLAMA_SERVER)"}
    topics: dict[str, list[dict]] = {}
    for c in replay_plan(doc):
        if c["op"] == "complete" and not c["from_cache"]:
            topics.setdefault(c["data"], []).append(c)
    groups = list(topics.values())
    res: dict[str, dict] = {}
    for n in slots:
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        extra = ["-ngl", "999", "-fa", "on", "-b", "512", "-ub", "512"] if gpu else []
        cmd = llama_server_command(binary, model, slots=n, ctx_per_slot=4096, port=port, extra=extra)
        log = Path(tempfile.mkdtemp()) / "server.log"
        proc = subprocess.Popen(cmd, env=server_env(binary), stdout=open(log, "wb"), stderr=subprocess.STDOUT)
        try:
            wait_ready(f"http://127.0.0.1:{port}", 300, proc)
            eng = ServerEngine([f"http://127.0.0.1:{port}"], n_ctx=4096, slots=n)
            t0 = time.perf_counter()

            def run(group):
                for c in group:
                    eng.complete(_prompt(c), schema=c["schema"], max_tokens=c["max_tokens"],
                                 repeat_penalty=c["repeat_penalty"])
                return len(group)

            eng.map_lanes(groups, run)
            wall = time.perf_counter() - t0
            tot = eng.totals
            res[str(n)] = {"calls": tot.get("model_calls"), "generated": tot.get("completion_tokens"),
                           "wall_s": round(wall, 2), "tps": round((tot.get("completion_tokens") or 0) / wall, 1)}
        except Exception as e:  # noqa: BLE001 - reported, the other parts go on
            res[str(n)] = {"error": str(e), "log_tail": log.read_text(errors="replace")[-1500:]}
        finally:
            proc.kill()
            proc.wait()
        print(f"  server {n} slot(s): {res[str(n)]}", flush=True)
    if "tps" in res.get("1", {}):
        for r in res.values():
            if "tps" in r:
                r["over_one_slot"] = round(res["1"]["wall_s"] / r["wall_s"], 2)
    return res


def part_nbatch64(model: Path, doc: dict) -> dict:
    """The former n_batch 64, in a child: exit status and llama.cpp's last lines."""
    code = ("import json,sys; sys.path[:0]=[%r,%r]; from demo_calls import replay; from tweetsum.llm.engine import "
            "Engine; doc=json.load(open(%r)); doc['log']=doc['log'][:6]; e=Engine(%r, n_batch=64); "
            "print(json.dumps(replay(doc, e)))") % (str(HERE.parent), str(HERE), doc["_path"], str(model))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    return {"returncode": r.returncode, "stdout_tail": r.stdout[-400:],
            "stderr_tail": [ln for ln in err if "error" in ln.lower() or "abort" in ln.lower()][-8:] or err[-8:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--calls", required=True)
    ap.add_argument("--parts", default="settings,nbatch64,generation,batch,replay,server")
    ap.add_argument("--batch-sizes", default="4,16")
    ap.add_argument("--slots", default="1,4,16")
    ap.add_argument("--json", default=None)
    ap.add_argument("--limit", type=int, default=None, help="only the first N recorded calls (a quick rehearsal)")
    ap.add_argument("--max-tokens", type=int, default=None, help="cap every budget (a quick rehearsal)")
    a = ap.parse_args()
    from demo_calls import replay
    from tweetsum.llm.engine import Engine

    doc = json.loads(Path(a.calls).read_text())
    doc["_path"] = a.calls
    if a.limit:
        doc["log"] = doc["log"][:a.limit]
    if a.max_tokens:
        for c in doc["log"]:
            for r in c.get("requests", [c]):
                r["max_tokens"] = min(r["max_tokens"], a.max_tokens)
                if "completion_tokens" in r:
                    r["completion_tokens"] = min(r["completion_tokens"], a.max_tokens)
    parts = a.parts.split(",")
    res: dict = {"model": a.model}
    e = Engine(a.model, n_ctx=4096)
    res["settings"] = e.settings.to_dict()
    print(f"== settings: {res['settings']} (CPU backend {e.cpu_backend})", flush=True)
    gpu = res["settings"]["backend"] == "gpu"
    if "nbatch64" in parts and gpu:
        res["nbatch64"] = part_nbatch64(Path(a.model), doc)
        print(f"== n_batch 64: {res['nbatch64']}", flush=True)
    if "generation" in parts:
        res["generation"] = part_generation(e, doc)
        print(f"== generation: {res['generation']}", flush=True)
    if "batch" in parts:
        res["batch"] = part_batch(e, doc, tuple(int(x) for x in a.batch_sizes.split(",")))
        print(f"== batch: {res['batch']}", flush=True)
    if "replay" in parts:
        e.close()
        e = Engine(a.model, n_ctx=4096)
        res["replay"] = replay(doc, e)
        rec = res["replay"]["recorded"]
        other = round(rec["report_seconds"] - rec["model_seconds"], 1)  # embedding, topics, grounding, render
        res["replay"]["other_stages_recorded_s"] = other
        res["replay"]["report_estimate_s"] = round(res["replay"]["wall_s"] + other, 1)
        print(f"== replay of the demo report's model work: {res['replay']}", flush=True)
    e.close()
    if "server" in parts:
        res["server"] = part_server(Path(a.model), doc, tuple(int(x) for x in a.slots.split(",")), gpu=gpu)
    res["peak_rss_mb"] = round(__import__("resource").getrusage(__import__("resource").RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(res, indent=1))
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
