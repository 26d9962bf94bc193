"""Token sampling for the in-process engine: the sampler chain, the lazily applied JSON-schema grammar, and
copy suppression (:func:`copy_bans`), driven by :func:`decode` through llama.cpp's low-level API."""
from __future__ import annotations

import json
import time


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


def decode(ll, *, max_tokens: int, temp: float, seed: int, repeat_penalty: float, grammar, ignore_eos: bool,
           on_token, t1: float, bans: tuple[int, dict] | None = None) -> tuple[list[int], str]:
    """Sample and decode up to ``max_tokens`` after what the KV cache of ``ll`` holds (its last token's logits
    are the current ones); return the tokens and the finish reason ("stop" | "length").

    The grammar is applied lazily, as llama.cpp's common sampler does: the token is chosen by the plain
    chain (repeat penalty, then greedy or top-k/top-p/min-p/temperature), then checked against the grammar
    alone; only when the grammar rejects it is the grammar applied to the whole vocabulary and the token
    chosen again. Greedy output is identical to applying the grammar first (the unconstrained argmax, if
    allowed, is the constrained argmax), and a grammar pass over Qwen's 151,936 tokens is skipped for most
    tokens. Sampler state (penalty history, grammar stacks) is advanced with the chosen token only.
    """
    import ctypes

    import llama_cpp
    import numpy as np

    ctx = ll.ctx
    vocab = ll._model.vocab
    n_vocab = ll.n_vocab()

    params = llama_cpp.llama_sampler_chain_default_params()
    chain = llama_cpp.llama_sampler_chain_init(params)
    llama_cpp.llama_sampler_chain_add(chain, llama_cpp.llama_sampler_init_penalties(
        n_vocab, 64, repeat_penalty, 0.0, 0.0))
    _add_tail(chain, temp, seed)
    gram = None
    if grammar is not None:
        gram = llama_cpp.llama_sampler_init_grammar(vocab, grammar._grammar.encode("utf-8"),
                                                    grammar._root.encode("utf-8"))
        if not gram:
            llama_cpp.llama_sampler_free(chain)
            raise ValueError("llama.cpp could not parse the grammar of the schema")
    data = (llama_cpp.llama_token_data * n_vocab)()
    view = np.ctypeslib.as_array(data).view(np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)]))
    ids = np.arange(n_vocab, dtype=np.intc)
    arr = llama_cpp.llama_token_data_array(data=data, size=n_vocab, selected=-1, sorted=False)
    one = (llama_cpp.llama_token_data * 1)()
    one_arr = llama_cpp.llama_token_data_array(data=one, size=1, selected=-1, sorted=False)
    out: list[int] = []
    finish = "length"

    n_ban, ban_map = bans if bans else (0, {})
    neg_inf = float("-inf")

    def choose(masked: bool, banned=()) -> int:
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(ctx, -1), shape=(n_vocab,))
        view["id"] = ids
        view["logit"] = logits
        view["p"] = 0.0
        if banned:
            view["logit"][list(banned)] = neg_inf
        arr.size, arr.selected, arr.sorted = n_vocab, -1, False
        if masked:
            llama_cpp.llama_sampler_apply(gram, ctypes.byref(arr))
        llama_cpp.llama_sampler_apply(chain, ctypes.byref(arr))
        if banned and data[arr.selected].logit == neg_inf:  # nothing allowed but banned tokens
            return choose(masked)
        return int(data[arr.selected].id)

    try:
        while len(out) < max_tokens:
            banned = ban_map.get(tuple(out[-n_ban:]), ()) if n_ban and len(out) >= n_ban else ()
            tok = choose(False, banned)
            if gram is not None:
                one[0].id, one[0].logit, one[0].p = tok, 0.0, 0.0
                one_arr.size, one_arr.selected, one_arr.sorted = 1, -1, False
                llama_cpp.llama_sampler_apply(gram, ctypes.byref(one_arr))
                if one[0].logit == float("-inf"):
                    tok = choose(True, banned)
            llama_cpp.llama_sampler_accept(chain, tok)
            if gram is not None:
                llama_cpp.llama_sampler_accept(gram, tok)
            if not ignore_eos and llama_cpp.llama_vocab_is_eog(vocab, tok):
                finish = "stop"
                break
            out.append(tok)
            if on_token is not None:
                on_token(len(out), time.perf_counter() - t1)
            if len(out) >= max_tokens:
                break
            ll.eval([tok])
    finally:
        llama_cpp.llama_sampler_free(chain)
        if gram is not None:
            llama_cpp.llama_sampler_free(gram)
    return out, finish
