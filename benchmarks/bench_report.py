"""End-to-end report benchmark on real tweets (TweetTopic 2020, converted to an official-layout archive).

Runs `build_report` over the busiest day and the busiest week of ../shared/data/tweettopic/train_2020.jsonl
with the packaged models and prints, per run: time per stage, the share of time spent generating
(target: end-to-end ÷ generation-only ≤ 1.3), prompt tokens evaluated ÷ sent (KV reuse), and the grounding
summary (target: ≥ 98 % of checked claims supported in the published post). The baseline measured in the same
run is the generation-only time (all LLM calls: map, synthesis, regenerations).

    .venv/bin/python benchmarks/bench_report.py [--model smollm2] [--lang en] [--max-topics 6] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devkit.devdata import load_tweettopic, tweettopic_path, write_official_archive  # noqa: E402


def busiest(rows: list[dict]) -> tuple[str, str, str]:
    days = Counter(r["date"] for r in rows)
    day = max(days.items(), key=lambda kv: (kv[1], kv[0]))[0]
    best, best_n = None, -1
    for d in sorted(days):
        start = date.fromisoformat(d)
        n = sum(days.get((start + timedelta(i)).isoformat(), 0) for i in range(7))
        if n > best_n:
            best, best_n = start, n
    return day, best.isoformat(), (best + timedelta(6)).isoformat()


def run(args) -> dict:
    from tweetsum.embed import SentenceTransformerEmbedder
    from tweetsum.ingest import ingest_paths
    from tweetsum.llm.engine import Engine
    from tweetsum.run import ReportOptions, build_report
    from tweetsum.store.db import Store

    path = tweettopic_path()
    if not path.exists():
        sys.exit(f"needs {path} (the shared TweetTopic data)")
    rows = load_tweettopic(path)
    day, wk_from, wk_to = busiest(rows)
    work = Path(args.workdir or tempfile.mkdtemp(prefix="tweetsum-bench-report-"))
    arch = work / "archive"
    if not arch.exists():
        write_official_archive(rows, arch, accounts=60, long_posts=True)
    results = {}
    with Store(work / "bench.db") as store:
        t0 = time.perf_counter()
        ingest_paths(store, [arch])
        results["ingest_s"] = round(time.perf_counter() - t0, 2)
        embedder = SentenceTransformerEmbedder()
        for name, since, until in (("day", day, day), ("week", wk_from, wk_to)):
            engine = Engine(args.model, n_ctx=args.n_ctx, n_threads=args.threads)
            opts = ReportOptions(since=since, until=until, tz="UTC", theme="tweets", all_tweets=True, lang=args.lang,
                                 out_dir=work / f"out-{name}", now=f"{until} 23:59:59 +0000", n_ctx=args.n_ctx,
                                 max_topics=args.max_topics)
            t0 = time.perf_counter()
            res = build_report(store, opts, engine=engine, embedder=embedder)
            e2e = time.perf_counter() - t0
            live = [c for c in engine.calls if not c.from_cache]
            gen_only = sum(c.prompt_seconds + c.gen_seconds for c in live)
            tot = engine.totals
            results[name] = {
                "window": [since, until], "tweets": res.tweets_selected, "topics": res.topics,
                "timings_s": {k: round(v, 2) for k, v in res.timings.items()},
                "end_to_end_s": round(e2e, 2), "generation_only_s": round(gen_only, 2),
                "e2e_over_generation": round(e2e / gen_only, 3) if gen_only else None,
                "prompt_tokens_sent": tot["prompt_tokens"], "prompt_tokens_evaluated": tot["evaluated_tokens"],
                "evaluated_over_sent": round(tot["evaluated_tokens"] / tot["prompt_tokens"], 3) if tot["prompt_tokens"] else None,
                "llm_calls": tot["model_calls"], "llm_calls_cached": tot["result_cache_hits"],
                "grounding": res.grounding, "post": str(res.post_path),
            }
            r = results[name]
            print(f"\n== {name} {since}..{until}: {r['tweets']} tweets, {r['topics']} topics")
            print("  time per stage: " + ", ".join(f"{k} {v:.1f}s" for k, v in r["timings_s"].items()))
            print(f"  end-to-end {r['end_to_end_s']:.1f}s, generation-only {r['generation_only_s']:.1f}s, "
                  f"ratio {r['e2e_over_generation']} (target <= 1.3)")
            print(f"  prompt tokens evaluated/sent: {r['prompt_tokens_evaluated']}/{r['prompt_tokens_sent']} = "
                  f"{r['evaluated_over_sent']}; LLM calls {r['llm_calls']} (+{r['llm_calls_cached']} cached)")
            g = r["grounding"]
            print(f"  grounding: {g['items']} items, {g['claims']} claims, {g['supported_pct']}% supported "
                  f"(target >= 98%), actions {g['actions']}")
            print(f"  post: {r['post']}")
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="GGUF path or packaged name (default smollm2)")
    ap.add_argument("--lang", default="en", choices=["en", "zh"])
    ap.add_argument("--max-topics", type=int, default=6)
    ap.add_argument("--n-ctx", type=int, default=4096)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--workdir", default=None, help="reuse a work folder (archive, db, result cache)")
    ap.add_argument("--json", default=None, help="write the figures to this file")
    args = ap.parse_args()
    res = run(args)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
