"""HTTP transport to one OpenAI-compatible inference server (llama.cpp's ``llama-server``, vLLM).

* :func:`parse_endpoint` reads ``http(s)://host:port[/prefix]`` or ``unix:/path/llama.sock``; an endpoint is
  ``remote`` unless it is loopback or a Unix socket (the server engine refuses remote ones unless allowed).
* :class:`Server` makes JSON requests with bounded retries and back-off, asks the server what it serves
  (identity, slots, context) and counts tokens with it.
"""
from __future__ import annotations

import hashlib
import http.client
import ipaddress
import json
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

DEFAULT_TIMEOUT = 600.0  # seconds for one completion (a 1.5B model on 2 cores writes ~10 tok/s)
DEFAULT_RETRIES = 3


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


__all__ = ["DEFAULT_RETRIES", "DEFAULT_TIMEOUT", "Endpoint", "Server", "ServerError", "ServerUnavailable",
           "parse_endpoint"]
