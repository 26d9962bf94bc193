"""Bad input: each case gives a one-line message naming file, record/entry and reason; good records survive."""
from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from tweetsum.ingest import (DecodeError, FormatError, IngestError, SymlinkError, UnsafeArchiveError, ZipBombError,
                             ZipLimits, detect_format, ingest_paths, read_tweets)
from tweetsum.store.db import Store

GOOD = {"id": 1700000000000000000, "rawContent": "good one", "date": "2023-09-08T04:26:40Z",
        "user": {"username": "ann"}}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def one_error(store, path, **kw) -> str:
    rep = ingest_paths(store, [path], **kw)
    assert rep.exit_code == 1 and len(rep.errors) == 1, rep
    msg = rep.errors[0]
    assert "\n" not in msg and "Traceback" not in msg
    assert str(path) in msg or Path(str(path)).name in msg
    assert store.count() == 0 and store.runs() == []
    return msg


def archive(root: Path, body: str) -> Path:
    (root / "data").mkdir(parents=True)
    (root / "data" / "tweets.js").write_text(body, encoding="utf-8")
    return root


def tw(tid: int, text: str = "hi") -> dict:
    return {"tweet": {"id_str": str(tid), "full_text": text, "created_at": "Wed Oct 10 20:19:24 +0000 2018",
                      "favorite_count": "1", "retweet_count": "0", "entities": {}}}


def test_truncated_archive_keeps_good_records(tmp_path, store):
    body = "window.YTD.tweets.part0 = " + json.dumps([tw(1050118621198921728), tw(1050118621198921729)], indent=2)
    root = archive(tmp_path / "a", body[: body.rindex("hi") - 5])  # cut inside the second tweet
    f = ingest_paths(store, [root]).files[0]
    assert (f.records, f.stored, f.rejected) == (2, 1, 1)
    assert "truncated JSON" in f.examples[0] and "tweets.js: record 1" in f.examples[0]
    assert store.count() == 1


def test_jsonl_bad_lines_and_mistyped_fields(tmp_path, store):
    lines = [json.dumps(GOOD), "{not json", json.dumps({**GOOD, "id": "abc"}),
             json.dumps({**GOOD, "id": 1700000000000000001, "likeCount": "many"}),
             json.dumps({"id": 1700000000000000002, "date": "2023-09-08T04:26:40Z"}),
             json.dumps({**GOOD, "id": 1700000000000000003, "date": "yesterday"}),
             json.dumps([1, 2]), json.dumps({**GOOD, "id": 1700000000000000004, "rawContent": 5}),
             json.dumps({**GOOD, "id": 1700000000000000005})[:-10]]
    p = tmp_path / "t.jsonl"
    p.write_text("\n".join(lines) + "\n")
    f = ingest_paths(store, [p]).files[0]
    assert (f.records, f.stored, f.rejected) == (9, 1, 8)
    assert f.stored + f.updated + f.unchanged + f.rejected == f.records
    text = "\n".join(f.examples)
    for expected in ("line 2: invalid JSON", "line 3: field 'id' is not a tweet id", "line 4: field 'likeCount' is "
                     "not a count", "line 5: missing field 'rawContent'", "line 6: field 'date' is not a date",
                     "line 7: not a tweet object (list)", "line 8: field 'rawContent' is not text",
                     "line 9: invalid JSON"):
        assert expected in text, expected
    assert f.rejects["invalid JSON"] == 2  # reasons are counted without their specifics
    run = store.runs()[0]
    assert run.rejected == 8 and run.rejects == f.rejects


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"hello world, this is prose\n", "not a recognized tweet format"),
    (b'{"foo": 1, "bar": [1, 2]}', "holds no tweets"),
    (b"[1, 2, 3]", "holds no tweets"),
    (b'{"data": [1, 2', "truncated JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
    (b"id,name\n1,x\n", "no 'text' column"),
])
def test_unreadable_files(tmp_path, store, content, reason):
    p = tmp_path / "input.json"
    p.write_bytes(content)
    msg = one_error(store, p)
    assert reason in msg, msg


def test_undecodable_bytes_name_the_position(tmp_path, store):
    p = tmp_path / "latin1.jsonl"
    p.write_bytes((json.dumps(GOOD) + "\n").encode() + '{"id": 1, "rawContent": "caf\xe9"}\n'.encode("latin-1"))
    msg = one_error(store, p)
    assert "line 2" in msg and "not valid utf-8" in msg
    with pytest.raises(DecodeError):
        list(read_tweets(p))


def test_partly_bad_batch_does_not_stop_good_files(tmp_path, store):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n")
    bad = tmp_path / "bad.json"
    bad.write_text("nonsense")
    rep = ingest_paths(store, [bad, good, tmp_path / "missing.csv"])
    assert rep.exit_code == 0 and store.count() == 1
    assert len(rep.errors) == 2 and any("no such file" in e for e in rep.errors)


def zip_with(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


TWEETS_JS = ("window.YTD.tweets.part0 = " + json.dumps([tw(1050118621198921728)])).encode()


@pytest.mark.parametrize("name,reason", [("../evil.js", "escapes the archive"), ("/etc/evil.js", "absolute path"),
                                         ("data/..\\..\\evil.js", "escapes the archive"),
                                         ("C:/evil.js", "absolute path")])
def test_zip_entries_escaping_the_target(tmp_path, store, name, reason):
    z = zip_with(tmp_path / "a.zip", [("data/tweets.js", TWEETS_JS), (name, b"x")])
    msg = one_error(store, z)
    assert reason in msg and "entry" in msg
    with pytest.raises(UnsafeArchiveError):
        list(read_tweets(z))


def test_zip_symlink_entry(tmp_path, store):
    info = zipfile.ZipInfo("data/account.js")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    z = zip_with(tmp_path / "a.zip", [("data/tweets.js", TWEETS_JS), (info, b"/etc/passwd")])
    assert "symlink entry" in one_error(store, z)


def test_zip_bombs(tmp_path, store):
    z = zip_with(tmp_path / "ratio.zip", [("data/tweets.js", TWEETS_JS), ("data/big.js", b"\0" * (3 << 20))])
    assert "compression ratio" in one_error(store, z)
    z2 = zip_with(tmp_path / "total.zip", [("data/tweets.js", TWEETS_JS), ("data/x.bin", os.urandom(5000))])
    assert "uncompressed size exceeds" in one_error(store, z2, limits=ZipLimits(max_total_size=4000))
    z3 = zip_with(tmp_path / "many.zip", [("data/tweets.js", TWEETS_JS)] + [(f"m/{i}", b"") for i in range(5)])
    assert "entries (limit 3)" in one_error(store, z3, limits=ZipLimits(max_entries=3))
    with pytest.raises(ZipBombError):
        list(read_tweets(z))
    # the defaults accept an ordinary archive
    ok = zip_with(tmp_path / "ok.zip", [("data/tweets.js", TWEETS_JS)])
    assert ingest_paths(store, [ok]).files[0].stored == 1


def test_corrupt_zip(tmp_path, store):
    p = tmp_path / "broken.zip"
    p.write_bytes(b"PK\x03\x04" + os.urandom(200))
    assert "not a readable zip" in one_error(store, p)


def test_zip_without_archive(tmp_path, store):
    z = zip_with(tmp_path / "other.zip", [("notes.txt", b"hello")])
    assert "no data/tweets.js" in one_error(store, z)


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlinks_in_folders(tmp_path, store):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    msg = one_error(store, loop)
    assert "symlink loop" in msg
    with pytest.raises(SymlinkError):
        detect_format(loop)
    # a symlink inside a folder is reported, not followed; the regular file next to it is read
    outside = tmp_path / "outside.jsonl"
    outside.write_text(json.dumps(GOOD) + "\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "link.jsonl").symlink_to(outside)
    (folder / "sub").symlink_to(folder)  # a loop inside: not followed either
    (folder / "real.jsonl").write_text(json.dumps({**GOOD, "id": 1700000000000000009}) + "\n")
    rep = ingest_paths(store, [folder])
    assert rep.exit_code == 0 and store.count() == 1 and store.get(1700000000000000009)
    assert sum("symlink inside a folder is not followed" in e for e in rep.errors) == 2
    # an archive whose tweets.js is a symlink is refused
    arch = tmp_path / "arch"
    (arch / "data").mkdir(parents=True)
    real = tmp_path / "real_tweets.js"
    real.write_bytes(TWEETS_JS)
    (arch / "data" / "tweets.js").symlink_to(real)
    rep = ingest_paths(store, [arch])
    assert rep.exit_code == 1 and "is a symlink" in rep.errors[0]


def test_interrupted_ingest_leaves_db_as_before_that_file(tmp_path, store):
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(GOOD) + "\n")
    ingest_paths(store, [first])
    p = tmp_path / "big.jsonl"
    p.write_text("".join(json.dumps({**GOOD, "id": 1700000000000000100 + i}) + "\n" for i in range(50)))

    def boom(ev):
        if ev.records >= 20 and not ev.done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [p], boom, batch_size=10)
    assert store.count() == 1 and len(store.runs()) == 1
    assert store.integrity_ok()
    # and the same file ingests fully afterwards (it was not recorded as done)
    assert ingest_paths(store, [p]).files[0].stored == 50


def test_error_types_carry_path_record_reason():
    e = FormatError("/x/a.json", "line 3", "bad thing")
    assert isinstance(e, IngestError) and str(e) == "/x/a.json: line 3: bad thing"
    assert (e.path, e.record, e.reason) == ("/x/a.json", "line 3", "bad thing")
    assert str(IngestError("f", 7, "r")) == "f: record 7: r"


def test_empty_folder_is_an_error_not_silence(tmp_path, store):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("# not tweets")
    rep = ingest_paths(store, [tmp_path / "empty"])
    assert rep.exit_code == 1 and "no tweet files in this folder" in rep.errors[0]
    assert any("skipped 1 file(s) of unknown type: notes.md" in w for w in rep.warnings)
