"""Batched decoding (tweetsum.llm.batch) on the real packaged Qwen 0.5B: four sections of one topic decoded in
one batch give the answers one sequence at a time gives, a JSON-schema sequence stays valid beside free-text
ones, and a decode that finds no KV slot (llama_decode returns 1) is retried in smaller batches.

"The same answer" is checked token for token until the two runs part, and they may part only at a step where
the one-at-a-time run's two best scores (after the repeat penalty, copy bans and grammar mask) lie within
``TIE`` of each other. llama.cpp's
CPU kernels sum in an order that depends on a batch's shape, so at a near tie the greedy choice may flip
(measured on these prompts, with and without Q4_K weight repacking); everywhere else a batching error (a
wrong position, sequence id or logits row) changes the token, and the tests catch it. Each test also asserts
how many tokens the comparison covered, so it cannot pass by comparing nothing.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import TEST_MODEL, require_model

pytestmark = pytest.mark.slow

TIE = 0.25  # logits; the divergences measured on these prompts sat at gaps of 0.055 and 0.06

TWEETS = "\n".join(f"[{i}] @user{i}: {t}" for i, t in enumerate([
    "Moved our KV cache to fp8 last week. Quality dropped 0.3 pts, throughput up 1.7x on the same H100 boxes.",
    "Chunked prefill landed; p99 time-to-first-token for chat dropped from 2.4s to 0.9s under mixed load.",
    "推理成本下降的速度比大多数人想象得快，每千token成本下降约55%。",
    "$NVDA is still the default supplier until custom silicon proves itself, trimmed 15% into the highs.",
    "Our open-source agent framework v0.9 ships typed tool schemas, step budgets and a replay debugger.",
], 1))
TASKS = ["Summarize these tweets in one sentence.", "List two key facts with their numbers.",
         "What is the overall sentiment, and why?", "用中文为这些推文写一个标题。"]
TITLE = {"type": "object", "properties": {"title": {"type": "string", "minLength": 4, "maxLength": 40}},
         "required": ["title"], "additionalProperties": False}


@pytest.fixture(scope="module")
def engine():
    require_model(TEST_MODEL)
    from tweetsum.llm.engine import Engine

    e = Engine(TEST_MODEL, n_ctx=1024, n_threads=2)
    yield e
    e.close()


def _requests(schema_last: bool = True):
    from tweetsum.llm.batch import BatchRequest
    from tweetsum.llm.prompts import Prompt

    reqs = [BatchRequest(Prompt("You are an analyst.", TWEETS, t), max_tokens=40, repeat_penalty=1.1) for t in TASKS]
    if schema_last:
        reqs[-1].schema = TITLE
    return reqs


def _record_gaps(monkeypatch) -> list[list[float]]:
    """Every SeqSampler.choose call's gap between the two best scores it chose from, per sampler."""
    from tweetsum.llm import sampling

    gaps: dict[int, list[float]] = {}
    orig = sampling.SeqSampler.choose

    def choose(self, row):
        checked = self.grammar_checks
        tok = orig(self, row)
        # the scores the greedy pick saw: the row after the repeat penalty and copy bans (changed in place), and
        # the grammar's mask when the grammar had to choose
        scores = np.asarray(row, dtype=np.float64)
        if self.grammar_checks > checked:
            view, arr = self._full_array(row)
            sampling._apply(self._gram, arr, self.n_vocab)
            scores = np.asarray(view["logit"], dtype=np.float64)
        top2 = np.partition(scores[np.isfinite(scores)], -2)[-2:]
        key = self.__dict__.setdefault("_test_key", len(gaps))  # samplers in the order of their first token
        gaps.setdefault(key, []).append(float(top2[1] - top2[0]))
        return tok

    monkeypatch.setattr(sampling.SeqSampler, "choose", choose)
    return gaps


def _same_until_tie(alone, gaps, together) -> int:
    """Tokens that are equal before the two sequences part; fails when they part at a step where the
    one-at-a-time run's best score led by ``TIE`` or more (after parting, the contexts differ)."""
    for step, (a, b) in enumerate(zip(alone, together)):
        if a != b:
            assert gaps[step] < TIE, f"token {step} differs ({a} vs {b}) although the best led by {gaps[step]:.3f}"
            return step
    assert len(alone) == len(together), "same tokens, but one sequence stopped earlier"
    return len(alone)


def test_batched_greedy_output_equals_one_at_a_time(engine, monkeypatch):
    from tweetsum.llm.batch import BatchDecoder

    reqs = _requests()
    with BatchDecoder(engine, n_seq=4, n_ctx=4096) as bd:
        gaps = _record_gaps(monkeypatch)
        alone, alone_gaps = [], []
        for r in reqs:
            before = set(gaps)
            alone += bd.generate([r])
            (new,) = set(gaps) - before
            alone_gaps.append(gaps[new])
        ev0, pr0, steps0 = bd.stats.evaluated_tokens, bd.stats.prompt_tokens, len(bd.stats.per_step)
        together = bd.generate(reqs)
        evaluated, prompted = bd.stats.evaluated_tokens - ev0, bd.stats.prompt_tokens - pr0
        steps = bd.stats.per_step[steps0:]
    compared = sum(_same_until_tie(a.tokens, g, b.tokens) for a, g, b in zip(alone, alone_gaps, together))
    total = sum(len(a.tokens) for a in alone)
    assert compared >= total // 2, f"only {compared} of {total} tokens were compared"
    assert all(len(b.tokens) > 0 for b in together)
    assert steps[0] == 4, "the four sequences were not decoded in one batch"
    # the shared prefix (system + tweets) was evaluated once for the four sequences
    assert prompted == sum(a.prompt_tokens for a in alone)
    assert evaluated < prompted - 2 * together[0].prompt_tokens // 2


def test_a_schema_sequence_stays_valid_beside_free_text_ones(engine):
    from tweetsum.llm.batch import BatchDecoder

    reqs = _requests()
    reqs[1].schema = TITLE  # two constrained, two free
    with BatchDecoder(engine, n_seq=4, n_ctx=4096) as bd:
        out = bd.generate(reqs)
    for r, o in zip(reqs, out):
        if r.schema is None:
            continue
        doc = json.loads(o.text)
        assert set(doc) == {"title"} and 4 <= len(doc["title"]) <= 40, o.text
        assert o.finish == "stop"
    assert not out[0].text.lstrip().startswith("{"), "an unconstrained neighbour was constrained"


def test_a_full_context_decode_is_retried_in_smaller_batches(engine, monkeypatch):
    from tweetsum.llm.batch import BatchDecoder

    reqs = _requests()
    with BatchDecoder(engine, n_seq=4, n_ctx=4096) as bd:
        gaps = _record_gaps(monkeypatch)
        plain = bd.generate(reqs)
        plain_gaps = [gaps[k] for k in sorted(gaps)]
        real = bd._decode_fn
        refused, decoded = [], []

        def full_above_eight(ctx, batch):  # llama.cpp's "no KV slot for this batch" above 8 tokens
            if batch.n_tokens > 8:
                refused.append(batch.n_tokens)
                return 1
            decoded.append(batch.n_tokens)
            return real(ctx, batch)

        bd._decode_fn = full_above_eight
        retried = bd.generate(reqs)
        assert bd.stats.retries == len(refused) > 0 and bd.n_batch <= 8
    # the prefix was offered whole, then halved until it fit; every decode that ran held at most 8 tokens
    assert refused[0] > 8 and all(b == a // 2 for a, b in zip(refused, refused[1:]))
    assert decoded and max(decoded) <= 8
    compared = sum(_same_until_tie(a.tokens, g, b.tokens) for a, g, b in zip(plain, plain_gaps, retried))
    total = sum(len(a.tokens) for a in plain)
    assert compared >= total // 2, f"only {compared} of {total} tokens were compared"


def test_a_context_with_no_slot_at_all_is_a_context_overflow(engine):
    from tweetsum.llm.batch import BatchDecoder
    from tweetsum.llm.engine import ContextOverflow

    with BatchDecoder(engine, n_seq=2, n_ctx=2048) as bd:
        bd._decode_fn = lambda ctx, batch: 1
        with pytest.raises(ContextOverflow, match="no KV cache slot"):
            bd.generate(_requests()[:2])
        reqs = _requests()[:1]
        reqs[0].max_tokens = 1500
        with pytest.raises(ContextOverflow, match="exceeds"):
            bd.generate(reqs)


def test_summarize_topics_decodes_a_topics_first_attempts_in_one_batch(engine, tmp_path):
    """The map stage with ``batch=4``: a topic's four sections are decoded together on the shared prefix (which
    the engine evaluates once and the batch copies), each answer is taken by its section's ``complete()``
    (nothing left over), cached in the store, and a rerun makes no model call."""
    from datetime import datetime, timedelta, timezone

    from tweetsum.core.tweet import Topic, Tweet
    from tweetsum.store.db import Store
    from tweetsum.summarize.topic_map import summarize_topics

    t0 = datetime(2026, 1, 20, 9, tzinfo=timezone.utc)
    lines = [ln.split(": ", 1)[1] for ln in TWEETS.splitlines()]
    tweets = {100 + i: Tweet(id=100 + i, author_handle=f"user{i}", created_at=t0 + timedelta(hours=i), text=t)
              for i, t in enumerate(lines * 2)}
    ids = sorted(tweets)
    topic = Topic(id=0, size=len(ids), keywords=[("kv", 1.0), ("inference", 1.0)], representative_ids=ids[:3],
                  member_ids=ids)
    engine.calls.clear()
    with Store(tmp_path / "s.db") as st:
        (summary,) = summarize_topics(engine, [topic], tweets, lang="en", store=st, batch=4, key_points_from="topic")
        first = list(engine.calls)
        assert engine.batcher is not None and 4 in engine.batcher.stats.per_step
        assert not engine.prefetched, "a prefetched answer was never taken"
        by_label: dict[str, object] = {}
        for c in first:
            by_label.setdefault(c.label, c)
        firsts = [by_label[f"topic 0/{s}"] for s in ("summary", "key_points", "views", "events")]
        # each carries its share of the one batch's time (the same share for the four)
        assert len({round(c.gen_seconds, 6) for c in firsts}) == 1 and firsts[0].gen_seconds > 0
        assert sum(not r.fallback for r in summary.sections.values()) >= 2
        # the prefix (system + tweets) was evaluated in the engine's context and copied, not evaluated again:
        # the batch context evaluated only the four tasks
        assert engine.batcher.stats.evaluated_tokens < firsts[0].prefix_tokens
        engine.calls.clear()
        summarize_topics(engine, [topic], tweets, lang="en", store=st, batch=4, key_points_from="topic")
        assert all(c.from_cache for c in engine.calls)

