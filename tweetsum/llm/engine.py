"""The summarizer engine: one llama-cpp-python ``Llama`` with measured KV-cache prefix reuse.

* Prompt evaluation is done here, not inside ``Llama.generate``: the engine keeps what is already in the KV
  cache (longest common token prefix with the new prompt), evaluates only the rest, and counts both numbers
  per call (``CallStats.prompt_tokens`` vs ``evaluated_tokens``) and in total (:attr:`Engine.totals`).
* Prefix states of topics are kept in a **bounded** LRU :class:`StateCache` (bytes, everything counted), so
  returning to an earlier topic loads its prefix instead of re-evaluating it. Call order still matters most:
  run a topic's sections back to back (``summarize_topics`` does).
* Message content is tokenized with special-token parsing off; only chat-template scaffolding is parsed for
  special tokens (see prompts.py).
* Results are cached in the store keyed by (model hash, prompt-token hash, generation parameters): a rerun
  makes no model call for finished work.
* Deterministic by default: temperature 0 (greedy) and a fixed seed.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .catalog import ModelSpec, model_hash, resolve_model
from .gguf_info import ModelError
from .prompts import ChatRenderer, Prompt, choose_chat_format


class ContextOverflow(ValueError):
    """The prompt plus the output budget does not fit in the context window."""


class GenerationFailed(ValueError):
    """The backend gave no usable answer for this call (a server's malformed responses, after retries); the
    caller falls back as it does for invalid model output (a ValueError, like the schema errors it catches).
    The in-process engine never raises it."""


@dataclass
class CallStats:
    label: str
    prompt_tokens: int  # tokens of the prompt sent
    prefix_tokens: int  # of which the shared prefix (system + tweets)
    evaluated_tokens: int  # prompt tokens actually run through the model (the rest came from the KV cache)
    reused_tokens: int
    state_cache_hit: bool  # the prefix was restored from the RAM state cache
    completion_tokens: int
    prompt_seconds: float
    gen_seconds: float
    finish_reason: str  # "stop" | "length" | "cached"
    from_cache: bool  # served from the result cache: no model call

    @property
    def gen_tps(self) -> float:
        return self.completion_tokens / self.gen_seconds if self.gen_seconds > 0 else 0.0

    @property
    def prompt_tps(self) -> float:
        return self.evaluated_tokens / self.prompt_seconds if self.prompt_seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["gen_tps"] = round(self.gen_tps, 2)
        d["prompt_tps"] = round(self.prompt_tps, 2)
        return d


@dataclass
class Generation:
    text: str
    stats: CallStats
    tokens: list[int] = field(default_factory=list, repr=False)


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


def _lcp(a, b) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _token_hash(tokens: list[int]) -> str:
    import numpy as np

    return hashlib.sha256(np.asarray(tokens, dtype=np.int32).tobytes()).hexdigest()


def default_threads() -> int:
    """Physical cores available to this process (``--threads`` overrides).

    Measured on the 2-core AVX2 host, Qwen2.5 1.5B Q4_K_M, idle machine: 1 thread pp512 23.9 tok/s, tg 7.2;
    2 threads 39.4 / 11.9 (1.65x both). SMT siblings do not help llama.cpp's matmuls, and its workers
    spin-wait, so threads beyond the physical cores only slow it down (a shared machine: use --threads 1)."""
    try:
        import psutil

        phys = psutil.cpu_count(logical=False)
    except Exception:  # noqa: BLE001 - psutil missing or unsupported platform
        phys = None
    try:
        avail = len(os.sched_getaffinity(0))
    except AttributeError:
        avail = os.cpu_count() or 1
    return max(1, min(avail, phys or avail))


class Engine:
    """A loaded GGUF model. Cheap to construct; the model loads on first use."""

    def __init__(
        self,
        model: str | os.PathLike | ModelSpec | None = None,
        *,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        n_batch: int = 64,
        seed: int = 0,
        temperature: float = 0.0,
        n_gpu_layers: int | None = None,
        state_cache_bytes: int = 256 << 20,
        chat_format: str | None = None,
    ):
        self.spec = model if isinstance(model, ModelSpec) else resolve_model(model)
        if n_ctx < 64:
            raise ValueError(f"n_ctx={n_ctx} is too small (minimum 64)")
        self.n_ctx = int(n_ctx)
        self.n_threads = int(n_threads or default_threads())
        self.n_batch = int(n_batch)
        self.seed = int(seed)
        self.temperature = float(temperature)
        self._n_gpu_layers = n_gpu_layers
        info = self.spec.info
        self.chat_format = chat_format or choose_chat_format(info.architecture, info.chat_template,
                                                             self.spec.chat_format_hint)
        self.state_cache = StateCache(state_cache_bytes)
        self.calls: list[CallStats] = []
        self._llama = None
        self._renderer: ChatRenderer | None = None
        self._grammars: dict[str, Any] = {}
        self._hash: str | None = None
        self.cpu_backend: str | None = None

    # -- loading -----------------------------------------------------------------------------------------
    @property
    def model_hash(self) -> str:
        if self._hash is None:
            self._hash = model_hash(self.spec.path)
        return self._hash

    @property
    def llama(self):
        if self._llama is None:
            self._load()
        return self._llama

    def _load(self) -> None:
        import llama_cpp

        from .cpu_backend import ensure_loaded

        self.cpu_backend = ensure_loaded().variant  # before the first model: registers the CPU variant
        gpu = self._n_gpu_layers
        if gpu is None:
            gpu = -1 if llama_cpp.llama_supports_gpu_offload() else 0
        try:
            self._llama = llama_cpp.Llama(
                model_path=str(self.spec.path), n_ctx=self.n_ctx, n_batch=self.n_batch, n_ubatch=self.n_batch,
                n_threads=self.n_threads, n_threads_batch=self.n_threads, n_gpu_layers=gpu, seed=self.seed,
                logits_all=False, verbose=False,
            )
        except ValueError as e:  # llama-cpp-python: "Failed to load model from file: ..."
            raise ModelError(self.spec.path, f"llama.cpp could not load it ({e})") from None
        ll = self._llama
        bos = ll.token_bos()
        eos = ll.token_eos()
        piece = lambda t: ll._model.token_get_text(t) if t is not None and t >= 0 else ""  # noqa: E731
        self._renderer = ChatRenderer(self.chat_format, self.spec.info.chat_template, bos_text=piece(bos),
                                      eos_text=piece(eos))

    @property
    def renderer(self) -> ChatRenderer:
        if self._renderer is None:
            self._load()
        return self._renderer

    def close(self) -> None:
        if self._llama is not None:
            self._llama.close()
            self._llama = None
        self.state_cache.clear()

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- tokens ------------------------------------------------------------------------------------------
    def tokenize_prompt(self, prompt: Prompt) -> tuple[list[int], int]:
        """Token ids of the rendered prompt and the length of its shared prefix (through the tweets)."""
        ll = self.llama
        toks: list[int] = []
        prefix_len = 0
        for seg in self.renderer.render(prompt):
            toks += ll.tokenize(seg.text.encode("utf-8"), add_bos=False, special=seg.special)
            if seg.part == "data":
                prefix_len = len(toks)
        bos = ll.token_bos()
        if bos >= 0 and ll._model.add_bos_token() and (not toks or toks[0] != bos):
            toks.insert(0, bos)
            prefix_len += 1
        return toks, prefix_len

    def count_tokens(self, text: str) -> int:
        return len(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def token_ids_of(self, text: str) -> list[int]:
        return self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=True)

    # -- KV management -----------------------------------------------------------------------------------
    def reset_kv(self) -> None:
        """Forget what is in the KV cache (the next call evaluates its whole prompt)."""
        ll = self.llama
        ll.n_tokens = 0
        ll._ctx.kv_cache_seq_rm(-1, 0, -1)
        ll._requires_eval = True

    def _advance(self, tokens: list[int], need_logits: bool = True) -> tuple[int, int]:
        """Make the KV cache hold exactly ``tokens``; return (reused, evaluated)."""
        ll = self.llama
        common = _lcp(ll.input_ids[: ll.n_tokens].tolist(), tokens)
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

    # Prefix states are the KV cells of sequence 0 only (llama_state_seq_get_data), not the whole context
    # state: the latter carries an n_batch x vocab logits buffer (39 MB a state with Qwen's vocabulary at
    # n_batch 64, 311 MB at 512), which forced a small n_batch. A restored prefix has no logits; the task
    # tokens evaluated after it produce them.
    def _state_bytes(self, state) -> int:
        return len(state[1]) + state[0].nbytes

    def _save_prefix(self, key: tuple) -> None:
        import ctypes

        import llama_cpp
        import numpy as np

        ll = self.llama
        ctx = ll.ctx
        n = llama_cpp.llama_state_seq_get_size(ctx, 0)
        buf = (ctypes.c_uint8 * n)()
        got = llama_cpp.llama_state_seq_get_data(ctx, buf, n, 0)
        if got == 0:
            return
        st = (np.asarray(ll.input_ids[: ll.n_tokens], dtype=np.intc).copy(), bytes(buf)[:got])
        self.state_cache.put(key, st, self._state_bytes(st))

    def _restore_prefix(self, key: tuple) -> bool:
        import ctypes

        import llama_cpp

        st = self.state_cache.get(key)
        if st is None:
            return False
        ids, data = st
        ll = self.llama
        ll._ctx.kv_cache_seq_rm(-1, 0, -1)
        buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        if llama_cpp.llama_state_seq_set_data(ll.ctx, buf, len(data), 0) == 0:
            ll.n_tokens = 0
            return False
        ll.input_ids[: len(ids)] = ids
        ll.n_tokens = len(ids)
        return True

    # -- generation --------------------------------------------------------------------------------------
    def _grammar(self, schema: dict):
        key = json.dumps(schema, sort_keys=True)
        g = self._grammars.get(key)
        if g is None:
            from llama_cpp import LlamaGrammar

            g = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
            self._grammars[key] = g
        return g

    def cache_key(self, tokens: list[int], params: dict) -> tuple[str, str]:
        prompt_hash = _token_hash(tokens)
        blob = json.dumps({"model": self.model_hash, "prompt": prompt_hash, "params": params}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest(), prompt_hash

    def complete(
        self,
        prompt: Prompt,
        *,
        schema: dict | None = None,
        max_tokens: int = 256,
        temperature: float | None = None,
        seed: int | None = None,
        store=None,
        on_token: Callable[[int, float], None] | None = None,
        ignore_eos: bool = False,
        repeat_penalty: float = 1.0,
        copy_ngram: int = 0,
    ) -> Generation:
        """Generate an answer to ``prompt`` (optionally constrained by a JSON schema).

        ``copy_ngram`` = n > 0: the answer may not copy more than n consecutive tokens of the prompt (after n
        tokens that match a span of the prompt, the token that would continue that span is banned), so the
        model paraphrases instead of pasting tweets; see :func:`copy_bans`.

        Raises :class:`ContextOverflow` when prompt + ``max_tokens`` exceed ``n_ctx`` (never truncates).
        With ``store``, a finished identical call is served from the result cache without touching the model.
        """
        temp = self.temperature if temperature is None else float(temperature)
        seed = self.seed if seed is None else int(seed)
        tokens, prefix_len = self.tokenize_prompt(prompt)
        if len(tokens) + max_tokens > self.n_ctx:
            raise ContextOverflow(f"prompt of {len(tokens)} tokens + {max_tokens} output tokens exceeds "
                                  f"n_ctx={self.n_ctx} ({prompt.label or 'prompt'})")
        params = {"max_tokens": max_tokens, "temperature": temp, "seed": seed if temp > 0 else None,
                  "schema": schema, "ignore_eos": ignore_eos}
        if repeat_penalty != 1.0:  # only when used, so earlier cache keys stay valid
            params["repeat_penalty"] = float(repeat_penalty)
        if copy_ngram:
            params["copy_ngram"] = int(copy_ngram)
        key = prompt_hash = None
        if store is not None:
            key, prompt_hash = self.cache_key(tokens, params)
            hit = store.llm_get(key)
            if hit is not None:
                text, meta = hit
                st = CallStats(prompt.label, len(tokens), prefix_len, 0, 0, False,
                               int(meta.get("completion_tokens", 0)), 0.0, 0.0, "cached", True)
                self.calls.append(st)
                return Generation(text, st)

        ll = self.llama
        import llama_cpp

        t0 = time.perf_counter()
        state_hit = False
        pkey = (self.chat_format, tuple(tokens[:prefix_len]))
        have = _lcp(ll.input_ids[: ll.n_tokens].tolist(), tokens[:prefix_len])
        if have < prefix_len and self.state_cache.capacity > 0:
            state_hit = self._restore_prefix(pkey)
        reused, evaluated = self._advance(tokens[:prefix_len], need_logits=False)
        if state_hit:
            reused = prefix_len
        if evaluated and self.state_cache.capacity > 0:
            self._save_prefix(pkey)
        r2, e2 = self._advance(tokens)
        evaluated += e2
        reused = len(tokens) - evaluated
        t1 = time.perf_counter()

        grammar = self._grammar(schema) if schema is not None else None
        bans = copy_bans(tokens, copy_ngram) if copy_ngram else None
        out, finish = self._decode_loop(tokens, max_tokens=max_tokens, temp=temp, seed=seed,
                                        repeat_penalty=float(repeat_penalty), grammar=grammar,
                                        ignore_eos=ignore_eos, on_token=on_token, t1=t1, bans=bans)
        t2 = time.perf_counter()
        text = ll.detokenize(out, prev_tokens=tokens).decode("utf-8", errors="replace")
        st = CallStats(prompt.label, len(tokens), prefix_len, evaluated, reused, state_hit, len(out),
                       t1 - t0, t2 - t1, finish, False)
        self.calls.append(st)
        if store is not None and key is not None:
            store.llm_put(key, self.model_hash, prompt_hash, params, text,
                          {"completion_tokens": len(out), "finish_reason": finish, "label": prompt.label})
        return Generation(text, st, out)

    def _decode_loop(self, tokens: list[int], *, max_tokens: int, temp: float, seed: int, repeat_penalty: float,
                     grammar, ignore_eos: bool, on_token, t1: float,
                     bans: tuple[int, dict] | None = None) -> tuple[list[int], str]:
        """Sample and decode up to ``max_tokens`` after ``tokens`` (already in the KV cache).

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

        ll = self.llama
        ctx = ll.ctx
        vocab = ll._model.vocab
        n_vocab = ll.n_vocab()

        def tail(chain):
            if temp <= 0:
                llama_cpp.llama_sampler_chain_add(chain, llama_cpp.llama_sampler_init_greedy())
            else:
                for sm in (llama_cpp.llama_sampler_init_top_k(40), llama_cpp.llama_sampler_init_top_p(0.95, 1),
                           llama_cpp.llama_sampler_init_min_p(0.05, 1), llama_cpp.llama_sampler_init_temp(temp),
                           llama_cpp.llama_sampler_init_dist(seed)):
                    llama_cpp.llama_sampler_chain_add(chain, sm)

        params = llama_cpp.llama_sampler_chain_default_params()
        chain = llama_cpp.llama_sampler_chain_init(params)
        llama_cpp.llama_sampler_chain_add(chain, llama_cpp.llama_sampler_init_penalties(
            n_vocab, 64, repeat_penalty, 0.0, 0.0))
        tail(chain)
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
            # the last prompt token's logits are the current ones (the KV cache holds ``tokens``)
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

    # -- statistics --------------------------------------------------------------------------------------
    @property
    def totals(self) -> dict[str, Any]:
        live = [c for c in self.calls if not c.from_cache]
        gen_s = sum(c.gen_seconds for c in live)
        pr_s = sum(c.prompt_seconds for c in live)
        return {
            "calls": len(self.calls),
            "model_calls": len(live),
            "result_cache_hits": len(self.calls) - len(live),
            "prompt_tokens": sum(c.prompt_tokens for c in live),
            "evaluated_tokens": sum(c.evaluated_tokens for c in live),
            "reused_tokens": sum(c.reused_tokens for c in live),
            "completion_tokens": sum(c.completion_tokens for c in live),
            "prompt_seconds": round(pr_s, 3),
            "gen_seconds": round(gen_s, 3),
            "gen_tps": round(sum(c.completion_tokens for c in live) / gen_s, 2) if gen_s else 0.0,
            "state_cache": {"hits": self.state_cache.hits, "misses": self.state_cache.misses,
                            "entries": len(self.state_cache), "bytes": self.state_cache.bytes,
                            "capacity": self.state_cache.capacity, "evictions": self.state_cache.evictions},
        }

    def describe(self) -> dict[str, Any]:
        return {"model": self.spec.name, "path": str(self.spec.path), "chat_format": self.chat_format,
                "cpu_backend": self.cpu_backend,
                "n_ctx": self.n_ctx, "n_threads": self.n_threads, "n_batch": self.n_batch, "seed": self.seed,
                "temperature": self.temperature}


def copy_bans(source: list[int], n: int) -> tuple[int, dict[tuple[int, ...], frozenset[int]]]:
    """For copy suppression: every n-token span of ``source`` mapped to the tokens that follow it there."""
    follow: dict[tuple[int, ...], set[int]] = {}
    for i in range(len(source) - n):
        follow.setdefault(tuple(source[i:i + n]), set()).add(source[i + n])
    return n, {k: frozenset(v) for k, v in follow.items()}


def model_path_of(engine: Engine) -> Path:
    return engine.spec.path
