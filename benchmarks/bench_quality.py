"""Prose quality of the post, model against model, on the same tweets (issue 10's figures).

Windows: the bundled demo sample (2026-01-20..22, theme AI) and the busiest day and week of
../shared/data/tweettopic/train_2020.jsonl (all tweets). Models: smollm2, qwen0.5b, qwen1.5b (or --model ...).
For every (window, model) run it prints, side by side: published items by source (model / regenerated /
trimmed / quote / template), the model-written share (target >= 85 %), claims supported among model-written
items as first written and as published (target >= 98 %), CJK share of zh prose, repeated-3-gram share and the
largest 3-gram repeat count (a loop: > 3), sections that fell back, and time per stage.

    .venv/bin/python benchmarks/bench_quality.py [--model qwen1.5b ...] [--windows demo,day,week] [--lang zh]
        [--max-topics 6] [--threads 2] [--json out.json]

One database per window; the result cache is keyed by (model hash, prompt tokens, parameters), so it never
serves one model's answer to another, and a rerun of a finished (window, model) makes no call (its
``llm_calls`` says so, and its stage times are then not generation times).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_report import busiest  # noqa: E402


def windows(names: list[str], work: Path) -> list[dict]:
    out = []
    if "demo" in names:
        out.append({"name": "demo", "sources": [ROOT / "tweetsum" / "sample" / "archives"], "since": "2026-01-20",
                    "until": "2026-01-22", "tz": "+08:00", "theme": "AI", "all_tweets": False})
    if {"day", "week"} & set(names):
        from devkit.devdata import load_tweettopic, tweettopic_path, write_official_archive

        path = tweettopic_path()
        if not path.exists():
            print(f"skipping the TweetTopic windows: {path} is missing (the shared data)")
        else:
            rows = load_tweettopic(path)
            day, wk_from, wk_to = busiest(rows)
            arch = work / "tweettopic-archive"
            if not arch.exists():
                write_official_archive(rows, arch, accounts=60, long_posts=True)
            for n, a, b in (("day", day, day), ("week", wk_from, wk_to)):
                if n in names:
                    out.append({"name": n, "sources": [arch], "since": a, "until": b, "tz": "UTC",
                                "theme": "tweets", "all_tweets": True})
    return out


def one(win: dict, model: str, args, work: Path, embedder) -> dict:
    from tweetsum.ingest import ingest_paths
    from tweetsum.llm.engine import Engine
    from tweetsum.run import ReportOptions, build_report
    from tweetsum.store.db import Store

    db = work / f"{win['name']}.db"  # one per window: the result cache is keyed by model hash, never shared
    with Store(db) as store:
        ingest_paths(store, win["sources"])
        engine = Engine(model, n_ctx=args.n_ctx, n_threads=args.threads)
        opts = ReportOptions(since=win["since"], until=win["until"], tz=win["tz"], theme=win["theme"],
                             all_tweets=win["all_tweets"], lang=args.lang, out_dir=work / f"out-{win['name']}-{model}",
                             now=f"{win['until']} 23:59:59 +0000", n_ctx=args.n_ctx, max_topics=args.max_topics)
        t0 = time.perf_counter()
        res = build_report(store, opts, engine=engine, embedder=embedder)
        e2e = time.perf_counter() - t0
        tot = engine.totals
        by_kind: dict = {}
        for c in engine.calls:  # model seconds by kind of call ("topic", "verify", "restate", "synth"...)
            if c.from_cache:
                continue
            k = c.label.split("/")[0].split(" ")[0] or "other"
            d = by_kind.setdefault(k, {"calls": 0, "seconds": 0.0, "evaluated": 0, "generated": 0})
            d["calls"] += 1
            d["seconds"] = round(d["seconds"] + c.prompt_seconds + c.gen_seconds, 1)
            d["evaluated"] += c.evaluated_tokens
            d["generated"] += c.completion_tokens
        engine.close()
    f = res.grounding["figures"]
    return {"window": win["name"], "model": model, "tweets": res.tweets_selected, "topics": res.topics,
            "end_to_end_s": round(e2e, 1), "timings_s": {k: round(v, 1) for k, v in res.timings.items()},
            "llm_calls": tot["model_calls"], "llm_calls_cached": tot["result_cache_hits"],
            "completion_tokens": tot["completion_tokens"], "prompt_tokens_evaluated": tot["evaluated_tokens"],
            "model_time_by_kind": by_kind, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "gen_tps": tot["gen_tps"], "figures": f, "post": str(res.post_path)}


def _faithful(f: dict) -> str:
    m = f.get("faithful")
    return "" if not m else f"{m['faithful']}/{m['items']} pass, est. {m.get('estimated_faithful_pct')}%"


def table(rows: list[dict]) -> str:
    head = ("| window | model | items | model | regen | trimmed | quote | template | no-data | model-written | claims ok "
            "(first) | claims ok (published) | CJK zh | rep. 3-grams | max 3-gram | fallbacks | summarize s | "
            "synthesize s | ground s | end-to-end s | faithful (meaning check) | calls | peak RSS MB |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['window']} | {r['model']} | error: {r['error']} |")
            continue
        f, t = r["figures"], r["timings_s"]
        b = f["by_source"]
        cjk = f.get("cjk_share_zh_prose")
        lines.append(
            f"| {r['window']} | {r['model']} | {f['published_items']} | {b['model']} | {b['model_regenerated']} | "
            f"{b['trimmed']} | {b['quote']} | {b['template']} | {b.get('notice', 0)} | {f['model_written_share']:.0%} | "
            f"{f['claims_model_before_fallback']['supported_pct']}% | {f['claims_model_published']['supported_pct']}% | "
            f"{'' if cjk is None else f'{cjk:.0%}'} | {f['repeated_3gram_share']:.1%} | {f['max_3gram_repeats']} | "
            f"{len(f['fallbacks'])} | {t.get('summarize', 0)} | {t.get('synthesize', 0)} | {t.get('ground', 0)} | "
            f"{r['end_to_end_s']} | {_faithful(f)} | {r['llm_calls']} | {r.get('peak_rss_mb')} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", action="append", default=None, help="repeatable (default: smollm2, qwen0.5b, qwen1.5b)")
    ap.add_argument("--windows", default="demo,day,week")
    ap.add_argument("--lang", default="zh", choices=["zh", "en"])
    ap.add_argument("--max-topics", type=int, default=6)
    ap.add_argument("--n-ctx", type=int, default=4096)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    from tweetsum.embed import SentenceTransformerEmbedder
    from tweetsum.llm import ModelError

    models = args.model or ["smollm2", "qwen0.5b", "qwen1.5b"]
    work = Path(args.workdir or tempfile.mkdtemp(prefix="tweetsum-bench-quality-"))
    embedder = SentenceTransformerEmbedder()
    rows = []
    for win in windows(args.windows.split(","), work):
        for m in models:
            try:
                r = one(win, m, args, work, embedder)
            except ModelError as e:
                r = {"window": win["name"], "model": m, "error": str(e)}
            rows.append(r)
            print(json.dumps({k: r.get(k) for k in ("window", "model", "end_to_end_s", "tweets", "topics", "timings_s", "llm_calls", "prompt_tokens_evaluated", "completion_tokens", "model_time_by_kind", "peak_rss_mb")}),
                  flush=True)
            if args.json:
                Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    print()
    print(table(rows))


if __name__ == "__main__":
    main()
