"""The server engine on a real llama-server (built by scripts/setup.sh beside llama-cpp-python), started on
127.0.0.1 by these fixtures with the packaged Qwen2.5 0.5B: the report through 2 slots, both slots busy at
once, a server killed mid-run, malformed answers, and which hosts the engine talks to."""
from __future__ import annotations

import re
import socket
import subprocess
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import TEST_MODEL, report_options, require, require_model
from httpfake import JSONHandler, serve, shutdown
from tweetsum.llm.llama_server import find_llama_server, llama_server_command, server_env, wait_ready
from tweetsum.llm.server import ServerEngine
from tweetsum.llm.transport import Server, parse_endpoint
from tweetsum.core.tweet import Topic, Tweet

pytestmark = pytest.mark.slow

T0 = datetime(2026, 1, 21, 9, tzinfo=timezone.utc)
SUBJECTS = [
    ("Nova Robotics unveiled the Atlas-7 warehouse robot in Berlin; it ships in March for $42,000.",
     "Atlas-7 picked 600 parcels an hour in the demo, twice the old model, and runs 11 hours per charge.",
     "Unions in Hamburg want talks before any Atlas-7 deployment; Nova promised 5 million euro for retraining."),
    ("The council approved the airport tram line; it opens in 2028 and costs 1.2 billion.",
     "Construction of the airport tram starts in May, with detours on Main Street for a year.",
     "Critics of the tram say express buses would carry the same riders for a tenth of the price."),
    ("Halcyon released a post-cutoff eval: frontier models drop 20 points on questions written after training.",
     "The Halcyon eval has 1,200 questions from January news; open models lose more than closed ones.",
     "Researchers say the Halcyon results show contamination inflates the usual leaderboards."),
    ("GPU rental prices fell: H100s are near $2 an hour on three clouds this week.",
     "Cheaper H100 hours mean small labs can fine-tune 70B models for under $5,000.",
     "Analysts expect H100 rental prices to fall further when the next chips ship in volume."),
]


def _topics():
    tweets, topics = {}, []
    for k, texts in enumerate(SUBJECTS):
        ids = []
        for i, text in enumerate(texts):
            tid = 7000 + 10 * k + i
            tweets[tid] = Tweet(id=tid, author_handle=f"user{k}{i}", created_at=T0 + timedelta(hours=i), text=text,
                                like_count=3 + i)
            ids.append(tid)
        topics.append(Topic(id=k, size=3, keywords=[("w", 1.0)], representative_ids=ids, member_ids=ids))
    return topics, tweets


class Live:
    def __init__(self, slots: int, threads: int, ctx_per_slot: int = 3072, log: Path | None = None,
                 model: str = TEST_MODEL):
        from tweetsum.llm import resolve_model

        binary = find_llama_server()
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = llama_server_command(binary, resolve_model(model).path, slots=slots, ctx_per_slot=ctx_per_slot,
                                   port=self.port, threads=threads)
        self.log = open(log, "wb") if log else subprocess.DEVNULL
        self.proc = subprocess.Popen(cmd, env=server_env(binary), stdout=self.log, stderr=subprocess.STDOUT)
        wait_ready(self.url, 180, self.proc)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self.log is not subprocess.DEVNULL:
            self.log.close()


def _require_server():
    require_model(TEST_MODEL)
    require(find_llama_server() is not None,
            "llama-server is not installed (scripts/setup.sh builds it beside llama-cpp-python)")


@pytest.fixture(scope="module")
def server2(tmp_path_factory):
    _require_server()
    s = Live(slots=2, threads=2, log=tmp_path_factory.mktemp("srv") / "server.log")
    yield s
    s.stop()


class SlotPoller(threading.Thread):
    """Polls GET /slots: the most slots seen processing at the same time."""

    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.srv = Server(parse_endpoint(url), timeout=5, retries=0)
        self.max_busy = 0
        self.samples = 0
        self._stop_ev = threading.Event()

    def run(self):
        while not self._stop_ev.is_set():
            try:
                slots = self.srv.request("GET", "/slots", retries=0, check=lambda d: isinstance(d, list))
                self.max_busy = max(self.max_busy, sum(1 for s in slots if s.get("is_processing")))
                self.samples += 1
            except Exception:  # noqa: BLE001 - a poll may race a busy server
                pass
            time.sleep(0.1)

    def stop(self):
        self._stop_ev.set()
        self.join()


def test_report_through_llama_server_two_slots(zh_report, server2, tmp_path):
    """Same post structure and grounding rules as the in-process report (zh_report: same window, model and
    options); the map stage's two topics run on the two slots at the same time."""
    from tweetsum.run import build_report
    from tweetsum.report.structure import post_headings

    res0, store, _ = zh_report
    eng = ServerEngine([server2.url], n_ctx=3072)
    assert [ln.slot for ln in eng.lanes] == [0, 1] and eng.n_ctx == 3072
    poll = SlotPoller(server2.url)
    poll.start()
    try:
        # at most 4 regenerations (the in-process report allows 24): the headings, rules and lanes are what this
        # test compares, and each rewrite of the 0.5B's failed items through the server cost several seconds
        res = build_report(store, report_options(tmp_path, servers=(server2.url,), max_regenerations=4), engine=eng)
    finally:
        poll.stop()
    md, md0 = res.post_path.read_text(encoding="utf-8"), res0.post_path.read_text(encoding="utf-8")
    assert post_headings(md) == post_headings(md0)
    assert res.post_path.name == res0.post_path.name
    g = res.grounding
    assert g["supported_pct"] >= 98.0, g
    f = g["figures"]
    assert f["by_source"]["model"] + f["by_source"].get("model_regenerated", 0) > 0, f
    cited = {int(x) for x in re.findall(r"/status/(\d+)", md)}
    assert cited and cited <= {t.id for t in store.tweets_between(*_window())}
    assert res.llm["model_calls"] > 0 and res.llm["servers"][0]["alive"]
    assert poll.samples > 5 and poll.max_busy == 2, (poll.samples, poll.max_busy)  # both slots at once
    lanes = {c.lane for c in eng.lane_calls if c.label.startswith("topic ")}
    assert lanes == {f"{server2.url}#0", f"{server2.url}#1"}, lanes


def _window():
    tz = timezone(timedelta(hours=8))
    return datetime(2026, 1, 21, tzinfo=tz), datetime(2026, 1, 22, tzinfo=tz)


def test_a_server_killed_mid_run_hands_its_topics_to_the_other(tmp_path):
    _require_server()
    from tweetsum.store.db import Store
    from tweetsum.summarize.topic_map import summarize_topics

    # the smallest packaged model: failover does not depend on prose (with the 0.5B this test took 129 s)
    require_model("smollm2")
    a = Live(slots=1, threads=1, log=tmp_path / "a.log", model="smollm2")
    b = Live(slots=1, threads=1, log=tmp_path / "b.log", model="smollm2")
    try:
        eng = ServerEngine([a.url, b.url], n_ctx=3072, retries=1, backoff=0.2)
        topics, tweets = _topics()

        def killer():  # kill server a as soon as it has finished one call
            while not any(c.lane.startswith(a.url) for c in eng.lane_calls):
                time.sleep(0.05)
            a.proc.kill()

        k = threading.Thread(target=killer, daemon=True)
        k.start()
        with Store(tmp_path / "c.db") as store:
            res = summarize_topics(eng, topics, tweets, lang="en", sections=["summary", "events"], store=store,
                                   max_tokens={"summary": 96, "events": 64})
        k.join(timeout=5)
    finally:
        a.stop()
        b.stop()
    assert a.proc.returncode == -9
    assert [r.topic_id for r in res] == [0, 1, 2, 3]
    for r in res:  # every section came from a model answer or the usual fallback, never a lost topic
        assert set(r.sections) == {"summary", "events"}
        for s in r.sections.values():
            assert "no answer" not in (s.fallback_reason or ""), s.fallback_reason
    assert not eng.servers[0].alive and eng.servers[1].alive
    on_a = [c for c in eng.lane_calls if c.lane.startswith(a.url)]
    on_b = [c for c in eng.lane_calls if c.lane.startswith(b.url)]
    assert len(on_a) >= 1 and len(on_b) >= 5, (len(on_a), len(on_b))


class CorruptingProxy:
    """Forwards to a real server, but answers chat completions with a cut-off JSON body."""

    def __init__(self, target: str):
        self.chat = 0
        proxy = self
        tgt = parse_endpoint(target)

        class H(JSONHandler):
            def _forward(self, method):
                import http.client

                body = self.body()
                if self.path.endswith("/chat/completions"):
                    proxy.chat += 1
                    return self.send_json(200, raw=b'{"choices": [{"message": {"content": "{\\"title\\": \\"x')
                c = http.client.HTTPConnection(tgt.host, tgt.port, timeout=60)
                c.request(method, self.path, body=body, headers={"Content-Type": "application/json"})
                r = c.getresponse()
                raw, code = r.read(), r.status
                c.close()
                self.send_json(code, raw=raw)

            def do_GET(self):
                self._forward("GET")

            def do_POST(self):
                self._forward("POST")

        self.httpd, self.url = serve(H)

    def close(self):
        shutdown(self.httpd)


def test_malformed_answers_are_retried_then_fall_back(server2):
    from tweetsum.summarize.topic_map import summarize_topics

    proxy = CorruptingProxy(server2.url)
    try:
        eng = ServerEngine([proxy.url], n_ctx=3072, retries=2, backoff=0)
        topics, tweets = _topics()
        (r,) = summarize_topics(eng, topics[:1], tweets, lang="en", sections=["summary"])
    finally:
        proxy.close()
    s = r.sections["summary"]
    assert s.fallback and "malformed response" in s.fallback_reason, s.fallback_reason
    assert proxy.chat == 3  # one call, 1 + 2 retries: bounded
    assert s.data  # the usual extractive fallback from the topic's tweets


def test_the_http_engine_contacts_only_the_configured_host(server2, monkeypatch):
    from tweetsum.llm.prompts import Prompt

    seen = []
    real = socket.socket.connect

    def connect(sock, address):
        seen.append(address)
        return real(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    eng = ServerEngine([server2.url], n_ctx=3072)
    g = eng.complete(Prompt("You answer briefly.", "Data: the tram opens in 2028. ", "When does it open?"),
                     max_tokens=8)
    assert g.text and g.stats.completion_tokens > 0
    assert seen and {tuple(a[:2]) for a in seen} == {("127.0.0.1", server2.port)}, seen


def test_unix_socket_server(tmp_path):
    """llama-server on a Unix socket (--host PATH.sock): local IPC, no TCP port at all."""
    _require_server()
    from tweetsum.llm import resolve_model
    from tweetsum.llm.prompts import Prompt

    sock = tmp_path / "llama.sock"
    binary = find_llama_server()
    cmd = llama_server_command(binary, resolve_model(TEST_MODEL).path, slots=1, ctx_per_slot=1024,
                               host=str(sock), threads=1)
    proc = subprocess.Popen(cmd, env=server_env(binary), stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_ready(f"unix:{sock}", 180, proc)
        eng = ServerEngine([f"unix:{sock}"], n_ctx=1024)
        assert not eng.remote and eng.servers[0].kind == "llama-server"
        g = eng.complete(Prompt("You answer briefly.", "Data: the tram opens in 2028. ", "When?"), max_tokens=8)
        assert g.stats.completion_tokens > 0
    finally:
        proc.kill()
        proc.wait()


def test_serve_model_prints_the_llama_server_command():
    _require_server()
    from typer.testing import CliRunner

    from tweetsum.commands import app
    import tweetsum.cli  # noqa: F401 - registers the commands

    r = CliRunner().invoke(app, ["serve-model", "--model", TEST_MODEL, "--slots", "3", "--port", "8099", "--print"])
    assert r.exit_code == 0, r.output
    assert "llama-server -m " in r.output and "-np 3 -c 12288 --host 127.0.0.1 --port 8099" in r.output
