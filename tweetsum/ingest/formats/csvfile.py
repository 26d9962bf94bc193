"""CSV files (``csv``): a header row, then one tweet per row (comma, semicolon or tab separated, quoted as usual).
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

Empty count cells are 0. Without a hashtags/cashtags/mentions/urls column, that list is extracted from the text.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from tweetsum.core.entities import cashtags_in, hashtags_in, mentions_in, urls_in
from tweetsum.core.tweet import Tweet
from tweetsum.ingest.common import as_count, as_date, as_id, opt_id, quote_from_urls, retweet_handle
from tweetsum.ingest.errors import Census, FormatError, RecordError

CSV_COLUMNS = ("id", "created_at", "author_handle", "author_name", "text", "lang", "like_count", "retweet_count",
               "reply_count", "quote_count", "in_reply_to_id", "retweet_of_id", "quote_of_id", "hashtags",
               "cashtags", "mentions", "urls")

CSV_ALIASES: dict[str, str] = {}
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
    CSV_ALIASES[_canon] = _canon
    for _a in _aliases:
        CSV_ALIASES[_a] = _canon


def norm_header(h: str) -> str:
    """A header cell as :data:`CSV_ALIASES` spells it (case, BOM, spaces and dashes folded)."""
    return h.strip().strip("\ufeff").lower().replace(" ", "_").replace("-", "_")


def csv_dialect(first_line: str) -> type[csv.Dialect]:
    """The dialect whose delimiter (comma, semicolon or tab) the header line uses most."""
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
    reader = csv.reader(io.StringIO(text, newline=""), dialect=csv_dialect(first_line))
    try:
        header = next(reader)
    except StopIteration:
        raise FormatError(path, None, "empty file") from None
    except csv.Error as e:
        raise FormatError(path, "line 1", f"bad CSV header ({e})") from None
    cols: dict[str, int] = {}
    unknown = []
    for i, h in enumerate(header):
        canon = CSV_ALIASES.get(norm_header(h))
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
        quote = quote_from_urls(urls, tid)
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
