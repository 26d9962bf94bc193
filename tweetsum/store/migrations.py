"""The schema of a tweetsum database: ordered migrations, applied once each, versioned with ``PRAGMA user_version``.

Append a migration to change the schema; never edit one that has shipped.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager

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


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, transaction: Callable[[], AbstractContextManager]) -> None:
    """Apply the migrations newer than the database's version, each in its own ``transaction()``."""
    current = user_version(conn)
    for version, script in enumerate(MIGRATIONS, start=1):
        if version <= current:
            continue
        with transaction():
            for stmt in split_sql(script):
                conn.execute(stmt)
            conn.execute(f"PRAGMA user_version={version}")


def split_sql(script: str) -> list[str]:
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
