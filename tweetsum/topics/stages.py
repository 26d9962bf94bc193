"""The swappable stages of the topic model, each a small object with fit semantics (as in BERTopic).

* reducer: ``fit_transform(X) -> Y`` — :class:`PCAReducer` (default, seeded) or :class:`UMAPReducer`
  (optional, needs ``umap-learn``; the benchmark shows it does not pay for itself here);
* clusterer: ``fit_predict(Y) -> labels`` with ``-1`` for noise — :class:`HDBSCANClusterer`;
* outliers: :class:`CentroidOutlierReassigner` (cosine to the nearest topic centroid ≥ threshold joins it);
* keywords: :class:`CTfidfKeywords` over :func:`tweetsum.core.text.tokenize`;
* representatives: :class:`MMRRepresentatives` (centroid-near, engagement-weighted, MMR-diversified).

Each default is documented with the measurement behind it; :func:`tweetsum.topics.fit.fit_topics` runs them.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

DEFAULT_SEED = 42
# Outliers whose cosine similarity (in the embedding space) to the nearest topic centroid is at least this
# join that topic; the rest stay outliers and are counted (``fit.outlier_note``), never dropped silently.
# Chosen on the tuning half of TweetTopic (calendar months 2019-09..2020-02, MiniLM) and checked on the unseen
# half (2020-03..2020-08): ``benchmarks/bench_topics.py --split``. The measurement that chose it (tuning half):
# HDBSCAN's outliers at cosine 0.25-0.30 to their nearest topic carry that topic's majority label 60 % of the
# time, twice the chance of a size-weighted random topic (30 %) and as often as the 0.30-0.35 band the former
# threshold 0.30 already accepted (52 %); at 0.20-0.25 it falls to 40 % (chance 28 %) and below 0.20 to about
# chance, so those tweets stay out: unrelated tweets are not forced into a topic. On the tuning half's 30-day
# windows the largest outlier share fell from 19.2 % to 10.2 % and AMI rose (lowest 0.249 -> 0.268, mean
# 0.363 -> 0.368); on the unseen months outliers fell from 6.7-17.1 % to 3.1-8.9 % at 0.97-1.08x today's AMI.
# 0.30 had left 24.7 % of another unseen month (March 2021) in no topic. The multilingual USE shares the value
# (``--split --embed-model use-multilingual``): unseen months 3.8-15.4 % -> 2.5-9.5 % outliers at 0.97-1.02x AMI,
# though its 0.25-0.30 band agrees less (45 % vs chance 32 %; its 0.30-0.35 band 69 %).
OUTLIER_THRESHOLD = 0.25
DEFAULT_N_COMPONENTS = 10
LARGE_WINDOW = 20_000


def unit_rows(A: np.ndarray) -> np.ndarray:
    """Each row scaled to unit length (all-zero rows stay zero)."""
    norms = np.linalg.norm(A, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return A / norms


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
            Y = unit_rows(Y)
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
def centroids(X: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Unit-length mean embedding of each topic ``0..k-1`` (outliers, ``-1``, left out)."""
    C = np.zeros((k, X.shape[1]), dtype=np.float64)
    np.add.at(C, labels[labels >= 0], X[labels >= 0])
    return unit_rows(C)


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
        C = centroids(X, labels, k)
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
    """Class-based TF-IDF (BERTopic's c-TF-IDF) over :func:`tweetsum.core.text.tokenize` tokens.

    For topic c and term t: ``tf(c,t) = count(c,t) / words(c)``, ``idf(t) = log(1 + A / count(t))`` with A the
    mean number of words per class (outliers count as one class), score = tf · idf. A term must occur in at
    least ``min_topic_df`` tweets of the topic (2, or 1 for topics under 3 tweets) so one-off words don't
    win in small topics. Ties are broken alphabetically."""

    n_keywords: int = 10
    min_topic_df: int = 2

    def extract(self, texts: Sequence[str], labels: np.ndarray, k: int) -> list[list[tuple[str, float]]]:
        import scipy.sparse as sp

        from tweetsum.core.text import make_count_vectorizer

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
