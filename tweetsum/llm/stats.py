"""One generation call as both engines (in-process and server) record it: its result-cache key, what it
reports (:class:`CallStats`), what it returns (:class:`Generation`), and :func:`call_totals` over a run."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any


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

    @classmethod
    def cached(cls, label: str, prompt_tokens: int, prefix_tokens: int, meta: dict) -> "CallStats":
        """A call answered from the result cache (``meta`` as stored with the answer)."""
        return cls(label, prompt_tokens, prefix_tokens, 0, 0, False, int(meta.get("completion_tokens", 0)), 0.0,
                   0.0, "cached", True)

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


def call_totals(calls: list[CallStats]) -> dict[str, Any]:
    """Sums over a run's calls; calls served from the result cache count only as hits."""
    live = [c for c in calls if not c.from_cache]
    gen_s = sum(c.gen_seconds for c in live)
    return {
        "calls": len(calls),
        "model_calls": len(live),
        "result_cache_hits": len(calls) - len(live),
        "prompt_tokens": sum(c.prompt_tokens for c in live),
        "evaluated_tokens": sum(c.evaluated_tokens for c in live),
        "reused_tokens": sum(c.reused_tokens for c in live),
        "completion_tokens": sum(c.completion_tokens for c in live),
        "prompt_seconds": round(sum(c.prompt_seconds for c in live), 3),
        "gen_seconds": round(gen_s, 3),
        "gen_tps": round(sum(c.completion_tokens for c in live) / gen_s, 2) if gen_s else 0.0,
    }


# -- the result cache ------------------------------------------------------------------------------------

def generation_params(*, max_tokens: int, temperature: float, seed: int, schema: dict | None, ignore_eos: bool,
                      repeat_penalty: float = 1.0, copy_ngram: int = 0) -> dict[str, Any]:
    """The generation parameters a cached answer is keyed by (the seed only matters when sampling)."""
    params = {"max_tokens": max_tokens, "temperature": temperature, "seed": seed if temperature > 0 else None,
              "schema": schema, "ignore_eos": ignore_eos}
    if repeat_penalty != 1.0:  # only when used, so earlier cache keys stay valid
        params["repeat_penalty"] = float(repeat_penalty)
    if copy_ngram:
        params["copy_ngram"] = int(copy_ngram)
    return params


def result_key(model_hash: str, prompt_hash: str, params: dict) -> str:
    """Result-cache key of one call: the model's identity, the prompt's hash and the generation parameters."""
    blob = json.dumps({"model": model_hash, "prompt": prompt_hash, "params": params}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def token_hash(tokens: list[int]) -> str:
    """Hash of a prompt's token ids (int32, as the in-process engine keys its results)."""
    import numpy as np

    return hashlib.sha256(np.asarray(tokens, dtype=np.int32).tobytes()).hexdigest()
