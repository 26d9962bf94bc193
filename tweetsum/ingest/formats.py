"""Readers for single files: scraper JSONL/JSON, X API v2 responses, CSV; and content sniffing.

**JSONL / JSON from scrapers** (``jsonl``, ``json``) — one tweet per line (or a JSON array of them), with
twscrape/snscrape field names: ``id`` (or ``id_str``), ``rawContent`` (or ``content``, ``renderedContent``,
``text``, ``full_text``), ``date`` (ISO 8601), ``user.username``, ``user.displayname``, ``lang``,
``likeCount``, ``retweetCount``, ``replyCount``, ``quoteCount``, ``retweetedTweet``, ``quotedTweet``,
``inReplyToTweetId``, ``inReplyToUser``, ``hashtags``, ``cashtags``, ``mentionedUsers``, ``links``/``outlinks``.
The plain TweetTopic shape (``id``, ``date``, ``text``) is accepted too: a bare date takes the exact time from the
snowflake id; the author is ``unknown`` when absent. Text is taken as is (scrapers decode HTML entities).

**X API v2** (``x-api-v2``) — a response page ``{"data": [...], "includes": {"users": [...], "tweets": [...]}}``,
a JSON list of such pages, or JSONL with one page per line. ``note_tweet.text`` replaces the truncated ``text``;
``referenced_tweets`` gives replied_to / retweeted / quoted ids; ``public_metrics`` the counts; ``entities`` the
hashtags, cashtags, mentions and expanded urls. Text is HTML-unescaped (the API returns ``&amp;``, ``&lt;``, ``&gt;``).

**CSV** (``csv``) — a header row, then one tweet per row (comma, semicolon or tab separated, quoted as usual).
Columns (case-insensitive; aliases in brackets; only ``id`` and ``text`` are required; unknown columns are
ignored with a warning)::

    id              [tweet_id, id_str, status_id]
    created_at      [date, datetime, timestamp, time, created]   ISO 8601 (naive = UTC), 'Wed Oct 10 20:19:24
                                                                  +0000 2018', epoch seconds/ms, or YYYY-MM-DD
                                                                  (exact time then taken from the snowflake id)
    author_handle   [username, screen_name, handle, user, author, user_screen_name]   ('unknown' if absent)
    author_name     [name, display_name, displayname, user_name]
    text            [full_text, content, rawcontent, tweet, body]
    lang            [language]
    like_count      [likes, favorite_count, favorites, likecount]
    retweet_count   [retweets, retweetcount]
    reply_count     [replies, replycount]
    quote_count     [quotes, quotecount]
    in_reply_to_id  [in_reply_to_status_id, in_reply_to_status_id_str, reply_to_id, inreplytotweetid]
    in_reply_to_handle [in_reply_to_screen_name]
    retweet_of_id   [retweeted_status_id, retweet_id]
    retweet_of_handle
    quote_of_id     [quoted_status_id, quote_id]
    hashtags, cashtags, mentions, urls  [expanded_urls, links]   lists: items separated by '|' (or by spaces
                                        when there is no '|'), or a JSON array; leading '#', '$', '@' dropped

Empty count cells are 0. When a source has no hashtag/cashtag/mention/url lists they are extracted from the text.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from ..model import Tweet
from .common import (as_count, as_date, as_id, as_text, cashtags_in, dedupe, hashtags_in, mentions_in, opt_id,
                     retweet_handle, status_link, unescape, urls_in)
from .errors import Census, FormatError, RecordError

# ------------------------------------------------------------------------------------------------
# sniffing

_API_KEYS = ("data", "includes", "meta", "errors")
_TEXT_KEYS = ("rawContent", "content", "renderedContent", "full_text", "text")


def sniff_text(head: str, path: str) -> str:
    """Format of a file from its first characters: x-archive, jsonl, x-api-v2, json, csv (else FormatError)."""
    s = head.lstrip("\ufeff \t\r\n")
    if not s:
        raise FormatError(path, None, "empty file")
    if s.startswith("window.YTD.") or s.startswith("window.__THAR_CONFIG"):
        return "x-archive"
    if s[0] == "{":
        first = s.split("\n", 1)[0].strip()
        try:
            obj = json.loads(first)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            return "x-api-v2" if _is_api_page(obj) else "jsonl"
        # a pretty-printed single document
        return "x-api-v2" if re.match(r'\{\s*"(?:data|includes|meta|errors)"\s*:', s) else "json"
    if s[0] == "[":
        return "x-api-v2" if re.match(r'\[\s*\{\s*"(?:data|includes|meta|errors)"\s*:', s) else "json"
    first_line = s.split("\n", 1)[0]
    if any(d in first_line for d in ",;\t"):
        try:
            header = next(csv.reader([first_line], dialect=_dialect(first_line)))
        except (csv.Error, StopIteration):
            header = []
        cols = {_CSV_ALIASES.get(_norm(h)) for h in header}
        if "id" in cols and "text" in cols:
            return "csv"
        if len(header) > 1 and ("id" in cols or "text" in cols):
            missing = "text" if "id" in cols else "id"
            raise FormatError(path, "line 1", f"CSV header has no '{missing}' column (see the column list in "
                                              "`tweetsum ingest --help`)")
    if "\x00" in s[:1000] or sum(not (c.isprintable() or c.isspace()) for c in s[:1000]) > 10:
        raise FormatError(path, None, "binary data, not a tweet file")
    raise FormatError(path, None, "not a recognized tweet format (expected an X archive, JSONL, X API v2 JSON or "
                                  "CSV)")


def _is_api_page(obj: dict) -> bool:
    return any(k in obj for k in _API_KEYS) and not any(k in obj for k in _TEXT_KEYS)


# ------------------------------------------------------------------------------------------------
# scraper records (twscrape / snscrape / TweetTopic)

def _str_list(items: Any, *keys: str) -> list[str] | None:
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


def _user(u: Any) -> tuple[str | None, str | None]:
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
        if _is_api_page(obj):
            raise RecordError(path, idx, "an X API v2 page among scraper records")
        raise RecordError(path, idx, "missing field 'id' (not a tweet object)")
    tid = as_id(obj.get("id_str") or obj.get("id"), "id", path, idx)
    raw = None
    field = "rawContent"
    for k in _TEXT_KEYS:
        if obj.get(k) is not None:
            raw, field = obj[k], k
            break
    text = as_text(raw, field, path, idx)
    date_key = "date" if "date" in obj else "created_at"
    created = as_date(obj.get(date_key), date_key, path, idx, tweet_id=tid)
    handle, name = _user(obj.get("user"))
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
    rt_handle = _user(rt.get("user"))[0] if isinstance(rt, dict) else None
    qt_id = opt_id((qt.get("id_str") or qt.get("id")) if isinstance(qt, dict) else obj.get("quoted_status_id"),
                   "quotedTweet.id", path, idx)
    reply_handle = _user(obj.get("inReplyToUser"))[0] or _user(obj.get("in_reply_to_screen_name"))[0]
    hashtags = _str_list(obj.get("hashtags"), "text", "tag")
    cashtags = _str_list(obj.get("cashtags"), "text", "tag")
    mentions = _str_list(obj.get("mentionedUsers", obj.get("mentions")), "username", "screen_name")
    links = obj.get("links") if obj.get("links") is not None else obj.get("outlinks")
    if links is None:
        links = obj.get("urls")
    urls = _str_list(links, "url", "expanded_url", "expandedUrl")
    if urls is not None:
        urls = [u for u in urls if not u.startswith("https://t.co/")]
    if qt_id is None and urls:
        for u in urls:
            link = status_link(u)
            if link and link[1] != tid:
                qt_id = link[1]
                break
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
        if first and isinstance(obj, dict) and not any(k in obj for k in ("id", "id_str", *_TEXT_KEYS)):
            raise FormatError(path, rec, "JSON object holds no tweets (no 'id' or text field)")
        first = False
        try:
            yield scraper_tweet(obj, rec, path, "jsonl")
        except RecordError as e:
            yield e


def _load_json(text: str, path: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        what = "truncated JSON" if not text.rstrip().endswith(("]", "}")) else f"invalid JSON ({e.msg})"
        raise FormatError(path, None, f"{what} at line {e.lineno} column {e.colno}") from None


def read_json(text: str, path: str, census: Census | None = None) -> Iterator[Tweet | RecordError]:
    """A JSON document: an array of scraper records (or of API v2 pages), or one record / one page.

    Arrays are read element by element, so a truncated array still yields the elements before the cut.
    """
    census = census or Census()
    s = text.lstrip("\ufeff \t\r\n")
    if s.startswith("["):
        from .archive import iter_ytd_array

        seen_tweet = False
        for item in iter_ytd_array(s, path):
            if isinstance(item, RecordError):
                census.saw()
                yield item
                continue
            i, obj = item
            if isinstance(obj, dict) and _is_api_page(obj):
                yield from _api_page(obj, path, f"page {i}", census)
                seen_tweet = True
                continue
            census.saw()
            if not seen_tweet and not (isinstance(obj, dict) and ("id" in obj or "id_str" in obj)):
                if i == 0:
                    raise FormatError(path, 0, "JSON array holds no tweets (element 0 has no 'id')")
            seen_tweet = True
            try:
                yield scraper_tweet(obj, i, path, "json")
            except RecordError as e:
                yield e
        return
    doc = _load_json(text, path)
    if isinstance(doc, dict):
        if _is_api_page(doc):
            yield from _api_page(doc, path, "", census)
            return
        if "id" in doc or "id_str" in doc:
            census.saw()
            try:
                yield scraper_tweet(doc, 0, path, "json")
            except RecordError as e:
                yield e
            return
        raise FormatError(path, None, "JSON object holds no tweets (no 'id' or 'data')")
    raise FormatError(path, None, f"JSON {type(doc).__name__} holds no tweets")


# ------------------------------------------------------------------------------------------------
# X API v2

def read_api_v2(text: str, path: str, census: Census | None = None) -> Iterator[Tweet | RecordError]:
    census = census or Census()
    s = text.lstrip("\ufeff \t\r\n")
    first = s.split("\n", 1)[0].strip()
    lines_mode = False
    if s.startswith("{"):
        try:
            json.loads(first)
            lines_mode = "\n" in s.strip()
        except json.JSONDecodeError:
            lines_mode = False
    if not lines_mode:
        if s.startswith("["):
            yield from read_json(s, path, census)
            return
        doc = _load_json(text, path)
        if isinstance(doc, dict) and not _is_api_page(doc):
            raise FormatError(path, None, "JSON object is not an X API v2 response (no 'data')")
        yield from _api_page(doc, path, "", census)
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            page = json.loads(line)
        except json.JSONDecodeError as e:
            census.saw()
            yield RecordError(path, f"line {lineno}", f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        yield from _api_page(page, path, f"line {lineno}", census)


def _api_page(page: Any, path: str, where: str, census: Census) -> Iterator[Tweet | RecordError]:
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
    author_handle, author_name = _user(users.get(str(t.get("author_id"))))  # typed: a list/number is ignored
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
        rt_handle = _user(users.get(str(inc_tweets[str(rt)].get("author_id"))))[0]
    reply_handle = _user(users.get(str(t.get("in_reply_to_user_id"))))[0] \
        if t.get("in_reply_to_user_id") is not None else None
    pm = t.get("public_metrics") if isinstance(t.get("public_metrics"), dict) else {}
    if isinstance(ents, dict):
        hashtags = _str_list(ents.get("hashtags"), "tag") or []
        cashtags = _str_list(ents.get("cashtags"), "tag") or []
        mentions = _str_list(ents.get("mentions"), "username") or []
        urls = _str_list(ents.get("urls"), "expanded_url", "url") or []
    else:
        hashtags, cashtags, mentions, urls = hashtags_in(text), cashtags_in(text), mentions_in(text), urls_in(text)
    if qt is None:
        for u in urls:
            link = status_link(u)
            if link and link[1] != tid:
                qt = link[1]
                break
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


# ------------------------------------------------------------------------------------------------
# CSV

CSV_COLUMNS = ("id", "created_at", "author_handle", "author_name", "text", "lang", "like_count", "retweet_count",
               "reply_count", "quote_count", "in_reply_to_id", "retweet_of_id", "quote_of_id", "hashtags",
               "cashtags", "mentions", "urls")

_CSV_ALIASES: dict[str, str] = {}
for _canon, _aliases in {
    "id": ["tweet_id", "id_str", "status_id"],
    "created_at": ["date", "datetime", "timestamp", "time", "created"],
    "author_handle": ["username", "screen_name", "handle", "user", "author", "user_screen_name"],
    "author_name": ["name", "display_name", "displayname", "user_name"],
    "text": ["full_text", "content", "rawcontent", "tweet", "body"],
    "lang": ["language"],
    "like_count": ["likes", "favorite_count", "favorites", "likecount"],
    "retweet_count": ["retweets", "retweetcount"],
    "reply_count": ["replies", "replycount"],
    "quote_count": ["quotes", "quotecount"],
    "in_reply_to_id": ["in_reply_to_status_id", "in_reply_to_status_id_str", "reply_to_id", "inreplytotweetid"],
    "in_reply_to_handle": ["in_reply_to_screen_name"],
    "retweet_of_id": ["retweeted_status_id", "retweet_id"],
    "retweet_of_handle": [],
    "quote_of_id": ["quoted_status_id", "quote_id"],
    "hashtags": [], "cashtags": [], "mentions": [],
    "urls": ["expanded_urls", "links"],
}.items():
    _CSV_ALIASES[_canon] = _canon
    for _a in _aliases:
        _CSV_ALIASES[_a] = _canon


def _norm(h: str) -> str:
    return h.strip().strip("\ufeff").lower().replace(" ", "_").replace("-", "_")


def _dialect(first_line: str) -> type[csv.Dialect]:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    delim = max(counts, key=counts.get)

    class D(csv.excel):
        delimiter = delim

    return D


def split_list(cell: str) -> list[str]:
    cell = cell.strip()
    if not cell:
        return []
    if cell.startswith("["):
        try:
            v = json.loads(cell)
            if isinstance(v, list):
                return [str(x) for x in v]
        except json.JSONDecodeError:
            pass
    parts = cell.split("|") if "|" in cell else cell.split()
    return [p.strip().lstrip("#$@") for p in parts if p.strip()]


def read_csv(text: str, path: str, warnings: list[str] | None = None,
             census: Census | None = None) -> Iterator[Tweet | RecordError]:
    census = census or Census()
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise FormatError(path, None, "empty file") from None
    except csv.Error as e:
        raise FormatError(path, "line 1", f"bad CSV header ({e})") from None
    cols: dict[str, int] = {}
    unknown = []
    for i, h in enumerate(header):
        canon = _CSV_ALIASES.get(_norm(h))
        if canon is None:
            unknown.append(h)
        elif canon not in cols:
            cols[canon] = i
    for need in ("id", "text"):
        if need not in cols:
            raise FormatError(path, "line 1", f"CSV header has no '{need}' column")
    if unknown and warnings is not None:
        warnings.append(f"{path}: ignored CSV columns: {', '.join(unknown)}")
    ncol = len(header)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            census.saw()
            yield RecordError(path, f"line {reader.line_num}", f"bad CSV ({e})")
            continue
        rec = f"line {reader.line_num}"
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        census.saw()
        if len(row) != ncol:
            yield RecordError(path, rec, f"{len(row)} cells, header has {ncol}")
            continue
        try:
            yield _csv_tweet(row, cols, rec, path)
        except RecordError as e:
            yield e


def _csv_tweet(row: list[str], cols: dict[str, int], rec: str, path: str) -> Tweet:
    def g(k: str) -> str:
        i = cols.get(k)
        return row[i] if i is not None else ""

    tid = as_id(g("id").strip(), "id", path, rec)
    text = g("text")
    if "text" not in cols:
        raise RecordError(path, rec, "missing field 'text'")
    created = as_date(g("created_at").strip() or None, "created_at", path, rec, tweet_id=tid)

    def lst(k: str, extract):
        return split_list(g(k)) if k in cols else extract(text)

    urls = split_list(g("urls")) if "urls" in cols else urls_in(text)
    quote = opt_id(g("quote_of_id").strip(), "quote_of_id", path, rec)
    if quote is None:
        for u in urls:
            link = status_link(u)
            if link and link[1] != tid:
                quote = link[1]
                break
    return Tweet(
        id=tid, author_handle=g("author_handle").strip().lstrip("@") or "unknown",
        author_name=g("author_name") or None, created_at=created, text=text, lang=g("lang").strip() or None,
        in_reply_to_id=opt_id(g("in_reply_to_id").strip(), "in_reply_to_id", path, rec),
        in_reply_to_handle=g("in_reply_to_handle").strip().lstrip("@") or None,
        retweet_of_id=opt_id(g("retweet_of_id").strip(), "retweet_of_id", path, rec),
        retweet_of_handle=g("retweet_of_handle").strip().lstrip("@") or retweet_handle(text),
        quote_of_id=quote,
        like_count=as_count(g("like_count"), "like_count", path, rec),
        retweet_count=as_count(g("retweet_count"), "retweet_count", path, rec),
        reply_count=as_count(g("reply_count"), "reply_count", path, rec),
        quote_count=as_count(g("quote_count"), "quote_count", path, rec),
        hashtags=lst("hashtags", hashtags_in), cashtags=lst("cashtags", cashtags_in),
        mentions=lst("mentions", mentions_in), urls=urls,
        source_format="csv", source_file=path,
    )


__all__ = ["sniff_text", "read_jsonl", "read_json", "read_api_v2", "read_csv", "scraper_tweet", "CSV_COLUMNS",
           "split_list", "dedupe"]
