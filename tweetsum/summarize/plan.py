"""Planning a topic's prompts for the map stage: which tweets go in (representative first, then by
engagement) and how many fit the model's context next to the largest section's output budget.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tweetsum.core.entities import has_cashtag, symbols
from tweetsum.core.tweet import Topic, Tweet
from tweetsum.llm.engine import Engine
from tweetsum.llm.prompts import SYSTEM, Prompt, data_block, format_tweet, task_text
from tweetsum.llm.schemas import max_output_tokens, section_schema

CHARS_PER_TOKEN = {"en": 2.5, "zh": 1.0}
# Tweets per topic prompt: the prefix is evaluated at ~40 tok/s by the 1.5B default on a 2-core AVX2 host, so
# 30 tweets of <= 320 characters (~1,500 tokens, ~40 s) instead of 60 of 600 (~3,500 tokens, 150 s measured):
# the representative tweets come first, and a brief needs them, not the long tail.
MAX_TWEETS = 30


@dataclass
class TopicPlan:
    """What goes into a topic's prompts after fitting the context window."""

    topic: Topic
    kept: list[Tweet]  # numbered 1..n in this order
    dropped_ids: list[int]
    missing_ids: list[int]
    system: str
    data: str
    prefix_tokens: int = 0

    @property
    def number_to_id(self) -> dict[int, int]:
        return {i + 1: t.id for i, t in enumerate(self.kept)}


def has_ticker_signal(tweets: Sequence[Tweet]) -> bool:
    """True when tweets carry cashtags (``$AAPL``): the report then asks for the ``tickers`` section."""
    return any(has_cashtag(t.cashtags, t.text) for t in tweets)


def priority_order(topic: Topic, tweets_by_id: dict[int, Tweet]) -> tuple[list[Tweet], list[int]]:
    """Representative tweets first (their order), then the other members by engagement (desc), then id."""
    seen: set[int] = set()
    missing: list[int] = []

    def take(ids: Sequence[int]) -> list[Tweet]:
        """The tweets of ``ids`` not taken yet, in order; an id with no tweet goes to ``missing``."""
        found = []
        for tid in ids:
            if tid in seen:
                continue
            seen.add(tid)
            t = tweets_by_id.get(tid)
            if t is None:
                missing.append(tid)
            else:
                found.append(t)
        return found

    ordered = take(topic.representative_ids)
    rest = take(topic.member_ids)
    rest.sort(key=lambda t: (-t.engagement, t.id))
    return ordered + rest, missing


def topic_symbols(tweets: Sequence[Tweet]) -> list[str]:
    """The cashtags (upper case, no ``$``) the tweets carry: the only symbols a tickers answer may name."""
    out: set[str] = set()
    for t in tweets:
        out.update(symbols(t.cashtags, t.text))
    return sorted(out)


def section_budget(section: str, n_numbers: int, handles: list[str], lang: str) -> int:
    schema = section_schema(section, list(range(1, max(1, n_numbers) + 1)), handles or ["unknown"], lang=lang,
                            symbols=["X"] if section == "tickers" else None)
    return max_output_tokens(schema, CHARS_PER_TOKEN.get(lang, 1.0))


def plan_topic(engine: Engine, topic: Topic, tweets_by_id: dict[int, Tweet], sections: Sequence[str], *,
               lang: str = "en", max_tweets: int = MAX_TWEETS, max_tokens: dict[str, int] | None = None) -> TopicPlan:
    """Choose the tweets that fit ``n_ctx`` minus the largest output reserve minus the longest task, using the
    model's tokenizer; drop the least representative first and record which."""
    ordered, missing = priority_order(topic, tweets_by_id)
    candidates, dropped = ordered[:max_tweets], [t.id for t in ordered[max_tweets:]]
    handles = sorted({t.author_handle for t in candidates})
    reserve = max(_budget(s, len(candidates), handles, lang, max_tokens) for s in sections)
    tasks = [task_text(s, lang) for s in sections]
    longest_task = max(tasks, key=lambda x: engine.count_tokens(x))
    system = SYSTEM[lang]
    label = topic.label

    def prompt_len(kept: list[Tweet]) -> tuple[int, int]:
        lines = [format_tweet(i + 1, t) for i, t in enumerate(kept)]
        toks, prefix = engine.tokenize_prompt(Prompt(system, data_block(lines, label), longest_task))
        return len(toks), prefix

    limit = engine.n_ctx - reserve
    base, _ = prompt_len([])
    budget = limit - base
    kept: list[Tweet] = []
    used = 0
    for i, t in enumerate(candidates):
        cost = engine.count_tokens(format_tweet(i + 1, t) + "\n")
        if used + cost > budget:
            dropped = [x.id for x in candidates[i:]] + dropped
            break
        kept.append(t)
        used += cost
    # exact check with the real tokenizer (pieces tokenized apart can differ by a token at the seams)
    n, prefix = prompt_len(kept)
    while kept and n > limit:
        dropped.insert(0, kept.pop().id)
        n, prefix = prompt_len(kept)
    lines = [format_tweet(i + 1, t) for i, t in enumerate(kept)]
    return TopicPlan(topic, kept, dropped, missing, system, data_block(lines, label), prefix)


def _budget(section: str, n: int, handles: list[str], lang: str, override: dict[str, int] | None) -> int:
    if override and section in override:
        return int(override[section])
    return section_budget(section, n, handles, lang)
