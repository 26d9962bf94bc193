"""The model's reading of "does this tweet report a happening?" against careful readers (tweetsum/verify/happening.py).

Two rulers in ``benchmarks/data/events/`` (see its README): ``dev`` (107 tweets that the events items of the gold
posts cite; the threshold was chosen here) and ``heldout`` (130 other tweets, 80 TweetTopic and 50 demo, labelled
after the threshold was fixed). Each tweet carries two readers' labels; tweets they disagree on are left out.
For each ruler: AUC of the margin, and at the threshold how many events are kept and non-events refused.

    .venv/bin/python benchmarks/bench_events.py [--model qwen1.5b|PATH] [--threads 2] [--json out.json]
        [--margin 0.5] [--cache .cache/bench_events.db]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data" / "events"


def load(name: str) -> list[dict]:
    """The ruler's tweets on which both readers agree, each with its label (True: an event)."""
    rows = [json.loads(x) for x in (DATA / f"{name}.jsonl").read_text("utf-8").splitlines() if x.strip()]
    return [{**r, "event": r["label_a"] == "event"} for r in rows if r["label_a"] == r["label_b"]]


def auc(pos: list[float], neg: list[float]) -> float:
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def score(rows: list[dict], margins: dict[int, float], threshold: float) -> dict:
    ev = [margins[r["id"]] for r in rows if r["event"]]
    ne = [margins[r["id"]] for r in rows if not r["event"]]
    kept = sum(m >= threshold for m in ev)
    refused = sum(m < threshold for m in ne)
    return {"tweets": len(rows), "events": len(ev), "non_events": len(ne), "auc": round(auc(ev, ne), 3),
            "events_kept": kept, "non_events_refused": refused,
            "event_recall": round(kept / len(ev), 3), "non_event_refusal": round(refused / len(ne), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="qwen1.5b")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--margin", type=float, default=None, help="threshold (default: the pipeline's MARGIN_MIN)")
    ap.add_argument("--cache", default=str(ROOT / ".cache" / "bench_events.db"))
    ap.add_argument("--json", default=None)
    a = ap.parse_args()
    from tweetsum.llm.engine import Engine
    from tweetsum.store.db import Store
    from tweetsum.verify.happening import MARGIN_MIN, EventReading

    threshold = MARGIN_MIN if a.margin is None else a.margin
    Path(a.cache).parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    out = {"model": a.model, "threshold": threshold}
    with Engine(a.model, n_ctx=1024, n_threads=a.threads) as eng, Store(Path(a.cache)) as store:
        reading = EventReading(eng, store)
        for name in ("dev", "heldout"):
            rows = load(name)
            margins = {}
            for i, r in enumerate(rows):
                margins[r["id"]] = reading.margin(r["text"])
                print(f"\r{name} {i + 1}/{len(rows)}", end="", file=sys.stderr, flush=True)
            print(file=sys.stderr)
            res = score(rows, margins, threshold)
            out[name] = res
            print(f"{name:8s} {res['tweets']} tweets ({res['events']} events): AUC {res['auc']:.3f}; at margin "
                  f"{threshold}: events kept {res['events_kept']}/{res['events']} ({res['event_recall']:.0%}), "
                  f"non-events refused {res['non_events_refused']}/{res['non_events']} "
                  f"({res['non_event_refusal']:.0%})")
    out["seconds"] = round(time.perf_counter() - t0, 1)
    print(f"{out['seconds']} s ({a.model})")
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=2), "utf-8")


if __name__ == "__main__":
    main()
