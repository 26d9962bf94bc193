"""Ingest: read tweet archives in any supported format into the store.

Formats (detected by content, not only by extension): the official X account archive (zip or folder, several
accounts under one parent folder), scraper JSONL/JSON (twscrape/snscrape, TweetTopic), X API v2 responses, CSV
(columns documented in :mod:`tweetsum.ingest.formats`). Every reader yields :class:`~tweetsum.model.Tweet`
records or a :class:`RecordError` per rejected record; whole-source failures are :class:`IngestError` subclasses.
"""
from .archive import ZipLimits
from .errors import (DecodeError, FormatError, IngestError, RecordError, SourceNotFound, SymlinkError,
                     UnsafeArchiveError, ZipBombError)
from .formats import CSV_COLUMNS
from .pipeline import FileReport, IngestReport, ProgressEvent, ingest_paths
from .sources import Source, detect_format, discover


def read_tweets(path, limits: ZipLimits = ZipLimits()):
    """Yield (Tweet | RecordError) from every source under ``path`` without a store (errors are raised)."""
    found = discover([path], limits)
    try:
        if found.errors:
            raise found.errors[0]
        for src in found.sources:
            yield from src.records()
    finally:
        found.close()


__all__ = [
    "ingest_paths", "IngestReport", "FileReport", "ProgressEvent", "detect_format", "discover", "read_tweets",
    "Source", "ZipLimits", "CSV_COLUMNS",
    "IngestError", "RecordError", "FormatError", "DecodeError", "SourceNotFound", "UnsafeArchiveError",
    "ZipBombError", "SymlinkError",
]
