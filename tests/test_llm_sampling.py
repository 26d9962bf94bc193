"""The engine's sampler on the real packaged Qwen 0.5B: sampling happens on the context's logits buffer with
llama.cpp's penalties and grammar samplers (tweetsum.llm.sampling), and a failed call ends that call.

* Greedy output is token-for-token the output of the sampler it replaced (devkit/ref_sampling.py, commit
  ad6a4bd: the whole vocabulary copied into Python per token), on real sections with their JSON schema, repeat
  penalty and copy suppression; the test also asserts that the grammar rejected plain picks and that copy bans
  were in force, so it cannot pass on prompts that never reach those paths.
* Non-finite logits, a grammar that allows no token and a failed ``llama_decode`` are each a GenerationFailed
  with a message (llama.cpp's own words where it logged any), never a process abort; the engine answers the
  next call as if nothing had happened.
"""
from __future__ import annotations

import numpy as np
import pytest


pytestmark = pytest.mark.slow

TWEETS = "\n".join(f"[{i}] @{h}: {t}" for i, (h, t) in enumerate([
    ("kv_ops", "Moved our KV cache to fp8 last week. Quality dropped 0.3 pts, throughput up 1.7x on the same H100."),
    ("pm_june", "Chunked prefill landed; p99 time-to-first-token for chat dropped from 2.4s to 0.9s under load."),
    ("liu_touzi", "推理成本下降的速度比大多数人想象得快，每千token成本下降约55%。资金在高位换手。"),
    ("desk_amy", "$NVDA is still the default supplier until custom silicon proves itself, trimmed 15% into highs."),
    ("devon_kv", "Our open-source agent framework v0.9 ships typed tool schemas, step budgets and a replay debugger."),
], 1))


@pytest.fixture(scope="module")
def engine(test_engine):
    return test_engine


def _sections():
    """Real map-stage sections over TWEETS: (prompt, schema, budget) with the report's own schemas."""
    from tweetsum.llm.prompts import SYSTEM, Prompt, data_block, task_text
    from tweetsum.llm.schemas import section_schema

    handles = ["kv_ops", "pm_june", "liu_touzi", "desk_amy", "devon_kv"]
    out = []
    for sec, lang in (("summary", "zh"), ("key_points", "zh"), ("views", "en"), ("events", "en")):
        schema = section_schema(sec, [1, 2, 3, 4, 5], handles, lang=lang)
        out.append((Prompt(SYSTEM[lang], data_block(TWEETS.splitlines()), task_text(sec, lang), label=sec),
                    schema, 90))
    return out


def _reference(engine, prompt, schema, budget, penalty, ngram):
    """The same call decoded by the reference sampler (ad6a4bd's), on the same context."""
    import time

    from devkit import ref_sampling

    from tweetsum.llm import kv

    ll = engine.llama
    toks, prefix_len = engine.tokenize_prompt(prompt)
    engine.reset_kv()
    engine.hold_prefix(toks[:prefix_len])  # the prompt evaluated in the same chunks as complete() does
    kv.advance(ll, toks)
    bans = ref_sampling.copy_bans(toks, ngram) if ngram else None
    out, _ = ref_sampling.decode(ll, max_tokens=budget, temp=0.0, seed=0, repeat_penalty=penalty,
                                 grammar=engine.grammar(schema), ignore_eos=False, on_token=None,
                                 t1=time.perf_counter(), bans=bans)
    kv.reset(ll)
    return out


def test_greedy_tokens_equal_the_replaced_sampler(engine, monkeypatch):
    from tweetsum.llm import sampling

    checks, banned_steps = [], [0]
    orig_choose = sampling.SeqSampler.choose

    def counting(self, row):
        if self._n_ban and len(self.out) >= self._n_ban and self._ban_map.get(tuple(self.out[-self._n_ban:])):
            banned_steps[0] += 1
        return orig_choose(self, row)

    monkeypatch.setattr(sampling.SeqSampler, "choose", counting)
    orig_free = sampling.SeqSampler.free
    monkeypatch.setattr(sampling.SeqSampler, "free", lambda self: (checks.append(self.grammar_checks),
                                                                   orig_free(self)))
    compared = 0
    for prompt, schema, budget in _sections():
        engine.reset_kv()
        got = engine.complete(prompt, schema=schema, max_tokens=budget, repeat_penalty=1.1, copy_ngram=4).tokens
        want = _reference(engine, prompt, schema, budget, 1.1, 4)
        assert got == want, f"{prompt.label}: the in-C sampler parted from the reference at token " \
                            f"{next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))}"
        compared += len(got)
    assert compared >= 200, f"only {compared} tokens compared"
    assert sum(checks) > 0, "no step had its plain pick rejected by the grammar: the masked path went untested"
    assert banned_steps[0] > 0, "copy suppression never banned a token: the bans went untested"


def test_non_finite_logits_end_the_call_not_the_process(engine, monkeypatch):
    from tweetsum.llm import sampling
    from tweetsum.llm.engine import GenerationFailed

    prompt, schema, budget = _sections()[0]
    engine.reset_kv()
    good = engine.complete(prompt, schema=schema, max_tokens=30, repeat_penalty=1.1).tokens
    real, n = sampling.logits_row, [0]

    def planted(ctx, i, n_vocab):
        row = real(ctx, i, n_vocab)
        n[0] += 1
        if n[0] == 5:
            row[1234] = np.nan  # as a GPU's fp16 overflow leaves it
        return row

    monkeypatch.setattr(sampling, "logits_row", planted)
    with pytest.raises(GenerationFailed, match="not finite"):
        engine.complete(prompt, schema=schema, max_tokens=30, repeat_penalty=1.1)
    monkeypatch.setattr(sampling, "logits_row", real)
    assert engine.complete(prompt, schema=schema, max_tokens=30, repeat_penalty=1.1).tokens == good


def test_a_grammar_with_no_allowed_token_ends_the_call(engine, monkeypatch):
    """Every token the grammar allows scores -inf: llama.cpp would accept an impossible token and abort
    ('Unexpected empty grammar stack'); the sampler refuses first."""
    from tweetsum.llm import sampling
    from tweetsum.llm.engine import GenerationFailed

    prompt, schema, _ = _sections()[0]
    real = sampling.logits_row
    bang = engine.token_ids_of("!")[0]  # never valid at the start of a JSON object

    def only_bang(ctx, i, n_vocab):
        row = real(ctx, i, n_vocab)
        row[:] = -np.inf
        row[bang] = 1.0
        return row

    monkeypatch.setattr(sampling, "logits_row", only_bang)
    engine.reset_kv()
    with pytest.raises(GenerationFailed, match="no token is allowed"):
        engine.complete(prompt, schema=schema, max_tokens=20)


def test_a_failed_decode_ends_the_call_with_llama_cpp_words(engine, capfd):
    from tweetsum.llm import native_log
    from tweetsum.llm.engine import GenerationFailed

    prompt, schema, _ = _sections()[2]
    step = engine._step()
    real = step.decode_fn

    def failing(ctx, batch):  # what ggml's CUDA backend logs and llama_decode returns on a failed compute
        native_log.handle(4, "ggml_backend_cuda_graph_compute: CUDA error: an illegal memory access\n")
        return -3

    step.decode_fn = failing
    try:
        engine.reset_kv()
        with pytest.raises(GenerationFailed, match=r"llama_decode returned -3.*illegal memory access"):
            engine.complete(prompt, schema=schema, max_tokens=20)
    finally:
        step.decode_fn = real
    assert "llama.cpp: ggml_backend_cuda_graph_compute: CUDA error" in capfd.readouterr().err
    assert engine.complete(prompt, schema=schema, max_tokens=8).stats.completion_tokens > 0


def test_llama_cpp_errors_reach_stderr(engine, capfd):
    """A real error of llama.cpp's own (a logits row that does not exist) is printed and named in the
    GenerationFailed, though the engine runs with verbose=False."""
    from tweetsum.llm import sampling
    from tweetsum.llm.engine import GenerationFailed

    engine.llama  # noqa: B018 - loaded: the log is routed
    capfd.readouterr()
    with pytest.raises(GenerationFailed, match="invalid logits id"):
        sampling.logits_row(engine.llama.ctx, 99_999, engine.llama.n_vocab())
    assert "llama.cpp:" in capfd.readouterr().err


def test_one_failing_sequence_of_a_batch_leaves_its_neighbours(engine, monkeypatch):
    from tweetsum.llm import sampling
    from tweetsum.llm.batch import BatchDecoder, BatchRequest

    reqs = [BatchRequest(p, schema=s, max_tokens=24, repeat_penalty=1.1) for p, s, _ in _sections()[:3]]
    with BatchDecoder(engine, n_seq=3, n_ctx=6144) as bd:
        clean = bd.generate(reqs)
        orig = sampling.SeqSampler.choose

        def poisoned(self, row):
            if self is bd_samplers[1] and len(self.out) == 3:
                row[7] = np.inf
            return orig(self, row)

        bd_samplers: list = []
        real_init = sampling.SeqSampler.__init__

        def track(self, *a, **k):
            real_init(self, *a, **k)
            bd_samplers.append(self)

        monkeypatch.setattr(sampling.SeqSampler, "__init__", track)
        monkeypatch.setattr(sampling.SeqSampler, "choose", poisoned)
        out = bd.generate(reqs)
    assert out[1].finish == "error" and "not finite" in bd.failures[1]
    assert out[0].tokens == clean[0].tokens and out[2].tokens == clean[2].tokens
