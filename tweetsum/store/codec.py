"""The stored form of a tweet: the one column list of the ``tweets`` table and row <-> Tweet conversion.

A row is a tuple in :data:`COLUMNS` order with the content hash last; readers on the ingest hot path build rows
with :func:`row_from_values` (no Tweet made), everything else with :func:`tweet_row`.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from hashlib import sha256 as _sha256

from orjson import dumps as _orjson_dumps

from tweetsum.core.tweet import Tweet, content_hash_of, stored_values

COLUMNS = (
    "id", "author_handle", "author_name", "created_at", "created_ts", "text", "lang",
    "in_reply_to_id", "in_reply_to_handle", "retweet_of_id", "retweet_of_handle", "quote_of_id",
    "like_count", "retweet_count", "reply_count", "quote_count",
    "hashtags", "cashtags", "mentions", "urls", "source_format", "source_file", "content_hash",
)

INSERT_SQL = f"INSERT INTO tweets ({','.join(COLUMNS)}) VALUES ({','.join('?' * len(COLUMNS))})"
# parameters: row[1:] + (row[0],)
UPDATE_SQL = f"UPDATE tweets SET {','.join(f'{c}=?' for c in COLUMNS[1:])} WHERE id=?"
SELECT_SQL = f"SELECT {','.join(COLUMNS)} FROM tweets"


def window_where(since: datetime | None, until: datetime | None) -> tuple[str, list[int]]:
    """``(" WHERE …", args)`` selecting tweets with since <= created_at < until (aware datetimes; ``None``: open),
    or ``("", [])`` for no bound: the one definition of a time window over the ``tweets`` table."""
    where, args = [], []
    if since is not None:
        where.append("created_ts >= ?")
        args.append(int(since.timestamp()))
    if until is not None:
        where.append("created_ts < ?")
        args.append(int(until.timestamp()))
    return (" WHERE " + " AND ".join(where)) if where else "", args


def stored_now() -> str:
    """The current time as the store writes it into its text timestamp columns (UTC, whole seconds)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_list_json = json.JSONEncoder(ensure_ascii=False).encode


def _dump_list(items: list) -> str:
    if not items:
        return "[]"
    try:
        return _orjson_dumps(items).decode()
    except TypeError:  # lone surrogates and the like: the stdlib encoder takes them
        return _list_json(items)


def row_from_values(v: list, source_format: str, source_file: str) -> tuple:
    """The stored row (``COLUMNS`` order, content hash last) of :func:`tweetsum.core.tweet.stored_values` ``v``
    — what readers on the ingest hot path build without making a Tweet."""
    try:
        blob = _orjson_dumps(v)  # the content hash input, as in content_hash_of
        ht, ct, mt, ul = v[16], v[17], v[18], v[19]
        return (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14],
                v[15], _orjson_dumps(ht).decode() if ht else "[]", _orjson_dumps(ct).decode() if ct else "[]",
                _orjson_dumps(mt).decode() if mt else "[]", _orjson_dumps(ul).decode() if ul else "[]",
                source_format, source_file, _sha256(blob).hexdigest()[:32])
    except TypeError:  # what orjson refuses: the general path
        return (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14],
                v[15], _dump_list(v[16]), _dump_list(v[17]), _dump_list(v[18]), _dump_list(v[19]),
                source_format, source_file, content_hash_of(v))


def tweet_row(t: Tweet) -> tuple:
    """The stored row of a tweet (``COLUMNS`` order, content hash last)."""
    return row_from_values(stored_values(t), t.source_format, t.source_file)


def row_to_tweet(row: sqlite3.Row | tuple) -> Tweet:
    r = dict(zip(COLUMNS, tuple(row)))
    return Tweet(
        id=r["id"], author_handle=r["author_handle"], author_name=r["author_name"],
        created_at=datetime.fromisoformat(r["created_at"]), text=r["text"], lang=r["lang"],
        in_reply_to_id=r["in_reply_to_id"], in_reply_to_handle=r["in_reply_to_handle"],
        retweet_of_id=r["retweet_of_id"], retweet_of_handle=r["retweet_of_handle"],
        quote_of_id=r["quote_of_id"], like_count=r["like_count"], retweet_count=r["retweet_count"],
        reply_count=r["reply_count"], quote_count=r["quote_count"],
        hashtags=json.loads(r["hashtags"]), cashtags=json.loads(r["cashtags"]),
        mentions=json.loads(r["mentions"]), urls=json.loads(r["urls"]),
        source_format=r["source_format"], source_file=r["source_file"],
    )
