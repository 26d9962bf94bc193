"""Which tweets a digest is about: time window, language, retweet/duplicate collapsing, theme.

Order of the filters (each drop is counted under its reason in :attr:`Selection.dropped`):

1. window ``since <= created_at < until`` (UTC; callers convert local dates with ``tweetsum.core.timeutil``);
2. ``language``: tweets whose language is not in ``languages`` (a tweet without ``lang`` gets a script-based
   guess, see :func:`tweetsum.core.text.script_language`);
3. ``retweet``: a retweet whose original is in the window, or a second retweet of the same original, is
   folded into the earliest copy; ``duplicate``: tweets with the same normalised text
   (:func:`tweetsum.core.text.dedup_key`: no RT prefix, URLs, mentions, case or punctuation; a truncated
   ``…`` retweet matches the tweet it is a prefix of) are folded into the earliest one. The kept tweet's
   like/retweet/reply/quote counts are the sums over everything folded into it;
4. ``theme``: kept when the text matches the theme or one of its expansions (:data:`THEME_SYNONYMS`;
   case-insensitive, word-boundary aware for Latin terms, substring for Chinese ones) **or**, when an
   embedder is given, the cosine similarity of the tweet embedding to the theme embedding is at least
   ``theme_threshold`` (:data:`THEME_THRESHOLD`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import numpy as np

from tweetsum.core.tweet import Tweet
from tweetsum.core.text import dedup_key, embedding_text, script_language

# Cosine similarity (MiniLM-L6-v2) between a tweet and the theme above which a tweet is on theme even without
# a keyword hit. Calibrated with `benchmarks/bench_topics.py --theme-calibration` on TweetTopic 2020, theme
# "technology" against the science_&_technology label (190 of 3,598 tweets): the 99th percentile of off-label
# similarity is 0.254; at 0.30 the tweets added by similarity alone are more precise (0.45) than keyword hits
# (0.28); at 0.25 that precision falls to 0.33 and at 0.20 to 0.22, below the keywords'. Semantic matching
# is a complement to the keyword table, not a replacement: similarities to a short theme text are low.
THEME_THRESHOLD = 0.30

# Small, documented expansion table. Keys are canonical themes; every entry (and the key) also works as
# a theme name. Latin terms match on word boundaries (plural -s allowed), Chinese terms as substrings.
THEME_SYNONYMS: dict[str, list[str]] = {
    "ai": [
        "AI", "A.I.", "artificial intelligence", "machine learning", "deep learning", "neural network",
        "LLM", "large language model", "language model", "GenAI", "generative AI", "AGI", "GPT", "ChatGPT",
        "OpenAI", "Anthropic", "Claude", "Gemini", "DeepMind", "Llama", "Mistral", "DeepSeek", "Qwen", "Grok",
        "Copilot", "Hugging Face", "HuggingFace", "transformer", "diffusion model", "Stable Diffusion",
        "Midjourney", "AI agent", "agentic", "fine-tuning", "prompt engineering",
        # the field's working vocabulary: tweets about AI often never say "AI"
        "agent", "multi-agent", "eval", "evals", "benchmark", "open-weight", "open weights", "MoE", "inference",
        "KV cache", "quantization", "quantized", "GGUF", "embedding", "RAG", "prompt injection", "red-team",
        "GPU", "H100", "H200", "A100", "B200", "TPU", "CUDA", "accelerator", "data center", "datacenter",
        "humanoid", "robotics", "chatbot", "frontier model", "foundation model", "tokens per second", "RLHF", "HBM",
        "video model", "reasoning model", "language models",
        "人工智能", "大模型", "大语言模型", "智能体", "机器学习", "深度学习", "神经网络", "生成式", "算力", "通用人工智能",
        "模型", "推理", "训练", "显卡", "开源模型", "多模态", "量化", "微调", "机器人", "数据中心", "评测", "编程助手", "具身智能", "标注",
    ],
    "crypto": [
        "crypto", "cryptocurrency", "bitcoin", "BTC", "ethereum", "ETH", "blockchain", "stablecoin", "DeFi",
        "NFT", "web3", "solana", "altcoin", "$BTC", "$ETH", "$SOL",
        "加密货币", "比特币", "以太坊", "区块链", "稳定币", "币圈",
    ],
    "stocks": [
        "stock", "stocks", "stock market", "equities", "S&P 500", "Nasdaq", "Dow Jones", "earnings",
        "IPO", "hedge fund", "bull market", "bear market", "Federal Reserve", "interest rates",
        "股票", "股市", "美股", "A股", "港股", "财报", "纳斯达克", "标普", "美联储",
    ],
    "technology": [
        "technology", "tech", "software", "hardware", "startup", "app", "smartphone", "iPhone", "Android",
        "Apple", "Google", "Microsoft", "Amazon", "Meta", "Tesla", "SpaceX", "NASA", "science", "computer",
        "internet", "cybersecurity", "5G", "chip", "semiconductor", "robot", "robotics", "AI",
        "科技", "技术", "软件", "硬件", "芯片", "半导体", "互联网", "机器人",
    ],
}
_ALIASES: dict[str, str] = {}
for _k, _v in THEME_SYNONYMS.items():
    _ALIASES[_k.casefold()] = _k
    for _term in _v:
        _ALIASES.setdefault(_term.casefold(), _k)
# Theme texts also accepted as names of a canonical theme.
_ALIASES.update({"tech": "technology", "science": "technology", "llm": "ai", "llms": "ai"})


def expand_theme(theme: str) -> list[str]:
    """The theme's terms: each comma/``|``-separated part, plus its table expansion when the part names a
    table entry (``"AI"`` → AI, artificial intelligence, LLM, …, 人工智能, 大模型, 智能体)."""
    out: list[str] = []
    for part in re.split(r"[,|，]", theme):
        part = part.strip()
        if not part:
            continue
        out.append(part)
        key = _ALIASES.get(part.casefold())
        if key is not None:
            out.extend(THEME_SYNONYMS[key])
    seen: set[str] = set()
    return [t for t in out if not (t.casefold() in seen or seen.add(t.casefold()))]


def _has_han(s: str) -> bool:
    return re.search(r"[\u3400-\u9fff]", s) is not None


def theme_matcher(terms: Iterable[str]) -> re.Pattern:
    """One case-insensitive regex for all terms: Latin terms on word boundaries (optional plural s/es),
    Chinese terms as plain substrings."""
    parts = []
    for t in sorted(set(terms), key=lambda s: (-len(s), s)):
        esc = re.escape(t)
        if _has_han(t):
            parts.append(esc)
        else:
            parts.append(rf"(?<![A-Za-z0-9]){esc}(?:s|es)?(?![A-Za-z0-9])")
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass
class Selection:
    """Tweets kept for a digest (sorted by id) and what was dropped, per reason."""

    tweets: list[Tweet]
    n_window: int  # tweets in the window before any filter
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> count (language, retweet, duplicate, theme)
    folded: dict[int, list[int]] = field(default_factory=dict)  # kept id -> ids folded into it
    theme_terms: list[str] = field(default_factory=list)
    theme_hits: dict[int, str] = field(default_factory=dict)  # kept id -> "keyword" | "semantic"

    @property
    def ids(self) -> list[int]:
        return [t.id for t in self.tweets]


def normalize_lang(code: str | None) -> str | None:
    if not code or code in ("und", "zxx", "qme", "qam", "qht", "qst"):
        return None
    return code.lower().split("-")[0].split("_")[0]


def tweet_language(t: Tweet) -> str | None:
    return normalize_lang(t.lang) or script_language(t.text)


def _fold(tweets: list[Tweet], dropped: dict[str, int]) -> tuple[list[Tweet], dict[int, list[int]]]:
    """Collapse retweets and duplicates into the earliest tweet, summing engagement."""
    tweets = sorted(tweets, key=lambda t: (t.created_at, t.id))
    kept: dict[int, Tweet] = {}
    folded: dict[int, list[int]] = {}
    by_id: dict[int, int] = {}  # any seen id (kept or folded, plus retweeted originals) -> kept id
    by_key: dict[str, int] = {}
    sorted_keys: list[str] = []

    def absorb(into: int, t: Tweet, reason: str) -> None:
        k = kept[into]
        kept[into] = replace(k, like_count=k.like_count + t.like_count, retweet_count=k.retweet_count + t.retweet_count,
                             reply_count=k.reply_count + t.reply_count, quote_count=k.quote_count + t.quote_count)
        folded.setdefault(into, []).append(t.id)
        by_id[t.id] = into
        dropped[reason] = dropped.get(reason, 0) + 1

    for t in tweets:
        if t.retweet_of_id is not None and t.retweet_of_id in by_id:
            absorb(by_id[t.retweet_of_id], t, "retweet")
            continue
        key = dedup_key(t.text)
        target = by_key.get(key) if key else None
        if target is None and key and t.text.rstrip().endswith(("…", "...")) and len(key) >= 20:
            # truncated retweet text: a kept tweet whose key starts with this one
            i = bisect.bisect_left(sorted_keys, key)
            if i < len(sorted_keys) and sorted_keys[i].startswith(key):
                target = by_key[sorted_keys[i]]
        if target is not None:
            absorb(target, t, "retweet" if t.is_retweet else "duplicate")
            if t.retweet_of_id is not None:
                by_id.setdefault(t.retweet_of_id, target)
            continue
        kept[t.id] = t
        by_id[t.id] = t.id
        if t.retweet_of_id is not None:
            by_id.setdefault(t.retweet_of_id, t.id)
        if key:
            by_key[key] = t.id
            bisect.insort(sorted_keys, key)
    return list(kept.values()), folded


def select_tweets(store, since: datetime | None, until: datetime | None, theme: str | None = None, *,
                  embedder=None, languages: Sequence[str] | None = None, theme_threshold: float | None = None,
                  collapse: bool = True, progress: bool = False, embed_stats=None) -> Selection:
    """Tweets of the store in ``[since, until)`` after the language, collapse and theme filters (see module
    docstring). ``embedder`` enables the semantic theme match (embeddings cached in the store)."""
    if since is not None and until is not None and since >= until:
        raise ValueError(f"empty window: since {since.isoformat()} is not before until {until.isoformat()}")
    window = store.tweets_between(since, until)
    return select_from(window, theme, store=store, embedder=embedder, languages=languages,
                       theme_threshold=theme_threshold, collapse=collapse, progress=progress, embed_stats=embed_stats)


def select_from(tweets: Sequence[Tweet], theme: str | None = None, *, store=None, embedder=None,
                languages: Sequence[str] | None = None, theme_threshold: float | None = None,
                collapse: bool = True, progress: bool = False, embed_stats=None) -> Selection:
    """:func:`select_tweets` on tweets already loaded (``store`` only caches embeddings). ``theme_threshold``
    defaults to the embedder's own (``embedder.theme_threshold``), else :data:`THEME_THRESHOLD` (MiniLM's)."""
    if theme_threshold is None:
        theme_threshold = getattr(embedder, "theme_threshold", THEME_THRESHOLD)
    dropped: dict[str, int] = {}
    kept = list(tweets)
    n_window = len(kept)
    if languages:
        want = {normalize_lang(x) for x in languages} - {None}
        before = len(kept)
        kept = [t for t in kept if tweet_language(t) in want]
        if before - len(kept):
            dropped["language"] = before - len(kept)
    folded: dict[int, list[int]] = {}
    if collapse:
        kept, folded = _fold(kept, dropped)
    terms: list[str] = []
    hits: dict[int, str] = {}
    if theme is not None and theme.strip():
        terms = expand_theme(theme)
        rx = theme_matcher(terms)
        for t in kept:
            if rx.search(t.text):
                hits[t.id] = "keyword"
        rest = [t for t in kept if t.id not in hits]
        if embedder is not None and rest:
            sims = theme_similarity(rest, theme, embedder, store=store, progress=progress, stats=embed_stats)
            for t, s in zip(rest, sims):
                if s >= theme_threshold:
                    hits[t.id] = "semantic"
        before = len(kept)
        kept = [t for t in kept if t.id in hits]
        if before - len(kept):
            dropped["theme"] = before - len(kept)
    kept.sort(key=lambda t: t.id)
    return Selection(tweets=kept, n_window=n_window, dropped=dropped, folded=folded, theme_terms=terms,
                     theme_hits=hits)


def theme_vector(theme: str, embedder, store=None) -> np.ndarray:
    """Unit vector for a theme: the mean of the embeddings of the theme text itself and of ``"<part> news"``
    for each comma-separated part (expansions are not embedded: brand names alone are ambiguous)."""
    from tweetsum.embed import embed_tweets

    parts = [p.strip() for p in re.split(r"[,|，]", theme) if p.strip()] or [theme]
    texts = [theme.strip()] + [f"{p} news" for p in parts]
    V = embed_tweets(store, embedder, texts)
    v = V.mean(axis=0)
    return (v / (np.linalg.norm(v) or 1.0)).astype(np.float32)


def theme_similarity(tweets: Sequence[Tweet], theme: str, embedder, *, store=None, progress: bool = False,
                     stats=None) -> np.ndarray:
    """Cosine similarity of each tweet's embedding (cached) to :func:`theme_vector`."""
    from tweetsum.embed import embed_tweets

    if not tweets:
        return np.zeros(0, dtype=np.float32)
    X = embed_tweets(store, embedder, [embedding_text(t.text) for t in tweets], progress=progress, stats=stats)
    return X @ theme_vector(theme, embedder, store)
