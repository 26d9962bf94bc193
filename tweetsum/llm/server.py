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
"""
from __future__ import annotations

import hashlib
import http.client
import ipaddress
import json
import os
import shutil
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .engine import CallStats, ContextOverflow, GenerationFailed, Generation
from .prompts import Prompt

DEFAULT_TIMEOUT = 600.0  # seconds for one completion (a 1.5B model on 2 cores writes ~10 tok/s)
DEFAULT_RETRIES = 3
TEMPLATE_ALLOWANCE = 16  # tokens the chat scaffolding may add when the server cannot render the template


class ServerError(RuntimeError):
    """A server refused a request (4xx) or answers with something this client cannot use."""


class ServerUnavailable(ServerError):
    """No answer from a server (connection refused/reset, timeout, 5xx) after the retries."""


@dataclass(frozen=True)
class Endpoint:
    url: str  # as given
    scheme: str  # "http" | "https" | "unix"
    host: str
    port: int | None
    base: str  # path prefix (e.g. "/v1" stripped to "")
    remote: bool

    @property
    def display(self) -> str:
        return self.url


def parse_endpoint(url: str) -> Endpoint:
    """``http(s)://host:port[/prefix]`` or ``unix:/path/to.sock``; ``remote`` unless loopback or a socket."""
    u = url.strip()
    if u.startswith("unix:"):
        path = u[len("unix:"):]
        if path.startswith("//"):
            path = path[2:]
        if not path:
            raise ValueError(f"--server {url!r}: a unix socket URL needs a path (unix:/run/llama.sock)")
        return Endpoint(url, "unix", path, None, "", False)
    parts = urlsplit(u if "://" in u else "http://" + u)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"--server {url!r}: expected http://HOST:PORT or unix:/path/to.sock")
    host = parts.hostname
    base = parts.path.rstrip("/")
    if base.endswith("/v1"):
        base = base[:-3]
    return Endpoint(url, parts.scheme, host, parts.port or (443 if parts.scheme == "https" else 80), base,
                    not _is_loopback(host))


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float):
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        s.connect(self._path)
        self.sock = s


class Server:
    """One inference server: HTTP calls with retries, what it serves, its slots."""

    def __init__(self, endpoint: Endpoint, *, timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES,
                 backoff: float = 0.5, slots: int | None = None):
        self.ep = endpoint
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.backoff = float(backoff)
        self.alive = True
        self.kind = "openai"  # "llama-server" when /props answers
        self.model_id = ""
        self.identity: dict[str, Any] = {}
        self.n_ctx: int | None = None
        self.slots = slots
        self.requests = 0
        self._local = threading.local()

    # -- HTTP --------------------------------------------------------------------------------------------
    def _conn(self, timeout: float) -> http.client.HTTPConnection:
        ep = self.ep
        if ep.scheme == "unix":
            return _UnixHTTPConnection(ep.host, timeout)
        cls = http.client.HTTPSConnection if ep.scheme == "https" else http.client.HTTPConnection
        return cls(ep.host, ep.port, timeout=timeout)

    def request(self, method: str, path: str, body: dict | None = None, *, timeout: float | None = None,
                retries: int | None = None, check: Callable[[Any], bool] | None = None) -> Any:
        """JSON request with bounded retries (connection errors, timeouts, 5xx, bodies ``check`` rejects).

        Raises :class:`ServerUnavailable` when the server never answered, :class:`ServerError` for a 4xx
        (``.status`` set) or for answers that stay unusable (``.malformed`` set)."""
        data = json.dumps(body).encode() if body is not None else None
        headers = {"Content-Type": "application/json"} if data is not None else {}
        n = self.retries if retries is None else retries
        last = ""
        malformed = False
        for attempt in range(n + 1):
            if attempt:
                time.sleep(self.backoff * (2 ** (attempt - 1)))
            self.requests += 1
            conn = self._conn(timeout or self.timeout)
            try:
                conn.request(method, self.ep.base + path, body=data, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException) as e:  # refused, reset, timeout, bad status line
                last = f"{type(e).__name__}: {e}"
                malformed = False
                continue
            finally:
                conn.close()
            if status >= 500:
                last = f"HTTP {status}: {raw[:200].decode('utf-8', 'replace')}"
                malformed = False
                continue
            if status >= 400:
                err = ServerError(f"{self.ep.display}{path}: HTTP {status}: {raw[:300].decode('utf-8', 'replace')}")
                err.status = status  # type: ignore[attr-defined]
                raise err
            try:
                doc = json.loads(raw)
            except ValueError:
                doc = None
            if doc is None or (check is not None and not check(doc)):
                last = f"malformed response: {raw[:120].decode('utf-8', 'replace')!r}"
                malformed = True
                continue
            return doc
        if malformed:
            err = ServerError(f"{self.ep.display}{path}: {last} ({n + 1} tries)")
            err.malformed = True  # type: ignore[attr-defined]
            raise err
        raise ServerUnavailable(f"{self.ep.display}: no answer after {n + 1} tries ({last})")

    # -- what it serves ----------------------------------------------------------------------------------
    def probe(self, timeout: float = 10.0) -> None:
        models = self.request("GET", "/v1/models", timeout=timeout, retries=1,
                              check=lambda d: isinstance(d, dict) and isinstance(d.get("data"), list))
        entry = models["data"][0] if models["data"] else {}
        self.model_id = str(entry.get("id", ""))
        ident: dict[str, Any] = {"id": os.path.basename(self.model_id)}
        if isinstance(entry.get("meta"), dict):  # llama-server: vocab, params, size of the GGUF
            ident["meta"] = {k: entry["meta"][k] for k in sorted(entry["meta"]) if k != "n_ctx"}
        for k in ("max_model_len", "root"):  # vLLM
            if k in entry:
                ident[k] = entry[k] if k != "root" else os.path.basename(str(entry[k]))
        try:
            props = self.request("GET", "/props", timeout=timeout, retries=0, check=lambda d: isinstance(d, dict))
        except ServerError:
            props = None
        if props is not None and "total_slots" in props:
            self.kind = "llama-server"
            ident["chat_template"] = hashlib.sha256(str(props.get("chat_template", "")).encode()).hexdigest()
            if self.slots is None:
                self.slots = int(props.get("total_slots") or 1)
            dgs = props.get("default_generation_settings") or {}
            self.n_ctx = int(dgs.get("n_ctx") or 0) or None
            if self.n_ctx is None:
                try:
                    sl = self.request("GET", "/slots", timeout=timeout, retries=0,
                                      check=lambda d: isinstance(d, list))
                    self.n_ctx = min(int(s.get("n_ctx", 0)) for s in sl) or None
                except ServerError:
                    pass
        else:
            if entry.get("max_model_len"):
                self.n_ctx = int(entry["max_model_len"])
            if self.slots is None:
                self.slots = 1
        self.identity = ident

    # -- tokens ------------------------------------------------------------------------------------------
    def tokenize(self, text: str, special: bool = False) -> list[int]:
        doc = self.request("POST", "/tokenize", {"content": text, "add_special": False, "parse_special": special,
                                                 "model": self.model_id, "prompt": text,
                                                 "add_special_tokens": False},
                           timeout=60, check=lambda d: isinstance(d, dict) and isinstance(d.get("tokens"), list))
        return [t if isinstance(t, int) else int(t.get("id", 0)) for t in doc["tokens"]]

    def prompt_tokens(self, messages: list[dict]) -> list[int] | None:
        """Token ids of the chat prompt as the server renders it, or None when it cannot say."""
        if self.kind == "llama-server":
            doc = self.request("POST", "/apply-template", {"messages": messages}, timeout=60,
                               check=lambda d: isinstance(d, dict) and isinstance(d.get("prompt"), str))
            return self.tokenize(doc["prompt"], special=True)
        try:
            doc = self.request("POST", "/tokenize", {"model": self.model_id, "messages": messages,
                                                     "add_generation_prompt": True}, timeout=60, retries=0,
                               check=lambda d: isinstance(d, dict) and isinstance(d.get("tokens"), list))
            return [int(t) for t in doc["tokens"]]
        except ServerError:
            return None


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
        blob = json.dumps({"model": self.model_hash, "prompt": prompt_hash, "params": params}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest(), prompt_hash

    def complete(self, prompt: Prompt, *, schema: dict | None = None, max_tokens: int = 256,
                 temperature: float | None = None, seed: int | None = None, store=None,
                 on_token: Callable[[int, float], None] | None = None, ignore_eos: bool = False,
                 repeat_penalty: float = 1.0, copy_ngram: int = 0) -> Generation:
        """``copy_ngram`` is an in-process decoding control with no OpenAI-API equivalent: ignored here."""
        temp = self.temperature if temperature is None else float(temperature)
        seed = self.seed if seed is None else int(seed)
        messages = self.messages(prompt)
        params = {"max_tokens": max_tokens, "temperature": temp, "seed": seed if temp > 0 else None,
                  "schema": schema, "ignore_eos": ignore_eos}
        if repeat_penalty != 1.0:
            params["repeat_penalty"] = float(repeat_penalty)
        key = prompt_hash = None
        if store is not None:
            key, prompt_hash = self.cache_key(messages, params)
            with self._lock:
                hit = store.llm_get(key)
            if hit is not None:
                text, meta = hit
                st = CallStats(prompt.label, int(meta.get("prompt_tokens", 0)), 0, 0, 0, False,
                               int(meta.get("completion_tokens", 0)), 0.0, 0.0, "cached", True)
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
        live = [c for c in self.calls if not c.from_cache]
        gen_s = sum(c.gen_seconds for c in live)
        return {
            "calls": len(self.calls), "model_calls": len(live), "result_cache_hits": len(self.calls) - len(live),
            "prompt_tokens": sum(c.prompt_tokens for c in live),
            "evaluated_tokens": sum(c.evaluated_tokens for c in live),
            "reused_tokens": sum(c.reused_tokens for c in live),
            "completion_tokens": sum(c.completion_tokens for c in live),
            "prompt_seconds": round(sum(c.prompt_seconds for c in live), 3), "gen_seconds": round(gen_s, 3),
            "gen_tps": round(sum(c.completion_tokens for c in live) / gen_s, 2) if gen_s else 0.0,
            "servers": [{"url": s.ep.display, "kind": s.kind, "slots": s.slots, "alive": s.alive,
                         "requests": s.requests} for s in self.servers],
        }

    def describe(self) -> dict[str, Any]:
        return {"model": self.spec.name, "servers": [s.ep.display for s in self.servers],
                "lanes": len(self.lanes), "n_ctx": self.n_ctx, "seed": self.seed, "temperature": self.temperature,
                "identity": self.model_hash}


# -- a local llama-server ----------------------------------------------------------------------------------

def find_llama_server() -> Path | None:
    """``$TWEETSUM_LLAMA_SERVER``, the one built beside llama-cpp-python's libraries by scripts/setup.sh, or
    ``llama-server`` on PATH."""
    env = os.environ.get("TWEETSUM_LLAMA_SERVER")
    if env:
        return Path(env)
    try:
        import importlib.util

        spec = importlib.util.find_spec("llama_cpp")
        if spec and spec.origin:
            p = Path(spec.origin).parent / "lib" / "llama-server"
            if p.exists():
                return p
    except (ImportError, ValueError):
        pass
    w = shutil.which("llama-server")
    return Path(w) if w else None


def llama_server_command(binary: Path, model: Path, *, slots: int = 2, ctx_per_slot: int = 4096,
                         host: str = "127.0.0.1", port: int = 8080, threads: int | None = None,
                         extra: Iterable[str] = ()) -> list[str]:
    """The command line tweetsum uses (and documents) for a local llama-server on a GGUF."""
    cmd = [str(binary), "-m", str(model), "-np", str(slots), "-c", str(slots * ctx_per_slot), "--host", host,
           "--port", str(port), "--no-webui", "--seed", "0"]
    if threads:
        cmd += ["-t", str(threads), "-tb", str(threads)]
    return cmd + list(extra)


def server_env(binary: Path) -> dict[str, str]:
    """Environment for the server process: its libraries next to it, and the CPU variant tweetsum chose."""
    env = dict(os.environ)
    lib = str(binary.parent)
    env["LD_LIBRARY_PATH"] = lib + (os.pathsep + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    return env


def wait_ready(url: str, timeout: float = 120.0, proc=None) -> None:
    """Wait until ``/health`` answers 200 (the model is loaded)."""
    ep = parse_endpoint(url)
    srv = Server(ep, timeout=5, retries=0)
    t_end = time.monotonic() + timeout
    last = ""
    while time.monotonic() < t_end:
        if proc is not None and proc.poll() is not None:
            raise ServerUnavailable(f"llama-server exited with status {proc.returncode} before it was ready")
        try:
            srv.request("GET", "/health", timeout=5, retries=0, check=lambda d: isinstance(d, dict))
            return
        except ServerError as e:
            last = str(e)
        time.sleep(0.25)
    raise ServerUnavailable(f"{url}: not ready after {timeout:.0f} s ({last})")


__all__ = ["ServerEngine", "Server", "ServerError", "ServerUnavailable", "Endpoint", "parse_endpoint", "Lane",
           "find_llama_server", "llama_server_command", "server_env", "wait_ready"]
