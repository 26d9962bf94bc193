"""X API v2 responses (``x-api-v2``): a response page
``{"data": [...], "includes": {"users": [...], "tweets": [...]}}``, a JSON list of such pages, or JSONL with one
page per line (files are split into pages by :mod:`.json_docs`). ``note_tweet.text`` replaces the truncated
``text``; ``referenced_tweets`` gives replied_to / retweeted / quoted ids; ``public_metrics`` the counts;
``entities`` the hashtags, cashtags, mentions and expanded urls. Text is HTML-unescaped (the API returns
``&amp;``, ``&lt;``, ``&gt;``).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tweetsum.core.entities import cashtags_in, hashtags_in, mentions_in, urls_in
from tweetsum.core.tweet import Tweet
from tweetsum.ingest.common import as_count, as_date, as_id, as_text, opt_id, quote_from_urls, retweet_handle, unescape
from tweetsum.ingest.errors import Census, RecordError
from tweetsum.ingest.formats.scraper import str_list, user_of


def api_page(page: Any, path: str, where: str, census: Census) -> Iterator[Tweet | RecordError]:
    """The tweets of one response page; a page that is not one counts as one rejected record."""
    pre = f"{where}, " if where else ""
    if not isinstance(page, dict):
        census.saw()
        yield RecordError(path, where or None, f"not an API v2 response object ({type(page).__name__})")
        return
    data = page.get("data")
    if data is None:
        errs = page.get("errors")
        if errs:
            detail = errs[0].get("detail") or errs[0].get("title") if isinstance(errs, list) and errs and \
                isinstance(errs[0], dict) else str(errs)[:80]
            census.saw()
            yield RecordError(path, where or None, f"API error response without 'data' ({detail})")
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        census.saw()
        yield RecordError(path, where or None, "field 'data' is not a list of tweets")
        return
    census.saw(len(data))
    inc = page.get("includes") if isinstance(page.get("includes"), dict) else {}
    users = {}
    for u in inc.get("users") or ():
        if isinstance(u, dict) and u.get("id") is not None:
            users[str(u["id"])] = u
    inc_tweets = {}
    for t in inc.get("tweets") or ():
        if isinstance(t, dict) and t.get("id") is not None:
            inc_tweets[str(t["id"])] = t
    for i, t in enumerate(data):
        try:
            yield _api_tweet(t, f"{pre}tweet {i}", path, users, inc_tweets)
        except RecordError as e:
            yield e


def _api_tweet(t: Any, idx: str, path: str, users: dict, inc_tweets: dict) -> Tweet:
    if not isinstance(t, dict):
        raise RecordError(path, idx, f"not a tweet object ({type(t).__name__})")
    tid = as_id(t.get("id"), "id", path, idx)
    note = t.get("note_tweet") if isinstance(t.get("note_tweet"), dict) else None
    if note and isinstance(note.get("text"), str):
        text = unescape(note["text"])
        ents = note.get("entities") if isinstance(note.get("entities"), dict) else t.get("entities")
    else:
        text = unescape(as_text(t.get("text"), "text", path, idx))
        ents = t.get("entities")
    created = as_date(t.get("created_at"), "created_at", path, idx, tweet_id=tid)
    author_handle, author_name = user_of(users.get(str(t.get("author_id"))))  # typed: a list/number is ignored
    reply_to = rt = qt = None
    for ref in t.get("referenced_tweets") or ():
        if not isinstance(ref, dict):
            continue
        kind = ref.get("type")
        rid = opt_id(ref.get("id"), f"referenced_tweets.{kind}", path, idx)
        if kind == "replied_to":
            reply_to = rid
        elif kind == "retweeted":
            rt = rid
        elif kind == "quoted":
            qt = rid
    rt_handle = None
    if rt is not None and str(rt) in inc_tweets:
        rt_handle = user_of(users.get(str(inc_tweets[str(rt)].get("author_id"))))[0]
    reply_handle = user_of(users.get(str(t.get("in_reply_to_user_id"))))[0] \
        if t.get("in_reply_to_user_id") is not None else None
    pm = t.get("public_metrics") if isinstance(t.get("public_metrics"), dict) else {}
    if isinstance(ents, dict):
        hashtags = str_list(ents.get("hashtags"), "tag") or []
        cashtags = str_list(ents.get("cashtags"), "tag") or []
        mentions = str_list(ents.get("mentions"), "username") or []
        urls = str_list(ents.get("urls"), "expanded_url", "url") or []
    else:
        hashtags, cashtags, mentions, urls = hashtags_in(text), cashtags_in(text), mentions_in(text), urls_in(text)
    if qt is None:
        qt = quote_from_urls(urls, tid)
    lang = t.get("lang")
    return Tweet(
        id=tid, author_handle=author_handle or "unknown", author_name=author_name,
        created_at=created, text=text, lang=lang if isinstance(lang, str) else None,
        in_reply_to_id=reply_to, in_reply_to_handle=reply_handle, retweet_of_id=rt,
        retweet_of_handle=rt_handle or retweet_handle(text), quote_of_id=qt,
        like_count=as_count(pm.get("like_count"), "public_metrics.like_count", path, idx),
        retweet_count=as_count(pm.get("retweet_count"), "public_metrics.retweet_count", path, idx),
        reply_count=as_count(pm.get("reply_count"), "public_metrics.reply_count", path, idx),
        quote_count=as_count(pm.get("quote_count"), "public_metrics.quote_count", path, idx),
        hashtags=hashtags, cashtags=cashtags, mentions=mentions, urls=urls,
        source_format="x-api-v2", source_file=path,
    )
