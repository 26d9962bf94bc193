"""The model's reading: are an item's words the ones its cited tweets make likely?

For each item the model scores the item's text twice (:meth:`Engine.score`, prompt evaluation only): after its
cited tweets and the instruction to state only what they say, and after the same instruction with no tweets.
Per segment (the headline, then each sentence), two figures:

- ``lp``: the mean log-probability of its tokens after the tweets. A paraphrase or translation of what the
  tweets say is likely; an invented cause, event or number is not.
- ``gain``: how much the tweets raised that log-probability over no tweets. Generic prose ("AI 技术在多个领域
  的应用") is as likely without the tweets as with them.

A segment is unsupported when both are low (thresholds below, chosen on the gold set by
``benchmarks/bench_faithfulness.py --sweep``). Tweets are untrusted text: they go into the prompt neutralized as
in every other prompt (:func:`~tweetsum.llm.prompts.format_tweet`), and only probabilities come back.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tweetsum.core.textcheck import split_sentences
from tweetsum.core.tweet import Tweet
from tweetsum.llm.errors import GenerationFailed
from tweetsum.llm.prompts import Prompt, format_tweet
from tweetsum.llm.stats import CallStats

# a segment is unsupported when its mean log-probability after the tweets is below LP_MAX and the tweets raised
# it by less than GAIN_MIN nats a token. Chosen with benchmarks/bench_faithfulness.py --sweep on 244 gold items
# (Qwen2.5-Coder-1.5B): with the rules, precision 0.807 and recall 0.785 of not-faithful items (-2.0/2.0: 0.861 /
# 0.646; -1.0/2.5: 0.792 / 0.819). Another model's scores sit elsewhere: re-sweep before trusting them.
LP_MAX = -1.25
GAIN_MIN = 2.5
MIN_TOKENS = 4  # shorter segments ("结论", a ticker) carry too few tokens to judge
SYSTEM = "You are a careful analyst who writes a digest of tweets."
TASK = "Write one item of the digest that states only what these tweets say."
TASK_BLIND = "Write one item of the digest."


# Who says it -- "作者 devon_kv 在推文中提到，", "@june_pm says" -- is the speaker rules' to check (speakers.py),
# not the model's reading: scored, the restatements' "作者 <handle>" opening was the least likely stretch of 9 of
# 11 restated demo tweets the reading refused (mean log-prob -1.4 to -1.9 on "作者 devon_kv"). The lead is left
# out of the first sentence's score when the handle it names is a cited tweet's author (or it names none).
_HANDLE = r"@?([A-Za-z0-9_]{2,15})"
_LEAD = re.compile(
    r"(?:作者\s*(?:" + _HANDLE + r")?|" + _HANDLE + r")\s*(?:在推文中|在\s*[\d-]+\s*(?:发推)?[，,]?\s*)?"
    r"(?:提到|表示|指出|认为|写道|写|称|说|发现)[：:，,]?\s*"
    r"|(?:认为|指出|表示)[：:，,]?\s*"
    r"|(?:the author|" + _HANDLE + r")\s+(?:says|writes|reports|notes|argues|thinks|points out|believes|said|wrote)"
    r"(?:\s+that)?[,:]?\s*", re.I)


def attribution_lead(text: str, cited: list[Tweet]) -> int:
    """Length of the opening that only says who speaks (0: none, or it names someone who is not a cited
    tweet's author -- then it is read like any other words)."""
    m = _LEAD.match(text)
    if m is None:
        return 0
    named = next((g for g in m.groups() if g), None)
    if named and named.casefold() not in {t.author_handle.casefold() for t in cited}:
        return 0
    return m.end()


@dataclass
class SegmentScore:
    text: str
    tokens: int
    lp: float  # mean log-probability a token after the cited tweets
    gain: float  # mean gain over no tweets, nats a token
    worst: str  # the least likely stretch, for the reason

    def to_dict(self) -> dict:
        return {"text": self.text, "tokens": self.tokens, "lp": round(self.lp, 3), "gain": round(self.gain, 3)}


def segments(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Character spans of each sentence of ``text[start:]``."""
    spans, pos = [], start
    for s in split_sentences(text[start:]):
        i = text.find(s, pos)
        if i < 0:
            continue
        spans.append((i, i + len(s)))
        pos = i + len(s)
    return spans or ([(start, len(text))] if start < len(text) else [])


def cached_score(eng, store, prompt: Prompt, text: str) -> tuple[list[int], list[float]]:
    """:meth:`Engine.score` through the store's result cache (per model and prompt + text tokens)."""
    key = None
    if store is not None:
        tokens, _ = eng.tokenize_prompt(prompt)
        key, ph = eng.cache_key(tokens + eng.token_ids_of(text), {"score": 1})
        hit = store.llm_get(key)
        d = json.loads(hit[0]) if hit is not None else {}
        if "lps" in d:
            # counted like a generation the result cache answers: a report killed during grounding and
            # rerun must make as many model calls + cache hits as one uninterrupted run (kill_report.py)
            if isinstance(getattr(eng, "calls", None), list):
                eng.calls.append(CallStats.cached(prompt.label, len(tokens), 0, {}))
            return d["tokens"], d["lps"]
    toks, lps = eng.score(prompt, text)
    if key is not None:
        store.llm_put(key, eng.model_hash, ph, {"score": 1}, json.dumps({"tokens": toks, "lps": lps}),
                      {"label": prompt.label})
    return toks, lps


class SupportCheck:
    def __init__(self, engine, store=None, lp_max: float = LP_MAX, gain_min: float = GAIN_MIN):
        self.engine, self.store = engine, store
        self.lp_max, self.gain_min = lp_max, gain_min
        self.failures: list[str] = []
        # segment scores by (cited ids, segment): the policy checks a failed item's sentences and headline one by
        # one when it trims; each was scored already inside the item, after the same tweets
        self._memo: dict[tuple[tuple[int, ...], str], SegmentScore] = {}

    def _score(self, prompt: Prompt, text: str) -> tuple[list[int], list[float]]:
        return cached_score(self.engine, self.store, prompt, text)

    def scores(self, text: str, cited: list[Tweet], headline: str | None = None) -> list[SegmentScore]:
        """Scores of the headline (when given) and of each sentence of the text, read as one item
        ("headline：text", as the post shows it)."""
        spans = []
        lead = attribution_lead(text, cited)
        if headline:
            spans.append((0, len(headline)))
            text = f"{headline}：{text}" if text else headline
            spans += segments(text, len(headline) + 1 + lead)
        else:
            spans = segments(text, lead)
        data = "\n".join(format_tweet(i + 1, t) for i, t in enumerate(cited))
        toks, lc = self._score(Prompt(SYSTEM, data, TASK, label="verify"), text)
        toks_u, lu = self._score(Prompt(SYSTEM, "", TASK_BLIND, label="verify/blind"), text)
        if toks_u != toks:  # the same text tokenizes the same after either prompt
            lu = lu[:len(lc)] + [0.0] * (len(lc) - len(lu))
        # byte offset of each token's end, to map tokens to character spans
        ll = self.engine.llama
        ends, at = [], 0
        for t in toks:
            at += len(ll.detokenize([t]))
            ends.append(at)
        raw = text.encode("utf-8")
        out = []
        for a, b in spans:
            ba, bb = len(text[:a].encode("utf-8")), len(text[:b].encode("utf-8"))
            idx = [k for k, e in enumerate(ends) if ba < e <= bb + 1]
            if len(idx) < MIN_TOKENS:
                continue
            c = [lc[k] for k in idx]
            g = [lc[k] - lu[k] for k in idx]
            lo = min(range(len(idx)), key=lambda j: sum(c[max(0, j - 1):j + 2]))
            k0, k1 = idx[max(0, lo - 2)], idx[min(len(idx) - 1, lo + 2)]
            start = ends[k0 - 1] if k0 > 0 else 0
            worst = raw[start:ends[k1]].decode("utf-8", errors="ignore").strip()
            out.append(SegmentScore(text[a:b], len(idx), sum(c) / len(c), sum(g) / len(g), worst))
        key = tuple(t.id for t in cited)
        for sc in out:
            self._memo[(key, sc.text.strip())] = sc
        return out

    def unsupported(self, text: str, cited: list[Tweet], headline: str | None = None) -> list[str]:
        """A reason for each segment the cited tweets do not make likely (none when scoring failed: the
        failure is kept in :attr:`failures` and the rules still apply)."""
        key = tuple(t.id for t in cited)
        alone = (headline or "") if not text else (text if not headline else None)
        known = self._memo.get((key, alone.strip())) if alone else None
        try:
            segs = [known] if known is not None else self.scores(text, cited, headline)
        except GenerationFailed as e:
            self.failures.append(str(e))
            return []
        return [f"{_short(s.text)!r} is not what the cited tweets say (mean log-prob {s.lp:.1f}, "
                f"{s.gain:+.1f} over no tweets; least likely: {s.worst!r})"
                for s in segs if s.lp < self.lp_max and s.gain < self.gain_min]


def _short(s: str, n: int = 40) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s if len(s) <= n else s[:n] + "…"
