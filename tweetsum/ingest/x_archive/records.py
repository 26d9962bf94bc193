"""One ``tweets.js`` element of an official archive -> its stored values or a Tweet.

``created_at`` looks like ``Wed Oct 10 20:19:24 +0000 2018``; counts and ids are strings; ``full_text`` carries
HTML entities (decoded with ``html.unescape``); retweets are ``RT @user: …`` with ``"retweeted": false``
(``retweet_of_handle`` comes from the prefix); hashtags/cashtags/mentions/urls come from ``entities``
(``symbols`` are cashtags, urls are the expanded urls — the text keeps its t.co links); quotes from
``quoted_status_id_str`` or a ``twitter.com/<h>/status/<id>`` url.
"""
from __future__ import annotations

from typing import Any

from tweetsum.core.entities import cashtags_in, hashtags_in, mentions_in, urls_in
from tweetsum.core.tweet import Tweet, tweet_from_values
from tweetsum.ingest.common import (as_count, as_date, as_id, as_text, opt_id, parse_twitter_date, quote_from_urls,
                                    retweet_handle, twitter_date_iso, unescape)
from tweetsum.ingest.errors import RecordError

FORMAT = "x-archive"
_MAX_ID = 1 << 63


def official_values(obj: Any, idx: int, path: str, handle: str, name: str | None) -> list:
    """One ``tweets.js`` element -> its stored values (:func:`tweetsum.core.tweet.stored_values` order: created_at
    as ISO string and unix seconds, entity lists as lists); raises RecordError. The ingest hot path builds
    store rows from these directly; :func:`official_tweet` builds a Tweet from them. Common field shapes are
    handled inline; anything else goes through the checked converters of :mod:`tweetsum.ingest.common`."""
    if type(obj) is not dict:
        raise RecordError(path, idx, f"not a tweet object ({type(obj).__name__})")
    t = obj.get("tweet", obj)
    if type(t) is not dict or ("id_str" not in t and "id" not in t):
        raise RecordError(path, idx, "not a tweet object (no 'id_str')")
    get = t.get
    tid = get("id_str") or get("id")
    if type(tid) is str and 0 < len(tid) <= 19 and tid.isdigit() and tid.isascii() and tid[0] != "0" and (
            len(tid) < 19 or int(tid) < _MAX_ID):
        tid = int(tid)  # what as_id accepts
    else:
        tid = as_id(tid, "id_str", path, idx)
    raw = get("full_text")
    if raw is None:
        raw = get("text")
    if type(raw) is not str:
        raw = as_text(raw, "full_text", path, idx)
    text = unescape(raw) if "&" in raw else raw
    ca = get("created_at")
    when = twitter_date_iso(ca) if type(ca) is str else None
    if when is None:
        if type(ca) is str and len(ca) == 30:
            try:
                created = parse_twitter_date(ca)
            except (ValueError, KeyError):
                created = as_date(ca, "created_at", path, idx)
        else:
            created = as_date(ca, "created_at", path, idx)
        when = created.isoformat(), int(created.timestamp())
    ents = get("entities")
    if type(ents) is dict:
        eg = ents.get
        try:
            hashtags = eg("hashtags")
            hashtags = [it["text"] for it in hashtags if type(it) is dict and type(it.get("text")) is str
                        ] if hashtags else []
            cashtags = eg("symbols")
            cashtags = [it["text"] for it in cashtags if type(it) is dict and type(it.get("text")) is str
                        ] if cashtags else []
            mentions = eg("user_mentions")
            mentions = [it["screen_name"] for it in mentions
                        if type(it) is dict and type(it.get("screen_name")) is str] if mentions else []
            urls = eg("urls")
            if urls:
                urls = [u.get("expanded_url") or u.get("url") for u in urls if type(u) is dict]
                urls = [u for u in urls if type(u) is str]
            else:
                urls = []
        except TypeError:  # e.g. "hashtags": 5
            raise RecordError(path, idx, "field 'entities' is malformed (expected lists of objects)") from None
    elif ents is None:
        hashtags, cashtags, mentions, urls = hashtags_in(text), cashtags_in(text), mentions_in(text), urls_in(text)
    else:
        raise RecordError(path, idx, f"field 'entities' is not an object ({type(ents).__name__})")
    quote = get("quoted_status_id_str") or get("quoted_status_id")
    if quote is not None:
        quote = opt_id(quote, "quoted_status_id_str", path, idx)
    if quote is None and urls:
        quote = quote_from_urls(urls, tid)
    rt_id = None
    rts = get("retweeted_status")
    if type(rts) is dict:
        rt_id = opt_id(rts.get("id_str") or rts.get("id"), "retweeted_status.id_str", path, idx)
    lang = get("lang")
    reply = get("in_reply_to_status_id_str") or get("in_reply_to_status_id")
    if reply is not None:
        reply = opt_id(reply, "in_reply_to_status_id_str", path, idx)
    likes = get("favorite_count")
    if not (type(likes) is str and len(likes) < 19 and likes.isdigit() and likes.isascii()):
        likes = _count(likes, "favorite_count", path, idx)
    rts_n = get("retweet_count")
    if not (type(rts_n) is str and len(rts_n) < 19 and rts_n.isdigit() and rts_n.isascii()):
        rts_n = _count(rts_n, "retweet_count", path, idx)
    replies = get("reply_count")
    replies = _count(replies, "reply_count", path, idx) if replies is not None else 0
    quotes = get("quote_count")
    quotes = _count(quotes, "quote_count", path, idx) if quotes is not None else 0
    return [
        tid, handle, name, when[0], when[1], text, lang if type(lang) is str else None,
        reply, get("in_reply_to_screen_name") or None,
        rt_id, retweet_handle(text) if text[:4] == "RT @" else None, quote,
        int(likes), int(rts_n), replies, quotes, hashtags, cashtags, mentions, urls,
    ]


def _count(value: Any, field: str, path: str, idx: int) -> int:
    if value is None:
        return 0
    if type(value) is str and len(value) < 19 and value.isdigit() and value.isascii():
        return int(value)
    return as_count(value, field, path, idx)


def official_tweet(obj: Any, idx: int, path: str, handle: str, name: str | None) -> Tweet:
    """One ``tweets.js`` element -> Tweet (raises RecordError)."""
    return tweet_from_values(official_values(obj, idx, path, handle, name), FORMAT, path)
