"""The bench workload: one selection of tweets and its topics, computed once and saved as JSON, so that every
model (each in its own process) summarizes exactly the same topics with exactly the same prompts."""
from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tweetsum.core.tweet import Topic, Tweet

WORKLOAD_VERSION = 1
_TWEET_FIELDS = ("id", "author_handle", "author_name", "lang", "in_reply_to_id", "in_reply_to_handle",
                 "retweet_of_id", "retweet_of_handle", "quote_of_id", "like_count", "retweet_count", "reply_count",
                 "quote_count", "hashtags", "cashtags", "mentions", "urls")


class WorkloadError(ValueError):
    """A workload that cannot be built or read (empty selection, bad file): the message says why."""


@dataclass
class Workload:
    topics: list[Topic]
    tweets: dict[int, Tweet]  # every tweet a topic refers to
    lang: str = "zh"
    sections: list[str] | None = None  # None: summarize's default (plus tickers where cashtags appear)
    max_tweets: int = 60
    max_tokens: dict[str, int] | None = None  # per-section output budget overrides (tests: few tokens)
    meta: dict[str, Any] = field(default_factory=dict)  # how it was selected (window, theme, counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": WORKLOAD_VERSION, "lang": self.lang, "sections": self.sections, "max_tweets": self.max_tweets,
            "max_tokens": self.max_tokens, "meta": self.meta,
            "topics": [{"id": t.id, "size": t.size, "keywords": [[k, s] for k, s in t.keywords],
                        "representative_ids": t.representative_ids, "member_ids": t.member_ids} for t in self.topics],
            "tweets": [tweet_to_dict(t) for t in self.tweets.values()],
        }

    def save(self, path: str | os.PathLike) -> Path:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, p)
        return p


def tweet_to_dict(t: Tweet) -> dict[str, Any]:
    d = {k: getattr(t, k) for k in _TWEET_FIELDS}
    d["created_at"] = t.created_at.isoformat()
    d["text"] = t.text
    return d


def load_workload(path: str | os.PathLike) -> Workload:
    """Read a workload file; a bad file raises :class:`WorkloadError` naming it and the reason."""
    p = Path(path)
    try:
        d = json.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise WorkloadError(f"{p}: cannot read the workload file ({e.strerror or e})") from None
    except ValueError as e:
        raise WorkloadError(f"{p}: not a JSON workload file ({e})") from None
    if not isinstance(d, dict) or d.get("version") != WORKLOAD_VERSION:
        raise WorkloadError(f"{p}: not a tweetsum bench workload (version {WORKLOAD_VERSION} expected)")
    try:
        tweets = {}
        for i, r in enumerate(d["tweets"]):
            try:
                kw = {k: r.get(k) for k in _TWEET_FIELDS if k in r}
                t = Tweet(created_at=datetime.fromisoformat(r["created_at"]), text=r["text"], **kw)
            except (KeyError, TypeError, ValueError) as e:
                raise WorkloadError(f"{p}: tweet record {i}: {e}") from None
            tweets[t.id] = t
        topics = []
        for i, r in enumerate(d["topics"]):
            try:
                topics.append(Topic(id=int(r["id"]), size=int(r["size"]),
                                    keywords=[(str(k), float(s)) for k, s in r["keywords"]],
                                    representative_ids=[int(x) for x in r["representative_ids"]],
                                    member_ids=[int(x) for x in r["member_ids"]]))
            except (KeyError, TypeError, ValueError) as e:
                raise WorkloadError(f"{p}: topic record {i}: {e}") from None
    except KeyError as e:
        raise WorkloadError(f"{p}: missing {e}") from None
    missing = sorted({i for t in topics for i in t.member_ids} - set(tweets))
    if missing:
        raise WorkloadError(f"{p}: topics refer to {len(missing)} tweets the file does not hold "
                            f"(first: {missing[0]})")
    return Workload(topics=topics, tweets=tweets, lang=d.get("lang", "zh"), sections=d.get("sections"),
                    max_tweets=int(d.get("max_tweets", 60)), max_tokens=d.get("max_tokens"), meta=d.get("meta") or {})


def build_workload(store, *, since: datetime | None = None, until: datetime | None = None,
                   sample: int | None = None, theme: str | None = "AI", embedder=None, max_topics: int = 4,
                   lang: str = "zh", sections: list[str] | None = None, max_tweets: int = 60,
                   min_cluster_size: int | None = None, seed: int = 0, progress: bool = False) -> Workload:
    """Select tweets (a window, or a seeded random ``sample`` of the whole store), apply the theme filter (None:
    keep all), build topics with ``embedder`` and keep the ``max_topics`` the report would summarize first."""
    from tweetsum.topics.fit import topic_rank
    from tweetsum.selection import select_from
    from tweetsum.topics.fit import build_topics

    if lang not in ("zh", "en"):
        raise WorkloadError(f"--lang {lang!r}: use zh or en")
    if sample is not None:
        if sample < 1:
            raise WorkloadError(f"--sample {sample}: give a positive number of tweets")
        pool = store.tweets_between(since, until)
        if len(pool) > sample:
            pool = sorted(random.Random(seed).sample(pool, sample), key=lambda t: (t.created_at, t.id))
    else:
        pool = store.tweets_between(since, until)
    if not pool:
        where = "the store" if since is None and until is None else "the window"
        raise WorkloadError(f"no tweets in {where}: nothing to benchmark on")
    sel = select_from(pool, theme, store=store, embedder=embedder if theme else None, progress=progress)
    if not sel.tweets:
        raise WorkloadError(f"{len(pool)} tweets, none on theme {theme!r} (use --all-tweets or another --theme)")
    res = build_topics(store, sel.tweets, embedder, progress=progress, min_cluster_size=min_cluster_size, seed=seed)
    by_id = {t.id: t for t in sel.tweets}
    ranked = sorted(res.topics, key=lambda t: topic_rank(t, by_id))[:max_topics]
    if not ranked:
        raise WorkloadError(f"no topics in {len(sel.tweets)} tweets ({res.message or 'all outliers'})")
    keep = {i for t in ranked for i in t.member_ids}
    meta = {"since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
            "sample": sample, "theme": theme, "n_pool": len(pool), "n_selected": len(sel.tweets),
            "n_topics_found": len(res.topics), "outlier_share": round(res.outlier_share, 4),
            "topics_message": res.message, "embed_model": getattr(embedder, "model_id", None), "seed": seed}
    return Workload(topics=ranked, tweets={i: by_id[i] for i in sorted(keep)}, lang=lang, sections=sections,
                    max_tweets=max_tweets, meta=meta)
