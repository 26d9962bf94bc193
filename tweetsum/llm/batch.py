"""Batched decoding: several sequences decoded together in one llama.cpp context, each with its own sampler.

Decoding one stream reads the whole model for every token; on a CPU that read, not the arithmetic, bounds
generation. Several sequences in one ``llama_decode`` batch share the read, so the aggregate rate grows with
the number of sequences until the arithmetic becomes the bound (``benchmarks/bench_speed.py --batch``
measures it). The layout follows llama.cpp's ``examples/parallel``:

* one context over the engine's loaded model (no second copy of the weights) with ``n_seq_max`` sequences
  and a unified KV cache;
* the requests' common token prefix (a topic's instructions and tweets) is evaluated once as sequence 0 and
  copied to the others with ``llama_memory_seq_cp``; then each sequence's own suffix, all in shared batches;
* every step decodes one token per live sequence in a single batch; each sequence has its own
  :class:`~tweetsum.llm.sampling.SeqSampler` (repeat penalty, greedy or sampled, its JSON-schema grammar,
  copy suppression), so a constrained sequence stays valid whatever its neighbours do;
* ``llama_decode`` returning 1 (no KV slot for the batch) is retried with the batch halved, as
  ``examples/parallel`` does; at one token it is a :class:`~tweetsum.llm.engine.ContextOverflow`.

Greedy output is the same as one sequence at a time through the same decoder, token for token, except at
near ties: llama.cpp's CPU kernels sum in an order that depends on the batch's shape, so where the two best
scores lie within a fraction of a logit the pick may flip (``tests/test_llm_batch.py`` checks exactly that on
the real model).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tweetsum.llm import native_log
from tweetsum.llm.engine import ContextOverflow, Engine, GenerationFailed
from tweetsum.llm.prompts import Prompt
from tweetsum.llm.sampling import SeqSampler, copy_bans
from tweetsum.llm.stats import CallStats, generation_params


@dataclass
class BatchRequest:
    prompt: Prompt
    schema: dict | None = None
    max_tokens: int = 256
    repeat_penalty: float = 1.0
    copy_ngram: int = 0
    ignore_eos: bool = False


@dataclass
class BatchResult:
    text: str
    tokens: list[int]
    finish: str  # "stop" | "length" | "error" (GenerationFailed for this sequence: BatchDecoder.failures)
    prompt_tokens: int


@dataclass
class BatchStats:
    prompt_tokens: int = 0  # tokens of all prompts
    evaluated_tokens: int = 0  # prompt tokens actually evaluated (the shared prefix once)
    generated_tokens: int = 0
    decode_calls: int = 0
    retries: int = 0  # llama_decode calls that returned 1 and were split
    prompt_seconds: float = 0.0
    gen_seconds: float = 0.0
    per_step: list[int] = field(default_factory=list, repr=False)  # live sequences per generation step

    @property
    def gen_tok_s(self) -> float:
        return self.generated_tokens / self.gen_seconds if self.gen_seconds else 0.0


class BatchDecoder:
    """Decode up to ``n_seq`` requests at once over ``engine``'s model (see the module docstring)."""

    def __init__(self, engine: Engine, *, n_seq: int = 4, n_ctx: int | None = None, n_batch: int = 512):
        import llama_cpp

        self.engine = engine
        self.n_seq = int(n_seq)
        ll = engine.llama
        cp = llama_cpp.llama_context_default_params()
        # the engine's KV layout (flash attention transposes V or not; cache types), so its prefix cells copy
        for name in ("flash_attn_type", "type_k", "type_v", "offload_kqv", "swa_full"):
            setattr(cp, name, getattr(ll.context_params, name))
        cp.n_ctx = int(n_ctx or engine.n_ctx * self.n_seq)
        cp.n_batch = cp.n_ubatch = int(n_batch)
        cp.n_seq_max = self.n_seq
        cp.kv_unified = True  # the sequences share the prompt's prefix cells
        cp.n_threads = cp.n_threads_batch = engine.n_threads
        cp.no_perf = True
        self.n_ctx = cp.n_ctx
        self.n_batch = int(n_batch)
        self._ll = ll
        self._ctx = llama_cpp.llama_init_from_model(ll._model.model, cp)
        if not self._ctx:
            raise RuntimeError(f"llama.cpp could not create a {self.n_seq}-sequence context of {self.n_ctx} tokens")
        self._batch = llama_cpp.llama_batch_init(self.n_batch, 0, self.n_seq)
        self._decode_fn: Callable = llama_cpp.llama_decode  # a test may wrap it to make it return 1
        self.failures: dict[int, str] = {}  # sequence -> why it failed, for the last generate()
        self.stats = BatchStats()

    def close(self) -> None:
        import llama_cpp

        if self._ctx:
            llama_cpp.llama_batch_free(self._batch)
            llama_cpp.llama_free(self._ctx)
            self._ctx = None

    def __enter__(self) -> "BatchDecoder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- one batch of entries ----------------------------------------------------------------------------
    def _submit(self, entries: Sequence[tuple[int, int, Sequence[int], bool]], *,
                copy: bool = True) -> dict[int, object]:
        """Decode ``(token, pos, seq_ids, want_logits)`` entries in batches of at most ``n_batch``; returns the
        logits of every entry that wanted them, by entry index: copies, or with ``copy=False`` views of the
        context's buffer where the last ``llama_decode`` left them (valid until the next one; rows of an
        earlier chunk are copied)."""
        import llama_cpp

        from tweetsum.llm.sampling import logits_row

        n_vocab = self._ll.n_vocab()
        logits: dict[int, object] = {}
        i = 0
        while i < len(entries):
            chunk = entries[i:i + self.n_batch]
            b = self._batch
            for j, (tok, pos, seqs, want) in enumerate(chunk):
                b.token[j] = tok
                b.pos[j] = pos
                b.n_seq_id[j] = len(seqs)
                for k, s in enumerate(seqs):
                    b.seq_id[j][k] = s
                b.logits[j] = want
            b.n_tokens = len(chunk)
            m = native_log.mark()
            rc = self._decode_fn(self._ctx, b)
            self.stats.decode_calls += 1
            if rc == 1:  # no KV slot for a batch this size: halve it and retry (examples/parallel)
                self.stats.retries += 1
                if len(chunk) == 1:
                    raise ContextOverflow(f"no KV cache slot left for one token ({self.n_ctx} cells, "
                                          f"{self.n_seq} sequences)")
                self.n_batch = max(1, len(chunk) // 2)
                continue
            if rc != 0:
                said = native_log.since(m)
                raise GenerationFailed(f"llama_decode returned {rc} in a batch of {len(chunk)}"
                                       + (f" (llama.cpp: {said})" if said else ""))
            last = i + len(chunk) >= len(entries)
            for j, (_, _, _, want) in enumerate(chunk):
                if want:
                    row = logits_row(self._ctx, j, n_vocab)
                    logits[i + j] = row if (last and not copy) else row.copy()
            i += len(chunk)
        return logits

    def take_prefix(self, prefix: list[int]) -> int:
        """Copy the engine's KV cells of sequence 0 (KV only, ``llama_state_seq_get/set_data``) into this
        context's sequence 0 and keep the first ``len(prefix)`` of them, so a prefix the engine holds is not
        evaluated again. Returns the tokens now held: ``len(prefix)``, or 0 when the engine does not hold
        ``prefix`` or the copy did not load (then this context is empty)."""
        import ctypes

        import llama_cpp

        src = self._ll
        mem = llama_cpp.llama_get_memory(self._ctx)
        llama_cpp.llama_memory_clear(mem, True)
        if not prefix or src.n_tokens < len(prefix) or src.input_ids[: len(prefix)].tolist() != list(prefix):
            return 0
        size = llama_cpp.llama_state_seq_get_size(src.ctx, 0)
        buf = (ctypes.c_uint8 * size)()
        got = llama_cpp.llama_state_seq_get_data(src.ctx, buf, size, 0)
        if not got or llama_cpp.llama_state_seq_set_data(self._ctx, buf, got, 0) == 0:
            llama_cpp.llama_memory_clear(mem, True)
            return 0
        if src.n_tokens > len(prefix) and not llama_cpp.llama_memory_seq_rm(mem, 0, len(prefix), -1):
            llama_cpp.llama_memory_clear(mem, True)
            return 0
        return len(prefix)

    # -- generation --------------------------------------------------------------------------------------
    def generate(self, requests: Sequence[BatchRequest], *, temperature: float | None = None,
                 seed: int | None = None) -> list[BatchResult]:
        """Answers to ``requests`` (at most ``n_seq``), in order."""
        if not requests:
            return []
        if len(requests) > self.n_seq:
            raise ValueError(f"{len(requests)} requests for a {self.n_seq}-sequence decoder")
        eng = self.engine
        temp = eng.temperature if temperature is None else float(temperature)
        seed = eng.seed if seed is None else int(seed)
        toks = [eng.tokenize_prompt(r.prompt)[0] for r in requests]
        return self._generate(requests, toks, temp, seed)

    def _generate(self, requests: Sequence[BatchRequest], toks: list[list[int]], temp: float,
                  seed: int, have: int = 0) -> list[BatchResult]:
        """``have``: sequence 0 already holds that many leading tokens (copied in by :meth:`take_prefix`)."""
        import llama_cpp

        if not requests:
            return []
        for r, t in zip(requests, toks):
            if len(t) + r.max_tokens > self.n_ctx // self.n_seq:
                raise ContextOverflow(f"prompt of {len(t)} tokens + {r.max_tokens} output tokens exceeds the "
                                      f"{self.n_ctx // self.n_seq} tokens a sequence has "
                                      f"({r.prompt.label or 'prompt'})")
        n = len(requests)
        self.failures = {}
        if not have:
            llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(self._ctx), True)
        st = self.stats
        t0 = time.perf_counter()
        # the common prefix once (sequence 0), then copied; each sequence keeps >= 1 token of its own
        lcp = min(len(t) for t in toks) - 1
        for t in toks[1:]:
            k = 0
            while k < lcp and t[k] == toks[0][k]:
                k += 1
            lcp = k
        if have > lcp:
            raise ValueError(f"sequence 0 holds {have} tokens but the prompts share only {lcp}")
        self._submit([(tok, p, (0,), False) for p, tok in enumerate(toks[0][:lcp]) if p >= have])
        mem = llama_cpp.llama_get_memory(self._ctx)
        for s in range(1, n):
            llama_cpp.llama_memory_seq_cp(mem, 0, s, -1, -1)
        entries, last = [], []
        for s, t in enumerate(toks):
            for p in range(lcp, len(t)):
                entries.append((t[p], p, (s,), p == len(t) - 1))
            last.append(len(entries) - 1)
        logits = self._submit(entries)
        st.prompt_tokens += sum(map(len, toks))
        st.evaluated_tokens += lcp - have + len(entries)
        t1 = time.perf_counter()
        st.prompt_seconds += t1 - t0

        vocab, n_vocab = self._ll._model.vocab, self._ll.n_vocab()
        samplers = [SeqSampler(vocab, n_vocab, temp=temp, seed=seed, repeat_penalty=float(r.repeat_penalty),
                               grammar=self.engine.grammar(r.schema) if r.schema is not None else None,
                               bans=copy_bans(t, r.copy_ngram) if r.copy_ngram else None)
                    for r, t in zip(requests, toks)]
        cur = {s: logits[last[s]] for s in range(n)}
        finish = ["length"] * n
        try:
            while cur:
                step = []
                for s, lg in cur.items():
                    sm, r = samplers[s], requests[s]
                    try:
                        tok = sm.choose(lg)
                    except GenerationFailed as e:  # this sequence ends; its neighbours go on
                        finish[s] = "error"
                        self.failures[s] = str(e)
                        continue
                    if sm.accept(tok) and not r.ignore_eos:
                        finish[s] = "stop"
                        continue
                    sm.out.append(tok)
                    if len(sm.out) < r.max_tokens:
                        step.append((tok, len(toks[s]) + len(sm.out) - 1, (s,), True))
                st.per_step.append(len(cur))
                if not step:
                    break
                got = self._submit(step, copy=False)  # views: each row is sampled before the next decode
                cur = {e[2][0]: got[j] for j, e in enumerate(step)}
        finally:
            for sm in samplers:
                sm.free()
        st.gen_seconds += time.perf_counter() - t1
        st.generated_tokens += sum(len(sm.out) for sm in samplers)
        return [BatchResult(self._ll.detokenize(sm.out, prev_tokens=t).decode("utf-8", errors="replace"),
                            list(sm.out), f, len(t))
                for sm, t, f in zip(samplers, toks, finish)]


def prefetch(engine: Engine, requests: Sequence[BatchRequest], *, store=None, n_seq: int = 4) -> int:
    """Decode ``requests`` ahead, ``n_seq`` at a time in one batch, and leave each answer in
    ``engine.prefetched`` under the result key :meth:`Engine.complete` computes for the same call (the engine's
    temperature and seed): the caller's later ``complete()`` takes it instead of decoding. With ``store`` each
    answer is also written to the result cache at once, so a run killed before it is taken reruns identically
    (a rerun's smaller batch could break a near tie the other way). Calls already in ``store``'s result cache,
    or that would not fit, are skipped (``complete()`` handles them as usual).
    Each answer's :class:`CallStats` carries its share of the batch's time. Returns how many were decoded."""
    temp, seed = engine.temperature, engine.seed
    todo: list[tuple] = []  # (request, tokens, prefix length, result key, prompt hash, params)
    for r in requests:
        toks, prefix_len = engine.tokenize_prompt(r.prompt)
        if len(toks) + r.max_tokens > engine.n_ctx:
            continue
        params = generation_params(max_tokens=r.max_tokens, temperature=temp, seed=seed, schema=r.schema,
                                   ignore_eos=r.ignore_eos, repeat_penalty=r.repeat_penalty, copy_ngram=r.copy_ngram)
        key, prompt_hash = engine.cache_key(toks, params)
        if key in engine.prefetched or (store is not None and store.llm_get(key) is not None):
            continue
        todo.append((r, toks, prefix_len, key, prompt_hash, params))
    if len(todo) < 2:  # nothing to share a batch with: complete() decodes it as usual
        return 0
    if engine.batcher is None or engine.batcher.n_seq < n_seq:
        if engine.batcher is not None:
            engine.batcher.close()
        engine.batcher = BatchDecoder(engine, n_seq=n_seq)
    bd: BatchDecoder = engine.batcher
    for i in range(0, len(todo), n_seq):
        group = todo[i:i + n_seq]
        st = bd.stats
        ev0, ps0, gs0 = st.evaluated_tokens, st.prompt_seconds, st.gen_seconds
        # the shared prefix (system + tweets) is evaluated, or restored, in the engine's own context, where
        # the topic's retries will want it too, and copied from there
        t0 = time.perf_counter()
        prefix = group[0][1][:min(g[2] for g in group)]
        held_ev, have = 0, 0
        if prefix and len(prefix) < min(len(g[1]) for g in group) and all(g[1][:len(prefix)] == prefix
                                                                         for g in group):
            held_ev, _ = engine.hold_prefix(prefix)
            have = bd.take_prefix(prefix)
        copy_s = time.perf_counter() - t0
        try:
            res = bd._generate([g[0] for g in group], [g[1] for g in group], temp, seed, have=have)
        except GenerationFailed:  # a failed batch decode: each call is decoded alone by complete(), which
            continue              # then fails or succeeds on its own
        n = len(group)
        ev = st.evaluated_tokens - ev0 + held_ev
        ps, gs = st.prompt_seconds - ps0 + copy_s, st.gen_seconds - gs0
        for (r, toks, prefix_len, key, prompt_hash, params), out in zip(group, res):
            if out.finish == "error":  # left to complete(), which raises (or answers) for this call alone
                continue
            share = CallStats(r.prompt.label, len(toks), prefix_len, ev // n, len(toks) - ev // n, False,
                              len(out.tokens), ps / n, gs / n, out.finish, False)
            engine.prefetched[key] = (out.text, out.tokens, out.finish, share)
            if store is not None:  # at once: a run killed before complete() takes it reruns identically
                store.llm_put(key, engine.model_hash, prompt_hash, params, out.text,
                              {"completion_tokens": len(out.tokens), "finish_reason": out.finish,
                               "label": r.prompt.label})
    return len(todo)
