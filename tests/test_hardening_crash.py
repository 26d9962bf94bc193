"""Crash safety with SIGKILL (the real CLI, real models, the tiny setup of benchmarks/kill_report.py, which
does 20+ runs): a killed `tweetsum report` leaves an intact db, and its rerun writes a byte-identical post without
redoing finished LLM calls; a killed `tweetsum ingest` leaves the db as before that file.
"""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

_spec = importlib.util.spec_from_file_location(
    "kill_report", Path(__file__).resolve().parents[1] / "benchmarks" / "kill_report.py")
kill_report = importlib.util.module_from_spec(_spec)
sys.modules["kill_report"] = kill_report
_spec.loader.exec_module(kill_report)


def test_killed_ingest_leaves_db_as_before_the_file(tmp_path):
    big = kill_report.big_jsonl(tmp_path / "big.jsonl", 25_000)
    small = kill_report.big_jsonl(tmp_path / "small.jsonl", 30, seed=1)
    o = kill_report.kill_ingest_once(tmp_path, random.Random(3), 0, big, small, wal_trigger=512 << 10)
    assert o.killed, "the ingest finished before the kill: make the file bigger"
    assert o.integrity_after_kill == "ok"
    assert o.detail["after_kill"]["tweets"] == o.detail["before"]["tweets"] == 30
    assert o.detail["after_kill"]["ingest_runs"] == o.detail["before"]["ingest_runs"] == 1
    assert o.detail["after_rerun"]["tweets"] == 25_000 and o.ok


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    from conftest import require_model

    require_model("smollm2")
    work = tmp_path_factory.mktemp("kill")
    db0 = kill_report.prepare_db(work)
    base = kill_report.baseline(db0, work)
    assert base.calls > 0, "the tiny report must make LLM calls for this test to mean anything"
    return work, db0, base


# One seeded kill in each stage group (benchmarks/kill_report.py does >= 20 across them), in a row on one db: a
# report killed while embedding, started again and killed while clustering, again and killed while generating,
# then run to its end (one report's work for three kills; a fresh db per kill cost a whole report each). Each
# process must have died by SIGKILL while its stage marker named that stage: a kill that missed would make this
# a plain rerun.
def test_killed_reports_rerun_identically_without_redoing_llm_calls(setup):
    work, db0, base = setup
    chain = kill_report.kill_report_chain(db0, base, work, ["embedding", "clustering", "generation"],
                                          random.Random(100))
    for o in chain:
        assert o.killed and o.returncode == -9, (o.stage, o.returncode, o.stage_at_kill)
        assert o.stage_at_kill in kill_report.STAGES[o.stage], (o.stage, o.stage_at_kill)
        assert o.integrity_after_kill == "ok", o.stage
    last = chain[-1]
    assert last.llm_rows_before > 0 or last.rerun_calls == base.calls
    assert last.identical, "the rerun's post differs from the uninterrupted run"
    assert last.rerun_cached >= last.llm_rows_before, last
    assert last.rerun_calls + last.rerun_cached == base.calls + base.cached, last
    assert last.detail["after_rerun"]["integrity"] == "ok"
