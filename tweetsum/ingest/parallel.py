"""The fast path for official archives: ``tweets*.js`` cut into chunks, each parsed by ``orjson`` straight into
store rows (content hash included) — in the ingest's reader thread or in worker processes.

The ``tweets*.js`` files of an export are pretty-printed with two-space indentation, so the top-level array
elements are separated by exactly ``\\n  },\\n  {`` (string contents cannot hold a raw newline): the bytes are
cut there into chunks that parse independently (a cut anywhere else leaves a chunk that is not valid JSON).
Long posts are joined in the chunk parser (worker processes each have all notes; the parent counts a note as
unjoined only if no chunk joined it).

Anything unusual is left to the sequential reader (``json``), which handles every error case: a file not in the
export layout (BOM, other indentation, truncated end) is read by it from the start; a chunk ``orjson`` refuses
(invalid UTF-8 or JSON, NaN, huge numbers, lone surrogates…) raises :class:`FastPathFailed` and the ingest
rolls the whole source back and reads it again sequentially — rows already handed over cannot be taken back,
and the results must be exactly the sequential reader's.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import orjson

from tweetsum.store.codec import row_from_values, tweet_row
from tweetsum.ingest.errors import FastPathFailed, RecordError
from tweetsum.ingest.x_archive import (FORMAT, Note, OfficialArchiveReader, join_note_values, official_values,
                                       unjoined_notes)

SEP = b"\n  },\n  {"
MIN_PARALLEL_BYTES = 24 << 20  # below this worker processes cost more than they save
CHUNK_BYTES = 4 << 20  # per worker job
THREAD_CHUNK_BYTES = 256 << 10  # in-thread: orjson holds the GIL for a whole chunk; keep the writer fed
_PREFIX = re.compile(rb"^[ \t\r\n]*window\.YTD\.[\w.]+[ \t\r\n]*=[ \t\r\n]*\[")
_TAIL = b" \t\r\n;"

_NOTES: dict[int, list[Note]] = {}

FILE_DONE = "file done"  # yielded after each tweets file: the writer indexes its text (one long GIL-free
# statement that overlaps with parsing the next file)


def ytd_bounds(data: bytes) -> tuple[int, int] | None:
    """(start, end) of the array body of a pretty-printed export file (between ``[`` and the last ``]``), or
    None when the file is not in that layout (then the sequential reader reads it)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:3] == b"\xef\xbb\xbf":
        return None
    m = _PREFIX.match(data)
    if not m:
        return None
    end = len(data)
    while end > m.end() and data[end - 1] in _TAIL:
        end -= 1
    if end <= m.end() or data[end - 1] != 0x5D:  # "]"
        return None
    return m.end(), end - 1


def iter_chunks(data: bytes, start: int, end: int, chunk_bytes: int,
                count: bool = True) -> Iterator[tuple[bytes, int]]:
    """(JSON array bytes, element count) chunks of the body ``data[start:end]``; counts are exact only when
    each chunk parses (a valid chunk was cut between top-level elements), and 0 unless ``count``."""
    if data.find(b"{", start, end) < 0:  # no objects (small): empty, or left for orjson to judge whole
        if data[start:end].strip():
            yield b"[" + data[start:end] + b"]", 0
        return
    view = memoryview(data)
    pos = start
    while pos < end:
        idx = data.find(SEP, pos + chunk_bytes, end) if pos + chunk_bytes < end else -1
        stop = end if idx < 0 else idx + 4  # keep the "\n  }" of the last element
        yield b"".join((b"[", view[pos:stop], b"]")), data.count(SEP, pos, stop) + 1 if count else 0
        if idx < 0:
            break
        pos = idx + len(SEP) - 1  # at the "{" of the next element


def split_ytd(data: bytes) -> list[tuple[bytes, int]] | None:
    """[(JSON array bytes, element count)] for a well-formed pretty-printed export file, else None."""
    bounds = ytd_bounds(data)
    return None if bounds is None else list(iter_chunks(data, *bounds, CHUNK_BYTES))


def parse_chunk(piece: bytes, fname: str, base: int, handle: str, name: str | None,
                notes: dict[int, list[Note]]) -> tuple[list[tuple], list[tuple], list[tuple], int] | None:
    """(rows, rejects as (path, record, reason), joined note keys, elements read) of one chunk whose first
    element is record ``base`` of the file; None when orjson refuses the chunk."""
    try:
        objs = orjson.loads(piece)
    except orjson.JSONDecodeError:
        return None
    if type(objs) is not list:
        return None
    rows: list[tuple] = []
    rejects: list[tuple] = []
    joined: list[tuple] = []
    append = rows.append
    for i, obj in enumerate(objs, base):
        try:
            v = official_values(obj, i, fname, handle, name)
        except RecordError as e:
            rejects.append((e.path, e.record, e.reason))
            continue
        if notes and v[4] in notes:
            note = join_note_values(v, notes)
            if note is not None:
                joined.append((note.file, note.index))
        append(row_from_values(v, FORMAT, fname))
    return rows, rejects, joined, len(objs)


def _init(notes: dict[int, list[Note]]) -> None:
    global _NOTES
    _NOTES = notes


def _parse_chunk_job(args: tuple[bytes, str, int, str, str | None]):
    return parse_chunk(*args, _NOTES)


def use_processes(reader: OfficialArchiveReader, workers: int) -> bool:
    """Worker processes only for big archives (and ``workers`` > 1)."""
    if workers < 2:
        return False
    size = getattr(reader.files, "size", None)
    if size is None:
        return False
    return sum(size(n) for n in reader.files.data_files()["tweets"]) >= MIN_PARALLEL_BYTES


def archive_rows(reader: OfficialArchiveReader, workers: int = 1,
                 batch_size: int = 5000) -> Iterator[list[tuple] | RecordError | str]:
    """Row batches (lists of store rows), RecordErrors and :data:`FILE_DONE` marks of an archive: parsed in this
    thread, or by ``workers`` processes when :func:`use_processes` says so. Raises :class:`FastPathFailed`."""
    processes = use_processes(reader, workers)
    files, expected, pending, note_rejects = reader.prepare()
    yield from note_rejects
    all_notes = {(note.file, note.index): note for notes in pending.values() for note in notes}
    joined_keys: set[tuple] = set()
    pool = None
    if processes:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init, initargs=(pending,))
    handle, name = reader.handle, reader.name
    try:
        for n in files["tweets"]:
            fname = reader.file_label(n)
            data = reader.files.read(n)
            bounds = ytd_bounds(data)
            if bounds is None:  # not the plain export layout: the sequential reader, same results
                yield from _sequential_part(reader, n, data, pending, joined_keys, expected, batch_size)
                continue
            if pool is not None:
                jobs, base = [], 0
                for piece, count in iter_chunks(data, *bounds, CHUNK_BYTES):
                    jobs.append((piece, fname, base, handle, name))
                    base += count
                del data
                results: Any = pool.map(_parse_chunk_job, jobs)
            else:
                results = _in_thread(data, bounds, fname, handle, name, pending)
            got = 0
            buf: list[tuple] = []
            for res in results:
                if res is None:
                    raise FastPathFailed(f"{fname}: chunk at record {got} refused by orjson")
                rows, rejects, joined, n_got = res
                got += n_got
                reader.census.saw(n_got)  # elements orjson split the chunk into, apart from rows and rejects
                joined_keys.update(joined)
                for path, rec, reason in rejects:
                    yield RecordError(path, rec, reason)
                if buf:
                    buf.extend(rows)
                else:
                    buf = rows
                if len(buf) >= batch_size:
                    yield buf
                    buf = []
            if buf:
                yield buf
            reader.check_count(n, got, expected)
            yield FILE_DONE
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    left = {k: v for k, v in all_notes.items() if k not in joined_keys}
    regrouped: dict[int, list[Note]] = {}
    for note in left.values():
        regrouped.setdefault(note.created, []).append(note)
    yield from unjoined_notes(regrouped, reader.census)


def _in_thread(data: bytes, bounds: tuple[int, int], fname: str, handle: str, name: str | None,
               pending: dict[int, list[Note]]) -> Iterator[Any]:
    base = 0
    for piece, _ in iter_chunks(data, *bounds, THREAD_CHUNK_BYTES, count=False):
        res = parse_chunk(piece, fname, base, handle, name, pending)
        yield res
        if res is None:
            return
        base += res[3]


def _sequential_part(reader: OfficialArchiveReader, n: str, data: bytes, pending: dict[int, list[Note]],
                     joined_keys: set[tuple], expected: dict[str, int], batch_size: int) -> Iterator[Any]:
    """One file the fast path can't cut, read by the sequential reader: row batches and rejects."""
    rows = []
    for item in reader.file_records(n, expected, pending, data, joined_keys):
        if isinstance(item, RecordError):
            yield item
            continue
        rows.append(tweet_row(item))
        if len(rows) >= batch_size:
            yield rows
            rows = []
    if rows:
        yield rows


def default_workers() -> int:
    """Parser processes for big archives. On 2 cores they measured no faster than the reader thread (the
    writer's SQLite work is the bottleneck, and pickling rows costs CPU), so they start at 3+ cores."""
    cpus = os.cpu_count() or 1
    return 1 if cpus <= 2 else min(4, cpus)
