"""Typed ingest errors. Every one names the file, the record (index, line or zip entry) and the reason.

``str(err)`` is the one line the CLI prints; no traceback ever reaches the user.
"""
from __future__ import annotations

import re


class IngestError(Exception):
    """A source (file, folder or zip) or one record of it could not be read."""

    kind = "error"

    def __init__(self, path: str, record: str | int | None, reason: str):
        self.path = str(path)
        self.record = record
        self.reason = reason
        super().__init__(self.message)

    @property
    def key(self) -> str:
        """The reason without specifics (values, positions): what rejects are counted by."""
        k = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)", "", self.reason)
        k = re.sub(r" at line \d+ column \d+", "", k)
        return re.sub(r"\d+", "N", k).strip()

    @property
    def message(self) -> str:
        where = self.path
        if self.record is not None and self.record != "":
            where += f": {_fmt_record(self.record)}"
        return f"{where}: {self.reason}"


def _fmt_record(record: str | int) -> str:
    if isinstance(record, int):
        return f"record {record}"
    return str(record)


class SourceNotFound(IngestError):
    kind = "not found"


class DecodeError(IngestError):
    """Bytes that are not UTF-8/UTF-16/UTF-32 text."""

    kind = "undecodable"


class FormatError(IngestError):
    """Not a tweet format we know (empty, non-JSON, JSON that holds no tweets, truncated…)."""

    kind = "unrecognized format"


class RecordError(IngestError):
    """One record is unusable (missing or mistyped field); the rest of its file is still read."""

    kind = "bad record"


class UnsafeArchiveError(IngestError):
    """A zip or folder we refuse to read: path traversal, absolute names, symlinks, zip bombs, loops."""

    kind = "unsafe archive"


class ZipBombError(UnsafeArchiveError):
    kind = "zip bomb"


class SymlinkError(UnsafeArchiveError):
    kind = "symlink"


class FastPathFailed(Exception):
    """Internal: the orjson fast path met input only the sequential reader handles, after rows of the source
    were handed over; the ingest rolls the source back and reads it again sequentially (not an input error)."""


class Census:
    """Records a reader enumerated, counted where the input is split into records (a JSONL line, a CSV row, an
    array element, an API ``data`` entry) and where a structural reject stands for the rest of a file, before
    any record is converted or judged. The ingest compares ``seen`` with stored + updated + unchanged +
    rejected: a record lost between the split and the store shows up as a gap instead of vanishing.

    Long posts (``note-tweet.js``) are not records of their own: a joined note becomes part of its tweet; a
    note that is rejected or left unjoined is counted where the reject is raised."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen = 0

    def saw(self, n: int = 1) -> None:
        self.seen += n
