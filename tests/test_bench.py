"""`tweetsum bench` without a GGUF: quality metrics on hand-made answers, workload files, speed helpers,
outputs (JSON/CSV/chart) from hand-made rows, and workload selection on a real SQLite store."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from tweetsum.modelbench import (BenchResult, Workload, WorkloadError, build_workload, citation_validity,
                            length_compliance, load_workload, mean_std, memory_bandwidth, ngram_repetition,
                            roofline_tps, score, weight_bytes, write_outputs)
from tweetsum.llm.gguf_info import GGUFInfo, TensorInfo
from tweetsum.llm.schemas import section_schema
from tweetsum.core.tweet import Topic, Tweet

T0 = datetime(2026, 1, 20, 9, tzinfo=timezone.utc)


def _tweets():
    texts = ["Nova Robotics unveiled the Atlas-7 robot in Berlin for $42,000.",
             "Atlas-7 picked 600 parcels an hour in the demo.",
             "Unions in Hamburg want talks before any Atlas-7 deployment."]
    return {100 + i: Tweet(id=100 + i, author_handle=h, created_at=T0 + timedelta(hours=i), text=t, cashtags=[])
            for i, (t, h) in enumerate(zip(texts, ["mara", "devlin", "kf"]))}


# -- metrics on hand-made inputs ---------------------------------------------------------------------------
def test_repetition_counts_repeated_ngrams():
    assert ngram_repetition("the robot picks parcels fast") == (0, 3)
    # "a b c a b c": 3-grams abc, bca, cab, abc -> 1 of 4 repeated
    assert ngram_repetition("alpha beta gamma alpha beta gamma") == (1, 4)
    assert ngram_repetition("") == (0, 0)
    # an item repeated word for word is caught even when shorter than n
    assert ngram_repetition(["TWEETS", "tweets"]) == (1, 2)
    # CJK characters are tokens
    assert ngram_repetition("机器人机器人机器人") == (4, 7)


def test_length_compliance_checks_bounds_and_blanks():
    schema = section_schema("events", [1, 2, 3], ["a"])
    good = {"events": [{"event": "Atlas-7 launched", "detail": "Nova showed it.", "tweets": [1]}]}
    assert length_compliance(good, schema) == (4, 4)  # events array, event and detail strings, tweets array
    too_long = {"events": [{"event": "x" * 201, "detail": "d", "tweets": [1]},
                           {"event": "  ", "detail": "d", "tweets": [1, 2, 3, 1]}]}
    ok, total = length_compliance(too_long, schema)
    assert (ok, total) == (4, 7)  # array, 2 details, 1st tweets ok; long string, blank string, 4 cites: not
    missing = {"events": [{"detail": "d", "tweets": [1]}]}
    assert length_compliance(missing, schema) == (3, 4)  # the required event string is missing
    summ = section_schema("summary", [1], ["a"])
    assert length_compliance({"title": "T", "summary": "", "sentiment": "neutral", "sentiment_reason": "r",
                              "tweets": [1]}, summ) == (4, 5)


def test_citation_validity_counts_ids_outside_the_prompt():
    assert citation_validity([1, 2, 3], range(1, 4)) == (3, 3)
    assert citation_validity([1, 9, -1], {1, 2}) == (1, 3)
    assert citation_validity([], {1}) == (0, 0)


def test_score_on_hand_made_summaries():
    tw = _tweets()
    summaries = [{"topic_id": 0, "prompt_tweet_ids": [100, 101, 102], "sections": {
        "summary": {"first_try_valid": True, "fallback": False,
                    "data": {"title": "Atlas-7 launch", "summary": "Nova Robotics showed Atlas-7 in Berlin.",
                             "sentiment": "positive"}},
        "events": {"first_try_valid": False, "fallback": False,
                   "data": {"events": [{"event": "Atlas-7 picked 900 parcels in Paris", "tweet_ids": [101]},
                                       {"event": "Atlas-7 picked 900 parcels in Paris", "tweet_ids": [101]}]}},
        "views": {"first_try_valid": False, "fallback": True, "data": {"views": [{"view": "x", "tweet_ids": [100]}]}},
    }}]
    gens = [{"label": "topic 0/events", "text": json.dumps({"events": [{"event": "e", "tweets": [2, 7]}]})},
            {"label": "topic 0/views", "text": '{"views": [{"auth'},  # cut off: not parsed
            {"label": "topic 0/summary", "text": json.dumps({"title": "t" * 70, "summary": "s",
                                                             "sentiment": "neutral"})}]
    q = score(summaries, gens, tw, "en")
    assert q["sections"] == 3
    assert q["first_try_valid"] == pytest.approx(1 / 3)
    assert q["fallback_rate"] == pytest.approx(1 / 3)
    assert q["completeness"] == pytest.approx(2 / 3)
    # summary claims Atlas-7, Nova Robotics, Berlin: all in the topic's tweets; events claim 900 and Paris: not
    assert q["claims_supported"] < q["claims"]
    assert "number" in q["unsupported_kinds"]
    assert q["citations"] == pytest.approx(1 / 2)  # 7 is not a tweet of the 3-tweet prompt
    assert q["answers_parsed"] == 2
    assert q["length"] < 1.0  # the 70-character title
    assert q["repetition"] == pytest.approx(5 / 18)  # repeated event: 5 of 10 3-grams; summary: 0 of 8
    assert q["language"] == 1.0
    assert score(summaries, gens, tw, "zh")["language"] == 0.0  # English prose is not Chinese
    assert q["faithful_items"] == 1.0  # no rule of the meaning check fires on these
    # the meaning check's rules, the same for every model: an event no cited tweet reports is not faithful
    bad = [{"topic_id": 0, "prompt_tweet_ids": [100, 101, 102], "sections": {"events": {
        "first_try_valid": True, "fallback": False, "data": {"events": [
            {"event": "Unions in Hamburg announced a strike over Atlas-7", "tweet_ids": [102]},
            {"event": "Atlas-7 picked 600 parcels an hour", "tweet_ids": [101]}]}}}}]
    assert score(bad, [], tw, "en")["faithful_items"] == pytest.approx(1 / 2)


# -- workload files -----------------------------------------------------------------------------------------
def test_workload_round_trip_and_bad_files(tmp_path):
    tw = _tweets()
    top = Topic(id=0, size=3, keywords=[("atlas-7", 1.0)], representative_ids=[101], member_ids=sorted(tw))
    wl = Workload([top], tw, lang="en", sections=["summary"], max_tokens={"summary": 40}, meta={"theme": None})
    p = wl.save(tmp_path / "w.json")
    back = load_workload(p)
    assert back.topics == wl.topics and back.lang == "en" and back.max_tokens == {"summary": 40}
    assert back.tweets[100].text == tw[100].text and back.tweets[100].created_at == tw[100].created_at
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(WorkloadError, match="bad.json"):
        load_workload(bad)
    d = json.loads(p.read_text())
    d["tweets"] = d["tweets"][1:]
    bad.write_text(json.dumps(d))
    with pytest.raises(WorkloadError, match="1 tweets the file does not hold"):
        load_workload(bad)
    with pytest.raises(WorkloadError, match="cannot read"):
        load_workload(tmp_path / "missing.json")


def test_build_workload_on_a_real_store(tmp_path):
    from tweetsum.embed import HashingEmbedder
    from tweetsum.store.db import Store

    base = ["robot warehouse atlas parcels", "tram airport council line", "bitcoin price rally miners"]
    tweets = [Tweet(id=1000 + i, author_handle=f"u{i % 5}", created_at=T0 + timedelta(minutes=i),
                    text=f"{base[i % 3]} update {i} {'news' if i % 2 else 'today'}") for i in range(45)]
    with Store(tmp_path / "t.db") as st:
        st.upsert_tweets(tweets)
        wl = build_workload(st, since=T0, until=T0 + timedelta(days=1), theme=None, embedder=HashingEmbedder(),
                            max_topics=2, lang="en")
        assert 1 <= len(wl.topics) <= 2
        assert {i for t in wl.topics for i in t.member_ids} == set(wl.tweets)
        assert wl.meta["n_pool"] == 45
        wl2 = build_workload(st, sample=20, theme=None, embedder=HashingEmbedder(), max_topics=1, lang="en")
        assert wl2.meta["n_pool"] == 20 and len(wl2.topics) == 1
        with pytest.raises(WorkloadError, match="none on theme"):
            build_workload(st, theme="quantum chromodynamics", embedder=None, lang="en")
        with pytest.raises(WorkloadError, match="no tweets in the window"):
            build_workload(st, since=T0 + timedelta(days=5), until=T0 + timedelta(days=6), theme=None,
                           embedder=HashingEmbedder())


# -- speed helpers and outputs ------------------------------------------------------------------------------
def test_weight_bytes_and_roofline():
    def info(names):
        ts = [TensorInfo(n, (256, 4), 0, 0) for n in names]  # F32: 4 KiB each
        return GGUFInfo(path=None, size=0, version=3, metadata={}, tensors=ts)

    tied = weight_bytes(info(["token_embd.weight", "blk.0.attn_q.weight"]))
    assert tied == {"tensor_bytes": 8192, "bytes_per_token": 8192, "tied_embeddings": True}
    untied = weight_bytes(info(["token_embd.weight", "blk.0.attn_q.weight", "output.weight"]))
    assert untied["tensor_bytes"] == 12288 and untied["bytes_per_token"] == 8192
    assert roofline_tps(10.0, 10**8) == pytest.approx(100.0)
    assert roofline_tps(None, 10) is None
    assert mean_std([1.0, 3.0]) == {"mean": 2.0, "std": pytest.approx(2 ** 0.5), "n": 2, "values": [1.0, 3.0]}
    assert mean_std([5.0])["std"] == 0.0


def test_memory_bandwidth_small():
    bw = memory_bandwidth(16, reps=2)
    assert bw["array_mib"] == 16 and bw["copy_gbs"] > 0.05


def test_outputs_from_hand_made_rows(tmp_path):
    ok = {"model": "m1", "model_name": "m1", "ok": True, "speed": {"pp": mean_std([100.0, 110.0]),
          "tg": mean_std([20.0]), "tg_depth": mean_std([15.0])}, "roofline": {"tg_limit_tps": 60.0},
          "quality": {"grounding": 0.5, "first_try_valid": 1.0, "repetition": 0.1}, "summaries": [{"x": 1}]}
    bad = {"model": "x.gguf", "ok": False, "error": "x.gguf: not a GGUF file", "stage": "resolve"}
    res = BenchResult([ok, bad], {"cpu_model": "test cpu", "memory_bandwidth": {"copy_gbs": 5.0}},
                      {"threads": 1, "repeat": 2, "pp": 512, "tg": 128, "tg_depth": 64}, {"topics": 1, "lang": "en"})
    paths = write_outputs(res, tmp_path)
    doc = json.loads((tmp_path / "bench.json").read_text())
    assert [r["model"] for r in doc["rows"]] == ["m1", "x.gguf"] and doc["rows"][1]["error"]
    csv_text = (tmp_path / "bench.csv").read_text()
    header = csv_text.splitlines()[0].split(",")
    assert "speed.pp.mean" in header and "env.memory_bandwidth.copy_gbs" in header and "summaries" not in header
    assert "not a GGUF file" in csv_text
    from PIL import Image

    with Image.open(paths["chart"]) as im:
        assert im.size[0] > 500 and im.size[1] > 300


def test_worker_peak_rss_is_its_own_not_the_parents():
    """ru_maxrss survives exec: a worker started by a big parent would report the parent's peak."""
    import subprocess
    import sys

    import numpy as np

    big = np.ones(64 << 20)  # 512 MiB touched in this (parent) process
    code = "from tweetsum.modelbench.worker import _peak_rss; print(_peak_rss())"
    child = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert 10 << 20 < child < 300 << 20
    del big


def test_cli_table_shows_error_rows(tmp_path):
    from typer.testing import CliRunner

    from tweetsum.cli import app

    tw = _tweets()
    top = Topic(id=0, size=3, keywords=[("atlas-7", 1.0)], representative_ids=[101], member_ids=sorted(tw))
    wl = Workload([top], tw, lang="en").save(tmp_path / "w.json")
    (tmp_path / "x.gguf").write_text("not a model")
    r = CliRunner().invoke(app, ["bench", "--workload", str(wl), "--model", str(tmp_path / "x.gguf"),
                                 "--bandwidth-mib", "8", "--out", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert "not a GGUF file" in r.stdout and "summary quality" in r.stdout and "bench.png" in r.stdout
    assert "Traceback" not in r.output
    r = CliRunner().invoke(app, ["bench", "--model", "smollm2", "--db", str(tmp_path / "none.db"),
                                 "--since", "2020-01-01", "--until", "2020-01-02"])
    assert r.exit_code == 2 and "no database" in r.output
