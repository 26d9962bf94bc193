"""Archive attacks beyond tests/test_ingest_bad_input.py: nothing is ever written outside the work folder
(checked by listing the temp dir, the cwd and the input's surroundings before/after), nested-prefix zip-slip,
two-link symlink loops, a symlinked folder argument, FIFOs/devices in a folder (must not hang), a zip bomb
that *is* tweets.js, zip-in-zip, and odd entry names.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from tweetsum.ingest import ZipLimits, ingest_paths
from tweetsum.store.db import Store

TWEET = {"tweet": {"id_str": "1050118621198921728", "full_text": "hi", "favorite_count": "1", "retweet_count": "0",
                   "created_at": "Wed Oct 10 20:19:24 +0000 2018", "entities": {}}}
TWEETS_JS = ("window.YTD.tweets.part0 = " + json.dumps([TWEET])).encode()
posix = pytest.mark.skipif(os.name != "posix", reason="symlinks, FIFOs")


def _listing(*roots: Path) -> set[str]:
    out = set()
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for n in dirnames + filenames:
                out.add(os.path.join(dirpath, n))
    return out


def _zip(path: Path, entries) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    return path


@pytest.fixture
def work(tmp_path):
    """(inputs folder, db path); the temp dir and cwd listings must not change except for the db files."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    db = tmp_path / "db" / "t.db"
    top = Path(tempfile.gettempdir())
    before_top = {p.name for p in top.iterdir()}
    before_cwd = _listing(Path.cwd()) if Path.cwd() != Path("/") else set()
    before_tmp = _listing(tmp_path)
    yield inputs, db
    after_tmp = {p for p in _listing(tmp_path) - before_tmp if not p.startswith(str(inputs) + os.sep)}
    assert {p for p in after_tmp if not p.startswith(str(db.parent))} == set(), "written outside the db folder"
    assert {Path(p).name for p in after_tmp if p.startswith(str(db.parent) + os.sep)} <= {
        "t.db", "t.db-wal", "t.db-shm", "t.db-journal"}
    new_top = {p.name for p in top.iterdir()} - before_top
    # other processes on this machine may create temp files meanwhile: only names an extraction would use count
    assert not {n for n in new_top if n in ("evil.js", "passwd", "pwned", "data", "etc")}, new_top
    if before_cwd:
        assert not {p for p in _listing(Path.cwd()) - before_cwd if "evil" in p or "pwned" in p}


def _one_error(db: Path, path: Path, **kw) -> str:
    with Store(db) as store:
        rep = ingest_paths(store, [path], **kw)
        assert rep.exit_code == 1 and store.count() == 0, rep
        assert rep.errors and all("\n" not in e and "Traceback" not in e for e in rep.errors)
        return " | ".join(rep.errors)


@pytest.mark.parametrize("name", ["../../../../tmp/pwned", "tt_user00/../../evil.js", "data/../../evil.js",
                                  "/tmp/pwned", "\\\\server\\share\\evil.js", "data/./../../evil.js",
                                  "D:\\evil.js", "tt_user00/data/../../../../etc/evil.js"])
def test_zip_slip_names_are_refused_and_nothing_is_written(work, name):
    inputs, db = work
    z = _zip(inputs / "a.zip", [("tt_user00/data/tweets.js", TWEETS_JS), ("data/tweets.js", TWEETS_JS), (name, b"x")])
    msg = _one_error(db, z)
    assert "a.zip" in msg and ("escapes the archive" in msg or "absolute path" in msg or "entry" in msg), msg


def test_bomb_that_is_tweets_js(work):
    inputs, db = work
    big = b"window.YTD.tweets.part0 = [" + b" " * (8 << 20) + b"]"
    z = _zip(inputs / "bomb.zip", [("data/tweets.js", big)])
    assert "compression ratio" in _one_error(db, z)
    # and the size limit holds even when the ratio is modest
    z2 = _zip(inputs / "size.zip", [("data/tweets.js", TWEETS_JS + os.urandom(20000))])
    assert "uncompressed size exceeds" in _one_error(db, z2, limits=ZipLimits(max_total_size=10000))


def test_lying_zip_header_sizes(work):
    """A central directory that understates an entry's size: reading stops at the declared size (zipfile
    checks), so the real bytes are never inflated past the limits."""
    inputs, db = work
    z = _zip(inputs / "liar.zip", [("data/tweets.js", TWEETS_JS + b" " * (4 << 20))])
    raw = bytearray(z.read_bytes())
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24:cd + 28] = (len(TWEETS_JS)).to_bytes(4, "little")  # uncompressed size in the central directory
    z.write_bytes(bytes(raw))
    with Store(db) as store:
        rep = ingest_paths(store, [z])
        assert rep.errors and store.count() == 0, rep
        assert all("\n" not in e for e in rep.errors)


def test_zip_in_zip_is_not_extracted(work):
    inputs, db = work
    inner = _zip(inputs / "inner.zip", [("data/tweets.js", TWEETS_JS), ("../evil.js", b"x")])
    outer = _zip(inputs / "outer.zip", [("data/tweets.js", TWEETS_JS), ("data/inner.zip", inner.read_bytes())])
    inner.unlink()
    with Store(db) as store:
        rep = ingest_paths(store, [outer])
        assert store.count() == 1 and rep.files[0].stored == 1  # only the outer archive's tweets


@posix
def test_two_link_symlink_loop_and_symlinked_argument(work):
    inputs, db = work
    a, b = inputs / "a", inputs / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    assert "symlink loop" in _one_error(db, a)
    # a folder argument that is a symlink to a folder of the user's is an explicit choice: either read or
    # refused with a message, never a traceback
    real = inputs / "real"
    (real / "data").mkdir(parents=True)
    (real / "data" / "tweets.js").write_bytes(TWEETS_JS)
    (inputs / "link").symlink_to(real)
    with Store(db) as store:
        rep = ingest_paths(store, [inputs / "link"])
        assert (rep.exit_code, store.count()) in ((0, 1), (1, 0)), rep
        assert all("\n" not in e for e in rep.errors)


@posix
@pytest.mark.parametrize("kind", ["fifo", "archive_fifo", "dev"])
def test_special_files_do_not_hang(tmp_path, kind):
    """A FIFO or a device named like a tweet file must be refused or skipped, not read (reading blocks forever
    or never ends). Run in a subprocess with a timeout so a hang fails the test instead of the suite."""
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "good.jsonl").write_text(json.dumps({"id": 1700000000000000000, "rawContent": "ok",
                                                   "date": "2023-09-08T04:26:40Z", "user": {"username": "a"}}) + "\n")
    if kind == "fifo":
        os.mkfifo(folder / "tweets.jsonl")
        arg = folder
    elif kind == "archive_fifo":
        (folder / "data").mkdir()
        os.mkfifo(folder / "data" / "tweets.js")
        arg = folder
    else:
        arg = Path("/dev/zero")
    code = ("import sys; from tweetsum.ingest import ingest_paths; from tweetsum.store.db import Store; "
            "s = Store(sys.argv[1]); r = ingest_paths(s, [sys.argv[2]], workers=1); "
            "print(r.exit_code, s.count(), '|'.join(r.errors + r.warnings + [w for f in r.files for w in f.warnings]))")
    try:
        r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "t.db"), str(arg)], capture_output=True,
                           text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"ingest of a {kind} hung")
    assert r.returncode == 0, r.stderr[-2000:]
    exit_code, count, errors = r.stdout.strip().split(" ", 2)
    if kind == "fifo":
        assert count == "1" and "not a regular file" in errors and "tweets.jsonl" in errors  # reported, not read
    elif kind == "archive_fifo":
        assert count == "0" and exit_code == "1" and "tweets.js" in errors, errors
    else:
        assert exit_code == "1" and count == "0" and "/dev/zero" in errors


@posix
def test_zip_symlink_then_write_through_it(work):
    """Classic two-step slip: a symlink entry 'data' → '/tmp', then 'data/pwned'. Refused; nothing written."""
    inputs, db = work
    info = zipfile.ZipInfo("data")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    z = _zip(inputs / "two.zip", [(info, b"/tmp"), ("data/tweets.js", TWEETS_JS), ("data/pwned", b"x")])
    assert "symlink" in _one_error(db, z)
    assert not Path("/tmp/pwned").exists()
