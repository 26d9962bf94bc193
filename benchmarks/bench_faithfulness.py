"""The pipeline's faithfulness check scored against careful reading (issue 26's ruler).

The gold set (``benchmarks/data/faithfulness/*.jsonl``, see its README) holds published items of real posts, each
with the tweets it cites and a label a careful reader gave it by reading (faithful, minor, unfaithful, vacuous,
truncated, mismatch). This runs :func:`tweetsum.verify.verify` on every item and prints precision and recall of
"not faithful" (unfaithful, mismatch, truncated, vacuous) overall, per post, per section and per kind of fault,
and how often each rule fired and was right. Targets: precision >= 0.8 and recall >= 0.8.

    .venv/bin/python benchmarks/bench_faithfulness.py [--model qwen1.5b|PATH|none] [--json out.json]
        [--posts demo_zh_q15_ad6a4bd,...] [--show-misses]

``--model none`` scores the rules alone (no model: seconds); the default adds the model's reading
(:mod:`tweetsum.verify.support`) with the default packaged model, as the report does.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "benchmarks" / "data" / "faithfulness"


def load_gold(posts: list[str] | None = None) -> list[dict]:
    """Gold rows of the chosen posts; an item that is in the set twice (a first-written item published as
    written is in its run's candidates and in its post) counts once, with its first label."""
    rows, seen = [], set()
    for f in sorted(GOLD.glob("*.jsonl")):
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                key = (r.get("headline") or "", r["text"].strip(), r.get("speaker") or "", tuple(r["cited"]))
                if (posts is None or r["post"] in posts) and key not in seen:
                    seen.add(key)
                    rows.append(r)
    return rows


def tweets_of(row: dict):
    from tweetsum.core.tweet import Tweet

    return [Tweet(id=int(t["id"]), author_handle=t.get("handle") or "", author_name=t.get("name"),
                  created_at=datetime.fromisoformat(t["created_at"]), text=t.get("text") or "")
            for t in row["tweets"] if not t.get("missing")]


def score(pairs: list[tuple[bool, bool]]) -> dict:
    """Precision and recall of the positive class (not faithful) from (gold positive, flagged) pairs."""
    tp = sum(1 for g, f in pairs if g and f)
    fp = sum(1 for g, f in pairs if not g and f)
    fn = sum(1 for g, f in pairs if g and not f)
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    return {"n": len(pairs), "positives": tp + fn, "flagged": tp + fp, "tp": tp, "fp": fp, "fn": fn,
            "precision": None if p is None else round(p, 3), "recall": None if r is None else round(r, 3)}


def run(rows: list[dict], support=None, progress=None, with_presence: bool = False) -> list[dict]:
    from tweetsum.verify import NOT_FAITHFUL, is_quote, verify

    out = []
    for i, r in enumerate(rows):
        cited = tweets_of(r)
        v = verify(r["text"], cited, headline=r.get("headline"), speaker=r.get("speaker"),
                   section=r.get("section_key") or r.get("section", ""), support=support)
        segs = []
        if support is not None and cited:  # the same scores verify used (served from the store's cache)
            prose = "" if is_quote(r["text"]) else r["text"]
            if prose or r.get("headline"):
                segs = [s.to_dict() for s in support.scores(prose, cited, r.get("headline"))]
        presence = []
        if with_presence and not is_quote(r["text"]):  # the pipeline checks names and figures first
            from tweetsum.report.grounding import check_item
            from tweetsum.report.prose import untitle

            general = frozenset({"ai"}) if r["post"].startswith("demo") else frozenset()  # the AI theme's word
            chk = check_item(r.get("section_key") or "", f"{untitle(r.get('headline') or '')} {r['text']}".strip(),
                             cited, general=general)
            presence = [f"{c.kind} {c.value!r}" for c in chk.claims if not c.supported]
        flagged = not v.faithful or bool(presence)
        out.append({"presence": presence, "segments": segs, "rule_flag": any(f.rule != "support" for f in v.faults) or bool(presence), "post": r["post"], "n": r["n"], "section": r.get("section_key") or r["section"],
                    "gold": r["label"], "gold_bad": r["label"] in NOT_FAITHFUL, "flagged": flagged,
                    "check": v.label, "rules": sorted({f.rule for f in v.faults} | ({"presence"} if presence else set())),
                    "reason": "; ".join(filter(None, [v.reason(), "not in the cited tweets: " + ", ".join(presence)
                                                      if presence else ""])),
                    "item": r["item"], "why": r.get("why")})
        if progress:
            progress(i + 1, len(rows))
    return out


def report(res: list[dict]) -> dict:
    pairs = [(x["gold_bad"], x["flagged"]) for x in res]
    by = defaultdict(list)
    for x in res:
        by[("post", x["post"])].append((x["gold_bad"], x["flagged"]))
        by[("section", x["section"])].append((x["gold_bad"], x["flagged"]))
    kinds = {}
    for k in ("unfaithful", "mismatch", "truncated", "vacuous"):
        sel = [x for x in res if x["gold"] == k]
        kinds[k] = {"items": len(sel), "caught": sum(x["flagged"] for x in sel)}
    rules: dict[str, Counter] = defaultdict(Counter)
    for x in res:
        for rule in x["rules"]:
            rules[rule]["fired"] += 1
            rules[rule]["right"] += int(x["gold_bad"])
    gold_share = sum(not g for g, _ in pairs) / max(1, len(pairs))
    check_share = sum(not f for _, f in pairs) / max(1, len(pairs))
    return {"overall": score(pairs), "gold_faithful_share": round(gold_share, 3),
            "check_faithful_share": round(check_share, 3),
            "per_post": {k[1]: score(v) for k, v in sorted(by.items()) if k[0] == "post"},
            "per_section": {k[1]: score(v) for k, v in sorted(by.items()) if k[0] == "section"},
            "per_kind": kinds, "per_rule": {r: dict(c) for r, c in sorted(rules.items())}}


def choose(grid: list[dict], min_precision: float = 0.8) -> dict:
    """The thresholds with the best recall at precision >= ``min_precision`` (else the best precision)."""
    ok = [w for w in grid if (w["precision"] or 0) >= min_precision]
    if ok:
        return max(ok, key=lambda w: (w["recall"] or 0, w["precision"] or 0))
    return max(grid, key=lambda w: (w["precision"] or 0, w["recall"] or 0))


def sweep(res: list[dict]) -> list[dict]:
    """Precision and recall for a grid of the support thresholds (rules unchanged), from the stored scores."""
    rows = []
    for lp in (-1.5, -1.75, -2.0, -2.25, -2.5, -2.75, -3.0, -3.5):
        for gain in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5):
            pairs = [(x["gold_bad"], x["rule_flag"] or any(s["lp"] < lp and s["gain"] < gain for s in x["segments"]))
                     for x in res]
            rows.append({"lp_max": lp, "gain_min": gain, **score(pairs)})
    return rows


def fmt(rep: dict) -> str:
    o = rep["overall"]
    lines = [f"items {o['n']}, not faithful by careful reading {o['positives']}, flagged by the check {o['flagged']}",
             f"precision {o['precision']}  recall {o['recall']}  (targets >= 0.8 each)",
             f"faithful share: careful reading {rep['gold_faithful_share']:.1%}, the check "
             f"{rep['check_faithful_share']:.1%}", "", "| post | items | not faithful | flagged | precision | recall |",
             "|---|---|---|---|---|---|"]
    for k, s in rep["per_post"].items():
        lines.append(f"| {k} | {s['n']} | {s['positives']} | {s['flagged']} | {s['precision']} | {s['recall']} |")
    lines += ["", "| section | items | not faithful | flagged | precision | recall |", "|---|---|---|---|---|---|"]
    for k, s in rep["per_section"].items():
        lines.append(f"| {k} | {s['n']} | {s['positives']} | {s['flagged']} | {s['precision']} | {s['recall']} |")
    lines += ["", "| careful reading's kind | items | caught |", "|---|---|---|"]
    for k, s in rep["per_kind"].items():
        lines.append(f"| {k} | {s['items']} | {s['caught']} |")
    lines += ["", "| rule | fired | on a not-faithful item |", "|---|---|---|"]
    for k, s in rep["per_rule"].items():
        lines.append(f"| {k} | {s.get('fired', 0)} | {s.get('right', 0)} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="qwen1.5b", help="model for the support check; 'none': rules only")
    ap.add_argument("--posts", default=None, help="comma-separated post ids of the gold set (default: all)")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--json", default=None)
    ap.add_argument("--sweep", action="store_true", help="precision/recall over a grid of the support thresholds")
    ap.add_argument("--cache", default=str(Path.home() / ".cache" / "tweetsum" / "bench_faithfulness.db"),
                    help="SQLite store caching the model's scores (reruns are instant)")
    ap.add_argument("--holdout", default=None, help="with --sweep: post ids to check on; thresholds are chosen "
                                                      "on the other posts")
    ap.add_argument("--with-presence", action="store_true",
                    help="also flag items whose names or figures are not in the cited tweets (the pipeline's first "
                         "check; approximate here: the window's common terms are not known, only 'AI' on the demo)")
    ap.add_argument("--show-misses", action="store_true", help="print every item the check got wrong")
    a = ap.parse_args()
    rows = load_gold(a.posts.split(",") if a.posts else None)
    if not rows:
        sys.exit(f"no gold items in {GOLD}")
    support = None
    t0 = time.perf_counter()
    if a.model != "none":
        from tweetsum.llm.engine import Engine
        from tweetsum.verify.support import SupportCheck

        from tweetsum.store.db import Store

        Path(a.cache).parent.mkdir(parents=True, exist_ok=True)
        support = SupportCheck(Engine(a.model, n_ctx=4096, n_threads=a.threads), store=Store(Path(a.cache)))
    res = run(rows, support, with_presence=a.with_presence, progress=lambda i, n: print(f"\r{i}/{n}", end="", file=sys.stderr, flush=True))
    print(file=sys.stderr)
    rep = report(res)
    rep["seconds"] = round(time.perf_counter() - t0, 1)
    rep["model"] = a.model
    print(fmt(rep))
    print(f"\n{rep['seconds']} s ({a.model})")
    if a.sweep and support is not None:
        rep["sweep"] = sweep(res)
        print("\n| lp_max | gain_min | precision | recall | flagged |\n|---|---|---|---|---|")
        for w in rep["sweep"]:
            print(f"| {w['lp_max']} | {w['gain_min']} | {w['precision']} | {w['recall']} | {w['flagged']} |")
    if a.sweep and support is not None and a.holdout:
        held = set(a.holdout.split(","))
        tune = [x for x in res if x["post"] not in held]
        best = choose(sweep(tune))
        test = [x for x in res if x["post"] in held]
        pairs = [(x["gold_bad"], x["rule_flag"] or any(sg["lp"] < best["lp_max"] and sg["gain"] < best["gain_min"]
                                                        for sg in x["segments"])) for x in test]
        rep["holdout"] = {"tuned_on": sorted({x["post"] for x in tune}), "thresholds": best,
                          "checked_on": sorted(held), "result": score(pairs)}
        h = rep["holdout"]["result"]
        print(f"\ntuned on {len(tune)} items: lp_max {best['lp_max']}, gain_min {best['gain_min']} "
              f"(precision {best['precision']}, recall {best['recall']}); on the held-out posts ({len(test)} items): "
              f"precision {h['precision']}, recall {h['recall']}")
    if a.show_misses:
        for x in res:
            if x["gold_bad"] != x["flagged"]:
                print(f"\n[{'missed' if x['gold_bad'] else 'false alarm'}] {x['post']} #{x['n']} {x['gold']}: "
                      f"{x['item'][:160]}\n  reader: {x['why']}\n  check: {x['reason']}")
    if a.json:
        Path(a.json).write_text(json.dumps({"report": rep, "items": res}, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
