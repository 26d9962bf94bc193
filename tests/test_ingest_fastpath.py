"""The orjson fast path for official archives stores exactly what the sequential (json) reader stores, falls back
to it on input orjson refuses, and the bulk full-text indexing stays consistent."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from devkit import devdata
from tweetsum.ingest import ingest_paths, parallel, read_tweets
from tweetsum.ingest.common import parse_twitter_date, twitter_date_iso
from tweetsum.core.tweet import Tweet
from tweetsum.store.codec import tweet_row
from tweetsum.store.db import Store


def db_rows(store: Store) -> list[tuple]:
    return store.conn.execute("SELECT * FROM tweets ORDER BY id").fetchall()


def fts_ok(store: Store) -> None:
    store.conn.execute("INSERT INTO tweets_fts(tweets_fts, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(parallel, "THREAD_CHUNK_BYTES", 3000)  # many chunks: rows handed over before a bad one


def test_twitter_date_fast_path_equals_parse_twitter_date():
    rng = random.Random(7)
    for _ in range(3000):
        d = datetime(1000, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randrange(0, 283978166399))
        s = d.strftime("%a %b %d %H:%M:%S +0000 %Y")
        p = parse_twitter_date(s)
        assert twitter_date_iso(s) == (p.isoformat(), int(p.timestamp())), s
    assert twitter_date_iso("Wed Mar 17 17:54:24 +0000 906") is None  # 3-digit year: not the canonical form
    for bad in ("Sun Feb 30 12:00:00 +0000 2020", "Sun Sep 13 24:00:00 +0000 2020",
                "Sun Sep 13 12:00:60 +0000 2020", "Sun Sex 13 12:00:00 +0000 2020",
                "Sun Sep 13 12:00:00 +0000 202x", "Sun Sep 1a 12:00:00 +0000 2020"):
        assert twitter_date_iso(bad) is None
        with pytest.raises((ValueError, KeyError)):
            parse_twitter_date(bad)
    # valid, but not the canonical form: left to parse_twitter_date
    assert twitter_date_iso("Sun Sep 13 12:00:00 +0100 2020") is None


def test_content_hash_ignores_source_and_sees_every_stored_field():
    t = Tweet(id=1, author_handle="a", created_at=datetime(2020, 1, 1, tzinfo=timezone.utc), text="x",
              hashtags=["h"], source_file="one.js")
    h = t.content_hash()
    assert len(h) == 32 and h == Tweet(**{**t.__dict__, "source_file": "two.js"}).content_hash()
    for change in ({"text": "y"}, {"like_count": 1}, {"hashtags": ["h", "i"]}, {"lang": "en"},
                   {"created_at": datetime(2020, 1, 1, 0, 0, 1, tzinfo=timezone.utc)}, {"like_count": 2 ** 70}):
        assert Tweet(**{**t.__dict__, **change}).content_hash() != h, change
    assert tweet_row(t)[-1] == h


def test_fast_path_rows_equal_the_sequential_reader(tmp_path, small_chunks):
    arch = devdata.synthesize_official_archive(700, tmp_path / "arch", seed=3, part_size=300, long_share=0.05)
    expected = sorted((tweet_row(t) for t in read_tweets(arch) if isinstance(t, Tweet)), key=lambda r: r[0])
    with Store(tmp_path / "db") as store:
        rep = ingest_paths(store, [arch], workers=1)
        f = rep.files[0]
        assert (f.records, f.stored, f.rejected, f.warnings) == (700, 700, 0, [])
        assert db_rows(store) == expected
        fts_ok(store)
        some = expected[5]
        word = some[5].split()[0]
        assert some[0] in store.search(f'"{word}"', limit=10_000)


def test_refused_chunk_rolls_back_and_reads_the_source_sequentially(tmp_path, small_chunks, monkeypatch):
    from tweetsum.ingest import pipeline

    calls = []
    real = pipeline._ingest_source

    def spy(*a, **k):
        calls.append(k.get("fast", True))
        return real(*a, **k)

    monkeypatch.setattr(pipeline, "_ingest_source", spy)
    arch = devdata.synthesize_official_archive(300, tmp_path / "arch", seed=1)
    js = arch / "data" / "tweets.js"
    text = js.read_text(encoding="utf-8")
    # json takes NaN (as a float: the record is rejected), orjson refuses the whole chunk — late in the file
    at = text.rindex('"favorite_count" : "')
    end = text.index('"', at + len('"favorite_count" : "'))
    js.write_text(text[:at] + '"favorite_count" : NaN' + text[end + 1:], encoding="utf-8")
    with Store(tmp_path / "db") as store:
        rep = ingest_paths(store, [arch], workers=1)
        f = rep.files[0]
        assert (f.records, f.stored, f.rejected) == (300, 299, 1), f
        assert list(f.rejects) == ["field 'favorite_count' is not a count"] and f.warnings == []
        assert store.count() == 299 and len(store.runs()) == 1
        assert calls == [True, False]  # the fast path gave up after handing rows over; the source was re-read
        fts_ok(store)
    with Store(tmp_path / "seq") as seq:
        for t in [t for t in read_tweets(arch) if isinstance(t, Tweet)]:
            seq.upsert_tweets([t])
        with Store(tmp_path / "db") as store:
            assert db_rows(store) == db_rows(seq)


def test_invalid_utf8_late_in_a_file_rejects_the_file_as_the_sequential_reader_does(tmp_path, small_chunks):
    arch = devdata.synthesize_official_archive(200, tmp_path / "arch", seed=2, part_size=100)
    part = arch / "data" / "tweets-part1.js"
    data = part.read_bytes()
    cut = data.rindex(b'"full_text" : "') + len(b'"full_text" : "')
    part.write_bytes(data[:cut] + b"\xff" + data[cut:])
    with Store(tmp_path / "db") as store:
        f = ingest_paths(store, [arch], workers=1).files[0]
        seq_rejects = [r.message for r in read_tweets(arch) if not isinstance(r, Tweet)]
        # the file is one reject; long posts of its tweets are left unjoined, as with the sequential reader
        assert (f.stored, f.rejected) == (100, len(seq_rejects)) and sorted(f.examples) == sorted(seq_rejects), f
        assert any("tweets-part1.js" in m and "not valid utf-8" in m for m in f.examples)
        assert store.count() == 100


def test_bulk_load_indexes_text_once_and_updates_stay_consistent(tmp_path):
    def tw(i: int, text: str) -> Tweet:
        return Tweet(id=i, author_handle="a", created_at=datetime(2021, 1, 1, tzinfo=timezone.utc), text=text)

    with Store(tmp_path / "db") as store:
        store.upsert_tweets([tw(1, "old alpha")])
        with store.transaction(), store.bulk_load():
            c1 = store.upsert_tweets([tw(2, "bravo one"), tw(3, "charlie")])
            assert store.search("bravo") == []  # not indexed until the flush
            # an update of a row inserted in this bulk (and of an older one) flushes first: the index stays right
            c2 = store.upsert_tweets([tw(2, "bravo two"), tw(1, "new delta"), tw(4, "echo")])
        assert (c1.stored, c2.stored, c2.updated) == (2, 1, 2)
        fts_ok(store)
        assert store.search("bravo") == [2] and store.search("one") == [] and store.search("two") == [2]
        assert store.search("alpha") == [] and store.search("delta") == [1]
        assert sorted(store.search("charlie OR echo")) == [3, 4]
        with pytest.raises(RuntimeError):
            with store.bulk_load():
                pass


def test_interrupted_bulk_ingest_leaves_db_and_index_as_before(tmp_path, small_chunks):
    arch = devdata.synthesize_official_archive(400, tmp_path / "arch", seed=4)
    with Store(tmp_path / "db") as store:
        store.upsert_tweets([Tweet(id=5, author_handle="z", text="kept zulu",
                                   created_at=datetime(2019, 1, 1, tzinfo=timezone.utc))])

        def boom(ev):
            if ev.records >= 100 and not ev.done:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            ingest_paths(store, [arch], boom, workers=1, batch_size=50)
        assert store.count() == 1 and store.runs() == [] and store.search("zulu") == [5]
        fts_ok(store)
        assert ingest_paths(store, [arch], workers=1).files[0].stored == 400
        fts_ok(store)


def test_manifest_counts_are_checked_on_the_fast_path(tmp_path, small_chunks):
    arch = devdata.synthesize_official_archive(120, tmp_path / "arch", seed=5)
    man = arch / "data" / "manifest.js"
    man.write_text(man.read_text(encoding="utf-8").replace('"count" : "120"', '"count" : "121"')
                   .replace('"count": "120"', '"count": "121"'), encoding="utf-8")
    assert "121" in man.read_text(encoding="utf-8")
    with Store(tmp_path / "db") as store:
        f = ingest_paths(store, [arch], workers=1).files[0]
    assert any("manifest.js says 121 records, read 120" in w for w in f.warnings), f.warnings
    assert json.dumps(f.warnings).count("manifest.js says") == 1
    assert Path(f.path).name == "arch"
