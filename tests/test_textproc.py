import re

import pytest

from tweetsum.core.text import (
    dedup_key,
    embedding_text,
    load_stopwords,
    make_count_vectorizer,
    script_language,
    tokenize,
)


def test_stopword_lists_are_substantial_and_include_tweet_noise():
    en, zh = load_stopwords("en"), load_stopwords("zh")
    assert len(en) > 400 and len(zh) > 250
    assert {"rt", "amp", "via", "the", "don't", "dont", "i'm"} <= en
    assert {"的", "了", "我们", "因为", "这个"} <= zh
    assert not any(w.startswith("#") for w in en | zh)  # comments are not words
    with pytest.raises(ValueError, match="no stopword list"):
        load_stopwords("fr")


def test_drops_urls_mentions_masks_numbers_short_tokens_and_stopwords():
    toks = tokenize("RT @elon_musk: via https://t.co/AbC123 {{URL}} {{USERNAME}} the 2020 4-0 x & amp; Rockets rock")
    assert toks == ["rockets", "rock"]


def test_verified_mention_keeps_the_name_words():
    assert tokenize("The {@Clinton LumberKings@} beat the {@Cedar Rapids Kernels@}") == [
        "clinton", "lumberkings", "beat", "cedar", "rapids", "kernels"]


def test_hashtags_and_cashtags_stay_whole():
    toks = tokenize("Buying $TSLA and $BRK.B for $5 #MWLplayoffs #AI #人工智能 #2020")
    assert toks == ["buying", "$TSLA", "$BRK.B", "#mwlplayoffs", "#ai", "#人工智能"]


def test_latin_word_rules():
    toks = tokenize("Trump’s U.S. visit.The GPT-4.5 launch; covid-19 isn't over, e-mail ok")
    assert toks == ["trump", "u.s", "visit", "gpt-4.5", "launch", "covid-19", "e-mail"]


def test_chinese_is_segmented_into_words_not_sentences():
    text = "大模型正在改变软件开发的方式，越来越多的公司开始使用智能体来自动完成工作。"
    toks = tokenize(text)
    assert len(toks) >= 5
    for t in toks:
        assert 2 <= len(t) <= 6, t
        assert t in text
        assert not re.search(r"[，。、！？\s]", t)
    assert "的" not in toks and "开始" not in toks  # stopwords
    assert any("模型" in t for t in toks) and any("智能" in t for t in toks)


def test_mixed_chinese_and_english():
    toks = tokenize("用ChatGPT写代码真的很方便 #大模型 https://x.com/a")
    assert "chatgpt" in toks and "代码" in toks and "#大模型" in toks
    assert all(not t.startswith("http") for t in toks)


def test_tokenizer_is_deterministic():
    text = "人工智能和机器学习正在重塑金融行业的风险管理 AI agents are everywhere"
    assert tokenize(text) == tokenize(text) == tokenize(str(text))


def test_count_vectorizer_uses_the_tokenizer():
    vec = make_count_vectorizer()
    vec.fit(["智能体框架趋于成熟，开发者纷纷使用", "开源模型挑战闭源模型 #AI", "The Dodgers won the game"])
    vocab = set(vec.get_feature_names_out())
    assert {"#ai", "dodgers", "game", "模型"} <= vocab
    assert all(len(v) <= 8 for v in vocab)  # no whole Chinese sentences
    assert "the" not in vocab


def test_dedup_key_ignores_rt_prefix_urls_mentions_case_and_punctuation():
    a = dedup_key("RT @bob: Hello, World!! https://t.co/x @carol")
    assert a == dedup_key("hello world") == "hello world"
    assert dedup_key("Hello world, again") != a
    assert dedup_key("long text that was truncated…") == dedup_key("long text that was truncated")


def test_embedding_text_removes_masks_and_urls():
    assert embedding_text("RT @a: Go {@Chicago Blackhawks@}! {{URL}} https://t.co/z {{USERNAME}}") == "Go Chicago Blackhawks!"
    assert embedding_text("https://t.co/only") == "https://t.co/only"  # never empty


@pytest.mark.parametrize("text,lang", [
    ("Hello world", "en"), ("人工智能的未来", "zh"), ("これは日本語です", "ja"), ("안녕하세요 여러분", "ko"),
    ("1234 !!!", None), ("大模型 GPT-5 发布了", "zh"),
])
def test_script_language(text, lang):
    assert script_language(text) == lang


def test_word_cloud_counts_a_hashtag_for_its_word_and_drops_filler():
    from tweetsum.report.wordcloud_img import word_frequencies

    f = word_frequencies(["New AI models this week: #AI is big", "Real talk: the model ships today #模型",
                          "模型 cost went down, AI agents everywhere", "People like the agent"])
    assert f["ai"] == 3 and "#ai" not in f  # "#AI" and "AI" are one word
    assert f["模型"] == 2 and "#模型" not in f
    assert f["model"] == 2 and "models" not in f  # plural folded into its singular
    assert f["agent"] == 2
    for w in ("new", "week", "big", "real", "today", "went", "people", "like"):
        assert w not in f, w
