"""Store on real SQLite files: migrations, WAL, FTS5, upsert counts, transactions, ingest runs, caches."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from tweetsum.core.tweet import Tweet
from tweetsum.store.db import Store
from tweetsum.store.migrations import MIGRATIONS
from tweetsum.store.runs import IngestRun

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


def tweet(i: int, text: str = "hello world", **kw) -> Tweet:
    return Tweet(id=i, author_handle="ann", created_at=T0 + timedelta(hours=i), text=text, **kw)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def test_migrations_are_idempotent_and_wal_is_on(tmp_path):
    p = tmp_path / "m.db"
    with Store(p) as s:
        assert s.schema_version == len(MIGRATIONS)
        s.upsert_tweets([tweet(1)])
        tables = s.conn.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
    with Store(p) as s:  # reopening runs no migration twice and keeps the data
        assert s.schema_version == len(MIGRATIONS) and s.count() == 1
        assert s.conn.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall() == tables
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.integrity_ok()


def test_upsert_counts_stored_updated_unchanged(store):
    c = store.upsert_tweets([tweet(1), tweet(2), tweet(2)])
    assert (c.stored, c.updated, c.unchanged) == (2, 0, 1)  # in-batch duplicate counts as unchanged
    c = store.upsert_tweets([tweet(1), replace(tweet(2), like_count=5), tweet(3)])
    assert (c.stored, c.updated, c.unchanged) == (1, 1, 1)
    assert store.get(2).like_count == 5 and store.count() == 3
    # source file/format do not make a tweet "changed"
    c = store.upsert_tweets([replace(tweet(1), source_file="other.jsonl", source_format="csv")])
    assert (c.stored, c.updated, c.unchanged) == (0, 0, 1)


def test_round_trip_keeps_every_field(store):
    t = tweet(7, "Tea & cake", author_name="Ann", lang="en", in_reply_to_id=5, in_reply_to_handle="bob",
              retweet_of_handle="carol", quote_of_id=9, like_count=1, retweet_count=2, reply_count=3,
              quote_count=4, hashtags=["a"], cashtags=["BTC"], mentions=["bob"], urls=["https://e.com/ü"],
              source_format="jsonl", source_file="x.jsonl")
    store.upsert_tweets([t])
    assert store.get(7) == t
    assert store.get_many([7, 8]) == {7: t}


def test_fts5_search_follows_inserts_updates(store):
    store.upsert_tweets([tweet(1, "the cat sat"), tweet(2, "dogs bark loudly"), tweet(3, "a cat and a dog")])
    assert sorted(store.search("cat")) == [1, 3]
    assert store.search("bark") == [2]
    store.upsert_tweets([tweet(2, "cats purr")])  # text changed: index updated
    assert store.search("bark") == [] and store.search("purr") == [2]
    assert store.search('"cat and"') == [3]


def test_tweets_between_is_half_open_and_ordered(store):
    store.upsert_tweets([tweet(i) for i in (5, 1, 3, 2, 4)])
    got = store.tweets_between(T0 + timedelta(hours=2), T0 + timedelta(hours=4))
    assert [t.id for t in got] == [2, 3]
    assert [t.id for t in store.tweets_between()] == [1, 2, 3, 4, 5]


def test_transaction_rollback_leaves_db_unchanged(store):
    store.upsert_tweets([tweet(1)])
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.upsert_tweets([tweet(2), replace(tweet(1), text="changed")])
            store.record_run(IngestRun(path="p", content_hash="h", format="jsonl", records=2))
            raise RuntimeError("interrupted")
    assert store.count() == 1 and store.get(1).text == "hello world" and store.runs() == []
    assert store.search("changed") == []
    assert not store.conn.in_transaction


def test_second_connection_sees_only_committed_work(tmp_path):
    p = tmp_path / "c.db"
    with Store(p) as a, Store(p) as b:
        with a.transaction():
            a.upsert_tweets([tweet(1)])
            assert b.count() == 0  # WAL: readers are not blocked and see the last commit
        assert b.count() == 1


def test_ingest_runs_and_completed_lookup(store):
    run = IngestRun(path="a.jsonl", content_hash="abc", format="jsonl", records=3, stored=2, rejected=1,
                    rejects={"bad": 1})
    store.record_run(run)
    found = store.find_completed_run("elsewhere.jsonl", "abc")
    assert found is not None and (found.records, found.rejects, found.id) == (3, {"bad": 1}, run.id)
    assert store.find_completed_run("a.jsonl", "zzz") is None


def test_embedding_and_llm_caches(store):
    store.put_embeddings("m", [("h1", 2, b"\x00\x01"), ("h2", 2, b"\x02\x03")])
    assert store.get_embeddings("m", ["h1", "h2", "h3", "h1"]) == {"h1": b"\x00\x01", "h2": b"\x02\x03"}
    assert store.get_embeddings("other", ["h1"]) == {}
    assert store.llm_get("k") is None
    store.llm_put("k", "mh", "ph", {"t": 0}, "out", {"n": 1})
    assert store.llm_get("k") == ("out", {"n": 1})


def test_not_a_database_is_a_clear_sqlite_error(tmp_path):
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        Store(p)
