from datetime import datetime, timedelta, timezone

import pytest

from tweetsum.embed import HashingEmbedder
from tweetsum.core.tweet import Tweet
from tweetsum.selection import THEME_THRESHOLD, expand_theme, select_from, select_tweets, theme_matcher
from tweetsum.store.db import Store

T0 = datetime(2026, 1, 22, tzinfo=timezone.utc)


def tw(i, text, minutes=0, **kw):
    return Tweet(id=i, author_handle=kw.pop("handle", "alice"), created_at=T0 + timedelta(minutes=minutes), text=text, **kw)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def test_window_is_half_open_in_utc(store):
    store.upsert_tweets([tw(1, "at since", 0), tw(2, "inside", 30), tw(3, "at until", 60), tw(4, "before", -1)])
    sel = select_tweets(store, T0, T0 + timedelta(minutes=60))
    assert sel.ids == [1, 2] and sel.n_window == 2 and sel.dropped == {}
    with pytest.raises(ValueError, match="empty window"):
        select_tweets(store, T0, T0)


def test_retweets_fold_into_the_original_and_add_engagement(store):
    store.upsert_tweets([
        tw(10, "Big news about rockets", 0, like_count=5, retweet_count=1),
        tw(11, "RT @alice: Big news about rockets", 5, handle="bob", retweet_of_id=10, like_count=2),
        tw(12, "RT @alice: Big news about rockets", 6, handle="carol", retweet_of_id=10, reply_count=3),
        tw(13, "Something else entirely here", 7),
    ])
    sel = select_tweets(store, T0, T0 + timedelta(hours=1))
    assert sel.ids == [10, 13]
    assert sel.dropped == {"retweet": 2}
    assert sel.folded == {10: [11, 12]}
    kept = sel.tweets[0]
    assert (kept.like_count, kept.retweet_count, kept.reply_count) == (7, 1, 3)
    assert kept.engagement == 7 + 2 + 3
    # collapse=False keeps everything
    assert select_tweets(store, T0, T0 + timedelta(hours=1), collapse=False).ids == [10, 11, 12, 13]


def test_retweets_of_an_absent_original_keep_the_earliest_retweet():
    sel = select_from([
        tw(21, "RT @zed: an original outside the window", 3, retweet_of_id=5, like_count=1),
        tw(20, "RT @zed: an original outside the window", 1, retweet_of_id=5, like_count=1),
        tw(22, "RT @zed: another one", 2, retweet_of_id=6),
    ])
    assert sel.ids == [20, 22] and sel.dropped == {"retweet": 1} and sel.tweets[0].like_count == 2


def test_exact_near_and_truncated_duplicates_fold_into_the_earliest():
    long = "OpenAI releases a new reasoning model that beats every benchmark we know of"
    sel = select_from([
        tw(33, long + " https://t.co/a", 1),
        tw(31, long.upper() + "!!", 0),  # earliest by time (and smaller id)
        tw(34, "RT @alice: " + long[:40] + "…", 2),  # truncated RT, no retweet_of_id
        tw(35, long, 3),
        tw(36, "A different tweet altogether about pasta", 4),
    ])
    assert sel.ids == [31, 36]
    assert sel.dropped == {"duplicate": 2, "retweet": 1}
    assert sorted(sel.folded[31]) == [33, 34, 35]


def test_earliest_by_time_not_by_id_is_kept():
    sel = select_from([tw(50, "same words here", 10), tw(60, "same words here", 0)])
    assert sel.ids == [60]


def test_language_filter_uses_lang_then_script_guess():
    tweets = [tw(1, "hello there", lang="en"), tw(2, "你好，世界", lang="zh-cn"), tw(3, "大模型发布了"),
              tw(4, "plain english, no lang"), tw(5, "bonjour", lang="fr")]
    assert select_from(tweets, languages=["zh"]).ids == [2, 3]
    sel = select_from(tweets, languages=["en,zh"][0].split(","))
    assert sel.ids == [1, 2, 3, 4] and sel.dropped == {"language": 1}


def test_theme_expansion_table():
    terms = expand_theme("AI")
    assert {"AI", "artificial intelligence", "LLM", "GPT", "人工智能", "大模型", "智能体"} <= set(terms)
    assert expand_theme("quantum computing") == ["quantum computing"]
    assert expand_theme("人工智能")[0] == "人工智能" and "LLM" in expand_theme("人工智能")


@pytest.mark.parametrize("text,hit", [
    ("#AI is eating the world", True), ("New LLMs dropped today", True), ("OpenAI's new model", True),
    ("Artificial Intelligence conference", True), ("国产大模型又有新进展", True), ("智能体框架趋于成熟", True),
    ("GPT-5 is out", True), ("I said maintain the rain in Thailand", False), ("paint the wall", False),
])
def test_theme_keywords_are_word_boundary_aware(text, hit):
    assert bool(theme_matcher(expand_theme("AI")).search(text)) is hit


def test_keyword_theme_filter_counts_drops():
    sel = select_from([tw(1, "ChatGPT wrote my essay"), tw(2, "Dodgers win again"), tw(3, "人工智能改变世界")], "AI")
    assert sel.ids == [1, 3] and sel.dropped == {"theme": 1}
    assert sel.theme_hits == {1: "keyword", 3: "keyword"}


def test_semantic_theme_match_with_an_embedder(store):
    tweets = [tw(1, "the rocket will launch from the pad tonight"), tw(2, "I ate pasta with my grandmother"),
              tw(3, "rocket launch")]
    e = HashingEmbedder(128)
    # no tweet contains the whole phrase except 3; 1 shares words, so it is semantically close
    sel = select_from(tweets, "rocket launch", embedder=e, store=store, theme_threshold=0.3)
    assert sel.ids == [1, 3] and sel.theme_hits == {1: "semantic", 3: "keyword"}
    assert select_from(tweets, "rocket launch", store=store).ids == [3]  # keywords only
    assert 0 < THEME_THRESHOLD < 1
