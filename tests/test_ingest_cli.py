"""`tweetsum ingest` / `tweetsum stats` through the Typer app (real SQLite, tmp_path)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tweetsum.cli import app

runner = CliRunner()


def rec(i: int, day: str, handle: str = "ann", lang: str = "en") -> str:
    return json.dumps({"id": 1700000000000000000 + i, "rawContent": f"tweet {i}", "date": day,
                       "user": {"username": handle}, "lang": lang})


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join([rec(1, "2024-05-01T15:30:00Z"), rec(2, "2024-05-01T16:30:00Z", "bob"),
                               rec(3, "2024-05-02T03:00:00Z", lang="zh"), "{broken"]) + "\n")
    bad = tmp_path / "bad.json"
    bad.write_text("not tweets at all")
    return good, bad


def test_ingest_json_summary_and_exit_codes(tmp_path, files):
    good, bad = files
    db = tmp_path / "c.db"
    r = runner.invoke(app, ["ingest", str(good), str(bad), "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert rep["totals"] == {"records": 4, "stored": 3, "updated": 0, "unchanged": 0, "rejected": 1}
    assert len(rep["errors"]) == 1 and "bad.json" in rep["errors"][0]
    # nothing readable -> non-zero, one line, no traceback
    r = runner.invoke(app, ["ingest", str(bad), "--db", str(db)])
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    err_lines = [ln for ln in r.output.splitlines() if ln.startswith("error:")]
    assert len(err_lines) == 1 and "bad.json" in err_lines[0] and "not a recognized tweet format" in err_lines[0]


def test_ingest_table_output_and_reingest_skip(tmp_path, files):
    good, _ = files
    db = tmp_path / "c.db"
    r = runner.invoke(app, ["ingest", str(good), "--db", str(db)])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert any(ln.startswith("rejected: ") and "good.jsonl: line 4: invalid JSON" in ln for ln in lines), r.output
    assert "4 records in" in r.output
    r = runner.invoke(app, ["ingest", str(good), "--db", str(db)])
    assert r.exit_code == 0
    assert any(ln.startswith(f"skipped: {good}: content already ingested") for ln in r.output.splitlines())


def test_stats_in_a_time_zone(tmp_path, files):
    good, _ = files
    db = tmp_path / "c.db"
    assert runner.invoke(app, ["ingest", str(good), "--db", str(db), "--json"]).exit_code == 0
    r = runner.invoke(app, ["stats", "--db", str(db), "--tz", "Asia/Shanghai", "--json"])
    s = json.loads(r.stdout)
    # 15:30Z is 23:30 on May 1 in Shanghai; 16:30Z and 03:00Z fall on May 2
    assert s["per_day"] == {"2024-05-01": 1, "2024-05-02": 2}
    assert s["top_authors"][0] == ["ann", 2] and ["zh", 1] in s["languages"]
    r = runner.invoke(app, ["stats", "--db", str(db), "--tz", "+08:00", "--since", "2024-05-02", "--until",
                            "2024-05-02", "--json"])
    assert json.loads(r.stdout)["tweets"] == 2
    r = runner.invoke(app, ["stats", "--db", str(db), "--tz", "UTC", "--until", "2024-05-01"])
    assert r.exit_code == 0 and "2 tweets" in r.output  # 15:30Z and 16:30Z on May 1 UTC
    r = runner.invoke(app, ["stats", "--db", str(db), "--tz", "Nowhere/City"])
    assert r.exit_code == 2 and "unknown time zone" in r.output
