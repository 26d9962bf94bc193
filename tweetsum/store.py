"""SQLite store: tweets (+FTS5), ingest runs, embedding cache, LLM result cache.

One file, WAL mode, schema versioned with ``PRAGMA user_version`` and applied by ordered migrations.
"""
from __future__ import annotations

import json
import os
from hashlib import sha256 as _sha256
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from orjson import dumps as _orjson_dumps

from .model import Tweet, content_hash_of, stored_values

ENV_DB = "TWEETSUM_DB"

_COLUMNS = (
    "id", "author_handle", "author_name", "created_at", "created_ts", "text", "lang",
    "in_reply_to_id", "in_reply_to_handle", "retweet_of_id", "retweet_of_handle", "quote_of_id",
    "like_count", "retweet_count", "reply_count", "quote_count",
    "hashtags", "cashtags", "mentions", "urls", "source_format", "source_file", "content_hash",
)

MIGRATIONS: list[str] = [
    # 1: tweets, full-text index, ingest bookkeeping
    """
    CREATE TABLE tweets (
        id INTEGER PRIMARY KEY,
        author_handle TEXT NOT NULL,
        author_name TEXT,
        created_at TEXT NOT NULL,
        created_ts INTEGER NOT NULL,
        text TEXT NOT NULL,
        lang TEXT,
        in_reply_to_id INTEGER,
        in_reply_to_handle TEXT,
        retweet_of_id INTEGER,
        retweet_of_handle TEXT,
        quote_of_id INTEGER,
        like_count INTEGER NOT NULL DEFAULT 0,
        retweet_count INTEGER NOT NULL DEFAULT 0,
        reply_count INTEGER NOT NULL DEFAULT 0,
        quote_count INTEGER NOT NULL DEFAULT 0,
        hashtags TEXT NOT NULL DEFAULT '[]',
        cashtags TEXT NOT NULL DEFAULT '[]',
        mentions TEXT NOT NULL DEFAULT '[]',
        urls TEXT NOT NULL DEFAULT '[]',
        source_format TEXT NOT NULL DEFAULT '',
        source_file TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL
    );
    CREATE INDEX tweets_created_ts ON tweets(created_ts);
    CREATE INDEX tweets_author ON tweets(author_handle);
    CREATE VIRTUAL TABLE tweets_fts USING fts5(text, content='tweets', content_rowid='id');
    CREATE TRIGGER tweets_ai AFTER INSERT ON tweets BEGIN
        INSERT INTO tweets_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER tweets_ad AFTER DELETE ON tweets BEGIN
        INSERT INTO tweets_fts(tweets_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TRIGGER tweets_au AFTER UPDATE OF text ON tweets BEGIN
        INSERT INTO tweets_fts(tweets_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO tweets_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        path TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        format TEXT NOT NULL,
        records INTEGER NOT NULL DEFAULT 0,
        stored INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        rejects TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX ingest_runs_hash ON ingest_runs(content_hash);
    """,
    # 2: caches keyed by content hashes
    """
    CREATE TABLE embeddings (
        model_id TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        dim INTEGER NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (model_id, text_hash)
    ) WITHOUT ROWID;
    CREATE TABLE llm_cache (
        key TEXT PRIMARY KEY,
        model_hash TEXT NOT NULL,
        prompt_hash TEXT NOT NULL,
        params TEXT NOT NULL,
        output TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 3: new rows are added to the full-text index by upsert_tweets in one executemany per batch, which is
    # ~3x faster than a per-row AFTER INSERT trigger (updates and deletes keep their triggers)
    """
    DROP TRIGGER IF EXISTS tweets_ai;
    """,
]


_INSERT = f"INSERT INTO tweets ({','.join(_COLUMNS)}) VALUES ({','.join('?' * len(_COLUMNS))})"
_UPDATE = f"UPDATE tweets SET {','.join(f'{c}=?' for c in _COLUMNS[1:])} WHERE id=?"


def default_db_path() -> Path:
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tweetsum", appauthor=False)) / "tweetsum.db"


def _now() -> str:
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
    """The stored row (``_COLUMNS`` order, content hash last) of :func:`tweetsum.model.stored_values` ``v``
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
    """The stored row of a tweet (``_COLUMNS`` order, content hash last)."""
    return row_from_values(stored_values(t), t.source_format, t.source_file)


def row_to_tweet(row: sqlite3.Row | tuple) -> Tweet:
    r = dict(zip(_COLUMNS, tuple(row)))
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


@dataclass
class UpsertCounts:
    stored: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: "UpsertCounts") -> None:
        self.stored += other.stored
        self.updated += other.updated
        self.unchanged += other.unchanged


@dataclass
class IngestRun:
    path: str
    content_hash: str
    format: str
    records: int = 0
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects: dict[str, int] = field(default_factory=dict)  # reason -> count
    id: int | None = None


class Store:
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
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        for version, script in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            with self.transaction():
                for stmt in _split_sql(script):
                    self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version={version}")

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
                self.conn.executemany(_INSERT, new_rows)
                if self._text_pending is not None:
                    self._text_pending.extend(r[0] for r in new_rows)
                else:
                    self.conn.executemany("INSERT INTO tweets_fts(rowid, text) VALUES (?, ?)",
                                          [(r[0], r[5]) for r in new_rows])
            if changed_rows:
                if self._text_pending:  # the update trigger re-indexes text, which must be indexed by now
                    self.flush_text_index()
                self.conn.executemany(_UPDATE, [r[1:] + (r[0],) for r in changed_rows])
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
        row = self.conn.execute(f"SELECT {','.join(_COLUMNS)} FROM tweets WHERE id=?", (tweet_id,)).fetchone()
        return row_to_tweet(row) if row else None

    def get_many(self, ids: Iterable[int]) -> dict[int, Tweet]:
        ids = list(ids)
        out: dict[int, Tweet] = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            q = f"SELECT {','.join(_COLUMNS)} FROM tweets WHERE id IN ({','.join('?' * len(chunk))})"
            for row in self.conn.execute(q, chunk):
                t = row_to_tweet(row)
                out[t.id] = t
        return out

    def tweets_between(self, since: datetime | None = None, until: datetime | None = None) -> list[Tweet]:
        """Tweets with since <= created_at < until (aware datetimes), ordered by (created_at, id)."""
        where, args = [], []
        if since is not None:
            where.append("created_ts >= ?")
            args.append(int(since.timestamp()))
        if until is not None:
            where.append("created_ts < ?")
            args.append(int(until.timestamp()))
        sql = f"SELECT {','.join(_COLUMNS)} FROM tweets"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created_ts, id"
        return [row_to_tweet(r) for r in self.conn.execute(sql, args)]

    def search(self, query: str, limit: int = 100) -> list[int]:
        """Ids of tweets matching an FTS5 query."""
        rows = self.conn.execute(
            "SELECT rowid FROM tweets_fts WHERE tweets_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit)
        )
        return [r[0] for r in rows]

    # -- ingest runs -----------------------------------------------------------------------------
    def find_completed_run(self, path: str, content_hash: str) -> IngestRun | None:
        row = self.conn.execute(
            "SELECT id, path, content_hash, format, records, stored, updated, unchanged, rejected, rejects "
            "FROM ingest_runs WHERE content_hash=? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
            (content_hash,),
        ).fetchone()
        if row is None:
            return None
        return IngestRun(id=row[0], path=row[1], content_hash=row[2], format=row[3], records=row[4],
                         stored=row[5], updated=row[6], unchanged=row[7], rejected=row[8],
                         rejects=json.loads(row[9]))

    def record_run(self, run: IngestRun) -> int:
        cur = self.conn.execute(
            "INSERT INTO ingest_runs (started_at, finished_at, path, content_hash, format, records, stored, "
            "updated, unchanged, rejected, rejects) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (_now(), _now(), run.path, run.content_hash, run.format, run.records, run.stored, run.updated,
             run.unchanged, run.rejected, json.dumps(run.rejects, ensure_ascii=False, sort_keys=True)),
        )
        run.id = cur.lastrowid
        return run.id

    def runs(self) -> list[IngestRun]:
        rows = self.conn.execute(
            "SELECT id, path, content_hash, format, records, stored, updated, unchanged, rejected, rejects "
            "FROM ingest_runs ORDER BY id"
        ).fetchall()
        return [IngestRun(id=r[0], path=r[1], content_hash=r[2], format=r[3], records=r[4], stored=r[5],
                          updated=r[6], unchanged=r[7], rejected=r[8], rejects=json.loads(r[9])) for r in rows]

    # -- embedding cache -------------------------------------------------------------------------
    def get_embeddings(self, model_id: str, text_hashes: Sequence[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        hs = list(dict.fromkeys(text_hashes))
        for i in range(0, len(hs), 900):
            chunk = hs[i : i + 900]
            q = (f"SELECT text_hash, vector FROM embeddings WHERE model_id=? AND text_hash IN "
                 f"({','.join('?' * len(chunk))})")
            out.update(self.conn.execute(q, [model_id, *chunk]).fetchall())
        return out

    def put_embeddings(self, model_id: str, items: Iterable[tuple[str, int, bytes]]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO embeddings (model_id, text_hash, dim, vector) VALUES (?,?,?,?)",
                [(model_id, h, d, v) for h, d, v in items],
            )

    # -- LLM result cache ------------------------------------------------------------------------
    def llm_get(self, key: str) -> tuple[str, dict] | None:
        row = self.conn.execute("SELECT output, meta FROM llm_cache WHERE key=?", (key,)).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def llm_put(self, key: str, model_hash: str, prompt_hash: str, params: dict, output: str,
                meta: dict | None = None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO llm_cache (key, model_hash, prompt_hash, params, output, meta, created_at) "
                "VALUES (?,?,?,?,?,?,?)",
                (key, model_hash, prompt_hash, json.dumps(params, sort_keys=True), output,
                 json.dumps(meta or {}, ensure_ascii=False), _now()),
            )

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (triggers contain ';' inside BEGIN…END)."""
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return out

