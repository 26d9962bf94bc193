"""Ingest run records (the ``ingest_runs`` table): one row per ingested source, found again by content hash so
a source already ingested in full is skipped without parsing."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from tweetsum.store.codec import stored_now

_RUN_COLUMNS = "id, path, content_hash, format, records, stored, updated, unchanged, rejected, rejects"


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


def _run_from_row(r: tuple) -> IngestRun:
    return IngestRun(id=r[0], path=r[1], content_hash=r[2], format=r[3], records=r[4], stored=r[5],
                     updated=r[6], unchanged=r[7], rejected=r[8], rejects=json.loads(r[9]))


class IngestRuns:
    """The ingest-run methods of :class:`tweetsum.store.db.Store` (which provides ``conn``)."""

    conn: sqlite3.Connection

    def find_completed_run(self, path: str, content_hash: str) -> IngestRun | None:
        row = self.conn.execute(
            f"SELECT {_RUN_COLUMNS} "
            "FROM ingest_runs WHERE content_hash=? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
            (content_hash,),
        ).fetchone()
        if row is None:
            return None
        return _run_from_row(row)

    def record_run(self, run: IngestRun) -> int:
        cur = self.conn.execute(
            "INSERT INTO ingest_runs (started_at, finished_at, path, content_hash, format, records, stored, "
            "updated, unchanged, rejected, rejects) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (stored_now(), stored_now(), run.path, run.content_hash, run.format, run.records, run.stored,
             run.updated, run.unchanged, run.rejected, json.dumps(run.rejects, ensure_ascii=False, sort_keys=True)),
        )
        run.id = cur.lastrowid
        return run.id

    def runs(self) -> list[IngestRun]:
        rows = self.conn.execute(f"SELECT {_RUN_COLUMNS} FROM ingest_runs ORDER BY id").fetchall()
        return [_run_from_row(r) for r in rows]
