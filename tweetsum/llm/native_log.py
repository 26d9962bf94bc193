"""llama.cpp's log, routed: its warnings and errors reach tweetsum's stderr, and the last few error lines are
kept so that a failed call can quote them (a CUDA error names itself instead of dying unexplained).

llama-cpp-python installs a callback of its own that drops everything below ERROR when ``verbose=False``
(continuation lines included, so a multi-line CUDA error loses its details) and prints nothing while a model
loads (stderr is pointed at /dev/null then). This one replaces it once, at the engine's first load:

* WARN and ERROR lines, and the continuation lines that follow them, are written to ``sys.stderr`` prefixed
  ``llama.cpp:``; INFO and DEBUG are dropped unless ``TWEETSUM_LLAMA_LOG=debug``;
* every WARN/ERROR line also goes into a small ring (:func:`recent`), which survives the load-time redirect.

ggml's own aborts (``GGML_ABORT``, e.g. after a CUDA error) still end the process: they are ``abort()`` in C;
what this adds is that the reason is printed before it, and any error that llama.cpp *returns* becomes a
:class:`~tweetsum.llm.errors.GenerationFailed` carrying these lines.
"""
from __future__ import annotations

import collections
import ctypes
import os
import sys
import threading

_RING: collections.deque[str] = collections.deque(maxlen=16)
_LOCK = threading.Lock()
_STATE = {"installed": False, "last_level": 0, "partial": "", "n": 0}
_CALLBACK = None  # the ctypes callback object: must stay referenced for as long as llama.cpp may call it

# ggml_log_level (ggml.h): NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5
_NAMES = (3, 4)


def _keep(level: int) -> bool:
    if os.environ.get("TWEETSUM_LLAMA_LOG", "").lower() == "debug":
        return level in (1, 2, 3, 4)
    return level in _NAMES


def handle(level: int, text: str) -> None:
    """One piece of llama.cpp's log (what the C callback receives); public so tests can feed it."""
    with _LOCK:
        if level == 5:  # a continuation of the previous line: same fate
            level = _STATE["last_level"]
        else:
            _STATE["last_level"] = level
        if not _keep(level):
            return
        buf = _STATE["partial"] + text
        lines = buf.split("\n")
        _STATE["partial"] = lines.pop()  # no newline yet: wait for the rest
        for ln in lines:
            if not ln.strip():
                continue
            if level in _NAMES:
                _RING.append(ln.strip())
                _STATE["n"] += 1
            try:
                print(f"llama.cpp: {ln}", file=sys.__stderr__ or sys.stderr, flush=True)
            except (OSError, ValueError):  # a closed stderr must not break a model call
                pass


def recent(n: int = 4) -> str:
    """The last ``n`` warning/error lines llama.cpp logged, joined by ' | ' ('' when none)."""
    with _LOCK:
        return " | ".join(list(_RING)[-n:])


def mark() -> int:
    """A position in the log, so :func:`since` returns only what was logged after it."""
    with _LOCK:
        return _STATE["n"]


def since(pos: int) -> str:
    """The warning/error lines logged after :func:`mark` returned ``pos`` (as many as the ring still holds)."""
    with _LOCK:
        k = min(_STATE["n"] - pos, len(_RING))
        return " | ".join(list(_RING)[len(_RING) - k:]) if k > 0 else ""


def clear() -> None:
    with _LOCK:
        _RING.clear()
        _STATE["partial"] = ""


def install() -> None:
    """Route llama.cpp's (and ggml's) log through :func:`handle`; idempotent."""
    global _CALLBACK
    if _STATE["installed"]:
        return
    import llama_cpp

    @llama_cpp.llama_log_callback
    def _cb(level, text, user_data):  # noqa: ARG001 - the C signature
        try:
            handle(int(level), (text or b"").decode("utf-8", "replace"))
        except Exception:  # noqa: BLE001 - never raise into C
            pass

    _CALLBACK = _cb
    llama_cpp.llama_log_set(_CALLBACK, ctypes.c_void_p(0))
    _STATE["installed"] = True
