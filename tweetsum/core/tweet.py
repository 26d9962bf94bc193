"""The normalized tweet record every reader produces and every later stage consumes."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from hashlib import sha256 as _sha256
from urllib.parse import quote as _quote

from orjson import dumps as _dumps

TWITTER_EPOCH_MS = 1288834974657


def snowflake_time(tweet_id: int) -> datetime | None:
    """UTC creation time encoded in a tweet id (ids since late 2010 are snowflakes)."""
    if tweet_id < (1 << 22) * 1000:  # pre-snowflake ids carry no time
        return None
    ms = (tweet_id >> 22) + TWITTER_EPOCH_MS
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


@dataclass
class Tweet:
    id: int
    author_handle: str
    created_at: datetime  # timezone-aware, UTC
    text: str  # full text: HTML entities decoded, long posts joined
    author_name: str | None = None
    lang: str | None = None
    in_reply_to_id: int | None = None
    in_reply_to_handle: str | None = None
    retweet_of_id: int | None = None
    retweet_of_handle: str | None = None
    quote_of_id: int | None = None
    like_count: int = 0
    retweet_count: int = 0
    reply_count: int = 0
    quote_count: int = 0
    hashtags: list[str] = field(default_factory=list)
    cashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    source_format: str = ""
    source_file: str = ""

    def __post_init__(self) -> None:
        if self.created_at.tzinfo is None:
            raise ValueError("created_at must be timezone-aware")
        self.created_at = self.created_at.astimezone(timezone.utc)

    @property
    def is_retweet(self) -> bool:
        return self.retweet_of_id is not None or self.text.startswith("RT @")

    @property
    def url(self) -> str:
        # the handle comes from the input file (a CSV/JSONL may say anything): percent-encode it so it cannot
        # end a Markdown link, open Liquid or carry bidi controls into a post (plain handles are unchanged)
        return f"https://x.com/{_quote(self.author_handle, safe='')}/status/{self.id}"

    @property
    def engagement(self) -> int:
        return self.like_count + 2 * self.retweet_count + self.reply_count + 2 * self.quote_count

    def content_hash(self) -> str:
        """Hash of the stored content (not the source file): decides updated vs unchanged on re-ingest."""
        return content_hash_of(stored_values(self))


def stored_values(t: Tweet) -> list:
    """A tweet's stored fields in store column order, without source_format/source_file: created_at as its
    ISO string and unix seconds, entity lists as lists. Readers on the ingest hot path build these directly."""
    return [t.id, t.author_handle, t.author_name, t.created_at.isoformat(), int(t.created_at.timestamp()),
            t.text, t.lang, t.in_reply_to_id, t.in_reply_to_handle, t.retweet_of_id, t.retweet_of_handle,
            t.quote_of_id, t.like_count, t.retweet_count, t.reply_count, t.quote_count,
            t.hashtags, t.cashtags, t.mentions, t.urls]


def tweet_from_values(v: list, source_format: str = "", source_file: str = "") -> Tweet:
    """The Tweet of :func:`stored_values` ``v``."""
    return Tweet(id=v[0], author_handle=v[1], author_name=v[2], created_at=datetime.fromisoformat(v[3]), text=v[5],
                 lang=v[6], in_reply_to_id=v[7], in_reply_to_handle=v[8], retweet_of_id=v[9],
                 retweet_of_handle=v[10], quote_of_id=v[11], like_count=v[12], retweet_count=v[13],
                 reply_count=v[14], quote_count=v[15], hashtags=v[16], cashtags=v[17], mentions=v[18], urls=v[19],
                 source_format=source_format, source_file=source_file)


def content_hash_of(values: list) -> str:
    """The content hash of :func:`stored_values`. ``orjson.dumps`` is a stable serialisation, far cheaper than
    ``repr``; values it refuses (ints beyond 64 bits, lone surrogates) fall back to ``repr``."""
    try:
        data = _dumps(values)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        data = repr(values).encode("utf-8", "surrogatepass")
    return _sha256(data).hexdigest()[:32]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Topic:
    """One cluster of tweets. Ids are stable: 0 is the largest topic, ties broken by smallest member id."""

    id: int
    size: int
    keywords: list[tuple[str, float]]  # (term, c-TF-IDF score), best first
    representative_ids: list[int]  # most representative first (centroid-near, MMR-diversified, engagement-weighted)
    member_ids: list[int]  # sorted ascending

    @property
    def label(self) -> str:
        return ", ".join(k for k, _ in self.keywords[:4])


@dataclass
class TopicModelResult:
    topics: list[Topic]  # ordered by id
    outlier_ids: list[int]
    timings: dict[str, float]  # stage name -> seconds
    n_tweets: int = 0
    message: str | None = None  # set when the window was too small to cluster, etc.

    @property
    def outlier_share(self) -> float:
        return len(self.outlier_ids) / self.n_tweets if self.n_tweets else 0.0
