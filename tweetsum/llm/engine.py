"""The summarizer engine: one llama-cpp-python ``Llama`` with measured KV-cache prefix reuse.

* Prompt evaluation is done here, not inside ``Llama.generate``: the engine keeps what is already in the KV
  cache (longest common token prefix with the new prompt), evaluates only the rest, and counts both numbers
  per call (``CallStats.prompt_tokens`` vs ``evaluated_tokens``) and in total (:attr:`Engine.totals`); the
  KV bookkeeping is in kv.py, the statistics in stats.py.
* Prefix states of topics are kept in a **bounded** LRU :class:`~tweetsum.llm.kv.StateCache` (bytes, everything
  counted), so returning to an earlier topic loads its prefix instead of re-evaluating it. Call order still
  matters most: run a topic's sections back to back (``summarize_topics`` does).
* Tokens are sampled by sampling.py (sampler chain, lazy JSON-schema grammar, copy suppression).
* Message content is tokenized with special-token parsing off; only chat-template scaffolding is parsed for
  special tokens (see prompts.py).
* Results are cached in the store keyed by (model hash, prompt-token hash, generation parameters): a rerun
  makes no model call for finished work.
* Deterministic by default: temperature 0 (greedy) and a fixed seed.
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetsum.llm import kv
from tweetsum.llm import native_log
from tweetsum.llm.catalog import ModelSpec, model_hash, resolve_model
from tweetsum.llm.errors import ContextOverflow, GenerationFailed  # noqa: F401 - re-exported
from tweetsum.llm.settings import BackendSettings, default_threads  # noqa: F401 - re-exported
from tweetsum.llm.settings import choose as choose_settings
from tweetsum.llm.gguf_info import ModelError
from tweetsum.llm.kv import StateCache
from tweetsum.llm.prompts import ChatRenderer, Prompt, choose_chat_format
from tweetsum.llm.sampling import TokenStep, copy_bans, decode, schema_grammar
from tweetsum.llm.stats import CallStats, Generation, call_totals, generation_params, result_key, token_hash


class Engine:
    """A loaded GGUF model. Cheap to construct; the model loads on first use."""

    def __init__(
        self,
        model: str | os.PathLike | ModelSpec | None = None,
        *,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        n_batch: int | None = None,
        seed: int = 0,
        temperature: float = 0.0,
        n_gpu_layers: int | None = None,
        flash_attn: bool | None = None,
        state_cache_bytes: int = 256 << 20,
        chat_format: str | None = None,
    ):
        self.spec = model if isinstance(model, ModelSpec) else resolve_model(model)
        if n_ctx < 64:
            raise ValueError(f"n_ctx={n_ctx} is too small (minimum 64)")
        self.n_ctx = int(n_ctx)
        self.n_threads = int(n_threads or default_threads())
        self._asked = {"n_batch": n_batch, "flash_attn": flash_attn, "n_gpu_layers": n_gpu_layers}
        self._settings: BackendSettings | None = None
        self.seed = int(seed)
        self.temperature = float(temperature)
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
        # answers decoded ahead in a batch (tweetsum.llm.batch.prefetch), by result key: complete() takes them
        self.prefetched: dict[str, tuple[str, list[int], str, CallStats]] = {}
        self.batcher = None  # the BatchDecoder prefetch() made, closed with the engine
        self._token_step: TokenStep | None = None

    # -- loading -----------------------------------------------------------------------------------------
    @property
    def settings(self) -> BackendSettings:
        """llama.cpp's settings for this build's backend (tweetsum.llm.settings), with what was asked for."""
        if self._settings is None:
            from tweetsum.llm.cpu_backend import ensure_loaded

            self.cpu_backend = ensure_loaded().variant  # registers the backends, GPU modules included
            self._settings = choose_settings(n_threads=self.n_threads, **self._asked)
        return self._settings

    @property
    def n_batch(self) -> int:
        return self.settings.n_batch

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

        from tweetsum.llm.cpu_backend import ensure_loaded

        self.cpu_backend = ensure_loaded().variant  # before the first model: registers the CPU variant
        native_log.install()  # llama.cpp's warnings and errors to stderr, kept for GenerationFailed messages
        s = self.settings
        m = native_log.mark()
        try:
            self._llama = llama_cpp.Llama(
                model_path=str(self.spec.path), n_ctx=self.n_ctx, n_batch=s.n_batch, n_ubatch=s.n_ubatch,
                n_threads=s.n_threads, n_threads_batch=s.n_threads, n_gpu_layers=s.n_gpu_layers, seed=self.seed,
                flash_attn=s.flash_attn, logits_all=False, verbose=False,
            )
        except ValueError as e:  # llama-cpp-python: "Failed to load model from file: ..."
            said = native_log.since(m)
            raise ModelError(self.spec.path, f"llama.cpp could not load it ({e}"
                                             + (f"; llama.cpp: {said})" if said else ")")) from None
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

    def _step(self) -> TokenStep:
        """The single-token decoder of this engine's context (one llama_batch, kept)."""
        if self._token_step is None:
            self._token_step = TokenStep(self.llama)
        return self._token_step

    def close(self) -> None:
        if self._token_step is not None:
            self._token_step.free()
            self._token_step = None
        if self.batcher is not None:
            self.batcher.close()
            self.batcher = None
        self.prefetched.clear()
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
        kv.reset(self.llama)

    def hold_prefix(self, prefix: list[int]) -> tuple[int, bool]:
        """Make the KV cache hold exactly a prompt's shared prefix (system + tweets): what it holds is kept,
        a saved state of it is restored, else it is evaluated and saved. Returns (tokens evaluated, whether a
        saved state was restored)."""
        ll, cache = self.llama, self.state_cache
        state_hit = False
        pkey = (self.chat_format, tuple(prefix))
        if kv.cached_len(ll, prefix) < len(prefix) and cache.capacity > 0:
            state_hit = kv.restore_prefix(ll, cache, pkey)
        _, evaluated = kv.advance(ll, prefix, need_logits=False)
        if evaluated and cache.capacity > 0:
            kv.save_prefix(ll, cache, pkey)
        return evaluated, state_hit

    # -- generation --------------------------------------------------------------------------------------
    def grammar(self, schema: dict):
        """The compiled grammar of a JSON schema (kept per engine)."""
        key = json.dumps(schema, sort_keys=True)
        g = self._grammars.get(key)
        if g is None:
            g = self._grammars[key] = schema_grammar(schema)
        return g

    def cache_key(self, tokens: list[int], params: dict) -> tuple[str, str]:
        prompt_hash = token_hash(tokens)
        return result_key(self.model_hash, prompt_hash, params), prompt_hash

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
        model paraphrases instead of pasting tweets; see :func:`~tweetsum.llm.sampling.copy_bans`.

        Raises :class:`ContextOverflow` when prompt + ``max_tokens`` exceed ``n_ctx`` (never truncates).
        With ``store``, a finished identical call is served from the result cache without touching the model.
        """
        temp = self.temperature if temperature is None else float(temperature)
        seed = self.seed if seed is None else int(seed)
        tokens, prefix_len = self.tokenize_prompt(prompt)
        if len(tokens) + max_tokens > self.n_ctx:
            raise ContextOverflow(f"prompt of {len(tokens)} tokens + {max_tokens} output tokens exceeds "
                                  f"n_ctx={self.n_ctx} ({prompt.label or 'prompt'})")
        params = generation_params(max_tokens=max_tokens, temperature=temp, seed=seed, schema=schema,
                                   ignore_eos=ignore_eos, repeat_penalty=repeat_penalty, copy_ngram=copy_ngram)
        key = prompt_hash = None
        if store is not None or self.prefetched:
            key, prompt_hash = self.cache_key(tokens, params)
        ahead = self.prefetched.pop(key, None) if self.prefetched else None
        if ahead is not None:  # decoded in a batch beside the topic's other sections (and already stored)
            text, out, finish, st = ahead
            self.calls.append(st)
            return Generation(text, st, out)
        if store is not None:
            hit = store.llm_get(key)
            if hit is not None:
                text, meta = hit
                st = CallStats.cached(prompt.label, len(tokens), prefix_len, meta)
                self.calls.append(st)
                return Generation(text, st)

        ll = self.llama
        t0 = time.perf_counter()
        grammar = self.grammar(schema) if schema is not None else None
        bans = copy_bans(tokens, copy_ngram) if copy_ngram else None
        m = native_log.mark()
        try:
            evaluated, state_hit = self.hold_prefix(tokens[:prefix_len])
            evaluated += kv.advance(ll, tokens)[1]
            reused = len(tokens) - evaluated
            t1 = time.perf_counter()
            # the KV cache holds ``tokens``: the last prompt token's logits are the current ones
            out, finish = decode(ll, max_tokens=max_tokens, temp=temp, seed=seed,
                                 repeat_penalty=float(repeat_penalty), grammar=grammar, ignore_eos=ignore_eos,
                                 on_token=on_token, t1=t1, bans=bans, step=self._step())
        except (GenerationFailed, RuntimeError) as e:  # Llama.eval raises RuntimeError for a failed decode
            self.reset_kv()  # what the cache holds is unknown now: the next call evaluates its whole prompt
            said = native_log.since(m)
            msg = str(e) if isinstance(e, GenerationFailed) or not said else f"{e} (llama.cpp: {said})"
            raise GenerationFailed(f"{prompt.label or 'prompt'}: {msg}") from None
        t2 = time.perf_counter()
        text = ll.detokenize(out, prev_tokens=tokens).decode("utf-8", errors="replace")
        st = CallStats(prompt.label, len(tokens), prefix_len, evaluated, reused, state_hit, len(out),
                       t1 - t0, t2 - t1, finish, False)
        self.calls.append(st)
        if store is not None and key is not None:
            store.llm_put(key, self.model_hash, prompt_hash, params, text,
                          {"completion_tokens": len(out), "finish_reason": finish, "label": prompt.label})
        return Generation(text, st, out)

    def score(self, prompt: Prompt, text: str) -> tuple[list[int], list[float]]:
        """The tokens of ``text`` as the answer to ``prompt`` and the log-probability of each (prompt evaluation
        only: :mod:`.scoring`). Counted in :attr:`calls` like a generation with no output tokens."""
        from tweetsum.llm.scoring import score_after

        tokens, prefix_len = self.tokenize_prompt(prompt)
        cont = self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)
        if len(tokens) + len(cont) > self.n_ctx:
            raise ContextOverflow(f"prompt of {len(tokens)} tokens + {len(cont)} scored tokens exceeds "
                                  f"n_ctx={self.n_ctx} ({prompt.label or 'prompt'})")
        before = kv.cached_len(self.llama, tokens[:-1])
        t0 = time.perf_counter()
        lps = score_after(self, tokens, prefix_len, cont)
        st = CallStats(prompt.label, len(tokens), prefix_len, len(tokens) - before + len(cont) - 1, before, False, 0,
                       time.perf_counter() - t0, 0.0, "scored", False)
        self.calls.append(st)
        return cont, lps

    # -- statistics --------------------------------------------------------------------------------------
    @property
    def totals(self) -> dict[str, Any]:
        return {**call_totals(self.calls), "state_cache": self.state_cache.summary()}

    def describe(self) -> dict[str, Any]:
        return {"model": self.spec.name, "path": str(self.spec.path), "chat_format": self.chat_format,
                "cpu_backend": self.cpu_backend,
                "n_ctx": self.n_ctx, "n_threads": self.n_threads, "n_batch": self.n_batch, "seed": self.seed,
                "temperature": self.temperature, "settings": self.settings.to_dict()}


def model_path_of(engine: Engine) -> Path:
    return engine.spec.path
