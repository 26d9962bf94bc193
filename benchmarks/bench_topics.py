"""Topic quality and speed: tweetsum vs a BERTopic-style baseline on the same embeddings.

    .venv/bin/python benchmarks/bench_topics.py                      # quality on TweetTopic 2020 (3,598 tweets)
    .venv/bin/python benchmarks/bench_topics.py --scale 100000       # + clustering time at 100k tweets
    .venv/bin/python benchmarks/bench_topics.py --sweep              # parameter grid used to pick the defaults
    .venv/bin/python benchmarks/bench_topics.py --theme-calibration  # how select.THEME_THRESHOLD was chosen
    .venv/bin/python benchmarks/bench_topics.py --compare            # MiniLM vs multilingual USE, side by side:
        # TweetTopic 2020 whole and by month (AMI, outliers, time), the bilingual set
        # (benchmarks/data/tweettopic_zh.jsonl: AMI by label, language mixing) and the demo sample
        # (share of Chinese tweets whose topic also holds English ones); --thresholds adds outlier re-join
        # thresholds to the month table
    .venv/bin/python benchmarks/bench_topics.py --split              # thresholds chosen on some months, checked
        # on others: the tuning half (2019-09..2020-02) picks the rule, the unseen half (2020-03..2020-08) checks it;
        # every month of both halves, today's settings vs the defaults side by side, PASS/FAIL on the unseen half

Quality: adjusted mutual information (AMI) and adjusted Rand index (ARI) against the dataset's 6 labels,
over all tweets (outliers form their own label) and over non-outliers only, plus the outlier share.
Baseline: BERTopic's defaults — UMAP to 5 dimensions (n_neighbors=15, min_dist=0, cosine, unseeded like
BERTopic) + HDBSCAN(min_cluster_size=10); without umap-learn the stand-in is PCA to 5 dimensions, labelled so.
Speed (--scale N): the embeddings are repeated with light Gaussian noise (σ=0.01 per dimension, then
re-normalised) up to N vectors; clustering time = reduction + HDBSCAN + outlier reassignment, and the
ratio is baseline time / tweetsum time measured in the same run.
Embeddings are cached in benchmarks/results/bench_topics.db (ignored by git), so reruns skip the model.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tweetsum.embed import EmbedStats, embed_tweets, make_embedder  # noqa: E402
from tweetsum.core.tweet import Tweet, snowflake_time  # noqa: E402
from tweetsum.store.db import Store  # noqa: E402
from tweetsum.core.text import embedding_text  # noqa: E402
from tweetsum.topics.fit import fit_topics, labels_of  # noqa: E402
from tweetsum.topics.stages import (  # noqa: E402
    LARGE_WINDOW,
    OUTLIER_THRESHOLD,
    CentroidOutlierReassigner,
    HDBSCANClusterer,
    PCAReducer,
    centroids,
    default_min_cluster_size,
    default_min_samples,
    default_n_components,
)

DATA = ROOT.parent / "shared" / "data" / "tweettopic" / "train_2020.jsonl"
BILINGUAL = ROOT / "benchmarks" / "data" / "tweettopic_zh.jsonl"
SAMPLE = ROOT / "tweetsum" / "sample" / "archives"
MODELS = ("minilm", "use-multilingual")


def load(path: Path) -> tuple[list[Tweet], np.ndarray, list[str]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    tweets = [Tweet(id=r["id"], author_handle="user", created_at=snowflake_time(r["id"]), text=r["text"]) for r in rows]
    return tweets, np.array([r["label"] for r in rows]), [r["label_name"] for r in rows]


def scores(truth: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import adjusted_mutual_info_score as ami
    from sklearn.metrics import adjusted_rand_score as ari

    keep = pred >= 0
    return {
        "topics": int(len(set(pred[keep].tolist()))),
        "outliers": float((~keep).mean()),
        "ami_all": ami(truth, pred), "ami_in": ami(truth[keep], pred[keep]) if keep.any() else 0.0,
        "ari_all": ari(truth, pred), "ari_in": ari(truth[keep], pred[keep]) if keep.any() else 0.0,
    }


def baseline(X: np.ndarray) -> tuple[np.ndarray, dict[str, float], str]:
    import hdbscan

    t0 = time.perf_counter()
    try:
        import umap

        Y = umap.UMAP(n_components=5, n_neighbors=15, min_dist=0.0, metric="cosine").fit_transform(X)
        name = "BERTopic-style: UMAP-5 + HDBSCAN(mcs=10)"
    except ImportError:
        from sklearn.decomposition import PCA

        Y = PCA(n_components=5, random_state=42).fit_transform(X)
        name = "BERTopic-style STAND-IN (umap-learn not installed): PCA-5 + HDBSCAN(mcs=10)"
    t1 = time.perf_counter()
    labels = hdbscan.HDBSCAN(min_cluster_size=10, metric="euclidean", cluster_selection_method="eom").fit_predict(Y)
    t2 = time.perf_counter()
    return np.asarray(labels), {"reduce": t1 - t0, "cluster": t2 - t1}, name


def row(name: str, s: dict, timings: dict) -> str:
    t = " ".join(f"{k}={v:.2f}s" for k, v in timings.items())
    return (f"{name}\n    topics={s['topics']:<3} outliers={s['outliers']:6.1%}  AMI all={s['ami_all']:.3f} "
            f"non-outlier={s['ami_in']:.3f}  ARI all={s['ari_all']:.3f} non-outlier={s['ari_in']:.3f}\n    time: {t}")


def embed_all(tweets: list[Tweet], model: str | None, quiet: bool = False) -> tuple[np.ndarray, str]:
    results = ROOT / "benchmarks" / "results"
    results.mkdir(parents=True, exist_ok=True)
    emb = make_embedder(model)
    stats = EmbedStats()
    with Store(results / "bench_topics.db") as store:
        X = embed_tweets(store, emb, [embedding_text(t.text) for t in tweets], stats=stats, progress=True)
    if not quiet:
        print(f"embeddings: {emb.model_id}, {len(tweets)} tweets: {stats.embedded} embedded, {stats.from_cache} "
              f"from cache, {stats.seconds:.1f}s")
    embed_all.last_seconds = stats.seconds if stats.embedded else None
    return X, emb.model_id


def quality(tweets, X, truth) -> None:
    res = fit_topics(tweets, X)
    pred = labels_of(res, [t.id for t in tweets])
    n = len(tweets)
    mcs = default_min_cluster_size(n)
    timings = {k: v for k, v in res.timings.items() if k != "total"}
    print(row(f"tweetsum: PCA-{default_n_components(n)} + HDBSCAN(mcs={mcs}, min_samples={default_min_samples(mcs)}) + outliers≥{OUTLIER_THRESHOLD}",
              scores(truth, pred), timings))
    print("  top topics: " + " | ".join(f"{t.id}:{t.size} {t.label}" for t in res.topics[:8]))
    b_labels, b_t, name = baseline(X)
    print(row(name, scores(truth, b_labels), b_t))


def sweep(tweets, X, truth) -> None:
    n = len(tweets)
    print("\nsweep (tweetsum stages): mcs, min_samples, dims, outlier threshold -> topics outliers AMI(all) AMI(in)")
    for dims in (5, 10, 15):
        Y = PCAReducer(n_components=dims).fit_transform(X)
        for mcs in (10, 20, 30, 45, 60):
            for ms in sorted({max(2, mcs // 6), max(2, mcs // 3), mcs}):
                base = HDBSCANClusterer(min_cluster_size=mcs, min_samples=ms).fit_predict(Y)
                for th in (None, 0.25, 0.3, 0.35, 0.4):
                    lab = base if th is None else CentroidOutlierReassigner(th).reassign(X, base)
                    s = scores(truth, lab)
                    print(f"  dims={dims:<2} mcs={mcs:<3} ms={ms:<3} th={th!s:<5} topics={s['topics']:<3} "
                          f"out={s['outliers']:6.1%} ami={s['ami_all']:.3f} ami_in={s['ami_in']:.3f}")
    print(f"(default for n={n}: mcs={default_min_cluster_size(n)})")


def theme_calibration(tweets, X, label_names, model) -> None:
    from tweetsum.selection import expand_theme, theme_matcher, theme_vector

    emb = make_embedder(model)
    with Store(ROOT / "benchmarks" / "results" / "bench_topics.db") as store:
        v = theme_vector("technology", emb, store)
    sims = X @ v
    gold = np.array([n == "science_&_technology" for n in label_names])
    rx = theme_matcher(expand_theme("technology"))
    kw = np.array([bool(rx.search(t.text)) for t in tweets])
    print(f"\ntheme calibration: theme 'technology' vs label science_&_technology ({gold.sum()} of {len(gold)})")
    print(f"  keywords only: kept={kw.sum()} precision={(kw & gold).sum() / max(kw.sum(), 1):.2f} "
          f"recall={(kw & gold).sum() / gold.sum():.2f}")
    print(f"  similarity quantiles: on-label median={np.median(sims[gold]):.3f}, off-label median={np.median(sims[~gold]):.3f}, "
          f"off-label 99th pct={np.quantile(sims[~gold], 0.99):.3f}")
    for th in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        sem = sims >= th
        extra = sem & ~kw
        both = kw | sem
        p = (both & gold).sum() / max(both.sum(), 1)
        r = (both & gold).sum() / gold.sum()
        pe = (extra & gold).sum() / max(extra.sum(), 1)
        print(f"  th={th:.2f}: semantic-only adds {extra.sum():4d} (precision {pe:.2f}); keyword OR semantic: "
              f"kept={both.sum():4d} precision={p:.2f} recall={r:.2f} F1={2 * p * r / max(p + r, 1e-9):.2f}")


def scale_up(tweets, X, truth, n_target: int, compare_backends: bool) -> None:
    rng = np.random.default_rng(0)
    reps = int(np.ceil(n_target / len(X)))
    big = np.vstack([X + (rng.normal(0, 0.01, X.shape).astype(np.float32) if k else 0) for k in range(reps)])[:n_target]
    big /= np.linalg.norm(big, axis=1, keepdims=True)
    big_truth = np.tile(truth, reps)[:n_target]
    rank = {t.id: i for i, t in enumerate(sorted(tweets, key=lambda t: t.id))}
    big_tweets = [Tweet(id=rank[t.id] * 64 + k + 1, author_handle=t.author_handle, created_at=t.created_at, text=t.text)
                  for k in range(reps) for t in tweets][:n_target]
    print(f"\nscale: {n_target} tweets ({reps} noisy copies of {len(X)})")
    res = fit_topics(big_tweets, big)
    pred = labels_of(res, [t.id for t in big_tweets])
    t_clu = res.timings["reduce"] + res.timings["cluster"] + res.timings["outliers"]
    mcs = default_min_cluster_size(n_target)
    print(row(f"tweetsum: PCA-{default_n_components(n_target)} + HDBSCAN(mcs={mcs}, min_samples={default_min_samples(mcs)})", scores(big_truth, pred),
              {k: v for k, v in res.timings.items() if k != "total"}))
    print(f"    clustering (reduce+cluster+outliers) = {t_clu:.1f}s  (target <= 60s on 2 cores)")
    b_labels, b_t, name = baseline(big)
    t_b = b_t["reduce"] + b_t["cluster"]
    print(row(name, scores(big_truth, b_labels), b_t))
    print(f"    speed ratio baseline/tweetsum clustering: {t_b / t_clu:.1f}x")
    if compare_backends:
        Y = PCAReducer().fit_transform(big)
        for backend in ("hdbscan", "sklearn"):
            t0 = time.perf_counter()
            HDBSCANClusterer(min_cluster_size=mcs, min_samples=default_min_samples(mcs), backend=backend).fit_predict(Y)
            print(f"  HDBSCAN backend {backend}: {time.perf_counter() - t0:.1f}s on PCA-{default_n_components(n_target)}")


def by_month(tweets, X, truth, threshold: float) -> dict:
    """fit_topics on each calendar month (UTC) of TweetTopic with >= 100 tweets: held-out-like windows (the
    defaults were chosen on the whole year)."""
    months: dict[str, list[int]] = {}
    for i, t in enumerate(tweets):
        months.setdefault(t.created_at.strftime("%Y-%m"), []).append(i)
    rows = []
    for m, idx in sorted(months.items()):
        if len(idx) < 100:
            continue
        sub = [tweets[i] for i in idx]
        res = fit_topics(sub, X[idx], outlier_threshold=threshold)
        s = scores(truth[idx], labels_of(res, [t.id for t in sub]))
        rows.append((m, len(idx), s))
    mean = {k: float(np.mean([r[2][k] for r in rows])) for k in ("ami_all", "outliers", "topics")}
    return {"rows": rows, "mean": mean, "max_outliers": max(r[2]["outliers"] for r in rows)}


def bilingual_set(rows_all: list[dict]) -> tuple[list[Tweet], np.ndarray, np.ndarray]:
    """The Chinese translations plus as many *other* English tweets of the same labels (next in id order)."""
    zh = [json.loads(x) for x in BILINGUAL.open(encoding="utf-8") if x.strip()]
    used = {r["id"] for r in zh}
    need: dict[int, int] = {}
    for r in zh:
        need[r["label"]] = need.get(r["label"], 0) + 1
    en = []
    for r in sorted(rows_all, key=lambda r: r["id"]):
        if r["id"] not in used and need.get(r["label"], 0) > 0:
            need[r["label"]] -= 1
            en.append(r)
    tweets = [Tweet(id=r["id"], author_handle="user", created_at=snowflake_time(r["id"]), text=r["text_zh"])
              for r in zh] + [Tweet(id=r["id"], author_handle="user", created_at=snowflake_time(r["id"]),
                                    text=r["text"]) for r in en]
    truth = np.array([r["label"] for r in zh] + [r["label"] for r in en])
    lang = np.array([1] * len(zh) + [0] * len(en))
    return tweets, truth, lang


def mixing(pred: np.ndarray, lang: np.ndarray) -> dict:
    """Topics whose members hold both languages (any; a minority of >= 20 %) and the members in such topics."""
    topics = sorted(set(pred[pred >= 0].tolist()))
    mixed_any = mixed_20 = 0
    for k in topics:
        m = lang[pred == k]
        share = min(m.mean(), 1 - m.mean())
        mixed_any += share > 0
        mixed_20 += share >= 0.2
    return {"topics": len(topics), "mixed_any": mixed_any / max(len(topics), 1),
            "mixed_20": mixed_20 / max(len(topics), 1)}


def demo_mixing(model: str) -> dict:
    """The demo window (sample, theme AI, 2026-01-20..22 +08:00): share of Chinese tweets whose topic also
    holds English tweets."""
    import tempfile

    from tweetsum.ingest import ingest_paths
    from tweetsum.selection import select_tweets
    from tweetsum.core.textcheck import cjk_share
    from tweetsum.core.timeutil import parse_tz, parse_window
    from tweetsum.topics.fit import build_topics

    emb = make_embedder(model)
    with tempfile.TemporaryDirectory() as d, Store(Path(d) / "demo.db") as store:
        ingest_paths(store, [SAMPLE])
        tz = parse_tz("+08:00")
        since, until = parse_window("2026-01-20", "2026-01-22", tz)
        sel = select_tweets(store, since, until, "AI", embedder=emb)
        res = build_topics(store, sel.tweets, emb)
    zh_ids = {t.id for t in sel.tweets if cjk_share(t.text) >= 0.3}
    topic_of = {i: tp.id for tp in res.topics for i in tp.member_ids}
    langs: dict[int, set] = {}
    for t in sel.tweets:
        if t.id in topic_of:
            langs.setdefault(topic_of[t.id], set()).add(t.id in zh_ids)
    zh_in = [i for i in zh_ids if i in topic_of]
    shared = sum(1 for i in zh_in if langs[topic_of[i]] == {True, False})
    return {"selected": len(sel.tweets), "topics": len(res.topics), "zh": len(zh_ids),
            "zh_with_english": shared / max(len(zh_in), 1), "outliers": res.outlier_share}


def compare(tweets, truth, thresholds: list[float]) -> None:
    rows_all = [json.loads(x) for x in DATA.open(encoding="utf-8") if x.strip()]
    print("\n== MiniLM vs multilingual USE, same stages (PCA + HDBSCAN + outlier re-join), one run ==")
    out = {}
    for model in MODELS:
        X, mid = embed_all(tweets, model, quiet=True)
        secs = embed_all.last_seconds
        t0 = time.perf_counter()
        res = fit_topics(tweets, X)
        fit_s = time.perf_counter() - t0
        s_all = scores(truth, labels_of(res, [t.id for t in tweets]))
        months = {th: by_month(tweets, X, truth, th) for th in [OUTLIER_THRESHOLD, *thresholds]}
        bt, btruth, blang = bilingual_set(rows_all) if BILINGUAL.exists() else (None, None, None)
        bil = None
        if bt is not None:
            BX, _ = embed_all(bt, model, quiet=True)
            bres = fit_topics(bt, BX)
            bpred = labels_of(bres, [t.id for t in bt])
            bil = {**scores(btruth, bpred), **mixing(bpred, blang), "n": len(bt), "zh": int(blang.sum())}
        out[model] = (mid, secs, fit_s, s_all, months, bil, demo_mixing(model))
    print(f"{'':34}" + "".join(f"{m:>22}" for m in MODELS))

    def line(name, f):
        print(f"{name:34}" + "".join(f"{f(out[m]):>22}" for m in MODELS))

    n = len(tweets)
    line("model id", lambda o: o[0][:21])
    line(f"embed {n} tweets (s, uncached)", lambda o: "cached" if o[1] is None else f"{o[1]:.1f}")
    line("TweetTopic 2020: AMI all", lambda o: f"{o[3]['ami_all']:.3f}")
    line("TweetTopic 2020: outliers", lambda o: f"{o[3]['outliers']:.1%}")
    line("TweetTopic 2020: topics / fit s", lambda o: f"{o[3]['topics']} / {o[2]:.1f}s")
    for th in [OUTLIER_THRESHOLD, *thresholds]:
        line(f"months (th={th}): mean AMI", lambda o: f"{o[4][th]['mean']['ami_all']:.3f}")
        line(f"months (th={th}): mean / max outl.", lambda o: f"{o[4][th]['mean']['outliers']:.1%} / "
                                                             f"{o[4][th]['max_outliers']:.1%}")
    if out[MODELS[0]][5] is not None:
        line("bilingual: tweets (zh)", lambda o: f"{o[5]['n']} ({o[5]['zh']})")
        line("bilingual: AMI by label", lambda o: f"{o[5]['ami_all']:.3f}")
        line("bilingual: outliers / topics", lambda o: f"{o[5]['outliers']:.1%} / {o[5]['topics']}")
        line("bilingual: topics mixing langs", lambda o: f"{o[5]['mixed_any']:.0%}")
        line("bilingual: ... minority >= 20%", lambda o: f"{o[5]['mixed_20']:.0%}")
    else:
        print(f"(no bilingual set: run benchmarks/make_bilingual.py to write {BILINGUAL})")
    line("demo: zh tweets in a topic w/ en", lambda o: f"{o[6]['zh_with_english']:.0%} of {o[6]['zh']}")
    line("demo: topics / outliers", lambda o: f"{o[6]['topics']} / {o[6]['outliers']:.1%}")
    a, b = out[MODELS[1]], out[MODELS[0]]  # ratios against MiniLM, measured in this run
    ratios = {"TweetTopic 2020 AMI": (a[3]["ami_all"], b[3]["ami_all"]),
              "months mean AMI": (a[4][OUTLIER_THRESHOLD]["mean"]["ami_all"], b[4][OUTLIER_THRESHOLD]["mean"]["ami_all"])}
    if a[5] is not None:
        ratios["bilingual AMI by label"] = (a[5]["ami_all"], b[5]["ami_all"])
    if a[1] and b[1]:
        ratios["embedding time"] = (a[1], b[1])
    print(f"\n{MODELS[1]} ÷ {MODELS[0]}: " + "  ".join(f"{k} {x / y:.2f}x" for k, (x, y) in ratios.items() if y))
    for model in MODELS:
        print(f"\nper month, {model} (th={OUTLIER_THRESHOLD}): " + "  ".join(
            f"{m} n={k} ami={s['ami_all']:.2f} out={s['outliers']:.0%}"
            for m, k, s in out[model][4][OUTLIER_THRESHOLD]["rows"]))


# -- --split: thresholds chosen on some months, checked on others --------------------------------------------
SPLIT_MAX_OUTLIERS, SPLIT_MIN_AMI = 0.20, 0.35  # the targets, on every month of the unseen half
# Measured: the outlier target holds on every unseen month (3.1-8.9 %, today 6.7-17.1 %); the AMI target does not
# (0.307-0.350 on five of six months, today 0.312-0.340 on the same five). No rule tried reaches it there: over
# PCA 5/10 dims x min_cluster_size 0.5/0.75/1.0 sqrt(n) x min_samples x fixed / window-relative / soft-membership /
# second-pass re-joins, even the best setting per month stays under 0.35 in 2020-03 (0.343) and 2020-06 (0.332),
# and k-means with k = 6 (the k-means(6) column) reaches 0.35 on 2 of the 6. Those months' labels limit it: from
# March to June 2020 sports_&_gaming falls from 32-56 % of a month to 6-23 % and the diffuse daily_life rises
# from 5-15 % to 26-33 %.
# Today's settings before the split (kept here so the ratios are measured in the same run): PCA to 10 dimensions
# (5 above 20k), min_cluster_size max(5, round(sqrt(n) / 2)), re-join at cosine >= 0.30.
TODAY = {"dims": lambda n: 10 if n <= LARGE_WINDOW else 5, "mcs_scale": 0.5, "threshold": 0.30}


def fit_with(tweets, X, *, dims=None, mcs_scale=None, threshold=None, rejoin=None):
    """fit_topics with the given settings (None: the package default), or, with ``rejoin``, HDBSCAN's labels
    re-joined by ``rejoin(X, labels) -> labels``; returns labels in ``tweets`` order."""
    import math

    n = len(tweets)
    kw = {}
    if dims is not None:
        kw["reducer"] = PCAReducer(n_components=dims(n) if callable(dims) else dims)
    if mcs_scale is not None:
        kw["min_cluster_size"] = max(5, int(round(mcs_scale * math.sqrt(n))))
    if threshold is not None or rejoin is not None:
        kw["outlier_threshold"] = 2.0 if rejoin is not None else threshold
    res = fit_topics(tweets, X, **kw)
    pred = labels_of(res, [t.id for t in tweets])
    if rejoin is not None and (pred >= 0).any():
        pred = rejoin(unit(X), pred)
    return pred


def unit(X: np.ndarray) -> np.ndarray:
    return X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)


def rejoin_foreign_median(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """A threshold from the window's own similarity distribution: an outlier joins its nearest topic when it is
    at least as close to it as the median topic member is to its nearest *other* topic."""
    k = int(labels.max()) + 1
    if k < 2:
        return CentroidOutlierReassigner(OUTLIER_THRESHOLD).reassign(X, labels)
    S = X[labels >= 0] @ centroids(X, labels, k).T
    S[np.arange(S.shape[0]), labels[labels >= 0]] = -np.inf
    return CentroidOutlierReassigner(float(np.median(S.max(axis=1)))).reassign(X, labels)


SPLIT_CANDIDATES = {  # measured on the tuning half only; "default" is what the package does now
    "today (10 dims, sqrt(n)/2, 0.30)": TODAY,
    "default: re-join at 0.25": {},
    "re-join at 0.20": {"threshold": 0.20},
    "re-join at the window's foreign median": {"rejoin": rejoin_foreign_median},
    "5 dims, 0.75 sqrt(n), 0.25 (rejected)": {"dims": 5, "mcs_scale": 0.75},
}
# The last candidate was the best on the tuning half (lowest AMI of its 30-day windows 0.340, mean 0.390) and was
# chosen first; on the unseen half it lost to today's settings (month 2020-03: AMI 0.317 -> 0.226; 30-day
# windows: mean 0.333 -> 0.308), so the package keeps today's clustering and changes only the re-join threshold.
REJECTED = "5 dims, 0.75 sqrt(n), 0.25 (rejected)"


def kmeans_ami(X: np.ndarray, truth: np.ndarray) -> float:
    """A reference for what the embeddings allow: AMI of k-means with k = 6 (the number of labels; seeded)."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_mutual_info_score

    return float(adjusted_mutual_info_score(truth, KMeans(6, n_init=10, random_state=0).fit_predict(unit(X))))


def halves(tweets) -> tuple[list[str], list[str], dict[str, list[int]]]:
    """Calendar months (UTC) present, split in time: the first half of the months tunes, the second checks."""
    months: dict[str, list[int]] = {}
    for i, t in enumerate(tweets):
        months.setdefault(t.created_at.strftime("%Y-%m"), []).append(i)
    keys = sorted(months)
    cut = (len(keys) + 1) // 2
    return keys[:cut], keys[cut:], months


def sliding(tweets, idx: list[int], days: int = 30, step: int = 10) -> list[list[int]]:
    """30-day windows every 10 days inside a half (the first starts a week in): more windows than months, so a
    choice made on them is less at the mercy of one month's luck."""
    from datetime import timedelta

    ts = sorted(idx, key=lambda i: tweets[i].created_at)
    start = tweets[ts[0]].created_at.replace(day=1, hour=0, minute=0, second=0) + timedelta(days=7)
    end = tweets[ts[-1]].created_at
    out = []
    while start + timedelta(days=days) <= end + timedelta(days=1):
        stop = start + timedelta(days=days)
        out.append([i for i in ts if start <= tweets[i].created_at < stop])
        start += timedelta(days=step)
    return out


def join_agreement(tweets, X, truth, idx_months: list[list[int]]) -> list[tuple[float, int, float, float]]:
    """For HDBSCAN's outliers (default clustering) by similarity band to the nearest centroid: how often the
    outlier's label is its nearest topic's majority label, against the chance of a size-weighted random topic."""
    bands: dict[float, list] = {}
    for idx in idx_months:
        sub = [tweets[i] for i in idx]
        lab = fit_with(sub, X[idx], threshold=2.0)
        tr, Xs = truth[idx], unit(X[idx])
        k = int(lab.max()) + 1
        if k == 0:
            continue
        maj = np.array([np.bincount(tr[lab == c]).argmax() for c in range(k)])
        size = np.bincount(lab[lab >= 0], minlength=k) / (lab >= 0).sum()
        S = Xs @ centroids(Xs, lab, k).T
        for j in np.flatnonzero(lab < 0):
            b = np.floor(S[j].max() / 0.05) * 0.05
            chance = float(sum(size[c] for c in range(k) if maj[c] == tr[j]))
            bands.setdefault(round(b, 2), []).append((maj[S[j].argmax()] == tr[j], chance))
    return [(b, len(v), float(np.mean([a for a, _ in v])), float(np.mean([c for _, c in v])))
            for b, v in sorted(bands.items())]


def split(tweets, X, truth) -> bool:
    tune, unseen, months = halves(tweets)

    def run(cfg, idx):
        sub = [tweets[i] for i in idx]
        return scores(truth[idx], fit_with(sub, X[idx], **cfg))

    print(f"\n== thresholds chosen on {tune[0]}..{tune[-1]} (tuning half), checked on {unseen[0]}..{unseen[-1]} "
          f"(unseen half) ==")
    wins = sliding(tweets, [i for m in tune for i in months[m]])
    print(f"\ntuning half, {len(wins)} sliding 30-day windows ({min(map(len, wins))}-{max(map(len, wins))} tweets): "
          "AMI min / 10th pct / mean, outliers max / mean, topics")
    for name, cfg in SPLIT_CANDIDATES.items():
        ss = [run(cfg, w) for w in wins]
        a, o = np.array([s["ami_all"] for s in ss]), np.array([s["outliers"] for s in ss])
        print(f"  {name:38} AMI {a.min():.3f} / {np.quantile(a, 0.1):.3f} / {a.mean():.3f}   outliers "
              f"{o.max():5.1%} / {o.mean():5.1%}   topics {np.mean([s['topics'] for s in ss]):.1f}")
    print("\ntuning half, HDBSCAN's outliers (default clustering) by cosine to the nearest topic centroid: share "
          "whose label is that topic's majority label vs chance (size-weighted random topic)")
    for b, cnt, agree, chance in join_agreement(tweets, X, truth, [months[m] for m in tune]):
        print(f"  {b:.2f}-{b + 0.05:.2f}: {agree:4.0%} vs chance {chance:4.0%}  ({cnt} outliers)")

    print(f"\nevery month, today's settings (10 dims, sqrt(n)/2, re-join 0.30) vs the defaults, same run; "
          f"targets on the unseen half: outliers <= {SPLIT_MAX_OUTLIERS:.0%}, AMI >= {SPLIT_MIN_AMI}")
    print(f"  {'month':8} {'half':7} {'n':>4}   {'topics':>6} {'outliers':>15} {'AMI':>13}   "
          f"{'outl. new/today':>15} {'AMI new/today':>13}  k-means(6)  verdict")
    ok = True
    for m in tune + unseen:
        idx = months[m]
        a, b = run(TODAY, idx), run({}, idx)
        verdict = ""
        if m in unseen:
            miss = [k for k, bad in (("outliers", b["outliers"] > SPLIT_MAX_OUTLIERS),
                                     (f"AMI {b['ami_all']:.4f}", b["ami_all"] < SPLIT_MIN_AMI)) if bad]
            ok &= not miss
            verdict = f"FAIL ({', '.join(miss)})" if miss else "PASS"
        ro = f"{b['outliers'] / a['outliers']:.2f}x" if a["outliers"] else "-"
        print(f"  {m:8} {'tuning' if m in tune else 'unseen':7} {len(idx):4}   {a['topics']:>2} -> {b['topics']:<2} "
              f"{a['outliers']:6.1%} -> {b['outliers']:5.1%} {a['ami_all']:.3f} -> {b['ami_all']:.3f}   {ro:>15} "
              f"{b['ami_all'] / a['ami_all']:>12.2f}x  {kmeans_ami(X[idx], truth[idx]):10.3f}  {verdict}")
    wins_u = sliding(tweets, [i for m in unseen for i in months[m]])
    rej = [run(SPLIT_CANDIDATES[REJECTED], months[m])["ami_all"] for m in unseen]
    print(f"  unseen months, {REJECTED}: AMI " + " ".join(f"{a:.3f}" for a in rej))
    for label, cfg in (("today", TODAY), ("default", {}), ("rejected", SPLIT_CANDIDATES[REJECTED])):
        ss = [run(cfg, w) for w in wins_u]
        a, o = np.array([s["ami_all"] for s in ss]), np.array([s["outliers"] for s in ss])
        print(f"  unseen half, {len(wins_u)} sliding 30-day windows, {label:8}: AMI min {a.min():.3f} mean {a.mean():.3f}"
              f", outliers max {o.max():.1%} mean {o.mean():.1%}")
    whole = [run(cfg, list(range(len(tweets)))) for cfg in (TODAY, {})]
    print(f"  whole set ({len(tweets)} tweets): "
          f"AMI {whole[0]['ami_all']:.3f} -> {whole[1]['ami_all']:.3f}, outliers {whole[0]['outliers']:.1%} -> "
          f"{whole[1]['outliers']:.1%}, topics {whole[0]['topics']} -> {whole[1]['topics']}")
    print(f"\nunseen half: {'PASS' if ok else 'FAIL'} (every month outliers <= {SPLIT_MAX_OUTLIERS:.0%} and "
          f"AMI >= {SPLIT_MIN_AMI} with the defaults)")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--embed-model", default=None)
    ap.add_argument("--scale", type=int, default=0, help="also time clustering at this many (synthetic) tweets")
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--theme-calibration", action="store_true")
    ap.add_argument("--backends", action="store_true", help="with --scale: time both HDBSCAN implementations")
    ap.add_argument("--compare", action="store_true", help="MiniLM vs multilingual USE (see above)")
    ap.add_argument("--split", action="store_true", help="tune on the first half of the months, check on the "
                    "second (see above); exit status 1 when a month of the unseen half misses a target")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[],
                    help="with --compare: also these outlier re-join thresholds on the months")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"benchmark data not found: {args.data} (needs ../shared)")
    tweets, truth, names = load(args.data)
    if args.compare:
        compare(tweets, truth, args.thresholds)
        return
    X, _ = embed_all(tweets, args.embed_model)
    if args.split:
        sys.exit(0 if split(tweets, X, truth) else 1)
    quality(tweets, X, truth)
    if args.sweep:
        sweep(tweets, X, truth)
    if args.theme_calibration:
        theme_calibration(tweets, X, names, args.embed_model)
    if args.scale:
        scale_up(tweets, X, truth, args.scale, args.backends)


if __name__ == "__main__":
    main()
