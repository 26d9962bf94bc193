"""The record count is the reader's own (``Census``), not the sum of outcomes: a reader that loses a record
between splitting the input and handing it to the store breaks ``stored + updated + unchanged + rejected ==
records``. Each test plants such a loss in one read path (a real file, a real SQLite store) and checks that
the invariant, the warning and the fuzzer's invariant check all see it; the unbroken path must agree."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tweetsum.ingest import ingest_paths, parallel, sources
from tweetsum.ingest.x_archive import OfficialArchiveReader
from tweetsum.core.tweet import Tweet
from tweetsum.store.db import Store

from test_ingest_readers import archive_tweet, make_archive

_spec = importlib.util.spec_from_file_location(
    "fuzz_readers", Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz_readers.py")
fuzz_readers = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("fuzz_readers", fuzz_readers)
_spec.loader.exec_module(fuzz_readers)


def _drop_second_tweet(gen):
    """Wrap a record iterator: the second tweet silently disappears (the bug the census must expose)."""
    def wrapped(*a, **k):
        n = 0
        for item in gen(*a, **k):
            if type(item) is Tweet:
                n += 1
                if n == 2:
                    continue
            yield item
    return wrapped


def _ingest(path: Path):
    with Store(":memory:") as store:
        rep = ingest_paths(store, [path], workers=1)
        assert store.count() == rep.stored
    (f,) = rep.files
    return f


def _balanced(f) -> bool:
    return f.stored + f.updated + f.unchanged + f.rejected == f.records


def _files(tmp: Path) -> dict[str, Path]:
    lines = [json.dumps({"id": str(100 + i), "text": f"tweet {i}", "created_at": "2024-05-0%dT10:00:00Z" % (i + 1),
                         "user": {"screen_name": "bob"}}) for i in range(4)]
    lines.insert(2, "{not json")
    (tmp / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp / "t.csv").write_text("id,text,created_at,author\n" + "".join(
        f"{200 + i},csv tweet {i},2024-05-0{i + 1} 10:00:00,carol\n" for i in range(4)) + "1,2\n", encoding="utf-8")
    page = {"data": [{"id": str(300 + i), "text": f"api {i}", "created_at": "2024-05-01T10:00:00.000Z",
                      "author_id": "9"} for i in range(4)] + ["not a tweet"],
            "includes": {"users": [{"id": "9", "username": "dave"}]}}
    (tmp / "t.api.json").write_text(json.dumps(page), encoding="utf-8")
    arch = make_archive(tmp / "arch", [archive_tweet(str(400 + i), "Wed May 01 10:00:0%d +0000 2024" % i,
                                                     f"archive {i}") for i in range(4)] + [{"tweet": 5}])
    return {"jsonl": tmp / "t.jsonl", "csv": tmp / "t.csv", "x-api-v2": tmp / "t.api.json", "x-archive": arch}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "x-api-v2", "x-archive"])
def test_unbroken_readers_balance(fmt, tmp_path):
    f = _ingest(_files(tmp_path)[fmt])
    assert f.format == fmt and f.error is None
    assert (f.records, f.stored, f.rejected) == (5, 4, 1), f
    assert _balanced(f) and not any("unaccounted" in w for w in f.warnings), f


@pytest.mark.parametrize("fmt,target", [("jsonl", "read_jsonl"), ("csv", "read_csv"), ("x-api-v2", "read_api_v2")])
def test_dropping_file_reader_breaks_the_invariant(fmt, target, tmp_path, monkeypatch):
    monkeypatch.setattr(sources, target, _drop_second_tweet(getattr(sources, target)))
    f = _ingest(_files(tmp_path)[fmt])
    assert f.format == fmt
    assert (f.records, f.stored) == (5, 3), f
    assert not _balanced(f)
    assert any("unaccounted for" in w and "+1" in w for w in f.warnings), f.warnings


def test_dropping_archive_sequential_reader_breaks_the_invariant(tmp_path, monkeypatch):
    monkeypatch.setattr(OfficialArchiveReader, "__iter__", _drop_second_tweet(OfficialArchiveReader.__iter__))
    monkeypatch.setattr(sources.ArchiveSource, "row_batches", lambda self, *a, **k: (_ for _ in ()).throw(
        parallel.FastPathFailed("forced: sequential reader")))
    f = _ingest(_files(tmp_path)["x-archive"])
    assert (f.records, f.stored) == (5, 3) and not _balanced(f), f


def test_dropping_archive_fast_path_breaks_the_invariant(tmp_path, monkeypatch):
    real = parallel.parse_chunk

    def lossy(*a, **k):
        res = real(*a, **k)
        if res is None:
            return None
        rows, rejects, joined, n = res
        return rows[1:], rejects, joined, n  # a row lost after orjson split the chunk

    monkeypatch.setattr(parallel, "parse_chunk", lossy)
    f = _ingest(_files(tmp_path)["x-archive"])
    assert (f.records, f.stored) == (5, 3) and not _balanced(f), f


def test_fuzzer_invariant_sees_a_dropping_reader(tmp_path, monkeypatch):
    path = _files(tmp_path)["jsonl"]
    assert fuzz_readers.run_case(path).invariant_ok
    monkeypatch.setattr(sources, "read_jsonl", _drop_second_tweet(sources.read_jsonl))
    assert not fuzz_readers.run_case(path).invariant_ok
