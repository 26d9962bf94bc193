"""Topics: reduce → cluster (HDBSCAN) → reassign outliers → keywords (class-based TF-IDF) → representatives.

The stages are small objects with fit semantics, swappable like BERTopic's (:mod:`tweetsum.topics.stages`);
this module runs them: :func:`fit_topics` on embeddings, :func:`build_topics` from tweets and an embedder.

Deterministic: tweets are sorted by id before anything else, every random stage is seeded, and ties are
broken by tweet id, so the same tweets in any order give identical topics and ids. Topic ids: 0 is the
largest topic; equal sizes are ordered by smallest member id.
"""
from __future__ import annotations

import math
import time
from collections.abc import Sequence

import numpy as np

from tweetsum.core.tweet import Topic, TopicModelResult, Tweet
from tweetsum.topics.stages import (
    DEFAULT_SEED,
    OUTLIER_THRESHOLD,
    CentroidOutlierReassigner,
    CTfidfKeywords,
    HDBSCANClusterer,
    MMRRepresentatives,
    PCAReducer,
    TopicPipeline,
    centroids,
    default_min_cluster_size,
    default_min_samples,
    unit_rows,
)

# Below this many tweets there is nothing to cluster: one topic holds them all.
MIN_TWEETS_TO_CLUSTER = 12
# HDBSCAN's default "excess of mass" selection keeps the few most persistent clusters. On a themed window
# (every tweet about AI) that is often just 2 (e.g. English vs Chinese), too coarse for a digest; then, when the
# window holds at least MIN_DIGEST_TOPICS * min_cluster_size tweets, the "leaf" selection (the finest stable
# clusters of the same tree) is used instead if it finds more topics. TweetTopic 2020 (8 EOM topics) is unaffected.
MIN_DIGEST_TOPICS = 4


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
    return unit_rows(X)


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
    C = centroids(X, new_labels, k)
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
    from tweetsum.embed import EmbedStats, embed_tweets
    from tweetsum.core.text import embedding_text

    stats = embed_stats if embed_stats is not None else EmbedStats()
    t0 = time.perf_counter()
    X = embed_tweets(store, embedder, [embedding_text(t.text) for t in tweets], progress=progress, stats=stats)
    t_embed = time.perf_counter() - t0
    result = fit_topics(tweets, X, **kwargs)
    result.timings = {"embed": t_embed, **result.timings}
    result.timings["total"] = result.timings.get("total", 0.0) + t_embed
    return result


def outlier_note(result: TopicModelResult) -> str | None:
    """The line a digest's notes carry when some tweets are in no topic (None when every tweet is in one): a
    tweet left out of every topic is never dropped silently."""
    k = len(result.outlier_ids)
    if not k:
        return None
    return (f"{k} of {result.n_tweets} tweet{'s' if result.n_tweets != 1 else ''} ({result.outlier_share:.0%}) "
            f"{'are' if k != 1 else 'is'} in no topic: not close enough to any topic to join it, so no summary covers "
            f"{'them' if k != 1 else 'it'}")


def labels_of(result: TopicModelResult, ids: Sequence[int]) -> np.ndarray:
    """Topic id per tweet id (-1 for outliers / unknown), e.g. to score a result against reference labels."""
    lab = {i: t.id for t in result.topics for i in t.member_ids}
    return np.array([lab.get(int(i), -1) for i in ids], dtype=np.int64)


def topic_rank(topic: Topic, tweets_by_id: dict) -> tuple:
    """Sort key of a topic for a digest: size, lifted by the log of its engagement; ties by id."""
    eng = sum(tweets_by_id[i].engagement for i in topic.member_ids if i in tweets_by_id)
    return (-(topic.size * (1.0 + math.log1p(eng) / 10.0)), topic.id)
