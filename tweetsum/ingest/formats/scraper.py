"""Scraper records (``jsonl``, ``json``): one tweet per line (or a JSON array of them), with
twscrape/snscrape field names: ``id`` (or ``id_str``), ``rawContent`` (or ``content``, ``renderedContent``,
``text``, ``full_text``), ``date`` (ISO 8601), ``user.username``, ``user.displayname``, ``lang``,
``likeCount``, ``retweetCount``, ``replyCount``, ``quoteCount``, ``retweetedTweet``, ``quotedTweet``,
``inReplyToTweetId``, ``inReplyToUser``, ``hashtags``, ``cashtags``, ``mentionedUsers``, ``links``/``outlinks``.
The plain TweetTopic shape (``id``, ``date``, ``text``) is accepted too: a bare date takes the exact time from the
snowflake id; the author is ``unknown`` when absent. Text is taken as is (scrapers decode HTML entities).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tweetsum.core.entities import cashtags_in, hashtags_in, mentions_in, urls_in
from tweetsum.core.tweet import Tweet
from tweetsum.ingest.common import as_count, as_date, as_id, as_text, opt_id, quote_from_urls, retweet_handle
from tweetsum.ingest.errors import Census, FormatError, RecordError
from tweetsum.ingest.formats.sniff import TEXT_KEYS, is_api_page


def str_list(items: Any, *keys: str) -> list[str] | None:
    """A list of strings, or of objects holding one under the first present key; None when absent."""
    if items is None:
        return None
    if not isinstance(items, list):
        return None
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it.lstrip("#$@"))
        elif isinstance(it, dict):
            for k in keys:
                v = it.get(k)
                if isinstance(v, str) and v:
                    out.append(v)
                    break
    return out


def user_of(u: Any) -> tuple[str | None, str | None]:
    """(handle, display name) of a user object, or of a bare handle; None where absent or mistyped."""
    if isinstance(u, dict):
        h = u.get("username") or u.get("screen_name") or u.get("handle")
        n = u.get("displayname") or u.get("name") or u.get("displayName")
        return (h if isinstance(h, str) else None), (n if isinstance(n, str) else None)
    if isinstance(u, str):
        return u, None
    return None, None


def scraper_tweet(obj: Any, idx: Any, path: str, fmt: str) -> Tweet:
    if not isinstance(obj, dict):
        raise RecordError(path, idx, f"not a tweet object ({type(obj).__name__})")
    if "id" not in obj and "id_str" not in obj:
        if is_api_page(obj):
            raise RecordError(path, idx, "an X API v2 page among scraper records")
        raise RecordError(path, idx, "missing field 'id' (not a tweet object)")
    tid = as_id(obj.get("id_str") or obj.get("id"), "id", path, idx)
    raw = None
    field = "rawContent"
    for k in TEXT_KEYS:
        if obj.get(k) is not None:
            raw, field = obj[k], k
            break
    text = as_text(raw, field, path, idx)
    date_key = "date" if "date" in obj else "created_at"
    created = as_date(obj.get(date_key), date_key, path, idx, tweet_id=tid)
    handle, name = user_of(obj.get("user"))
    if handle is None:
        for k in ("username", "author_handle", "screen_name", "author"):
            if isinstance(obj.get(k), str) and obj[k]:
                handle = obj[k]
                break
    if name is None:
        for k in ("displayname", "author_name", "name"):
            if isinstance(obj.get(k), str) and obj[k]:
                name = obj[k]
                break
    rt = obj.get("retweetedTweet")
    qt = obj.get("quotedTweet")
    rt_id = opt_id((rt.get("id_str") or rt.get("id")) if isinstance(rt, dict) else None, "retweetedTweet.id",
                   path, idx)
    rt_handle = user_of(rt.get("user"))[0] if isinstance(rt, dict) else None
    qt_id = opt_id((qt.get("id_str") or qt.get("id")) if isinstance(qt, dict) else obj.get("quoted_status_id"),
                   "quotedTweet.id", path, idx)
    reply_handle = user_of(obj.get("inReplyToUser"))[0] or user_of(obj.get("in_reply_to_screen_name"))[0]
    hashtags = str_list(obj.get("hashtags"), "text", "tag")
    cashtags = str_list(obj.get("cashtags"), "text", "tag")
    mentions = str_list(obj.get("mentionedUsers", obj.get("mentions")), "username", "screen_name")
    links = obj.get("links") if obj.get("links") is not None else obj.get("outlinks")
    if links is None:
        links = obj.get("urls")
    urls = str_list(links, "url", "expanded_url", "expandedUrl")
    if urls is not None:
        urls = [u for u in urls if not u.startswith("https://t.co/")]
    if qt_id is None and urls:
        qt_id = quote_from_urls(urls, tid)
    lang = obj.get("lang")
    return Tweet(
        id=tid, author_handle=handle or "unknown", author_name=name, created_at=created, text=text,
        lang=lang if isinstance(lang, str) else None,
        in_reply_to_id=opt_id(obj.get("inReplyToTweetId", obj.get("in_reply_to_status_id")), "inReplyToTweetId",
                              path, idx),
        in_reply_to_handle=reply_handle if isinstance(reply_handle, str) else None,
        retweet_of_id=rt_id, retweet_of_handle=rt_handle or retweet_handle(text), quote_of_id=qt_id,
        like_count=as_count(obj.get("likeCount", obj.get("like_count", obj.get("favorite_count"))), "likeCount",
                            path, idx),
        retweet_count=as_count(obj.get("retweetCount", obj.get("retweet_count")), "retweetCount", path, idx),
        reply_count=as_count(obj.get("replyCount", obj.get("reply_count")), "replyCount", path, idx),
        quote_count=as_count(obj.get("quoteCount", obj.get("quote_count")), "quoteCount", path, idx),
        hashtags=hashtags if hashtags is not None else hashtags_in(text),
        cashtags=cashtags if cashtags is not None else cashtags_in(text),
        mentions=mentions if mentions is not None else mentions_in(text),
        urls=urls if urls is not None else urls_in(text),
        source_format=fmt, source_file=path,
    )


def read_jsonl(text: str, path: str, census: Census | None = None) -> Iterator[Tweet | RecordError]:
    """One scraper record per line; blank lines skipped; a bad line is a rejected record (line number)."""
    census = census or Census()
    first = True
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        census.saw()
        rec = f"line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield RecordError(path, rec, f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        if first and isinstance(obj, dict) and not any(k in obj for k in ("id", "id_str", *TEXT_KEYS)):
            raise FormatError(path, rec, "JSON object holds no tweets (no 'id' or text field)")
        first = False
        try:
            yield scraper_tweet(obj, rec, path, "jsonl")
        except RecordError as e:
            yield e

