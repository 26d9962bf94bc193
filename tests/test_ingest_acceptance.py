"""Acceptance on the real TweetTopic split (../shared): the official archive and three other formats agree."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from devkit import devdata
from tweetsum.ingest import ingest_paths
from tweetsum.store.db import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TT = SHARED / "data" / "tweettopic" / "train_2020.jsonl"

pytestmark = pytest.mark.skipif(not TT.exists(), reason=f"{TT} absent (the shared TweetTopic data is not here)")

N = 3598


@pytest.fixture(scope="module")
def rows():
    return devdata.load_tweettopic(TT)


@pytest.fixture(scope="module")
def ingested(rows, tmp_path_factory):
    """Each format written from the same rows and ingested into its own db: {format: {id: Tweet}}."""
    tmp = tmp_path_factory.mktemp("acc")
    paths = {
        "x-archive": devdata.write_official_archive(rows, tmp / "archive", long_posts=True),
        "jsonl": devdata.write_jsonl(rows, tmp / "t.jsonl"),
        "x-api-v2": devdata.write_api_v2(rows, tmp / "api.json"),
        "csv": devdata.write_csv(rows, tmp / "t.csv"),
    }
    out = {}
    for fmt, p in paths.items():
        with Store(tmp / f"{fmt}.db") as s:
            rep = ingest_paths(s, [p])
            assert rep.exit_code == 0 and [f.format for f in rep.files] == [fmt], rep.to_dict()
            out[fmt] = ({t.id: t for t in s.tweets_between()}, rep, s.path, p)
    return out


def expected_time(tid: int) -> datetime:
    ms = (tid >> 22) + 1288834974657
    return datetime.fromtimestamp(ms // 1000, tz=timezone.utc)


def test_official_archive_with_long_posts_stores_every_tweet_once(rows, ingested):
    tweets, rep, db, path = ingested["x-archive"]
    f = rep.files[0]
    assert (f.records, f.stored, f.rejected, f.warnings) == (N, N, 0, [])
    assert len(tweets) == N
    by_id = {r["id"]: r for r in rows}
    long_posts = 0
    for tid, t in tweets.items():
        assert t.created_at == expected_time(tid)  # right UTC time: the snowflake agrees
        assert t.created_at.date().isoformat() == by_id[tid]["date"]
        assert t.text == by_id[tid]["text"]  # HTML entities decoded, long posts joined back to full text
        long_posts += len(t.text) > devdata.LONG_POST_CUT
    assert long_posts > 1000  # the note-tweet join really was exercised
    # a second ingest adds nothing and is skipped by content hash
    with Store(db) as s:
        rep2 = ingest_paths(s, [path])
        assert s.count() == N
        assert rep2.files[0].skipped and (rep2.stored, rep2.unchanged) == (0, N)
        rep3 = ingest_paths(s, [path], force=True)  # really re-parsed: all unchanged
        assert (rep3.stored, rep3.updated, rep3.unchanged) == (0, 0, N)


def test_zip_and_multi_account_archives(rows, tmp_path):
    z = devdata.write_official_archive(rows, tmp_path / "a.zip", as_zip=True, accounts=3, long_posts=True)
    with Store(tmp_path / "z.db") as s:
        rep = ingest_paths(s, [z])
        assert len(rep.files) == 3 and rep.stored == N and rep.rejected == 0
        handles = s.conn.execute("SELECT count(DISTINCT author_handle) FROM tweets").fetchone()[0]
        assert handles == 3


@pytest.mark.parametrize("fmt", ["jsonl", "x-api-v2", "csv"])
def test_other_formats_give_the_same_rows(ingested, fmt):
    ref = ingested["x-archive"][0]
    got = ingested[fmt][0]
    assert set(got) == set(ref)
    for tid, t in got.items():
        r = ref[tid]
        assert (t.created_at, t.text, t.author_handle, t.like_count, t.retweet_count) == \
               (r.created_at, r.text, r.author_handle, r.like_count, r.retweet_count), tid
        assert (t.hashtags, t.cashtags, t.mentions, t.urls) == (r.hashtags, r.cashtags, r.mentions, r.urls), tid
    if fmt != "jsonl":  # the archive has no reply/quote counts; the other three do and agree
        ref2 = ingested["jsonl"][0]
        assert all((t.reply_count, t.quote_count) == (ref2[i].reply_count, ref2[i].quote_count)
                   for i, t in got.items())


def test_the_raw_tweettopic_file_ingests_too(tmp_path):
    with Store(tmp_path / "raw.db") as s:
        rep = ingest_paths(s, [TT])
        assert (rep.records, rep.stored, rep.rejected) == (N, N, 0)
        t = s.tweets_between()[0]
        assert t.author_handle == "unknown" and t.created_at == expected_time(t.id)
