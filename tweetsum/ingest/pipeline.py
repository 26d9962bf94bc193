"""``ingest_paths``: read sources into the store, one transaction and one ``ingest_runs`` row per source."""
from __future__ import annotations

import gc
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from tweetsum.core.tweet import Tweet
from tweetsum.store.db import Store
from tweetsum.store.runs import IngestRun
from tweetsum.ingest.errors import FastPathFailed, IngestError, RecordError
from tweetsum.ingest.parallel import FILE_DONE
from tweetsum.ingest.sources import discover
from tweetsum.ingest.x_archive import ZipLimits

BATCH_SIZE = 5000
MAX_EXAMPLES = 20  # detailed reject messages kept per file


@dataclass
class FileReport(IngestRun):
    """One source's outcome: the ``ingest_runs`` row the store records (path, content hash, format and the
    counts of :class:`~tweetsum.store.db.IngestRun`) and what only the report shows."""

    content_hash: str = ""
    format: str = ""
    examples: list[str] = field(default_factory=list)  # first rejects in full: "file: record N: reason"
    warnings: list[str] = field(default_factory=list)
    skipped: bool = False  # content hash already fully ingested: not parsed, counted as unchanged
    error: str | None = None  # the whole source could not be read (nothing stored from it)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict:
        """The report's fields, path and format first (the store's row ``id`` is not part of a report)."""
        d = asdict(self)
        del d["id"]
        return {"path": d.pop("path"), "format": d.pop("format"), **d}


@dataclass
class ProgressEvent:
    path: str
    index: int  # 0-based source number
    total: int  # number of sources
    records: int  # records read so far in this source
    done: bool = False


def _total(count: str) -> property:
    """A read-only property: the files' ``count`` summed."""
    return property(lambda self: sum(getattr(f, count) for f in self.files), doc=f"{count}, summed over the files")


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    records = _total("records")
    stored = _total("stored")
    updated = _total("updated")
    unchanged = _total("unchanged")
    rejected = _total("rejected")

    @property
    def errors(self) -> list[str]:
        return [f.error for f in self.files if f.error]

    @property
    def exit_code(self) -> int:
        """0 when at least one source could be read, 1 when nothing could."""
        return 0 if any(f.ok for f in self.files) else 1

    def to_dict(self) -> dict:
        return {
            "files": [f.to_dict() for f in self.files],
            "warnings": self.warnings,
            "totals": {k: getattr(self, k) for k in ("records", "stored", "updated", "unchanged", "rejected")},
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
        }


def ingest_paths(store: Store, paths: Iterable[str | os.PathLike],
                 progress: Callable[[ProgressEvent], None] | None = None, *,
                 limits: ZipLimits = ZipLimits(), batch_size: int = BATCH_SIZE, force: bool = False,
                 workers: int | None = None) -> IngestReport:
    """Ingest every tweet source under ``paths``.

    Each source is read in one transaction (interrupted -> the db is as before that source) and recorded in
    ``ingest_runs``; per source ``stored + updated + unchanged + rejected == records``, where ``records`` is
    counted by the reader where it splits the input (:class:`~tweetsum.ingest.errors.Census`), not summed from
    the outcomes, so a lost record shows as a gap (and a warning). A source whose content
    hash was already fully ingested is skipped without parsing (its records counted as unchanged) unless
    ``force``. Sources that cannot be read at all get ``error`` set and write nothing. Official archives take
    the orjson fast path (:mod:`.parallel`) in a reader thread, or in ``workers`` processes when big (default:
    1 on <= 2 cores, where processes measured no faster; else the CPU count, at most 4).
    """
    if workers is None:
        from tweetsum.ingest.parallel import default_workers

        workers = default_workers()
    t_all = time.perf_counter()
    report = IngestReport()
    found = discover(paths, limits)
    # parsed records are acyclic and short-lived: collecting every 700 allocations only re-walks the live
    # batches, so raise the young-generation threshold while ingesting (restored afterwards)
    gc_threshold = gc.get_threshold()
    gc.set_threshold(max(gc_threshold[0], 50_000), *gc_threshold[1:])
    try:
        report.warnings.extend(found.warnings)
        for err in found.errors:
            report.files.append(FileReport(path=err.path, error=err.message))
        total = len(found.sources)
        for n, src in enumerate(found.sources):
            t0 = time.perf_counter()
            fr = FileReport(path=src.path, format=src.format)
            if progress:
                progress(ProgressEvent(src.path, n, total, 0))
            try:
                fr.content_hash = src.content_hash()
                prev = None if force else store.find_completed_run(src.path, fr.content_hash)
                if prev is not None:
                    fr.skipped = True
                    fr.records, fr.rejected, fr.rejects = prev.records, prev.rejected, dict(prev.rejects)
                    fr.unchanged = prev.records - prev.rejected
                    with store.transaction():
                        store.record_run(fr)
                else:
                    n_warnings = len(src.warnings)
                    try:
                        _ingest_source(store, src, fr, batch_size, progress, n, total, workers)
                    except FastPathFailed:  # rolled back: read it again with the sequential reader
                        del src.warnings[n_warnings:]
                        fr = FileReport(path=src.path, format=src.format, content_hash=fr.content_hash)
                        _ingest_source(store, src, fr, batch_size, progress, n, total, workers, fast=False)
            except IngestError as e:
                fr = FileReport(path=src.path, format=src.format, error=e.message)
            except OSError as e:
                fr = FileReport(path=src.path, format=src.format, error=f"{src.path}: {e.strerror or e}")
            fr.warnings.extend(w for w in src.warnings if w not in fr.warnings)
            fr.seconds = time.perf_counter() - t0
            report.files.append(fr)
            if progress:
                progress(ProgressEvent(src.path, n, total, fr.records, done=True))
    finally:
        found.close()
        gc.set_threshold(*gc_threshold)
    report.seconds = time.perf_counter() - t_all
    return report


_END = object()


def _produce(src, batch_size: int, q: "queue.Queue", stop: threading.Event, workers: int, fast: bool) -> None:
    """Reader thread: parse the source into batches. SQLite releases the GIL while it inserts and indexes, so
    reading the next batch overlaps with storing the last one (2 cores)."""

    def put(item) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    try:
        tweets: list[Tweet] = []
        rejects: list[RecordError] = []
        rows_iter = src.row_batches(workers, batch_size) if fast and hasattr(src, "row_batches") else None
        if rows_iter is not None:  # official archive: the orjson fast path returns finished store rows
            try:
                for item in rows_iter:
                    if type(item) is list:
                        if not put(("rows", item, rejects)):
                            return
                        rejects = []
                    elif item is FILE_DONE:
                        if not put(("index", [], rejects)):
                            return
                        rejects = []
                    else:
                        rejects.append(item)
            finally:
                rows_iter.close()  # shuts the worker pool down, also when the ingest was interrupted
            if rejects and not put(("rows", [], rejects)):
                return
            put(_END)
            return
        for item in src.records():
            if type(item) is Tweet:
                tweets.append(item)
                if len(tweets) >= batch_size:
                    if not put(("tweets", tweets, rejects)):
                        return
                    tweets, rejects = [], []
            else:
                rejects.append(item)
        if (tweets or rejects) and not put(("tweets", tweets, rejects)):
            return
        put(_END)
    except BaseException as e:  # handed to the ingesting thread, which re-raises it
        put(e)


def _ingest_source(store: Store, src, fr: FileReport, batch_size: int, progress, n: int, total: int,
                   workers: int = 1, fast: bool = True) -> None:
    q: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()
    reader = threading.Thread(target=_produce, args=(src, batch_size, q, stop, workers, fast), daemon=True,
                              name="tweetsum-ingest-reader")
    reader.start()
    read = 0
    try:
        with store.transaction(), store.bulk_load():
            while True:
                item = q.get()
                if item is _END:
                    break
                if isinstance(item, BaseException):
                    raise item
                kind, batch, rejects = item
                for r in rejects:
                    fr.rejected += 1
                    fr.rejects[r.key] = fr.rejects.get(r.key, 0) + 1
                    if len(fr.examples) < MAX_EXAMPLES:
                        fr.examples.append(r.message)
                if kind == "index":
                    store.flush_text_index()
                elif batch:
                    c = store.upsert_tweets(batch) if kind == "tweets" else store.upsert_rows(batch)
                    fr.stored += c.stored
                    fr.updated += c.updated
                    fr.unchanged += c.unchanged
                    read += len(batch)
                if progress:
                    progress(ProgressEvent(src.path, n, total, read + fr.rejected))
            store.flush_text_index()
            # records as the reader split them, counted apart from what became of them: the two must agree
            fr.records = src.census.seen
            accounted = fr.stored + fr.updated + fr.unchanged + fr.rejected
            if accounted != fr.records:
                fr.warnings.append(f"{src.path}: the reader split off {fr.records} records but "
                                   f"{accounted} were stored, updated, unchanged or rejected: "
                                   f"{fr.records - accounted:+d} unaccounted for (a tweetsum bug: please report)")
            store.record_run(fr)
    finally:
        stop.set()
        reader.join(timeout=5)
