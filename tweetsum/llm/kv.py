"""The KV cache of a llama-cpp-python ``Llama``: keeping what is already evaluated, and prefix states.

* :func:`advance` makes the KV cache hold exactly a token list, evaluating only what follows the longest
  common prefix with what it holds, and says how many tokens were reused and evaluated.
* :class:`StateCache` is a **bounded** LRU (bytes, everything counted) of saved prefix states, so returning to
  an earlier topic loads its prefix (:func:`restore_prefix`) instead of re-evaluating it.

Prefix states are the KV cells of sequence 0 only (llama_state_seq_get_data), not the whole context state: the
latter carries an n_batch x vocab logits buffer (39 MB a state with Qwen's vocabulary at n_batch 64, 311 MB at
512), which forced a small n_batch. A restored prefix has no logits; the task tokens evaluated after it produce
them.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any


class StateCache:
    """LRU of saved prefix states, bounded by bytes (KV state bytes + token ids + the logits rows kept)."""

    def __init__(self, capacity_bytes: int):
        self.capacity = int(capacity_bytes)
        self._items: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self.bytes = 0
        self.hits = self.misses = self.evictions = self.stored = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: tuple):
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return item[0]

    def put(self, key: tuple, state: Any, nbytes: int) -> bool:
        if nbytes > self.capacity:
            return False
        if key in self._items:
            self.bytes -= self._items.pop(key)[1]
        while self._items and self.bytes + nbytes > self.capacity:
            _, (_, nb) = self._items.popitem(last=False)
            self.bytes -= nb
            self.evictions += 1
        self._items[key] = (state, nbytes)
        self.bytes += nbytes
        self.stored += 1
        return True

    def clear(self) -> None:
        self._items.clear()
        self.bytes = 0

    def summary(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses, "entries": len(self), "bytes": self.bytes,
                "capacity": self.capacity, "evictions": self.evictions}


def common_prefix_len(a, b) -> int:
    """Length of the longest common prefix of two sequences."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def cached_len(ll, tokens: list[int]) -> int:
    """How many leading ``tokens`` the KV cache of ``ll`` already holds."""
    return common_prefix_len(ll.input_ids[: ll.n_tokens].tolist(), tokens)


def reset(ll) -> None:
    """Forget what is in the KV cache (the next call evaluates its whole prompt)."""
    ll.n_tokens = 0
    ll._ctx.kv_cache_seq_rm(-1, 0, -1)
    ll._requires_eval = True


def advance(ll, tokens: list[int], need_logits: bool = True) -> tuple[int, int]:
    """Make the KV cache hold exactly ``tokens``; return (reused, evaluated)."""
    common = cached_len(ll, tokens)
    if common >= len(tokens) and not need_logits:  # the final advance cuts what follows
        return len(tokens), 0
    if common >= len(tokens):  # already there: replay the last token so the logits are fresh
        common = len(tokens) - 1
    if common < ll.n_tokens:
        if not ll._ctx.kv_cache_seq_rm(-1, common, -1):  # memory that cannot be cut (SWA/recurrent)
            common = 0
            ll._ctx.kv_cache_seq_rm(-1, 0, -1)
    ll.n_tokens = common
    rest = tokens[common:]
    if rest:
        ll.eval(rest)
    return common, len(rest)


def state_bytes(state) -> int:
    return len(state[1]) + state[0].nbytes


def save_prefix(ll, cache: StateCache, key: tuple) -> None:
    """Store what the KV cache holds now (sequence 0) in ``cache`` under ``key``."""
    import ctypes

    import llama_cpp
    import numpy as np

    ctx = ll.ctx
    n = llama_cpp.llama_state_seq_get_size(ctx, 0)
    buf = (ctypes.c_uint8 * n)()
    got = llama_cpp.llama_state_seq_get_data(ctx, buf, n, 0)
    if got == 0:
        return
    st = (np.asarray(ll.input_ids[: ll.n_tokens], dtype=np.intc).copy(), bytes(buf)[:got])
    cache.put(key, st, state_bytes(st))


def restore_prefix(ll, cache: StateCache, key: tuple) -> bool:
    """Load the state saved under ``key`` into the KV cache; False when there is none or it does not load."""
    import ctypes

    import llama_cpp

    st = cache.get(key)
    if st is None:
        return False
    ids, data = st
    ll._ctx.kv_cache_seq_rm(-1, 0, -1)
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    if llama_cpp.llama_state_seq_set_data(ll.ctx, buf, len(data), 0) == 0:
        ll.n_tokens = 0
        return False
    ll.input_ids[: len(ids)] = ids
    ll.n_tokens = len(ids)
    return True
