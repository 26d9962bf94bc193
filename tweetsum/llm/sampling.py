"""Token sampling for the in-process engine, done on the context's own logits buffer: llama.cpp's repeat
penalty and JSON-schema grammar samplers, copy suppression (:func:`copy_bans`) as a per-step logit bias of the
few banned ids, and the greedy pick; :func:`decode` drives it one token at a time through llama.cpp's
low-level ``llama_decode``.

Nothing here copies the vocabulary into Python per token (that cost 2.4 ms a token with Qwen's 151,936
entries, 15 ms when the grammar had to look at all of them; issue 28). Per token, greedy:

1. the logits row is a numpy view of ``llama_get_logits_ith`` (no copy); one ``max`` proves it finite;
2. the repeat penalty: llama.cpp's own penalties sampler is applied to a candidate array of the tokens in its
   window (at most 64; the only ones it changes), written back into the row;
3. copy suppression: the banned continuations are set to -inf in the row (a per-step logit bias);
4. the pick: the first maximum of the row (``argmax``; llama.cpp's greedy sampler is also the first maximum);
5. the grammar, lazily, as llama.cpp's common sampler does: the pick is checked alone against the grammar;
   only when it is rejected is the grammar asked about more tokens, and then, greedy, only about those
   scoring within a margin of the best (``MARGINS``; a few dozen tokens as a rule): every token outside
   scores below every token inside, so the first best allowed inside is the argmax over what the grammar
   allows. No allowed token inside: a wider margin, then the whole vocabulary. The grammar's answer for a
   token does not depend on the other candidates, so this is exact.

Steps 1 and 4 share one pass over the row when they can: the first maximum of the raw row proves it finite
(a NaN or +inf would be the maximum), and it stays the pick unless the penalty or a ban lowered it (both only
lower scores), when the row is searched again.

With a temperature the row is copied into a token-data array and llama.cpp's top-k/top-p/min-p/temperature/
dist chain runs on it (the grammar still lazily first), as before.

A row that is not finite, or a grammar that allows no token, raises
:class:`~tweetsum.llm.errors.GenerationFailed` before anything is accepted: llama.cpp's grammar would
otherwise throw a C++ exception on the impossible token and abort the process.
"""
from __future__ import annotations

import collections
import ctypes
import json
import math
import time

import numpy as np

from tweetsum.llm import native_log
from tweetsum.llm.errors import GenerationFailed

_NEG_INF = float("-inf")
PENALTY_LAST_N = 64  # the repeat penalty's window, in accepted tokens
TOP_CHECK = 64  # the small token-data array (the penalty window, single-token grammar checks)
# Greedy, when the grammar rejects the plain pick, it is asked about the tokens scoring within these margins
# (logits) of the best, ring after ring, before the whole vocabulary (once more than half of it would have been
# asked). The whole vocabulary (151,936 for Qwen) costs ~18 ms a check on 2 cores, 4 checks in the 0.5B's
# 46-token views (1.8 ms a token); the best 64 by argpartition cost 0.43 ms a step. Measured on the demo topic's
# four sections (0.5B, 40 rejected picks): the best allowed token lay 0.4-18 logits under the best score (rank
# 1-2,174; a few thousand tokens), so these rings find it after asking a few thousand tokens at most.
MARGINS = (4.0, 8.0, 12.0, 16.0, 20.0, 24.0, 32.0)


def copy_bans(source: list[int], n: int) -> tuple[int, dict[tuple[int, ...], frozenset[int]]]:
    """For copy suppression: every n-token span of ``source`` mapped to the tokens that follow it there."""
    follow: dict[tuple[int, ...], set[int]] = {}
    for i in range(len(source) - n):
        follow.setdefault(tuple(source[i:i + n]), set()).add(source[i + n])
    return n, {k: frozenset(v) for k, v in follow.items()}


def schema_grammar(schema: dict):
    """llama.cpp's GBNF grammar (a ``LlamaGrammar``) for a JSON schema."""
    from llama_cpp import LlamaGrammar

    return LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)


def _token_array(n: int):
    """A llama_token_data array of ``n`` entries, its numpy view, and the llama_token_data_array over it."""
    import llama_cpp

    data = (llama_cpp.llama_token_data * n)()
    view = np.ctypeslib.as_array(data).view(np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)]))
    arr = llama_cpp.llama_token_data_array(data=data, size=n, selected=-1, sorted=False)
    return data, view, arr


def _apply(smpl, arr, size: int) -> None:
    import llama_cpp

    arr.size, arr.selected, arr.sorted = size, -1, False
    llama_cpp.llama_sampler_apply(smpl, ctypes.byref(arr))


class SeqSampler:
    """One sequence's sampler (see the module docstring for the steps). :func:`decode` drives one for a single
    stream; :class:`~tweetsum.llm.batch.BatchDecoder` one per sequence of a batch.

    :meth:`choose` takes the sequence's logits row as a writable float32 array (a view of the context's buffer)
    and changes it in place (penalty, bans); :meth:`accept` advances the sampler state with the chosen token."""

    def __init__(self, vocab, n_vocab: int, *, temp: float, seed: int, repeat_penalty: float, grammar,
                 bans: tuple[int, dict] | None = None):
        import llama_cpp
        self._vocab = vocab
        self.n_vocab = n_vocab
        self.greedy = temp <= 0
        self._pen = None
        if repeat_penalty != 1.0:
            self._pen = llama_cpp.llama_sampler_init_penalties(n_vocab, PENALTY_LAST_N, repeat_penalty, 0.0, 0.0)
        self._hist: collections.deque[int] = collections.deque(maxlen=PENALTY_LAST_N)
        self._win: dict[int, int] = {}  # the tokens of the penalty window, with their counts
        self._small = _token_array(max(PENALTY_LAST_N, TOP_CHECK))
        self._small_ids, self._small_logits = self._small[1]["id"], self._small[1]["logit"]
        self._lowers = repeat_penalty >= 1.0  # a penalty of 1 or more only lowers scores (see choose)
        self._tail = None
        if not self.greedy:
            self._tail = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())
            for sm in (llama_cpp.llama_sampler_init_top_k(40), llama_cpp.llama_sampler_init_top_p(0.95, 1),
                       llama_cpp.llama_sampler_init_min_p(0.05, 1), llama_cpp.llama_sampler_init_temp(temp),
                       llama_cpp.llama_sampler_init_dist(seed)):
                llama_cpp.llama_sampler_chain_add(self._tail, sm)
        self._gram = None
        if grammar is not None:
            self._gram = llama_cpp.llama_sampler_init_grammar(vocab, grammar._grammar.encode("utf-8"),
                                                              grammar._root.encode("utf-8"))
            if not self._gram:
                self.free()
                raise ValueError("llama.cpp could not parse the grammar of the schema")
        self._full = None  # the whole-vocabulary token array, made when first needed
        self._wides: dict = {}
        self._ids = np.arange(n_vocab, dtype=np.intc)
        self._n_ban, self._ban_map = bans if bans else (0, {})
        self.out: list[int] = []
        self.grammar_checks = 0  # steps whose plain pick the grammar rejected (for the benchmark)
        self.full_checks = 0  # of those, steps the grammar had to see the whole vocabulary

    # -- the steps -----------------------------------------------------------------------------------------
    def _penalize(self, row):
        """llama.cpp's penalties sampler over the tokens of its window (the only ones it changes); returns
        them."""
        window = self._win
        if self._pen is None or not window:
            return frozenset()
        ids = np.fromiter(window, dtype=np.intc, count=len(window))
        k = len(ids)
        self._small_ids[:k] = ids
        self._small_logits[:k] = row[ids]
        _apply(self._pen, self._small[2], k)
        row[ids] = self._small_logits[:k]
        return window

    def _allowed_alone(self, tok: int) -> bool:
        """Whether the grammar allows ``tok`` next (one candidate, cheap)."""
        self._small_ids[0], self._small_logits[0] = tok, 0.0
        _apply(self._gram, self._small[2], 1)
        return self._small_logits[0] != _NEG_INF

    def _wide(self, k: int):
        """A token-data array of at least ``k`` entries (sizes by powers of two, kept) for wider grammar
        checks."""
        size = 1 << max(k - 1, 1).bit_length()
        got = self._wides.get(size)
        if got is None:
            got = self._wides[size] = _token_array(size)
        return got[1], got[2]

    def _full_array(self, row):
        """The whole row as a token-data array (ids 0..n-1), for the grammar or the sampling chain."""
        if self._full is None:
            self._full = _token_array(self.n_vocab)
        _, view, arr = self._full
        view["id"] = self._ids
        view["logit"] = row
        view["p"] = 0.0
        return view, arr

    def _greedy_masked(self, row) -> int:
        """The best token the grammar allows (the first argmax over the allowed ones); -1 when it allows none.
        The grammar is asked ring by ring: the tokens within the first margin of the best score, then those
        between it and the next, …; the first ring holding an allowed token holds the answer (every token
        outside scores lower; equal scores fall in one ring, asked in id order)."""
        top = float(row.max())
        if top == _NEG_INF:
            return -1
        asked, inner = 0, None
        for margin in MARGINS:
            outer = row >= top - margin
            ring = np.flatnonzero(outer if inner is None else outer & ~inner)
            inner = outer
            k = len(ring)
            asked += k
            if asked > self.n_vocab // 2:
                break
            if not k:
                continue
            view, arr = self._wide(k) if k > TOP_CHECK else (self._small[1], self._small[2])
            view["id"][:k] = ring
            view["logit"][:k] = row[ring]
            _apply(self._gram, arr, k)
            got = view["logit"][:k]
            best = int(np.argmax(got))
            if got[best] != _NEG_INF:
                return int(ring[best])
        self.full_checks += 1  # nothing allowed near the best: all of them
        view2, arr2 = self._full_array(row)
        _apply(self._gram, arr2, self.n_vocab)
        best = int(np.argmax(view2["logit"]))
        return best if view2["logit"][best] != _NEG_INF else -1

    def _sampled(self, row, masked: bool) -> int:
        view, arr = self._full_array(row)
        if masked:
            _apply(self._gram, arr, self.n_vocab)
        _apply(self._tail, arr, self.n_vocab)
        sel = int(arr.selected)
        if sel < 0 or view["logit"][sel] == _NEG_INF:
            return -1
        return int(view["id"][sel])

    def _pick(self, row, masked: bool) -> int:
        if not self.greedy:
            return self._sampled(row, masked)
        if masked:
            return self._greedy_masked(row)
        tok = int(np.argmax(row))
        return tok if row[tok] != _NEG_INF else -1

    # -- one step ------------------------------------------------------------------------------------------
    def choose(self, row) -> int:
        """The next token for this logits row (a writable float32 array of ``n_vocab``, changed in place),
        given what was accepted so far. Raises GenerationFailed for a non-finite row or when the grammar
        allows no token."""
        first = int(np.argmax(row))  # a NaN or +inf anywhere is the argmax
        top = float(row[first])
        if not math.isfinite(top):
            raise GenerationFailed(f"the model's scores are not finite (max {top}) after {len(self.out)} tokens"
                                   + _native())
        n_ban, out = self._n_ban, self.out
        banned = self._ban_map.get(tuple(out[-n_ban:]), ()) if n_ban and len(out) >= n_ban else ()
        if self.greedy and self._lowers and first not in banned and first not in self._win:
            # the penalty and the bans would only lower other scores: the first maximum stays the pick, and
            # the row need not be changed at all unless the grammar rejects it
            if self._gram is None or self._allowed_alone(first):
                return first
        lowered = self._penalize(row)
        saved = None
        if banned:
            ids = list(banned)
            saved = (ids, row[ids].copy())
            row[ids] = _NEG_INF
        if self.greedy and self._lowers and first not in banned and first not in lowered:
            tok = first  # the penalty and the bans only lowered other scores: still the first maximum
        else:
            tok = self._pick(row, False)
        if tok < 0 and saved is not None:  # nothing allowed but banned tokens: the bans give way
            row[saved[0]] = saved[1]
            saved = None
            tok = self._pick(row, False)
        if self._gram is not None and tok >= 0 and not self._allowed_alone(tok):
            self.grammar_checks += 1
            tok = self._pick(row, True)
            if tok < 0 and saved is not None:
                row[saved[0]] = saved[1]
                tok = self._pick(row, True)
        if tok < 0:
            raise GenerationFailed(f"no token is allowed after {len(out)} tokens (the JSON-schema grammar "
                                   f"and the scores leave none)" + _native())
        return tok

    def accept(self, tok: int) -> bool:
        """Advance the sampler state with ``tok``; True when it ends the generation (an end-of-generation
        token, which is not appended to :attr:`out`)."""
        import llama_cpp

        if self._pen is not None:
            llama_cpp.llama_sampler_accept(self._pen, tok)
            hist, win = self._hist, self._win
            if len(hist) == PENALTY_LAST_N:
                old = hist[0]
                if win[old] == 1:
                    del win[old]
                else:
                    win[old] -= 1
            hist.append(tok)
            win[tok] = win.get(tok, 0) + 1
        if self._tail is not None:
            llama_cpp.llama_sampler_accept(self._tail, tok)
        if self._gram is not None:
            llama_cpp.llama_sampler_accept(self._gram, tok)
        return bool(llama_cpp.llama_vocab_is_eog(self._vocab, tok))

    def free(self) -> None:
        import llama_cpp

        for name in ("_pen", "_tail", "_gram"):
            smpl = getattr(self, name, None)
            if smpl is not None:
                llama_cpp.llama_sampler_free(smpl)
                setattr(self, name, None)


def _native() -> str:
    said = native_log.recent(2)
    return f" (llama.cpp: {said})" if said else ""


_ROWS: dict[tuple[int, int], object] = {}  # (address, n_vocab) -> a numpy view of the logits there
_GET_ITH: list = []  # llama_get_logits_ith answering the address as an int


def _logits_address(ctx, i: int) -> int:
    if not _GET_ITH:
        import llama_cpp

        fn = llama_cpp.llama_cpp._lib["llama_get_logits_ith"]  # a function object of its own: its restype
        fn.argtypes = [llama_cpp.llama_context_p_ctypes, ctypes.c_int32]  # is not llama_cpp's
        fn.restype = ctypes.c_void_p
        _GET_ITH.append(fn)
    return _GET_ITH[0](ctx, i) or 0


def logits_row(ctx, i: int, n_vocab: int):
    """A writable numpy view of the logits of batch entry ``i`` (-1: the last) in ``ctx``; GenerationFailed
    when llama.cpp has none. Views are kept per address (making one cost 0.1 ms a token, cProfile on the
    0.5B): llama.cpp's answer for this call is the address, so a kept view is never one of freed memory."""
    addr = _logits_address(ctx, i)
    if not addr:
        raise GenerationFailed(f"llama.cpp has no logits for batch entry {i}" + _native())
    row = _ROWS.get((addr, n_vocab))
    if row is None:
        if len(_ROWS) >= 512:
            _ROWS.clear()
        row = _ROWS[(addr, n_vocab)] = np.ctypeslib.as_array((ctypes.c_float * n_vocab).from_address(addr))
    return row


class TokenStep:
    """Single-token decodes into sequence 0 of a llama-cpp-python ``Llama``, keeping its token bookkeeping
    (``input_ids``, ``n_tokens``) as ``Llama.eval`` does, without its Python batch building and logits copy."""

    def __init__(self, ll):
        import llama_cpp

        self._ll = ll
        self._batch = llama_cpp.llama_batch_init(1, 0, 1)
        self.decode_fn = llama_cpp.llama_decode  # a test may wrap it to plant a failure

    def __call__(self, tok: int):
        """Decode ``tok`` at the next position; returns its logits row."""
        ll, b = self._ll, self._batch
        pos = ll.n_tokens
        b.n_tokens = 1
        b.token[0], b.pos[0], b.n_seq_id[0], b.logits[0] = tok, pos, 1, 1
        b.seq_id[0][0] = 0
        m = native_log.mark()
        rc = self.decode_fn(ll.ctx, b)
        if rc != 0:
            said = native_log.since(m)
            raise GenerationFailed(f"llama_decode returned {rc} at position {pos}"
                                   + (f" (llama.cpp: {said})" if said else ""))
        ll.input_ids[pos] = tok
        ll.n_tokens = pos + 1
        return logits_row(ll.ctx, -1, ll.n_vocab())

    def free(self) -> None:
        import llama_cpp

        if self._batch is not None:
            llama_cpp.llama_batch_free(self._batch)
            self._batch = None


def decode(ll, *, max_tokens: int, temp: float, seed: int, repeat_penalty: float, grammar, ignore_eos: bool,
           on_token, t1: float, bans: tuple[int, dict] | None = None,
           step: TokenStep | None = None) -> tuple[list[int], str]:
    """Sample and decode up to ``max_tokens`` after what the KV cache of ``ll`` holds (its last token's logits
    are the current ones); return the tokens and the finish reason ("stop" | "length"). One stream; see
    :class:`SeqSampler` for how a token is chosen. Raises GenerationFailed (see there and :class:`TokenStep`)."""
    n_vocab = ll.n_vocab()
    sampler = SeqSampler(ll._model.vocab, n_vocab, temp=temp, seed=seed, repeat_penalty=repeat_penalty,
                         grammar=grammar, bans=bans)
    own = step is None
    step = step or TokenStep(ll)
    out = sampler.out
    finish = "length"
    try:
        row = logits_row(ll.ctx, -1, n_vocab)
        while len(out) < max_tokens:
            tok = sampler.choose(row)
            if sampler.accept(tok) and not ignore_eos:
                finish = "stop"
                break
            out.append(tok)
            if on_token is not None:
                on_token(len(out), time.perf_counter() - t1)
            if len(out) >= max_tokens:
                break
            row = step(tok)
    finally:
        sampler.free()
        if own:
            step.free()
    return out, finish
