"""Topics: reduce → cluster (HDBSCAN) → reassign outliers → keywords (class-based TF-IDF) → representatives.

Each stage is a small object with fit semantics, swappable like BERTopic's:

* reducer: ``fit_transform(X) -> Y`` — :class:`PCAReducer` (default, seeded) or :class:`UMAPReducer`
  (optional, needs ``umap-learn``; the benchmark shows it does not pay for itself here);
* clusterer: ``fit_predict(Y) -> labels`` with ``-1`` for noise — :class:`HDBSCANClusterer`;
* outliers: :class:`CentroidOutlierReassigner` (cosine to the nearest topic centroid ≥ threshold joins it);
* keywords: :class:`CTfidfKeywords` over :func:`tweetsum.textproc.tokenize`;
* representatives: :class:`MMRRepresentatives` (centroid-near, engagement-weighted, MMR-diversified).

Deterministic: tweets are sorted by id before anything else, every random stage is seeded, and ties are
broken by tweet id, so the same tweets in any order give identical topics and ids. Topic ids: 0 is the
largest topic; equal sizes are ordered by smallest member id.
"""
from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .model import Topic, TopicModelResult, Tweet

DEFAULT_SEED = 42
# Below this many tweets there is nothing to cluster: one topic holds them all.
MIN_TWEETS_TO_CLUSTER = 12
# Outliers whose cosine similarity (in the embedding space) to the nearest topic centroid is at least this
# join that topic. Tuned with benchmarks/bench_topics.py --sweep on TweetTopic 2020 (MiniLM): 0.30 keeps the
# outlier share under 20 % (15.5 %) at the best AMI; 0.25 reaches 8 % outliers with the same AMI but
# noisier topics (AMI over non-outliers 0.41 vs 0.45); 0.35 leaves 25 % outliers.
OUTLIER_THRESHOLD = 0.30
# HDBSCAN's default "excess of mass" selection keeps the few most persistent clusters. On a themed window
# (every tweet about AI) that is often just 2 (e.g. English vs Chinese), too coarse for a digest; then, when the
# window holds at least MIN_DIGEST_TOPICS * min_cluster_size tweets, the "leaf" selection (the finest stable
# clusters of the same tree) is used instead if it finds more topics. TweetTopic 2020 (8 EOM topics) is unaffected.
MIN_DIGEST_TOPICS = 4
DEFAULT_N_COMPONENTS = 10
LARGE_WINDOW = 20_000


def default_n_components(n: int) -> int:
    """PCA dimensions: 10, or 5 above 20,000 tweets. Measured (benchmarks/bench_topics.py, 2 cores): 10 gives
    steadier topics than 5 on 3.6k tweets (8 topics, AMI 0.379 vs 2 topics at min_cluster_size 30), but
    HDBSCAN's KD-tree degrades with dimension: at 100k tweets it took 256 s on 10 dimensions, 21 s on 5."""
    return DEFAULT_N_COMPONENTS if n <= LARGE_WINDOW else 5


def default_min_cluster_size(n: int) -> int:
    """``max(5, round(sqrt(n) / 2))``: 5 up to ~120 tweets, 15 at 900, 30 at 3,600, 158 at 100,000.

    Grows slower than n so a large window still yields a readable number of topics (tens, not hundreds),
    and never below 5 so small windows still form topics."""
    return max(5, int(round(math.sqrt(max(n, 0)) / 2)))


def default_min_samples(min_cluster_size: int) -> int:
    """HDBSCAN's ``min_samples`` (density smoothing): ``max(2, min_cluster_size // 6)``; a smaller value than
    HDBSCAN's default (= min_cluster_size) yields a few more, finer topics and is much faster at 100k tweets
    (benchmarks/bench_topics.py --sweep: AMI 0.379 vs 0.381 for min_samples = min_cluster_size)."""
    return max(2, min_cluster_size // 6)


# -- reduction -------------------------------------------------------------------------------------------
@dataclass
class PCAReducer:
    """PCA to ``n_components`` dimensions (default: :func:`default_n_components`; seeded), rows re-normalised
    to unit length."""

    n_components: int | None = None
    random_state: int = DEFAULT_SEED
    normalize: bool = True

    def fit_transform(self, X: np.ndarray) -> np.ndarray:
        from sklearn.decomposition import PCA

        n, d = X.shape
        want = self.n_components if self.n_components is not None else default_n_components(n)
        k = min(want, d, max(n - 1, 1))
        X = np.asarray(X, dtype=np.float32)
        if n < 3 or k >= d:
            Y = X.astype(np.float64)
        else:
            Y = PCA(n_components=k, random_state=self.random_state).fit_transform(X).astype(np.float64)
        if self.normalize:
            norms = np.linalg.norm(Y, axis=1, keepdims=True)
            norms[norms == 0] = 1.0
            Y = Y / norms
        return Y


@dataclass
class UMAPReducer:
    """UMAP (cosine metric, seeded) — optional; needs ``umap-learn``, which tweetsum does not depend on."""

    n_components: int = 5
    n_neighbors: int = 15
    min_dist: float = 0.0
    random_state: int = DEFAULT_SEED

    def fit_transform(self, X: np.ndarray) -> np.ndarray:
        try:
            import umap
        except ImportError as e:
            raise RuntimeError("UMAPReducer needs the optional package umap-learn (pip install umap-learn)") from e
        n = X.shape[0]
        return umap.UMAP(n_components=min(self.n_components, max(n - 2, 1)), n_neighbors=min(self.n_neighbors, n - 1),
                         min_dist=self.min_dist, metric="cosine", random_state=self.random_state).fit_transform(X)


# -- clustering ------------------------------------------------------------------------------------------
@dataclass
class HDBSCANClusterer:
    """HDBSCAN with ``-1`` for noise. ``backend``: ``"hdbscan"`` (the hdbscan package, Borůvka KD-tree;
    default, faster at 100k tweets in benchmarks/bench_topics.py) or ``"sklearn"`` (sklearn.cluster.HDBSCAN)."""

    min_cluster_size: int = 10
    min_samples: int | None = None
    backend: str = "hdbscan"
    cluster_selection_method: str = "eom"

    def fit_predict(self, Y: np.ndarray) -> np.ndarray:
        n = Y.shape[0]
        mcs = max(2, min(self.min_cluster_size, n))
        ms = max(1, min(self.min_samples if self.min_samples is not None else mcs, n - 1))
        if self.backend == "hdbscan":
            import hdbscan

            model = hdbscan.HDBSCAN(min_cluster_size=mcs, min_samples=ms, metric="euclidean",
                                    cluster_selection_method=self.cluster_selection_method, core_dist_n_jobs=1)
        elif self.backend == "sklearn":
            from sklearn.cluster import HDBSCAN

            model = HDBSCAN(min_cluster_size=mcs, min_samples=ms, metric="euclidean",
                            cluster_selection_method=self.cluster_selection_method, copy=True)
        else:
            raise ValueError(f"unknown HDBSCAN backend {self.backend!r} (use 'hdbscan' or 'sklearn')")
        return np.asarray(model.fit_predict(Y), dtype=np.int64)


# -- outliers --------------------------------------------------------------------------------------------
def _centroids(X: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    C = np.zeros((k, X.shape[1]), dtype=np.float64)
    np.add.at(C, labels[labels >= 0], X[labels >= 0])
    norms = np.linalg.norm(C, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return C / norms


@dataclass
class CentroidOutlierReassigner:
    """An outlier joins the topic whose centroid (mean of member embeddings, normalised) is most
    cosine-similar, when that similarity is ≥ ``threshold``; others stay outliers. Ties → lower topic."""

    threshold: float = OUTLIER_THRESHOLD

    def reassign(self, X: np.ndarray, labels: np.ndarray) -> np.ndarray:
        labels = labels.copy()
        k = int(labels.max()) + 1 if labels.size else 0
        out = np.flatnonzero(labels < 0)
        if k == 0 or out.size == 0:
            return labels
        C = _centroids(X, labels, k)
        for s in range(0, out.size, 8192):
            idx = out[s : s + 8192]
            sims = X[idx].astype(np.float64) @ C.T
            best = sims.argmax(axis=1)
            ok = sims[np.arange(idx.size), best] >= self.threshold
            labels[idx[ok]] = best[ok]
        return labels


# -- keywords --------------------------------------------------------------------------------------------
@dataclass
class CTfidfKeywords:
    """Class-based TF-IDF (BERTopic's c-TF-IDF) over :func:`tweetsum.textproc.tokenize` tokens.

    For topic c and term t: ``tf(c,t) = count(c,t) / words(c)``, ``idf(t) = log(1 + A / count(t))`` with A the
    mean number of words per class (outliers count as one class), score = tf · idf. A term must occur in at
    least ``min_topic_df`` tweets of the topic (2, or 1 for topics under 3 tweets) so one-off words don't
    win in small topics. Ties are broken alphabetically."""

    n_keywords: int = 10
    min_topic_df: int = 2

    def extract(self, texts: Sequence[str], labels: np.ndarray, k: int) -> list[list[tuple[str, float]]]:
        import scipy.sparse as sp

        from .textproc import make_count_vectorizer

        if k == 0:
            return []
        vec = make_count_vectorizer()
        try:
            counts = vec.fit_transform(texts)
        except ValueError:  # empty vocabulary: no keyword-worthy token anywhere
            return [[] for _ in range(k)]
        terms = vec.get_feature_names_out()
        classes = np.where(labels >= 0, labels, k)  # outliers form class k
        n_cls = k + 1
        ind = sp.csr_matrix((np.ones(len(classes)), (classes, np.arange(len(classes)))), shape=(n_cls, len(classes)))
        cc = np.asarray((ind @ counts).todense(), dtype=np.float64)  # classes × terms
        df = np.asarray((ind @ (counts > 0).astype(np.float64)).todense())
        words = cc.sum(axis=1, keepdims=True)
        tf = cc / np.where(words == 0, 1, words)
        present = cc.sum(axis=1) > 0
        avg = words[present].mean() if present.any() else 1.0
        idf = np.log(1 + avg / np.maximum(cc.sum(axis=0), 1))
        score = tf * idf
        sizes = np.bincount(classes, minlength=n_cls)
        result = []
        order_terms = np.argsort(terms, kind="stable")  # alphabetical tie-break
        for c in range(k):
            need = self.min_topic_df if sizes[c] >= 3 else 1
            s = np.where((df[c] >= need) & (cc[c] > 0), score[c], -1.0)
            # sort by score desc, then term asc
            sel = order_terms[np.argsort(-s[order_terms], kind="stable")][: self.n_keywords]
            result.append([(str(terms[j]), round(float(score[c, j]), 6)) for j in sel if s[j] > 0])
        return result


# -- representatives -------------------------------------------------------------------------------------
@dataclass
class MMRRepresentatives:
    """Representative tweets of a topic.

    ``relevance(i) = cos(e_i, centroid) · (1 + engagement_weight · log1p(eng_i) / log1p(max eng in topic))``
    (engagement can lift relevance by at most ``engagement_weight``, 25 % by default), then Maximal Marginal
    Relevance: repeatedly pick ``argmax (1 − diversity) · relevance(i) − diversity · max_j∈picked cos(e_i, e_j)``.
    Ties go to the smaller tweet id."""

    n: int = 5
    diversity: float = 0.3
    engagement_weight: float = 0.25

    def select(self, X: np.ndarray, engagement: np.ndarray, centroid: np.ndarray) -> list[int]:
        """Row indices into X (members, in ascending id order), best first."""
        m = X.shape[0]
        if m == 0 or self.n <= 0:
            return []
        X = X.astype(np.float64)
        rel = X @ centroid
        emax = float(engagement.max()) if engagement.size else 0.0
        if emax > 0:
            rel = rel * (1 + self.engagement_weight * np.log1p(np.maximum(engagement, 0)) / math.log1p(emax))
        picked: list[int] = []
        max_sim = np.full(m, -np.inf)
        for _ in range(min(self.n, m)):
            if picked:
                score = (1 - self.diversity) * rel - self.diversity * max_sim
            else:
                score = rel.copy()
            score[picked] = -np.inf
            j = int(np.argmax(score))  # first max = smallest id
            picked.append(j)
            sim = X @ X[j]
            max_sim = np.maximum(max_sim, sim)
        return picked


# -- the pipeline ----------------------------------------------------------------------------------------
@dataclass
class TopicPipeline:
    """The swappable stages; ``None`` picks the documented defaults for the window size."""

    reducer: object | None = None
    clusterer: object | None = None
    outliers: CentroidOutlierReassigner = field(default_factory=CentroidOutlierReassigner)
    keywords: CTfidfKeywords = field(default_factory=CTfidfKeywords)
    representatives: MMRRepresentatives = field(default_factory=MMRRepresentatives)


def _validate(tweets: Sequence[Tweet], embeddings: np.ndarray) -> np.ndarray:
    X = np.asarray(embeddings, dtype=np.float32)
    if len(tweets) == 0:
        return X.reshape(0, X.shape[1] if X.ndim == 2 else 0)
    if X.ndim != 2 or X.shape[0] != len(tweets):
        raise ValueError(f"embeddings must be a (n_tweets, dim) array: got shape {X.shape} for {len(tweets)} tweets")
    if not np.isfinite(X).all():
        bad = sorted(tweets[i].id for i in np.flatnonzero(~np.isfinite(X).all(axis=1)))[:5]
        raise ValueError(f"embeddings contain NaN/inf (tweet ids {bad})")
    seen: set[int] = set()
    for t in tweets:
        if t.id in seen:
            raise ValueError(f"tweet id {t.id} appears twice in the input; collapse duplicates first")
        seen.add(t.id)
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return X / norms


def _make_topics(tweets: list[Tweet], X: np.ndarray, labels: np.ndarray, pipe: TopicPipeline,
                 timings: dict[str, float]) -> tuple[list[Topic], list[int]]:
    """Renumber clusters (size desc, then smallest member id), then keywords and representatives."""
    ids = np.array([t.id for t in tweets], dtype=np.int64)
    clusters = sorted({int(c) for c in labels if c >= 0})
    members = {c: np.flatnonzero(labels == c) for c in clusters}
    order = sorted(clusters, key=lambda c: (-members[c].size, int(ids[members[c]].min())))
    remap = {old: new for new, old in enumerate(order)}
    new_labels = np.array([remap.get(int(c), -1) for c in labels], dtype=np.int64)
    k = len(order)

    t0 = time.perf_counter()
    kw = pipe.keywords.extract([t.text for t in tweets], new_labels, k)
    timings["keywords"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    eng = np.array([t.engagement for t in tweets], dtype=np.float64)
    C = _centroids(X, new_labels, k)
    topics = []
    for c in range(k):
        rows = np.flatnonzero(new_labels == c)  # ascending id order since tweets are sorted
        reps = pipe.representatives.select(X[rows], eng[rows], C[c])
        topics.append(Topic(id=c, size=int(rows.size), keywords=kw[c], representative_ids=[int(ids[rows[j]]) for j in reps],
                            member_ids=[int(i) for i in ids[rows]]))
    timings["representatives"] = time.perf_counter() - t0
    outliers = [int(i) for i in ids[new_labels < 0]]
    return topics, outliers


def fit_topics(tweets: Sequence[Tweet], embeddings: np.ndarray, *, min_cluster_size: int | None = None,
               min_samples: int | None = None, n_representatives: int = 5, n_keywords: int = 10,
               outlier_threshold: float = OUTLIER_THRESHOLD, reducer=None, clusterer=None,
               backend: str = "hdbscan", seed: int = DEFAULT_SEED) -> TopicModelResult:
    """Cluster tweets (row i of ``embeddings`` belongs to ``tweets[i]``) into topics.

    ``min_cluster_size`` defaults to :func:`default_min_cluster_size` of the number of tweets; ``reducer`` /
    ``clusterer`` replace the PCA / HDBSCAN stages. Never raises for small windows: 0 tweets → no topics,
    fewer than ``MIN_TWEETS_TO_CLUSTER`` → one topic holding all, both with ``message`` set. Bad input
    (length mismatch, duplicate ids, NaN vectors) raises ``ValueError`` naming the problem."""
    t_start = time.perf_counter()
    X = _validate(tweets, embeddings)
    n = len(tweets)
    timings: dict[str, float] = {}
    pipe = TopicPipeline(
        outliers=CentroidOutlierReassigner(outlier_threshold),
        keywords=CTfidfKeywords(n_keywords=n_keywords),
        representatives=MMRRepresentatives(n=n_representatives),
    )
    if n == 0:
        return TopicModelResult(topics=[], outlier_ids=[], timings={"total": 0.0}, n_tweets=0,
                                message="no tweets in the window: no topics")
    order = sorted(range(n), key=lambda i: tweets[i].id)
    tweets = [tweets[i] for i in order]
    X = X[order]
    mcs = min_cluster_size if min_cluster_size is not None else default_min_cluster_size(n)
    if mcs < 2:
        raise ValueError(f"min_cluster_size must be at least 2 (got {mcs})")
    message = None
    if n < MIN_TWEETS_TO_CLUSTER:
        labels = np.zeros(n, dtype=np.int64)
        message = (f"only {n} tweet{'s' if n != 1 else ''} (fewer than {MIN_TWEETS_TO_CLUSTER}): "
                   "not clustered, one topic holds them all")
    else:
        t0 = time.perf_counter()
        red = reducer if reducer is not None else PCAReducer(random_state=seed)
        Y = red.fit_transform(X)
        timings["reduce"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        cl = clusterer if clusterer is not None else HDBSCANClusterer(
            min_cluster_size=mcs, min_samples=min_samples if min_samples is not None else default_min_samples(mcs),
            backend=backend)
        labels = cl.fit_predict(Y)
        n_found = len(set(labels.tolist()) - {-1})
        if (clusterer is None and n_found < MIN_DIGEST_TOPICS and n >= MIN_DIGEST_TOPICS * mcs
                and cl.cluster_selection_method == "eom"):
            leaf = HDBSCANClusterer(min_cluster_size=cl.min_cluster_size, min_samples=cl.min_samples,
                                    backend=backend, cluster_selection_method="leaf")
            leaf_labels = leaf.fit_predict(Y)
            if len(set(leaf_labels.tolist()) - {-1}) > n_found:
                labels = leaf_labels
        timings["cluster"] = time.perf_counter() - t0
        if not (labels >= 0).any():
            labels = np.zeros(n, dtype=np.int64)
            message = (f"HDBSCAN found no cluster of at least {mcs} similar tweets among {n}: "
                       "one topic holds them all (try a smaller --min-cluster-size)")
        else:
            t0 = time.perf_counter()
            labels = pipe.outliers.reassign(X, labels)
            timings["outliers"] = time.perf_counter() - t0
    topics, outliers = _make_topics(tweets, X, labels, pipe, timings)
    timings["total"] = time.perf_counter() - t_start
    return TopicModelResult(topics=topics, outlier_ids=outliers, timings=timings, n_tweets=n, message=message)


def build_topics(store, tweets: Sequence[Tweet], embedder, *, progress: bool = False, embed_stats=None,
                 **kwargs) -> TopicModelResult:
    """Embed ``tweets`` (cached in ``store``) with ``embedder`` and :func:`fit_topics` them; the embedding time
    is added to ``timings["embed"]``. Extra keyword arguments go to :func:`fit_topics`."""
    from .embed import EmbedStats, embed_tweets
    from .textproc import embedding_text

    stats = embed_stats if embed_stats is not None else EmbedStats()
    t0 = time.perf_counter()
    X = embed_tweets(store, embedder, [embedding_text(t.text) for t in tweets], progress=progress, stats=stats)
    t_embed = time.perf_counter() - t0
    result = fit_topics(tweets, X, **kwargs)
    result.timings = {"embed": t_embed, **result.timings}
    result.timings["total"] = result.timings.get("total", 0.0) + t_embed
    return result


def labels_of(result: TopicModelResult, ids: Sequence[int]) -> np.ndarray:
    """Topic id per tweet id (-1 for outliers / unknown), e.g. to score a result against reference labels."""
    lab = {i: t.id for t in result.topics for i in t.member_ids}
    return np.array([lab.get(int(i), -1) for i in ids], dtype=np.int64)


def topic_rank(topic: Topic, tweets_by_id: dict) -> tuple:
    """Sort key of a topic for a digest: size, lifted by the log of its engagement; ties by id."""
    eng = sum(tweets_by_id[i].engagement for i in topic.member_ids if i in tweets_by_id)
    return (-(topic.size * (1.0 + math.log1p(eng) / 10.0)), topic.id)
