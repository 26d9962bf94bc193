"""The server engine against a small fake OpenAI-compatible server (fast unit tests; the real llama-server is
in test_llm_server.py): URL policy, identity in the cache key, retries, malformed answers, fail-over."""
from __future__ import annotations

import json
import threading

import pytest

from httpfake import JSONHandler, serve, shutdown

from tweetsum.llm.engine import GenerationFailed
from tweetsum.llm.prompts import Prompt
from tweetsum.llm.server import ServerEngine
from tweetsum.llm.transport import ServerError, ServerUnavailable, parse_endpoint
from tweetsum.store.db import Store


class Fake:
    """One fake llama-server: answers canned completions; ``mode`` breaks it on purpose."""

    def __init__(self, model="qwen-test.gguf", slots=2, n_ctx=2048):
        self.model, self.slots, self.n_ctx = model, slots, n_ctx
        self.mode = "ok"  # ok | 500 | garbage | down-after-first
        self.chat_calls = 0
        self.slot_ids: list = []
        fake = self

        class H(JSONHandler):
            _send = JSONHandler.send_json

            def do_GET(self):
                if self.path == "/v1/models":
                    return self._send(200, {"data": [{"id": fake.model, "meta": {"n_params": 1, "n_vocab": 7}}]})
                if self.path == "/props":
                    return self._send(200, {"total_slots": fake.slots, "chat_template": "{{x}}",
                                            "default_generation_settings": {"n_ctx": fake.n_ctx}})
                if self.path == "/health":
                    return self._send(200, {"status": "ok"})
                self._send(404, {"error": "no"})

            def do_POST(self):
                body = json.loads(self.body())
                if self.path == "/tokenize":
                    return self._send(200, {"tokens": list(range(len(body["content"].split())))})
                if self.path == "/apply-template":
                    m = body["messages"]
                    return self._send(200, {"prompt": " ".join(x["content"] for x in m) + " <s> <a>"})
                if self.path == "/v1/chat/completions":
                    fake.chat_calls += 1
                    fake.slot_ids.append(body.get("id_slot"))
                    if fake.mode == "500" or (fake.mode == "down-after-first" and fake.chat_calls > 1):
                        return self._send(503, {"error": "busy"})
                    if fake.mode == "garbage":
                        return self._send(200, raw=b"{\"choices\": [tru")
                    return self._send(200, {"choices": [{"message": {"content": "{\"ok\": true}"},
                                                         "finish_reason": "stop"}],
                                            "usage": {"prompt_tokens": 10, "completion_tokens": 4},
                                            "timings": {"prompt_n": 6, "cache_n": 4, "prompt_ms": 12.0,
                                                        "predicted_n": 4, "predicted_ms": 40.0}})
                self._send(404, {"error": "no"})

        self.httpd, self.url = serve(H)

    def close(self):
        shutdown(self.httpd)


@pytest.fixture
def fakes():
    made = []

    def make(**kw):
        f = Fake(**kw)
        made.append(f)
        return f

    yield make
    for f in made:
        f.close()


P = Prompt("sys", "data block ", "task", label="t")


def test_only_loopback_and_unix_urls_without_allow_remote():
    assert not parse_endpoint("http://127.0.0.1:8080").remote
    assert not parse_endpoint("http://localhost:8080/v1").remote
    assert not parse_endpoint("http://[::1]:8080").remote
    assert not parse_endpoint("unix:/run/llama.sock").remote
    assert parse_endpoint("http://10.0.0.5:8080").remote
    assert parse_endpoint("https://gpu.example.com").remote
    with pytest.raises(ServerError, match="--allow-remote"):
        ServerEngine(["http://10.0.0.5:8080"], probe=False)
    with pytest.raises(ValueError, match="expected http"):
        parse_endpoint("ftp://127.0.0.1/x")


def test_identity_lanes_context_and_cache_key(fakes, tmp_path):
    a = fakes(n_ctx=2048)
    eng = ServerEngine([a.url], n_ctx=4096, backoff=0)
    assert eng.n_ctx == 2048  # the slot's context, not the one asked for
    assert [ln.slot for ln in eng.lanes] == [0, 1]
    with Store(tmp_path / "s.db") as st:
        g1 = eng.complete(P, schema={"type": "object"}, max_tokens=8, store=st)
        g2 = eng.complete(P, schema={"type": "object"}, max_tokens=8, store=st)
        assert g1.text == g2.text and not g1.stats.from_cache and g2.stats.from_cache
        assert (g1.stats.evaluated_tokens, g1.stats.reused_tokens, g1.stats.completion_tokens) == (6, 4, 4)
        b = fakes(model="another-model.gguf")
        other = ServerEngine([b.url], backoff=0)
        assert other.model_hash != eng.model_hash
        g3 = other.complete(P, schema={"type": "object"}, max_tokens=8, store=st)
        assert not g3.stats.from_cache  # a cached answer is never reused across models
    assert a.chat_calls == 1 and b.chat_calls == 1


def test_servers_must_serve_the_same_model(fakes):
    a, b = fakes(), fakes(model="other.gguf")
    with pytest.raises(ServerError, match="different models"):
        ServerEngine([a.url, b.url], backoff=0)


def test_5xx_is_retried_then_the_server_is_unavailable(fakes):
    a = fakes()
    eng = ServerEngine([a.url], retries=2, backoff=0)
    a.mode = "500"
    with pytest.raises(ServerUnavailable, match="3 tries"):
        eng.complete(P, max_tokens=4)
    assert a.chat_calls == 3


def test_malformed_answers_are_retried_then_fail_the_call(fakes):
    a = fakes()
    eng = ServerEngine([a.url], retries=2, backoff=0)
    a.mode = "garbage"
    with pytest.raises(GenerationFailed, match="malformed"):
        eng.complete(P, max_tokens=4)
    assert a.chat_calls == 3  # bounded: 1 + 2 retries


def test_no_server_answers_is_a_clear_error():
    with pytest.raises(ServerUnavailable, match="no inference server answers"):
        ServerEngine(["http://127.0.0.1:9"], retries=0, backoff=0)


def test_map_lanes_spreads_items_and_moves_work_off_a_dead_server(fakes):
    a, b = fakes(slots=1), fakes(slots=1)
    eng = ServerEngine([a.url, b.url], retries=0, backoff=0)
    assert len(eng.lanes) == 2
    a.mode = "500"
    seen, lanes_in, both_in = [], threading.Barrier(2, timeout=30), threading.Event()

    def fn(i):
        if not both_in.is_set():  # both lanes hold an item before either calls (else b could drain the queue
            lanes_in.wait()       # before a's thread runs: the flake CI once hit)
            both_in.set()
        eng.complete(Prompt("sys", f"data {i} ", "task"), max_tokens=4)
        seen.append(i)
        return i * 10

    out = eng.map_lanes(list(range(6)), fn)
    assert out == [i * 10 for i in range(6)] and sorted(seen) == list(range(6))
    assert not eng.servers[0].alive and eng.servers[1].alive
    assert a.chat_calls == 1 and b.chat_calls == 6  # a's item went back to the queue and b answered it


def test_map_lanes_raises_when_every_server_dies(fakes):
    a = fakes(slots=2)
    eng = ServerEngine([a.url], retries=0, backoff=0)
    a.mode = "500"
    with pytest.raises(ServerUnavailable, match="every server failed"):
        eng.map_lanes([1, 2, 3], lambda i: eng.complete(P, max_tokens=4))


def test_token_counts_come_from_the_server(fakes):
    a = fakes()
    eng = ServerEngine([a.url], backoff=0)
    assert eng.count_tokens("one two three") == 3
    toks, prefix = eng.tokenize_prompt(Prompt("s y s", "d a t a ", "t a s k"))
    assert len(toks) == 3 + 4 + 4 + 2 and 0 < prefix < len(toks)


def test_report_cli_refuses_remote_and_dead_servers_before_any_work(tmp_path, monkeypatch):
    """One line each, exit 2 / 1, no traceback; a dead server is found before embedding starts."""
    from pathlib import Path

    import tweetsum.embed

    from typer.testing import CliRunner

    import tweetsum.cli  # noqa: F401 - registers the commands
    from tweetsum.commands import app
    from tweetsum.ingest import ingest_paths

    sample = Path(__file__).resolve().parents[1] / "tweetsum" / "sample" / "archives"
    with Store(tmp_path / "d.db") as st:
        ingest_paths(st, [sample])
    base = ["report", "--db", str(tmp_path / "d.db"), "--since", "2026-01-21", "--until", "2026-01-21",
            "--tz", "+08:00", "--out", str(tmp_path)]
    r = CliRunner().invoke(app, base + ["--server", "http://10.1.1.1:80"])
    assert r.exit_code == 2 and "--allow-remote" in r.output and "Traceback" not in r.output, r.output


    def no_embedding(*a, **k):
        raise AssertionError("the embedding stage started although no server answers")

    monkeypatch.setattr(tweetsum.embed.SentenceTransformerEmbedder, "__init__", no_embedding)
    r = CliRunner().invoke(app, base + ["--server", "http://127.0.0.1:9"])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert r.exit_code == 1 and "no inference server answers" in r.output and "Traceback" not in r.output, r.output
    assert not list(tmp_path.glob("*.md"))


def test_a_call_outside_the_map_stage_fails_over_to_the_next_server(fakes):
    a, b = fakes(slots=1), fakes(slots=1)
    eng = ServerEngine([a.url, b.url], retries=0, backoff=0)
    a.mode = "500"
    g = eng.complete(P, max_tokens=4)  # e.g. the synthesis call, on the main thread
    assert g.text and not eng.servers[0].alive and b.chat_calls == 1
    b.mode = "500"
    with pytest.raises(ServerUnavailable):
        eng.complete(P, max_tokens=4)
