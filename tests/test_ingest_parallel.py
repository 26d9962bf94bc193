"""Worker-process parsing of big archives gives exactly the rows of the sequential reader."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from devkit import devdata
from tweetsum.ingest import ingest_paths, parallel
from tweetsum.store.db import Store

TT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tweettopic" / "train_2020.jsonl"


def rows_of(db: Path) -> list[tuple]:
    with Store(db) as s:
        return s.conn.execute("SELECT * FROM tweets ORDER BY id").fetchall()


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 1)
    monkeypatch.setattr(parallel, "CHUNK_BYTES", 40_000)


def test_split_ytd_cuts_only_between_elements():
    items = [{"tweet": {"id_str": str(i), "full_text": "a\\n  },\n  {" * (i % 3)}} for i in range(50)]
    data = ("window.YTD.tweets.part0 = " + json.dumps(items, indent=2)).encode()
    old = parallel.CHUNK_BYTES
    parallel.CHUNK_BYTES = 300
    try:
        chunks = parallel.split_ytd(data)
    finally:
        parallel.CHUNK_BYTES = old
    assert len(chunks) > 3
    got = [x for piece, _ in chunks for x in json.loads(piece)]
    assert got == items and sum(n for _, n in chunks) == 50
    assert parallel.split_ytd(data[:-10]) is None  # truncated: left to the sequential reader


@pytest.mark.skipif(not TT.exists(), reason=f"{TT} absent (the shared TweetTopic data is not here)")
def test_parallel_equals_sequential_on_tweettopic_archive(tmp_path, small_chunks):
    rows = devdata.load_tweettopic(TT, limit=1200)
    arch = devdata.write_official_archive(rows, tmp_path / "arch", long_posts=True)
    # one orphan long post, which must be counted as rejected exactly once
    notes = arch / "data" / "note-tweet.js"
    text = notes.read_text(encoding="utf-8")
    orphan = {"noteTweet": {"createdAt": "2030-01-01T00:00:00.000Z", "core": {"text": "orphan"}}}
    notes.write_text(text.replace("part0 = [", "part0 = [" + json.dumps(orphan) + ",", 1), encoding="utf-8")
    seq = ingest_paths(Store(tmp_path / "seq.db"), [arch], workers=1)
    par = ingest_paths(Store(tmp_path / "par.db"), [arch], workers=2)
    for rep in (seq, par):
        f = rep.files[0]
        assert (f.records, f.stored, f.rejected) == (len(rows) + 1, len(rows), 1), f
        assert list(f.rejects) == ["long post not joined: no truncated tweet created in the same second"]
    assert rows_of(tmp_path / "par.db") == rows_of(tmp_path / "seq.db")
    with Store(tmp_path / "par.db") as s:
        assert s.search("Louisville") == Store(tmp_path / "seq.db").search("Louisville")
