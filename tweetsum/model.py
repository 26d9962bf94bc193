"""The normalized tweet record every reader produces and every later stage consumes."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone

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
        return f"https://x.com/{self.author_handle}/status/{self.id}"

    @property
    def engagement(self) -> int:
        return self.like_count + 2 * self.retweet_count + self.reply_count + 2 * self.quote_count

    def content_hash(self) -> str:
        """Hash of the stored content (not the source file): decides updated vs unchanged on re-ingest."""
        # same value as hashing sorted(asdict(self).items()) without source_*, but without asdict's deep copies
        items = [(k, getattr(self, k)) for k in _HASH_KEYS]
        items[_CREATED_AT_POS] = ("created_at", self.created_at.isoformat())
        return hashlib.sha256(repr(items).encode()).hexdigest()[:32]


_HASH_KEYS = sorted(f.name for f in fields(Tweet) if f.name not in ("source_file", "source_format"))
_CREATED_AT_POS = _HASH_KEYS.index("created_at")


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
