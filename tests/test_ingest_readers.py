"""Every reader on small hand-written inputs shaped like the real producers, into a real SQLite store."""
from __future__ import annotations

import json
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tweetsum.ingest import detect_format, ingest_paths, read_tweets
from tweetsum.core.tweet import Tweet
from tweetsum.store.db import Store


def ytd(name: str, items) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2, separators=(",", " : "))


def archive_tweet(tid: str, created: str, text: str, **extra) -> dict:
    t = {
        "retweeted": False,
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "7", "id_str": tid, "truncated": False, "retweet_count": "2", "id": tid,
        "created_at": created, "favorited": False, "full_text": text, "lang": "en",
    }
    t.update(extra)
    return {"tweet": t}


def make_archive(root: Path, tweets: list, notes: list | None = None, handle: str = "alice",
                 manifest_count: int | None = None) -> Path:
    (root / "data").mkdir(parents=True)
    (root / "data" / "tweets.js").write_text(ytd("tweets", tweets), encoding="utf-8")
    (root / "data" / "account.js").write_text(ytd("account", [{"account": {
        "username": handle, "accountId": "42", "accountDisplayName": handle.title()}}]), encoding="utf-8")
    if notes is not None:
        (root / "data" / "note-tweet.js").write_text(ytd("note_tweet", notes), encoding="utf-8")
    if manifest_count is not None:
        man = {"userInfo": {"userName": handle}, "dataTypes": {"tweets": {"files": [
            {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(manifest_count)}]}}}
        (root / "data" / "manifest.js").write_text("window.__THAR_CONFIG = " + json.dumps(man), encoding="utf-8")
    return root


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_official_archive_quirks(tmp_path, store):
    long_text = "A long post " + "x" * 300 + " the end"
    tweets = [
        archive_tweet("1050118621198921728", "Wed Oct 10 20:19:24 +0000 2018",
                      "Fish &amp; chips &gt; salad #food $TSLA @bob https://t.co/abc",
                      entities={"hashtags": [{"text": "food", "indices": ["20", "25"]}],
                                "symbols": [{"text": "TSLA", "indices": ["26", "31"]}],
                                "user_mentions": [{"screen_name": "bob", "name": "Bob", "indices": ["32", "36"]}],
                                "urls": [{"url": "https://t.co/abc", "expanded_url": "https://example.com/a",
                                          "indices": ["37", "53"]}]},
                      in_reply_to_status_id_str="1050000000000000000", in_reply_to_screen_name="bob"),
        archive_tweet("1050118621198921729", "Wed Oct 10 20:19:25 +0000 2018",
                      "RT @carol: something worth sharing but trunc…"),
        archive_tweet("1050118621198921730", "Wed Oct 10 20:19:26 +0000 2018", "look at this https://t.co/q",
                      entities={"hashtags": [], "symbols": [], "user_mentions": [], "urls": [
                          {"url": "https://t.co/q", "expanded_url": "https://twitter.com/dave/status/123456789"}]}),
        archive_tweet("1050118621198921731", "Wed Oct 10 20:19:27 +0000 2018",
                      long_text[:200] + "… https://t.co/zzz"),
    ]
    notes = [{"noteTweet": {"noteTweetId": "9", "createdAt": "2018-10-10T20:19:27.000Z",
                            "core": {"text": long_text, "hashtags": [], "urls": [], "mentions": [], "cashtags": []}}}]
    root = make_archive(tmp_path / "arch", tweets, notes)
    assert detect_format(root) == "x-archive"
    assert detect_format(root / "data" / "tweets.js") == "x-archive"
    rep = ingest_paths(store, [root])
    f = rep.files[0]
    assert (f.records, f.stored, f.rejected) == (4, 4, 0), f
    t = store.get(1050118621198921728)
    assert t.text == "Fish & chips > salad #food $TSLA @bob https://t.co/abc"  # entities decoded, t.co kept
    assert t.created_at == datetime(2018, 10, 10, 20, 19, 24, tzinfo=timezone.utc)
    assert (t.author_handle, t.author_name) == ("alice", "Alice")
    assert (t.hashtags, t.cashtags, t.mentions, t.urls) == (["food"], ["TSLA"], ["bob"], ["https://example.com/a"])
    assert (t.in_reply_to_id, t.in_reply_to_handle) == (1050000000000000000, "bob")
    assert (t.like_count, t.retweet_count) == (7, 2)
    rt = store.get(1050118621198921729)
    assert rt.retweet_of_handle == "carol" and rt.retweet_of_id is None and rt.is_retweet
    assert store.get(1050118621198921730).quote_of_id == 123456789
    assert store.get(1050118621198921731).text == long_text  # long post joined by createdAt


def test_unjoinable_note_is_rejected_and_manifest_mismatch_warns(tmp_path, store):
    tweets = [archive_tweet("1050118621198921728", "Wed Oct 10 20:19:24 +0000 2018", "hello")]
    notes = [{"noteTweet": {"createdAt": "2019-01-01T00:00:00.000Z", "core": {"text": "orphan long post"}}}]
    root = make_archive(tmp_path / "a", tweets, notes, manifest_count=5)
    f = ingest_paths(store, [root]).files[0]
    assert (f.records, f.stored, f.rejected) == (2, 1, 1)
    assert any("not joined" in k for k in f.rejects)
    assert any("manifest.js says 5 records, read 1" in w for w in f.warnings)
    assert f.stored + f.updated + f.unchanged + f.rejected == f.records


def test_zip_and_parent_folder_of_several_accounts(tmp_path, store):
    a = make_archive(tmp_path / "accounts" / "alice", [archive_tweet(
        "1050118621198921728", "Wed Oct 10 20:19:24 +0000 2018", "from alice")], handle="alice")
    make_archive(tmp_path / "accounts" / "bob", [archive_tweet(
        "1050118621198921799", "Wed Oct 10 20:19:30 +0000 2018", "from bob")], handle="bob")
    assert detect_format(tmp_path / "accounts") == "x-archive"
    rep = ingest_paths(store, [tmp_path / "accounts"])
    assert [f.stored for f in rep.files] == [1, 1]
    assert {t.author_handle for t in store.tweets_between()} == {"alice", "bob"}
    # the same archive zipped, with a wrapper folder, read in place
    z = tmp_path / "alice.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in (a / "data").iterdir():
            zf.write(p, f"twitter-2024-alice/data/{p.name}")
    assert detect_format(z) == "x-archive"
    f = ingest_paths(store, [z]).files[0]
    assert (f.records, f.unchanged, f.stored) == (1, 1, 0)


def test_old_archive_without_tweet_wrapper_and_without_entities(tmp_path, store):
    t = archive_tweet("1050118621198921728", "Wed Oct 10 20:19:24 +0800 2018", "hi #tag $AAPL @zed")["tweet"]
    del t["entities"]
    root = make_archive(tmp_path / "a", [t])
    store_t = read_one(root)
    assert store_t.created_at == datetime(2018, 10, 10, 12, 19, 24, tzinfo=timezone.utc)  # +0800 honoured
    assert (store_t.hashtags, store_t.cashtags, store_t.mentions) == (["tag"], ["AAPL"], ["zed"])


def read_one(path) -> Tweet:
    items = list(read_tweets(path))
    assert len(items) == 1 and isinstance(items[0], Tweet), items
    return items[0]


def test_twscrape_jsonl(tmp_path, store):
    rec = {"id": 1700000000000000000, "id_str": "1700000000000000000", "date": "2023-09-08T04:26:40+00:00",
           "user": {"username": "erin", "displayname": "Erin"}, "lang": "en", "rawContent": "Tea & cake $BTC",
           "likeCount": 3, "retweetCount": 1, "replyCount": 2, "quoteCount": 4, "hashtags": ["x"], "cashtags": ["BTC"],
           "mentionedUsers": [{"username": "fred"}], "links": [{"url": "https://e.com/1", "tcourl": "https://t.co/1"}],
           "retweetedTweet": None, "quotedTweet": {"id": 1690000000000000000, "user": {"username": "g"}},
           "inReplyToTweetId": 1600000000000000000, "inReplyToUser": {"username": "henry"}}
    snrec = {"id": 1700000000000000001, "content": "RT @ivy: hi", "date": "2023-09-08T04:26:41Z",
             "user": {"username": "erin"}, "outlinks": ["https://e.com/2"], "retweetedTweet": {
                 "id": 1690000000000000001, "user": {"username": "ivy"}}}
    p = tmp_path / "tweets.txt"  # content decides, not the extension
    p.write_text(json.dumps(rec) + "\n\n" + json.dumps(snrec) + "\n", encoding="utf-8")
    assert detect_format(p) == "jsonl"
    f = ingest_paths(store, [p]).files[0]
    assert (f.format, f.records, f.stored) == ("jsonl", 2, 2)
    t = store.get(1700000000000000000)
    assert t.text == "Tea & cake $BTC" and (t.author_handle, t.author_name) == ("erin", "Erin")
    assert (t.like_count, t.retweet_count, t.reply_count, t.quote_count) == (3, 1, 2, 4)
    assert (t.hashtags, t.cashtags, t.mentions, t.urls) == (["x"], ["BTC"], ["fred"], ["https://e.com/1"])
    assert (t.quote_of_id, t.in_reply_to_id, t.in_reply_to_handle) == (1690000000000000000, 1600000000000000000,
                                                                        "henry")
    s = store.get(1700000000000000001)
    assert (s.retweet_of_id, s.retweet_of_handle, s.urls) == (1690000000000000001, "ivy", ["https://e.com/2"])
    assert s.mentions == ["ivy"]  # no entity list in the record: extracted from text


def test_tweettopic_plain_shape_takes_time_from_snowflake(tmp_path):
    p = tmp_path / "tt.jsonl"
    p.write_text(json.dumps({"text": "Go {@Chicago Cubs@} #baseball", "date": "2019-09-08", "label": 4,
                             "id": 1170516324419866624, "label_name": "sports_&_gaming"}) + "\n")
    t = read_one(p)
    assert t.created_at == datetime(2019, 9, 8, 1, 56, 53, tzinfo=timezone.utc)  # ((id >> 22) + epoch) ms, whole s
    assert t.author_handle == "unknown"
    assert (t.hashtags, t.mentions) == (["baseball"], ["Chicago Cubs"])


def api_page() -> dict:
    return {
        "data": [
            {"id": "1700000000000000000", "text": "short &amp; truncated…", "created_at": "2023-09-08T04:26:40.000Z",
             "author_id": "1", "lang": "en", "note_tweet": {"text": "short &amp; the full long text"},
             "public_metrics": {"like_count": 5, "retweet_count": 6, "reply_count": 7, "quote_count": 8},
             "entities": {"hashtags": [{"tag": "h"}], "mentions": [{"username": "bob"}],
                          "urls": [{"url": "https://t.co/x", "expanded_url": "https://e.com"}]},
             "referenced_tweets": [{"type": "replied_to", "id": "1600000000000000000"},
                                   {"type": "quoted", "id": "1650000000000000000"}],
             "in_reply_to_user_id": "2"},
            {"id": "1700000000000000001", "text": "RT @bob: yes", "author_id": "1",
             "referenced_tweets": [{"type": "retweeted", "id": "1690000000000000000"}]},
        ],
        "includes": {"users": [{"id": "1", "username": "ann", "name": "Ann"}, {"id": "2", "username": "bob"}],
                     "tweets": [{"id": "1690000000000000000", "author_id": "2", "text": "yes"}]},
        "meta": {"result_count": 2},
    }


@pytest.mark.parametrize("shape", ["object", "list", "jsonl"])
def test_api_v2(tmp_path, store, shape):
    page = api_page()
    p = tmp_path / "resp.json"
    if shape == "object":
        p.write_text(json.dumps(page, indent=2))
    elif shape == "list":
        p.write_text(json.dumps([page, {"meta": {"result_count": 0}}]))
    else:
        p.write_text(json.dumps(page) + "\n" + json.dumps({"meta": {"result_count": 0}}) + "\n")
    assert detect_format(p) == "x-api-v2"
    f = ingest_paths(store, [p]).files[0]
    assert (f.format, f.records, f.stored) == ("x-api-v2", 2, 2), f
    t = store.get(1700000000000000000)
    assert t.text == "short & the full long text" and t.author_handle == "ann"
    assert (t.like_count, t.retweet_count, t.reply_count, t.quote_count) == (5, 6, 7, 8)
    assert (t.in_reply_to_id, t.in_reply_to_handle, t.quote_of_id) == (1600000000000000000, "bob", 1650000000000000000)
    assert (t.hashtags, t.mentions, t.urls) == (["h"], ["bob"], ["https://e.com"])
    r = store.get(1700000000000000001)
    assert (r.retweet_of_id, r.retweet_of_handle) == (1690000000000000000, "bob")
    assert r.created_at.year == 2023  # no created_at: snowflake time


def test_csv_aliases_and_lists(tmp_path, store):
    p = tmp_path / "t.csv"
    p.write_text("\ufefftweet_id;date;username;full_text;likes;hashtags;mentions;urls;extra\n"
                 "1700000000000000000;2023-09-08 04:26:40;@ann;\"hello; #a #b\";1,234;a|b;x y;https://e.com/1;z\n"
                 "1700000000000000001;;ann;plain #c;;;;;z\n", encoding="utf-8")
    assert detect_format(p) == "csv"
    f = ingest_paths(store, [p]).files[0]
    assert (f.format, f.records, f.stored) == ("csv", 2, 2), f
    assert any("extra" in w for w in f.warnings)
    t = store.get(1700000000000000000)
    assert (t.text, t.author_handle, t.like_count) == ("hello; #a #b", "ann", 1234)
    assert t.created_at == datetime(2023, 9, 8, 4, 26, 40, tzinfo=timezone.utc)  # naive = UTC
    assert (t.hashtags, t.mentions, t.urls) == (["a", "b"], ["x", "y"], ["https://e.com/1"])
    u = store.get(1700000000000000001)
    assert u.hashtags == [] and u.created_at.year == 2023  # empty list cell stays empty; date from snowflake


def test_utf16_and_bom_files_are_decoded(tmp_path):
    rec = json.dumps({"id": 1700000000000000000, "rawContent": "naïve ☕", "date": "2023-09-08T04:26:40Z"})
    for enc, name in (("utf-16", "a.jsonl"), ("utf-8-sig", "b.jsonl"), ("utf-16-le", "c.jsonl")):
        p = tmp_path / name
        p.write_bytes((rec + "\n").encode(enc))
        assert read_one(p).text == "naïve ☕", enc


def test_duplicates_across_files_unchanged_or_updated(tmp_path, store):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    rec = {"id": 1700000000000000000, "rawContent": "v1", "date": "2023-09-08T04:26:40Z", "likeCount": 1}
    a.write_text(json.dumps(rec) + "\n" + json.dumps(rec) + "\n")
    b.write_text(json.dumps(rec) + "\n")
    c.write_text(json.dumps({**rec, "likeCount": 2}) + "\n")
    rep = ingest_paths(store, [a, b, c])
    assert [(f.stored, f.unchanged, f.updated) for f in rep.files] == [(1, 1, 0), (0, 1, 0), (0, 0, 1)]
    assert store.get(1700000000000000000).like_count == 2
    runs = store.runs()
    assert [r.format for r in runs] == ["jsonl"] * 3
    assert all(r.stored + r.updated + r.unchanged + r.rejected == r.records for r in runs)
