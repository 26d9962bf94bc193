"""The sampler of commit ad6a4bd (Python copies of the whole vocabulary per token), kept only as the reference
that tests/test_llm_sampling.py and benchmarks/bench_speed.py compare the in-C sampler with, token for token. Not used by tweetsum."""
from __future__ import annotations

import json
import time


# copy_bans and schema_grammar are unchanged: the reference uses tweetsum's own
from tweetsum.llm.sampling import copy_bans, schema_grammar  # noqa: E402,F401


def _add_tail(chain, temp: float, seed: int) -> None:
    """The end of the sampler chain: greedy at temperature 0, else top-k/top-p/min-p/temperature/dist."""
    import llama_cpp

    if temp <= 0:
        llama_cpp.llama_sampler_chain_add(chain, llama_cpp.llama_sampler_init_greedy())
    else:
        for sm in (llama_cpp.llama_sampler_init_top_k(40), llama_cpp.llama_sampler_init_top_p(0.95, 1),
                   llama_cpp.llama_sampler_init_min_p(0.05, 1), llama_cpp.llama_sampler_init_temp(temp),
                   llama_cpp.llama_sampler_init_dist(seed)):
            llama_cpp.llama_sampler_chain_add(chain, sm)


class SeqSampler:
    """One sequence's sampler: the chain (repeat penalty, then greedy or top-k/top-p/min-p/temperature), the
    JSON-schema grammar applied lazily, and copy suppression. :func:`decode` drives one for a single stream;
    :class:`~tweetsum.llm.batch.BatchDecoder` one per sequence of a batch.

    The grammar is applied lazily, as llama.cpp's common sampler does: the token is chosen by the plain chain,
    then checked against the grammar alone; only when the grammar rejects it is the grammar applied to the
    whole vocabulary and the token chosen again. Greedy output is identical to applying the grammar first (the
    unconstrained argmax, if allowed, is the constrained argmax), and a grammar pass over Qwen's 151,936
    tokens is skipped for most tokens. Sampler state (penalty history, grammar stacks) is advanced with the
    chosen token only (:meth:`accept`).
    """

    def __init__(self, vocab, n_vocab: int, *, temp: float, seed: int, repeat_penalty: float, grammar,
                 bans: tuple[int, dict] | None = None):
        import llama_cpp
        import numpy as np

        self._vocab = vocab
        self.n_vocab = n_vocab
        params = llama_cpp.llama_sampler_chain_default_params()
        self._chain = llama_cpp.llama_sampler_chain_init(params)
        llama_cpp.llama_sampler_chain_add(self._chain, llama_cpp.llama_sampler_init_penalties(
            n_vocab, 64, repeat_penalty, 0.0, 0.0))
        _add_tail(self._chain, temp, seed)
        self._gram = None
        if grammar is not None:
            self._gram = llama_cpp.llama_sampler_init_grammar(vocab, grammar._grammar.encode("utf-8"),
                                                              grammar._root.encode("utf-8"))
            if not self._gram:
                llama_cpp.llama_sampler_free(self._chain)
                raise ValueError("llama.cpp could not parse the grammar of the schema")
        self._data = (llama_cpp.llama_token_data * n_vocab)()
        self._view = np.ctypeslib.as_array(self._data).view(
            np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)]))
        self._ids = np.arange(n_vocab, dtype=np.intc)
        self._arr = llama_cpp.llama_token_data_array(data=self._data, size=n_vocab, selected=-1, sorted=False)
        self._one = (llama_cpp.llama_token_data * 1)()
        self._one_arr = llama_cpp.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        self._n_ban, self._ban_map = bans if bans else (0, {})
        self.out: list[int] = []

    def _pick(self, logits, masked: bool, banned=()) -> int:
        import ctypes

        import llama_cpp

        view, arr = self._view, self._arr
        view["id"] = self._ids
        view["logit"] = logits
        view["p"] = 0.0
        if banned:
            view["logit"][list(banned)] = _NEG_INF
        arr.size, arr.selected, arr.sorted = self.n_vocab, -1, False
        if masked:
            llama_cpp.llama_sampler_apply(self._gram, ctypes.byref(arr))
        llama_cpp.llama_sampler_apply(self._chain, ctypes.byref(arr))
        if banned and self._data[arr.selected].logit == _NEG_INF:  # nothing allowed but banned tokens
            return self._pick(logits, masked)
        return int(self._data[arr.selected].id)

    def choose(self, logits) -> int:
        """The next token for these logits (a float array of ``n_vocab``), given what was accepted so far."""
        import ctypes

        import llama_cpp

        out = self.out
        n_ban = self._n_ban
        banned = self._ban_map.get(tuple(out[-n_ban:]), ()) if n_ban and len(out) >= n_ban else ()
        tok = self._pick(logits, False, banned)
        if self._gram is not None:
            one, one_arr = self._one, self._one_arr
            one[0].id, one[0].logit, one[0].p = tok, 0.0, 0.0
            one_arr.size, one_arr.selected, one_arr.sorted = 1, -1, False
            llama_cpp.llama_sampler_apply(self._gram, ctypes.byref(one_arr))
            if one[0].logit == _NEG_INF:
                tok = self._pick(logits, True, banned)
        return tok

    def accept(self, tok: int) -> bool:
        """Advance the sampler state with ``tok``; True when it ends the generation (an end-of-generation
        token, which is not appended to :attr:`out`)."""
        import llama_cpp

        llama_cpp.llama_sampler_accept(self._chain, tok)
        if self._gram is not None:
            llama_cpp.llama_sampler_accept(self._gram, tok)
        return bool(llama_cpp.llama_vocab_is_eog(self._vocab, tok))

    def free(self) -> None:
        import llama_cpp

        if self._chain is not None:
            llama_cpp.llama_sampler_free(self._chain)
            self._chain = None
        if self._gram is not None:
            llama_cpp.llama_sampler_free(self._gram)
            self._gram = None


_NEG_INF = float("-inf")


def decode(ll, *, max_tokens: int, temp: float, seed: int, repeat_penalty: float, grammar, ignore_eos: bool,
           on_token, t1: float, bans: tuple[int, dict] | None = None) -> tuple[list[int], str]:
    """Sample and decode up to ``max_tokens`` after what the KV cache of ``ll`` holds (its last token's logits
    are the current ones); return the tokens and the finish reason ("stop" | "length"). One stream; see
    :class:`SeqSampler` for how a token is chosen."""
    import llama_cpp
    import numpy as np

    ctx = ll.ctx
    n_vocab = ll.n_vocab()
    sampler = SeqSampler(ll._model.vocab, n_vocab, temp=temp, seed=seed, repeat_penalty=repeat_penalty,
                         grammar=grammar, bans=bans)
    out = sampler.out
    finish = "length"
    try:
        while len(out) < max_tokens:
            logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, -1), shape=(n_vocab,))
            tok = sampler.choose(logits)
            if sampler.accept(tok) and not ignore_eos:
                finish = "stop"
                break
            out.append(tok)
            if on_token is not None:
                on_token(len(out), time.perf_counter() - t1)
            if len(out) >= max_tokens:
                break
            ll.eval([tok])
    finally:
        sampler.free()
    return out, finish
