"""An engine that drives OpenAI-compatible inference servers (llama.cpp's ``llama-server``, vLLM) instead of
an in-process model: same prompts, schemas, result cache and post, generation spread over server slots.

* **Offline by default.** Only loopback (``http://127.0.0.1:8080``, ``http://localhost:…``, ``[::1]``) and
  Unix-socket URLs (``unix:/path/llama.sock``) are accepted; any other address needs ``allow_remote=True``
  (``--allow-remote``) and the caller prints it before the run (:attr:`ServerEngine.remote`).
* **Identity.** Each server is asked what it serves (``/v1/models``, and ``/props`` on llama-server); the
  identity (model id and metadata, chat template) is hashed into every result-cache key, so a cached answer
  is never reused for another model. All servers of one run must serve the same identity.
* **Lanes.** A lane is one slot of one server (llama-server ``/props`` ``total_slots``; ``slots`` overrides,
  vLLM defaults to 1). :meth:`ServerEngine.map_lanes` runs work items (topics) on all lanes at once; a topic's
  sections go back to back to one pinned slot (``id_slot``) with ``cache_prompt``, so the server's prompt
  cache evaluates the topic's shared prefix once.
* **Failures.** Connection errors, timeouts and 5xx answers are retried with back-off (``retries``); a server
  that still fails is marked dead and its work item goes back to the queue for the other servers. A response
  that is not an OpenAI chat completion is retried too, then raised as :class:`GenerationFailed`, which the
  summarizer turns into its usual fallback. :class:`ServerUnavailable` when no server answers.
* Tokens are counted by the server (``/tokenize``; the chat template rendered by ``/apply-template`` on
  llama-server, or ``/tokenize`` with messages on vLLM), so prompt budgets hold for the served model.

The HTTP transport (endpoints, requests, probing one server) is in transport.py; starting a local
llama-server is llama_server.py.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tweetsum.llm.engine import ContextOverflow, GenerationFailed
from tweetsum.llm.prompts import Prompt
from tweetsum.llm.stats import CallStats, Generation, call_totals, generation_params, result_key
from tweetsum.llm.transport import (DEFAULT_RETRIES, DEFAULT_TIMEOUT, Server, ServerError, ServerUnavailable,
                                    parse_endpoint)

TEMPLATE_ALLOWANCE = 16  # tokens the chat scaffolding may add when the server cannot render the template


def _is_completion(doc: Any) -> bool:
    try:
        ch = doc["choices"][0]
        return isinstance(ch["message"]["content"], str)
    except (KeyError, IndexError, TypeError):
        return False


@dataclass
class Lane:
    server: Server
    slot: int | None  # llama-server slot id (None: let the server choose)

    @property
    def name(self) -> str:
        return f"{self.server.ep.display}#{self.slot if self.slot is not None else 'any'}"


@dataclass
class _Spec:
    name: str
    path: None = None


@dataclass
class LaneCall:
    label: str
    lane: str
    started: float
    ended: float


class ServerEngine:
    """The :class:`~tweetsum.llm.engine.Engine` interface over OpenAI-compatible servers."""

    def __init__(self, urls: Sequence[str], *, n_ctx: int = 4096, seed: int = 0, temperature: float = 0.0,
                 slots: int | None = None, allow_remote: bool = False, timeout: float = DEFAULT_TIMEOUT,
                 retries: int = DEFAULT_RETRIES, backoff: float = 0.5, probe: bool = True):
        if not urls:
            raise ValueError("no --server URL given")
        eps = [parse_endpoint(u) for u in urls]
        self.remote = [e.url for e in eps if e.remote]
        if self.remote and not allow_remote:
            raise ServerError(f"--server {self.remote[0]} is not on this machine: tweets would leave it. Use a "
                              "loopback or unix-socket URL, or pass --allow-remote to send them there")
        self.servers = [Server(e, timeout=timeout, retries=retries, backoff=backoff, slots=slots) for e in eps]
        self.seed = int(seed)
        self.temperature = float(temperature)
        self._n_ctx = int(n_ctx)
        self.calls: list[CallStats] = []
        self.lane_calls: list[LaneCall] = []
        self._lock = threading.Lock()
        self._tok_cache: dict[str, int] = {}
        self._tls = threading.local()
        self.spec = _Spec("server")
        self._identity_hash = ""
        if probe:
            self.probe()

    # -- set-up ------------------------------------------------------------------------------------------
    def probe(self) -> None:
        errors = []
        for s in self.servers:
            try:
                s.probe()
            except ServerError as e:
                s.alive = False
                errors.append(str(e))
        live = [s for s in self.servers if s.alive]
        if not live:
            raise ServerUnavailable("no inference server answers: " + "; ".join(errors))
        idents = {json.dumps(s.identity, sort_keys=True) for s in live}
        if len(idents) > 1:
            raise ServerError("the servers serve different models: " +
                              "; ".join(f"{s.ep.display}: {s.model_id}" for s in live))
        self._identity_hash = hashlib.sha256(idents.pop().encode()).hexdigest()
        self.spec = _Spec(os.path.basename(live[0].model_id) or "server")
        ctxs = [s.n_ctx for s in live if s.n_ctx]
        if ctxs:
            self._n_ctx = min(self._n_ctx, *ctxs)

    @property
    def model_hash(self) -> str:
        return "server:" + self._identity_hash

    @property
    def n_ctx(self) -> int:
        return self._n_ctx

    @property
    def lanes(self) -> list[Lane]:
        out = []
        for s in self.servers:
            if not s.alive:
                continue
            n = max(1, int(s.slots or 1))
            out += [Lane(s, i if s.kind == "llama-server" else None) for i in range(n)]
        return out

    def _lane(self) -> Lane:
        lane = getattr(self._tls, "lane", None)
        if lane is not None and lane.server.alive:
            return lane
        live = self.lanes
        if not live:
            raise ServerUnavailable("no inference server answers (all were marked dead during this run)")
        return live[0]

    def _any_server(self, fn: Callable[[Server], Any]) -> Any:
        """Run ``fn`` on this thread's server, failing over to the others."""
        first = self._lane().server
        order = [first] + [s for s in self.servers if s.alive and s is not first]
        last: Exception | None = None
        for s in order:
            try:
                return fn(s)
            except ServerUnavailable as e:
                s.alive = False
                last = e
        raise ServerUnavailable(f"no inference server answers ({last})")

    def close(self) -> None:
        pass

    def __enter__(self) -> "ServerEngine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- tokens ------------------------------------------------------------------------------------------
    def count_tokens(self, text: str) -> int:
        n = self._tok_cache.get(text)
        if n is None:
            n = len(self._any_server(lambda s: s.tokenize(text)))
            self._tok_cache[text] = n
        return n

    def token_ids_of(self, text: str) -> list[int]:
        return self._any_server(lambda s: s.tokenize(text, special=True))

    @staticmethod
    def messages(prompt: Prompt) -> list[dict]:
        # the in-process layout: system turn, then one user turn holding the data block and the task
        return [{"role": "system", "content": prompt.system}, {"role": "user", "content": prompt.data + prompt.task}]

    def tokenize_prompt(self, prompt: Prompt) -> tuple[list[int], int]:
        """Token ids of the chat prompt as served and the length of its shared prefix (through the tweets)."""
        toks = self._any_server(lambda s: s.prompt_tokens(self.messages(prompt)))
        task = self.count_tokens(prompt.task)
        if toks is None:  # the server cannot render it: count the parts plus an allowance for the scaffolding
            n = self.count_tokens(prompt.system) + self.count_tokens(prompt.data) + task + TEMPLATE_ALLOWANCE
            toks = [0] * n
        return toks, max(0, len(toks) - task - 5)

    # -- generation --------------------------------------------------------------------------------------
    def cache_key(self, messages: list[dict], params: dict) -> tuple[str, str]:
        prompt_hash = hashlib.sha256(json.dumps(messages, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        return result_key(self.model_hash, prompt_hash, params), prompt_hash

    def complete(self, prompt: Prompt, *, schema: dict | None = None, max_tokens: int = 256,
                 temperature: float | None = None, seed: int | None = None, store=None,
                 on_token: Callable[[int, float], None] | None = None, ignore_eos: bool = False,
                 repeat_penalty: float = 1.0, copy_ngram: int = 0) -> Generation:
        """``copy_ngram`` is an in-process decoding control with no OpenAI-API equivalent: ignored here."""
        temp = self.temperature if temperature is None else float(temperature)
        seed = self.seed if seed is None else int(seed)
        messages = self.messages(prompt)
        params = generation_params(max_tokens=max_tokens, temperature=temp, seed=seed, schema=schema,
                                   ignore_eos=ignore_eos, repeat_penalty=repeat_penalty)
        key = prompt_hash = None
        if store is not None:
            key, prompt_hash = self.cache_key(messages, params)
            with self._lock:
                hit = store.llm_get(key)
            if hit is not None:
                text, meta = hit
                st = CallStats.cached(prompt.label, int(meta.get("prompt_tokens", 0)), 0, meta)
                with self._lock:
                    self.calls.append(st)
                return Generation(text, st)
        body: dict[str, Any] = {"model": "", "messages": messages, "max_tokens": int(max_tokens),
                                "temperature": temp, "seed": seed, "stream": False, "cache_prompt": True}
        if temp <= 0:
            body["top_k"] = 1
        if schema is not None:
            body["response_format"] = {"type": "json_schema",
                                       "json_schema": {"name": "answer", "schema": schema, "strict": True}}
        if repeat_penalty != 1.0:
            body.update(repeat_penalty=float(repeat_penalty), repeat_last_n=64,
                        repetition_penalty=float(repeat_penalty))
        if ignore_eos:
            body["ignore_eos"] = True
        while True:
            lane = self._lane()
            srv = lane.server
            body["model"] = srv.model_id
            body.pop("id_slot", None)
            if lane.slot is not None:
                body["id_slot"] = lane.slot
            t0 = time.perf_counter()
            try:
                doc = srv.request("POST", "/v1/chat/completions", body, check=_is_completion)
                break
            except ServerUnavailable:
                if getattr(self._tls, "lane", None) is lane:
                    raise  # inside map_lanes: the scheduler moves this topic to another server
                srv.alive = False  # a call outside the map stage (synthesis, regeneration): try the next server
                if not self.lanes:
                    raise
            except ServerError as e:
                msg = str(e)
                if getattr(e, "status", 0) == 400 and "context" in msg.lower():
                    raise ContextOverflow(f"{prompt.label or 'prompt'}: {msg}") from None
                raise GenerationFailed(msg) from None
        t1 = time.perf_counter()
        choice = doc["choices"][0]
        text = choice["message"]["content"]
        usage = doc.get("usage") or {}
        tim = doc.get("timings") or {}
        n_prompt = int(usage.get("prompt_tokens") or 0)
        n_out = int(usage.get("completion_tokens") or tim.get("predicted_n") or 0)
        evaluated = int(tim.get("prompt_n", n_prompt))
        reused = int(tim.get("cache_n", max(0, n_prompt - evaluated)))
        pr_s = float(tim.get("prompt_ms", 0.0)) / 1000
        gen_s = float(tim.get("predicted_ms", 0.0)) / 1000 or max(0.0, (t1 - t0) - pr_s)
        finish = "length" if choice.get("finish_reason") == "length" else "stop"
        st = CallStats(prompt.label, n_prompt, 0, evaluated, reused, False, n_out, pr_s, gen_s, finish, False)
        with self._lock:
            self.calls.append(st)
            self.lane_calls.append(LaneCall(prompt.label, lane.name, t0, t1))
        if on_token is not None:
            on_token(n_out, gen_s or 1e-9)
        if store is not None and key is not None:
            with self._lock:
                store.llm_put(key, self.model_hash, prompt_hash, params, text,
                              {"completion_tokens": n_out, "prompt_tokens": n_prompt, "finish_reason": finish,
                               "label": prompt.label, "server": srv.ep.display})
        return Generation(text, st)

    # -- scheduling --------------------------------------------------------------------------------------
    def map_lanes(self, items: Sequence[Any], fn: Callable[[Any], Any]) -> list[Any]:
        """``fn(item)`` for every item, items spread over all live lanes (one thread per lane; calls made in
        ``fn`` go to that lane). A lane whose server stops answering puts its item back for the others."""
        queue: deque[tuple[int, Any]] = deque(enumerate(items))
        results: list[Any] = [None] * len(items)
        done = [False] * len(items)
        failure: list[BaseException] = []
        lock = threading.Lock()

        def worker(lane: Lane) -> None:
            self._tls.lane = lane
            while True:
                with lock:
                    if failure or not queue or not lane.server.alive:
                        return
                    i, item = queue.popleft()
                try:
                    results[i] = fn(item)
                    done[i] = True
                except ServerUnavailable:
                    lane.server.alive = False
                    with lock:
                        queue.appendleft((i, item))
                    return
                except BaseException as e:  # noqa: BLE001 - handed to the caller
                    with lock:
                        failure.append(e)
                    return

        while True:
            lanes = self.lanes
            if not lanes:
                break
            threads = [threading.Thread(target=worker, args=(ln,), name=f"tweetsum-lane-{ln.name}", daemon=True)
                       for ln in lanes]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if failure:
                raise failure[0]
            if not queue:
                break
        if not all(done):
            raise ServerUnavailable("no inference server answers: every server failed during this run "
                                    f"({', '.join(s.ep.display for s in self.servers)})")
        return results

    # -- statistics --------------------------------------------------------------------------------------
    @property
    def totals(self) -> dict[str, Any]:
        return {**call_totals(self.calls),
                "servers": [{"url": s.ep.display, "kind": s.kind, "slots": s.slots, "alive": s.alive,
                             "requests": s.requests} for s in self.servers]}

    def describe(self) -> dict[str, Any]:
        return {"model": self.spec.name, "servers": [s.ep.display for s in self.servers],
                "lanes": len(self.lanes), "n_ctx": self.n_ctx, "seed": self.seed, "temperature": self.temperature,
                "identity": self.model_hash}


__all__ = ["Lane", "LaneCall", "ServerEngine"]
