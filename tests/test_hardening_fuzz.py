"""Reader fuzzing: ~300 seeded mutation cases over real archives (benchmarks/fuzz_readers.py, which runs
10,000) plus hypothesis properties over generated files. Every case: no exception escapes ``ingest_paths``,
messages are one line naming the file, and stored + updated + unchanged + rejected == records per file.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tweetsum.ingest import ingest_paths
from tweetsum.store.db import Store

_spec = importlib.util.spec_from_file_location(
    "fuzz_readers", Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz_readers.py")
fuzz_readers = importlib.util.module_from_spec(_spec)
sys.modules["fuzz_readers"] = fuzz_readers
_spec.loader.exec_module(fuzz_readers)

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


def _check(path: Path) -> tuple[Store, object]:
    store = Store(":memory:")
    rep = ingest_paths(store, [path], workers=1)  # must not raise
    for f in rep.files:
        assert f.stored + f.updated + f.unchanged + f.rejected == f.records, f
    assert store.count() == rep.stored
    for msg in rep.errors + [e for f in rep.files for e in f.examples]:
        assert msg.strip() and "\n" not in msg and "Traceback" not in msg, msg
        assert path.name in msg, msg
    return store, rep


@pytest.mark.parametrize("seed", range(3))
def test_mutation_fuzzer(seed, tmp_path):
    s = fuzz_readers.fuzz(100, seed=1000 + seed, work_root=tmp_path)
    assert s["cases"] == 100
    assert s["tracebacks"] == 0 and s["invariant_failures"] == 0 and s["bad_messages"] == 0, s["examples"]
    assert s["stored"] > 0 and (s["rejected"] + s["source_errors"]) > 0  # the mutations do bite


@SETTINGS
@given(data=st.binary(max_size=2048), ext=st.sampled_from([".json", ".jsonl", ".csv", ".js", ".txt", ""]))
def test_arbitrary_bytes_never_crash(data, ext):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"input{ext}"
        p.write_bytes(data)
        _check(p)[0].close()


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                     lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c, max_size=4),
                     max_leaves=12)
_field = st.sampled_from(["id", "rawContent", "date", "user", "likeCount", "retweetCount", "lang", "hashtags",
                          "inReplyToTweetId", "quotedTweet", "mentionedUsers", "url"])


@SETTINGS
@given(records=st.lists(st.tuples(_field, _json), min_size=1, max_size=6))
def test_scraper_jsonl_with_odd_fields(records):
    """A valid record with one field replaced by anything: it is stored or rejected with a reason, never lost."""
    base = {"id": 1700000000000000000, "rawContent": "good one", "date": "2023-09-08T04:26:40Z",
            "user": {"username": "ann"}}
    lines = []
    for n, (k, v) in enumerate(records):
        lines.append(json.dumps({**base, "id": base["id"] + n, k: v}, allow_nan=True))
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.jsonl"
        p.write_text("\n".join(lines) + "\n", encoding="utf-8")
        store, rep = _check(p)
        f = rep.files[0]
        assert f.error is None and f.records == len(lines)
        store.close()


@SETTINGS
@given(texts=st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=5),
       counts=st.lists(st.one_of(st.integers(-5, 2 ** 70), st.text(max_size=8)), min_size=1, max_size=5))
def test_official_archive_text_round_trips(texts, counts):
    """Any text in full_text survives an official archive exactly (HTML-escaped as X writes it); odd counts
    are rejected records with a reason."""
    import html

    items = []
    for n, text in enumerate(texts):
        c = counts[n % len(counts)]
        items.append({"tweet": {"id_str": str(1700000000000000000 + n), "full_text": html.escape(text, quote=False),
                                "created_at": "Wed Oct 10 20:19:24 +0000 2018", "favorite_count": c,
                                "retweet_count": "0", "entities": {}}})
    with tempfile.TemporaryDirectory() as d:
        root = Path(d) / "arch"
        (root / "data").mkdir(parents=True)
        (root / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(items), encoding="utf-8")
        store, rep = _check(root)
        f = rep.files[0]
        assert f.records == len(texts)
        for n, text in enumerate(texts):
            t = store.get(1700000000000000000 + n)
            if t is not None:
                assert t.text == text.replace("\r\n", "\n") or t.text == text
                assert t.created_at == datetime(2018, 10, 10, 20, 19, 24, tzinfo=timezone.utc)
        store.close()
