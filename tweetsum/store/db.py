"""SQLite store: tweets (+FTS5), ingest runs, embedding cache, LLM result cache.

One file, WAL mode, schema versioned with ``PRAGMA user_version`` and applied by ordered migrations. :class:`Store`
is the facade; the schema is in :mod:`tweetsum.store.migrations`, the stored form of a tweet in
:mod:`tweetsum.store.codec`, ingest run records in :mod:`tweetsum.store.runs` and the content-hash caches in
:mod:`tweetsum.store.caches`.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from orjson import dumps as _orjson_dumps

from tweetsum.core.tweet import Tweet
from tweetsum.store.caches import ResultCaches
from tweetsum.store.codec import INSERT_SQL, SELECT_SQL, UPDATE_SQL, row_to_tweet, tweet_row, window_where
from tweetsum.store.migrations import migrate, user_version
from tweetsum.store.runs import IngestRuns

ENV_DB = "TWEETSUM_DB"


def default_db_path() -> Path:
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tweetsum", appauthor=False)) / "tweetsum.db"


@dataclass
class UpsertCounts:
    stored: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: "UpsertCounts") -> None:
        self.stored += other.stored
        self.updated += other.updated
        self.unchanged += other.unchanged


class Store(IngestRuns, ResultCaches):
    """A tweetsum database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else default_db_path()
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread off: the server engine's lane threads read and write the result cache; they do it
        # one at a time (under the engine's lock) and never inside a transaction of another thread
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30, check_same_thread=False)
        self._text_pending: list[int] | None = None  # ids not yet in the full-text index (bulk_load)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=30000")
        self._migrate()

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return user_version(self.conn)

    def _migrate(self) -> None:
        migrate(self.conn, self.transaction)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (nested use joins the outer one)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- tweets ----------------------------------------------------------------------------------
    def upsert_tweets(self, tweets: Sequence[Tweet]) -> UpsertCounts:
        """Insert new tweets, update changed ones, leave identical ones alone (by content hash)."""
        return self.upsert_rows([tweet_row(t) for t in tweets])

    def upsert_rows(self, rows: Sequence[tuple]) -> UpsertCounts:
        """:meth:`upsert_tweets` for rows made by :func:`tweet_row` (e.g. in reader processes)."""
        counts = UpsertCounts()
        if not rows:
            return counts
        # last record wins within a batch for duplicate ids
        by_id: dict[int, tuple] = {r[0]: r for r in rows}
        dup_in_batch = len(rows) - len(by_id)
        existing: dict[int, str] = dict(self.conn.execute(
            "SELECT id, content_hash FROM tweets WHERE id IN (SELECT value FROM json_each(?))",
            (_orjson_dumps(list(by_id)),)).fetchall())
        if not existing:
            new_rows, changed_rows = list(by_id.values()) if dup_in_batch else rows, []
        else:
            new_rows, changed_rows = [], []
            for i, r in by_id.items():
                old = existing.get(i)
                if old is None:
                    new_rows.append(r)
                elif old != r[-1]:
                    changed_rows.append(r)
                else:
                    counts.unchanged += 1
        counts.unchanged += dup_in_batch
        with self.transaction():
            if new_rows:
                self.conn.executemany(INSERT_SQL, new_rows)
                if self._text_pending is not None:
                    self._text_pending.extend(r[0] for r in new_rows)
                else:
                    self.conn.executemany("INSERT INTO tweets_fts(rowid, text) VALUES (?, ?)",
                                          [(r[0], r[5]) for r in new_rows])
            if changed_rows:
                if self._text_pending:  # the update trigger re-indexes text, which must be indexed by now
                    self.flush_text_index()
                self.conn.executemany(UPDATE_SQL, [r[1:] + (r[0],) for r in changed_rows])
        counts.stored = len(new_rows)
        counts.updated = len(changed_rows)
        return counts

    @contextmanager
    def bulk_load(self, cache_mib: int = 256) -> Iterator[None]:
        """Inside a transaction, for loading many tweets: new rows go into the full-text index in one
        statement per :meth:`flush_text_index` (call it before the transaction commits; an update of a row not
        yet indexed flushes first) instead of one insert per row, and the page cache is larger. Same results;
        crash safety is the transaction's."""
        if not self.conn.in_transaction:
            raise RuntimeError("bulk_load() must be used inside Store.transaction()")
        if self._text_pending is not None:  # nested: the outer one flushes
            yield
            return
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size={-1024 * cache_mib}")
        self._text_pending = []
        try:
            yield
            self.flush_text_index()
        finally:
            self._text_pending = None
            self.conn.execute(f"PRAGMA cache_size={cache}")

    def flush_text_index(self) -> None:
        """Add the rows inserted under :meth:`bulk_load` so far to the full-text index."""
        ids = self._text_pending
        if not ids:
            return
        ids.sort()
        self.conn.execute("INSERT INTO tweets_fts(rowid, text) SELECT id, text FROM tweets "
                          "WHERE id IN (SELECT value FROM json_each(?))", (_orjson_dumps(ids),))
        ids.clear()

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM tweets").fetchone()[0]

    def get(self, tweet_id: int) -> Tweet | None:
        row = self.conn.execute(f"{SELECT_SQL} WHERE id=?", (tweet_id,)).fetchone()
        return row_to_tweet(row) if row else None

    def get_many(self, ids: Iterable[int]) -> dict[int, Tweet]:
        ids = list(ids)
        out: dict[int, Tweet] = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            q = f"{SELECT_SQL} WHERE id IN ({','.join('?' * len(chunk))})"
            for row in self.conn.execute(q, chunk):
                t = row_to_tweet(row)
                out[t.id] = t
        return out

    def tweets_between(self, since: datetime | None = None, until: datetime | None = None) -> list[Tweet]:
        """Tweets with since <= created_at < until (aware datetimes), ordered by (created_at, id)."""
        where, args = window_where(since, until)
        sql = SELECT_SQL + where + " ORDER BY created_ts, id"
        return [row_to_tweet(r) for r in self.conn.execute(sql, args)]

    def search(self, query: str, limit: int = 100) -> list[int]:
        """Ids of tweets matching an FTS5 query."""
        rows = self.conn.execute(
            "SELECT rowid FROM tweets_fts WHERE tweets_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit)
        )
        return [r[0] for r in rows]

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
