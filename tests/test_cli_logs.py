"""Output for logs: the CLI with stdout and stderr not a terminal (a pipe, a file, CI).

`ingest` of the bundled sample runs as a real process through pipes: one summary line past a handful of sources,
a table of one-line rows with whole header words below it. The report's progress lines are checked on the
emitter with a fake clock, on a real heartbeat thread, on the map stage's per-topic callback (an engine that
fails every call, so no model loads), and through the `report` command with a scripted run. All fast."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tweetsum" / "sample" / "archives"
HEADERS = ["source", "format", "records", "stored", "updated", "unchanged", "rejected", "reasons"]


def _piped(*args: str) -> subprocess.CompletedProcess:
    """`tweetsum <args>` as its own process, stdout and stderr pipes, no COLUMNS or forced terminal."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    return subprocess.run([sys.executable, "-m", "tweetsum.cli", *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env, cwd=ROOT,
                          timeout=120)


def test_ingest_of_the_sample_into_a_pipe_is_one_summary_line(tmp_path):
    sources = sorted(p.name for p in SAMPLE.iterdir() if p.is_dir())
    assert len(sources) > 6  # past a handful
    r = _piped("ingest", str(SAMPLE), "--db", str(tmp_path / "a.db"))
    assert r.returncode == 0, r.stderr
    want = json.loads(_piped("ingest", str(SAMPLE), "--db", str(tmp_path / "b.db"), "--json").stdout)["totals"]
    lines = r.stdout.splitlines()
    assert len(lines) == 1 and r.stderr == "", r.stdout + r.stderr
    line = lines[0]  # every figure whole, on the one line
    assert line.startswith(f"ingest: {len(sources)} sources (x-archive {len(sources)}), "
                           f"{want['records']:,} records: {want['stored']:,} stored, 0 updated, 0 unchanged, "
                           f"0 rejected, in "), line
    again = _piped("ingest", str(SAMPLE), "--db", str(tmp_path / "a.db"))
    assert len(again.stdout.splitlines()) == 1 and f"{want['records']:,} unchanged" in again.stdout
    # one line for all the skipped sources, not one each
    assert again.stderr.splitlines() == [f"skipped: {len(sources)} sources already ingested "
                                         f"({want['records']:,} records counted as unchanged; --force re-reads them)"]


def test_ingest_of_a_handful_into_a_pipe_is_a_table_of_one_line_rows_and_whole_headers(tmp_path):
    picked = sorted(p for p in SAMPLE.iterdir() if p.is_dir())[:3]
    r = _piped("ingest", *map(str, picked), "--db", str(tmp_path / "a.db"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    header = [ln for ln in lines if "┃" in ln]
    assert len(header) == 1, r.stdout  # a header word split over two lines ("reason" / "s") is two lines
    assert [c.strip() for c in header[0].strip("┃ ").split("┃")] == HEADERS
    rows = [[c.strip() for c in ln.strip("│ ").split("│")] for ln in lines if "│" in ln]
    assert [row[0] for row in rows] == [f"archives/{p.name}" for p in picked] + ["total"]
    assert all(row[1] == "x-archive" and row[2].isdigit() for row in rows[:-1]), rows
    assert int(rows[-1][2]) == sum(int(row[2]) for row in rows[:-1])
    assert len(lines) == 9  # title, rule, header, rule, 3 rows, total, rule
    assert re.fullmatch(r"\d+ records in \d+\.\d\ds \([\d,]+/s\)\n", r.stderr), r.stderr


# -- the report's progress lines -----------------------------------------------------------------------------

class _Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def _call(from_cache: bool = False):
    return SimpleNamespace(from_cache=from_cache)


def test_report_progress_lines_at_each_stage_and_every_25_s():
    from tweetsum.commands.logs import ReportLog
    from tweetsum.run import RunProgress

    clock, stream = _Clock(), io.StringIO()
    log = ReportLog({"clock": clock, "stream": stream})
    p = RunProgress()
    p.stage = "select"
    log.on_progress(p)  # the first stage: a line at once
    clock.t += 24
    assert not log.ticker.tick()  # quiet under 25 s
    clock.t += 2
    assert log.ticker.tick()  # a heartbeat: nothing changed, the line still comes
    clock.t += 10
    p.stage = "topics"
    log.on_progress(p)  # a stage starts: a line
    clock.t += 2
    engine = SimpleNamespace(calls=[_call(), _call(from_cache=True), _call()])
    p.engine, p.topics_total, p.stage = engine, 5, "summarize"
    log.on_progress(p)  # 2 s after the last line: it waits for the gap
    log.on_progress(p)
    clock.t += 2
    assert not log.ticker.tick()
    clock.t += 1
    assert log.ticker.tick()  # 5 s after the last line: the new stage is said
    assert not log.ticker.tick()
    clock.t += 120
    engine.calls += [_call()] * 25
    p.topics_done = 3  # a topic done: no line of its own, the next heartbeat says it
    log.on_progress(p)
    assert log.ticker.tick()
    p.stage = "wordcloud"
    log.on_progress(p)
    clock.t += 1
    p.stage = "render"  # a second after the last stage: one line says the later one
    log.on_progress(p)
    clock.t += 4
    assert log.ticker.tick()
    assert stream.getvalue().splitlines() == [
        "report: select, 0:00 elapsed",
        "report: select, 0:26 elapsed",
        "report: topics, 0:36 elapsed",
        "report: summarize 0/5 topics, 2 model calls, 0:41 elapsed",
        "report: summarize 3/5 topics, 27 model calls, 2:41 elapsed",
        "report: render, 27 model calls, 2:46 elapsed",
    ]


def test_the_heartbeat_thread_writes_while_nothing_reports():
    from tweetsum.commands.logs import Ticker

    stream = io.StringIO()
    with Ticker(lambda: "report: summarize 1/5 topics", every=0.05, poll=0.01, stream=stream) as t:
        time.sleep(0.4)
    n = t.lines
    time.sleep(0.1)
    assert n >= 3 and t.lines == n, stream.getvalue()  # it wrote while running, and stopped on exit
    assert all(ln.startswith("report: summarize 1/5 topics, 0:00 elapsed") for ln in stream.getvalue().splitlines())


def test_the_map_stage_reports_each_topic_done():
    from tweetsum.core.tweet import Topic, Tweet
    from tweetsum.llm.engine import GenerationFailed
    from tweetsum.summarize.topic_map import summarize_topics
    from datetime import datetime, timezone

    class FailingEngine:  # every call fails: each section falls back, no model is loaded
        n_ctx, seed, spec = 4096, 0, SimpleNamespace(name="none")

        def count_tokens(self, text):
            return len(text) // 4 + 1

        def tokenize_prompt(self, p):
            return [0] * self.count_tokens(p.system + p.data + p.task), self.count_tokens(p.system + p.data)

        def complete(self, prompt, **kw):
            raise GenerationFailed("scripted")

    t0 = datetime(2026, 1, 21, tzinfo=timezone.utc)
    tweets = {i: Tweet(i, f"user{i}", t0, f"tweet number {i} about models") for i in range(1, 7)}
    topics = [Topic(k, 3, [("models", 1.0)], [3 * k + 1], [3 * k + 1, 3 * k + 2, 3 * k + 3]) for k in range(2)]
    seen = []
    out = summarize_topics(FailingEngine(), topics, tweets, sections=["summary"],
                           on_topic=lambda done, total: seen.append((done, total)))
    assert [s.topic_id for s in out] == [0, 1] and out[0].sections["summary"].fallback
    assert seen == [(1, 2), (2, 2)]


def test_report_into_a_log_prints_progress_lines_and_ends_with_the_post(tmp_path, monkeypatch):
    """`report` with stderr not a terminal: the run's progress as plain lines (a scripted run), then the
    figures and, last, where the post is, each on one line; fallbacks on one line."""
    from typer.testing import CliRunner

    import tweetsum.cli  # noqa: F401 - registers the commands
    import tweetsum.commands.report as report_cmd
    import tweetsum.run
    from tweetsum.commands import app
    from tweetsum.commands.logs import ReportLog
    from tweetsum.run import ReportResult, RunProgress
    from tweetsum.store.db import Store

    with Store(tmp_path / "d.db"):
        pass
    engine = SimpleNamespace(calls=[])

    def scripted(store, opts, **kw):
        p = RunProgress(engine=engine)
        for stage in ("select", "topics"):
            p.stage = stage
            opts.on_progress(p)
        p.stage, p.topics_total = "summarize", 2
        opts.on_progress(p)
        engine.calls.append(_call())
        time.sleep(0.3)  # one model call that takes long: the heartbeat speaks
        p.topics_done = 1
        opts.on_progress(p)
        time.sleep(0.15)  # the next heartbeat says it
        post = tmp_path / "2026-01-23-x.md"
        fallbacks = [{"topic": i, "section": "views", "reason": "r"} for i in range(8)]
        figures = {"by_source": {"model": 9, "quote": 1}, "published_items": 10, "model_written_share": 0.9,
                   "claims_model_before_fallback": {"supported_pct": 80, "claims": 40},
                   "claims_model_published": {"supported_pct": 100, "claims": 30}, "repeated_3gram_share": 0.01,
                   "cjk_share_zh_prose": 0.95, "fallbacks": fallbacks,
                   "faithful": {"items": 9, "faithful": 7, "faithful_pct": 77.8, "estimated_faithful_pct": 58.9,
                                "estimate_held_out_error": 6.5,
                                "check_precision": 0.85, "check_recall": 0.82,
                                "published_faithful": {"quotes": 0.9, "restating one tweet": 0.7}}}
        return ReportResult(post, tmp_path / "wordcloud_x.jpg", tmp_path / "2026-01-23-x.grounding.json", 500,
                            300, 7, 0.2, {"select": 1.0, "summarize": 100.0},
                            {"model_calls": 1, "result_cache_hits": 0, "prompt_tokens": 10, "evaluated_tokens": 5},
                            {"items": 10, "claims": 30, "supported_pct": 100, "actions": {"kept": 9},
                             "figures": figures}, ["a note"])

    monkeypatch.setattr(tweetsum.run, "build_report", scripted)
    monkeypatch.setattr(report_cmd, "ReportLog", lambda: ReportLog({"every": 0.05, "min_gap": 0.02, "poll": 0.01}))
    r = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "d.db"), "--since", "2026-01-21",
                                 "--until", "2026-01-21", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    # on a loaded machine the heartbeat may speak before the first stage starts ("report: starting, …")
    progress = [ln for ln in lines if ln.startswith("report: ") and not ln.startswith("report: starting")]
    assert progress[0] == "report: select, 0 model calls, 0:00 elapsed", lines
    assert progress[1].startswith("report: summarize 0/2 topics, "), lines  # topics followed in 0.02 s: one line
    assert len(progress) >= 5 and progress[-1].startswith("report: summarize 1/2 topics, 1 model calls, 0:00")
    assert "tweets: 300 selected of 500 in the window; topics: 7 (outliers 20%); time per stage: select 1.0s, " \
           "summarize 100.0s" in lines
    assert "fallback: 8 sections (topic 0 views, topic 1 views, topic 2 views, topic 3 views, topic 4 views, " \
           "topic 5 views, … 2 more); reasons in 2026-01-23-x.grounding.json" in lines
    assert lines[-1] == (f"post: {tmp_path / '2026-01-23-x.md'} (beside it: wordcloud_x.jpg, "
                         "2026-01-23-x.grounding.json)")
    # the check's figure leads, with what a careful reader would find estimated, and what the check is worth
    assert "pass the meaning check: 7 of 9 cited items; faithful as a careful reader would find (estimate): 58.9%, " \
           "missed a reader by up to 6.5 points on windows it was not fitted to" in lines
    assert "the check on the careful-reading gold set: precision 0.85, recall 0.82; published items a careful reader found faithful, by kind: " \
           "quotes 90%, restating one tweet 70%" in lines
    assert "names and figures found in the cited tweets: model items as first written 80% of 40, published model " \
           "items 100% of 30; repeated 3-grams 1.0%; CJK share of zh prose 95%" in lines
    assert not any("supported" in ln for ln in lines)  # a presence-of-names share is never called "supported"
    assert "note: a note" in lines and not any(ln.startswith("fallback: topic") for ln in lines)


def test_topics_into_a_log_is_a_row_a_topic_with_whole_headers(tmp_path, monkeypatch):
    """`topics --top 1` (the demo into a log): one line per topic, keywords unwrapped (hashing embedder)."""
    from typer.testing import CliRunner

    import tweetsum.cli  # noqa: F401 - registers the commands
    import tweetsum.embed
    from tweetsum.commands import app
    from tweetsum.ingest import ingest_paths
    from tweetsum.store.db import Store

    with Store(tmp_path / "d.db") as st:
        ingest_paths(st, [SAMPLE])
    monkeypatch.setattr(tweetsum.embed, "choose_embedder", lambda spec, texts: tweetsum.embed.HashingEmbedder(64))
    args = ["topics", "--since", "2026-01-20", "--until", "2026-01-22", "--tz", "+08:00", "--theme", "AI",
            "--db", str(tmp_path / "d.db")]
    doc = json.loads(CliRunner().invoke(app, args + ["--json"]).stdout)
    r = CliRunner().invoke(app, args + ["--top", "1"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    header = [ln for ln in lines if "┃" in ln]
    assert len(header) == 1 and [c.strip() for c in header[0].strip("┃ ").split("┃")] == \
        ["id", "size", "keywords", "top tweets"], r.output
    rows = [[c.strip() for c in ln.strip("│ ").split("│")] for ln in lines if "│" in ln]
    assert [(int(r_[0]), int(r_[1])) for r_ in rows] == [(t["id"], t["size"]) for t in doc["topics"]]
    assert [r_[2] for r_ in rows] == [", ".join(k["term"] for k in t["keywords"][:8]) for t in doc["topics"]]
    assert len(lines) == len(rows) + 7  # summary, title, 3 rules, header, the rows, time
