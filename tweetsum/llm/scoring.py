"""How likely the model finds a given text after a prompt: the log-probability of each of its tokens.

The verification stage reads an item as the model would continue the cited tweets: words the tweets make
likely are words the tweets say (:mod:`tweetsum.verify.support`). Scoring is prompt evaluation only -- no
sampling -- with the logits of every position requested in the same ``llama_decode`` batches, read in place
(no ``logits_all`` context: that would keep n_ctx x vocab floats).
"""
from __future__ import annotations

import numpy as np

from tweetsum.llm import kv, native_log
from tweetsum.llm.errors import GenerationFailed
from tweetsum.llm.sampling import logits_row


def _log_softmax_at(row: np.ndarray, tok: int) -> float:
    m = float(row.max())
    return float(row[tok]) - m - float(np.log(np.exp(row - m, dtype=np.float64).sum()))


def continuation_logprobs(ll, n_batch: int, last: int, cont: list[int]) -> list[float]:
    """Decode ``[last] + cont`` after what the KV cache holds; return log P(cont[i] | all before) per token.

    ``last`` is the prompt's final token (its logits predict ``cont[0]``); the cache must hold the prompt
    without it. Bookkeeping (``input_ids``, ``n_tokens``) is kept as ``Llama.eval`` keeps it."""
    import llama_cpp

    seq = [last, *cont]
    n_vocab = ll.n_vocab()
    out: list[float] = []
    batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
    try:
        for start in range(0, len(seq), n_batch):
            chunk = seq[start:start + n_batch]
            pos0 = ll.n_tokens
            batch.n_tokens = len(chunk)
            for j, tok in enumerate(chunk):
                batch.token[j], batch.pos[j], batch.n_seq_id[j], batch.logits[j] = tok, pos0 + j, 1, 1
                batch.seq_id[j][0] = 0
            m = native_log.mark()
            rc = llama_cpp.llama_decode(ll.ctx, batch)
            if rc != 0:
                said = native_log.since(m)
                raise GenerationFailed(f"llama_decode returned {rc} while scoring at position {pos0}"
                                       + (f" (llama.cpp: {said})" if said else ""))
            ll.input_ids[pos0:pos0 + len(chunk)] = chunk
            ll.n_tokens = pos0 + len(chunk)
            for j in range(len(chunk)):
                k = start + j  # row k predicts seq[k + 1] = cont[k]
                if k < len(cont):
                    row = logits_row(ll.ctx, j, n_vocab)
                    if not np.isfinite(row[cont[k]]):
                        raise GenerationFailed(f"non-finite logits while scoring at position {pos0 + j}")
                    out.append(_log_softmax_at(row, cont[k]))
    finally:
        llama_cpp.llama_batch_free(batch)
    return out


def score_after(engine, tokens: list[int], prefix_len: int, cont: list[int]) -> list[float]:
    """Log-probabilities of ``cont`` after the prompt ``tokens`` (its first ``prefix_len`` tokens held and
    saved like a generation's shared prefix). A failure resets the cache and raises GenerationFailed."""
    ll = engine.llama
    try:
        if prefix_len and prefix_len < len(tokens):
            engine.hold_prefix(tokens[:prefix_len])
        n = len(tokens) - 1
        kv.advance(ll, tokens[:n], need_logits=False)
        if ll.n_tokens > n:  # the cache held the prompt and more (an earlier continuation): cut it
            if not ll._ctx.kv_cache_seq_rm(-1, n, -1):
                engine.reset_kv()
                kv.advance(ll, tokens[:n], need_logits=False)
            ll.n_tokens = n
        return continuation_logprobs(ll, engine.settings.n_batch, tokens[-1], cont)
    except (GenerationFailed, RuntimeError) as e:
        engine.reset_kv()
        raise GenerationFailed(f"scoring: {e}") from None
