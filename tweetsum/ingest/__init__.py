"""Ingest: read tweet archives in any supported format into the store.

Formats (detected by content, not only by extension): the official X account archive (zip or folder, several
accounts under one parent folder; :mod:`.x_archive`), scraper JSONL/JSON (twscrape/snscrape, TweetTopic), X API v2
responses, CSV (columns documented in :mod:`tweetsum.ingest.formats.csvfile`). Every reader yields
:class:`~tweetsum.core.tweet.Tweet` records or a :class:`RecordError` per rejected record; whole-source failures
are :class:`IngestError` subclasses.
"""
from tweetsum.ingest.errors import (DecodeError, FormatError, IngestError, RecordError, SourceNotFound, SymlinkError,
                                    UnsafeArchiveError, ZipBombError)
from tweetsum.ingest.formats import CSV_COLUMNS
from tweetsum.ingest.pipeline import FileReport, IngestReport, ProgressEvent, ingest_paths
from tweetsum.ingest.sources import Source, detect_format, discover
from tweetsum.ingest.x_archive import ZipLimits


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
