"""Parse big official archives in worker processes; the ingesting process only writes SQLite.

Parsing and normalising tweets is pure Python (one core per process, GIL-bound), while SQLite inserts and FTS
indexing are C. The ``tweets*.js`` files of an export are pretty-printed with two-space indentation, so the
top-level array elements are separated by exactly ``\\n  },\\n  {`` (string contents cannot hold a raw newline):
the bytes are cut there into chunks that workers parse independently, returning stored rows (content hash
included). Long posts are joined inside the workers (each has all notes); the parent counts a note as unjoined
only if no worker joined it. Anything unusual — not UTF-8, truncated, not in the export layout — falls back to
the sequential reader, which handles every error case.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..store import tweet_row
from .archive import OfficialArchiveReader, _Note, iter_ytd_array, join_note, official_tweet, unjoined_notes
from .errors import DecodeError, FormatError, RecordError

SEP = b"\n  },\n  {"
MIN_PARALLEL_BYTES = 24 << 20  # below this the sequential reader is as fast
CHUNK_BYTES = 8 << 20
_PREFIX = re.compile(rb"^\s*window\.YTD\.[\w.]+\s*=\s*\[")

_NOTES: dict[int, list[_Note]] = {}


def split_ytd(data: bytes) -> list[tuple[bytes, int]] | None:
    """[(JSON array bytes, element count)] for a well-formed pretty-printed export file, else None."""
    m = _PREFIX.match(data)
    if not m or not data.rstrip().rstrip(b";").rstrip().endswith(b"]"):
        return None
    end = data.rstrip().rstrip(b";").rstrip().rfind(b"]")
    body = data[m.end():end]
    if not body.strip():
        return []
    out = []
    pos = 0
    n = len(body)
    while pos < n:
        idx = body.find(SEP, pos + CHUNK_BYTES) if pos + CHUNK_BYTES < n else -1
        piece = body[pos:] if idx < 0 else body[pos:idx + 4]
        out.append((b"[" + piece + b"]", piece.count(SEP) + 1))
        if idx < 0:
            break
        pos = idx + len(SEP) - 1  # at the "{" of the next element
    return out


def _init(notes: dict[int, list[_Note]]) -> None:
    global _NOTES
    _NOTES = notes


def _parse_chunk(args: tuple[bytes, str, int, str, str | None]) -> tuple[list[tuple], list[tuple], list[tuple], int]:
    """Worker: (rows, rejects as (path, record, reason), joined note keys, elements read)."""
    piece, fname, base, handle, name = args
    rows: list[tuple] = []
    rejects: list[tuple] = []
    joined: list[tuple] = []
    got = 0
    text = piece.decode("utf-8")
    for item in iter_ytd_array(text, fname):
        if type(item) is not tuple:
            rec = item.record + base if isinstance(item.record, int) else item.record
            rejects.append((item.path, rec, item.reason))
            continue
        got += 1
        try:
            tw = official_tweet(item[1], base + item[0], fname, handle, name)
        except RecordError as e:
            rejects.append((e.path, e.record, e.reason))
            continue
        if _NOTES:
            note = join_note(tw, _NOTES)
            if note is not None:
                joined.append((note.file, note.index))
        rows.append(tweet_row(tw))
    return rows, rejects, joined, got


def worth_it(reader: OfficialArchiveReader, workers: int) -> bool:
    if workers < 2:
        return False
    files = reader.files.data_files()
    total = 0
    for n in files["tweets"]:
        size = getattr(reader.files, "size", None)
        total += size(n) if size else 0
    return total >= MIN_PARALLEL_BYTES


def parallel_rows(reader: OfficialArchiveReader, workers: int) -> Iterator[list[tuple] | RecordError]:
    """Rows batches (lists of store rows) and RecordErrors of an archive, parsed by ``workers`` processes."""
    files, expected, pending, note_rejects = reader.prepare()
    yield from note_rejects
    all_notes = {(note.file, note.index): note for notes in pending.values() for note in notes}
    joined_keys: set[tuple] = set()
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init,
                             initargs=(pending,)) as pool:
        for n in files["tweets"]:
            fname = reader._file(n)
            data = reader.files.read(n)
            chunks = split_ytd(data) if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) else None
            if chunks is None:  # not the plain export layout: the sequential path, same results
                yield from _sequential_part(reader, n, fname, data, pending, joined_keys, expected)
                continue
            del data
            jobs, base = [], 0
            for piece, count in chunks:
                jobs.append((piece, fname, base, reader.handle, reader.name))
                base += count
            got = 0
            try:
                for rows, rejects, joined, n_got in pool.map(_parse_chunk, jobs):
                    got += n_got
                    joined_keys.update(joined)
                    for path, rec, reason in rejects:
                        yield RecordError(path, rec, reason)
                    if rows:
                        yield rows
            except UnicodeDecodeError as e:
                raise DecodeError(fname, None, f"not valid utf-8 text ({e.reason})") from None
            reader._check_count(n, got, expected)
    left = {k: v for k, v in all_notes.items() if k not in joined_keys}
    regrouped: dict[int, list[_Note]] = {}
    for note in left.values():
        regrouped.setdefault(note.created, []).append(note)
    yield from unjoined_notes(regrouped)


def _sequential_part(reader, n, fname, data, pending, joined_keys, expected) -> Iterator[Any]:
    from .common import decode_bytes

    got = 0
    try:
        text = decode_bytes(data, fname)
    except (DecodeError, FormatError) as e:
        yield RecordError(e.path, e.record, e.reason)
        return
    rows = []
    try:
        for item in iter_ytd_array(text, fname):
            if type(item) is not tuple:
                yield item
                continue
            got += 1
            try:
                tw = official_tweet(item[1], item[0], fname, reader.handle, reader.name)
            except RecordError as e:
                yield e
                continue
            note = join_note(tw, pending) if pending else None
            if note is not None:
                joined_keys.add((note.file, note.index))
            rows.append(tweet_row(tw))
            if len(rows) >= 5000:
                yield rows
                rows = []
    except FormatError as e:
        yield RecordError(e.path, e.record, e.reason)
    if rows:
        yield rows
    reader._check_count(n, got, expected)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
