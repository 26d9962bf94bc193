"""Caches keyed by content hashes: embedding vectors (``embeddings``) and LLM results (``llm_cache``)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager

from tweetsum.store.codec import stored_now


class ResultCaches:
    """The cache methods of :class:`tweetsum.store.db.Store` (which provides ``conn`` and ``transaction``)."""

    conn: sqlite3.Connection
    transaction: Callable[[], AbstractContextManager]  # BEGIN IMMEDIATE … COMMIT (Store.transaction)

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
                 json.dumps(meta or {}, ensure_ascii=False), stored_now()),
            )
