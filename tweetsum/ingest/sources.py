"""Turn path arguments into ingest sources: files, account-archive folders, zips, folders of those.

A *source* is the unit of one transaction and one ``ingest_runs`` row: a single file (JSONL, JSON, API v2, CSV,
a lone ``tweets.js``) or one account archive (a folder with ``data/tweets.js`` or one archive inside a zip).
"""
from __future__ import annotations

from abc import ABC, abstractmethod

import errno
import hashlib
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tweetsum.core.tweet import Tweet
from tweetsum.ingest.common import decode_bytes, sniff_encoding
from tweetsum.ingest.errors import (Census, FormatError, IngestError, RecordError, SourceNotFound, SymlinkError,
                                    UnsafeArchiveError)
from tweetsum.ingest.formats import read_api_v2, read_csv, read_json, read_jsonl, sniff_text
from tweetsum.ingest.x_archive import (TWEETS_FILE, ArchiveFiles, FolderArchive, OfficialArchiveReader, ZipArchive,
                                       ZipLimits, check_zip, is_archive_root, zip_archive_prefixes)

FILE_EXTENSIONS = {".js", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".zip", ".txt"}
MAX_DEPTH = 8


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class Source(ABC):
    path: str
    format: str
    warnings: list[str] = field(default_factory=list)
    # records the reader split the input into, counted apart from their outcomes (reset by each read)
    census: Census = field(default_factory=Census)

    @abstractmethod
    def content_hash(self) -> str:
        """Hash of the source's bytes: an unchanged source is skipped on re-ingest."""

    @abstractmethod
    def records(self) -> Iterator[Tweet | RecordError]:
        """Every record of the source, in order: a tweet, or why that record was rejected."""


class ArchiveSource(Source):
    def __init__(self, files: ArchiveFiles):
        super().__init__(files.display, "x-archive")
        self.files = files

    def content_hash(self) -> str:
        return self.files.content_hash()

    def records(self) -> Iterator[Tweet | RecordError]:
        self.census = Census()
        reader = OfficialArchiveReader(self.files, self.census)
        reader.warnings = self.warnings
        yield from reader

    def row_batches(self, workers: int = 1, batch_size: int = 5000) -> Iterator[list[tuple] | RecordError | str]:
        """Store rows by the fast path (orjson; ``workers`` processes for big archives); may raise
        :class:`~tweetsum.ingest.parallel.FastPathFailed`, after which :meth:`records` reads the source."""
        from tweetsum.ingest.parallel import archive_rows

        self.census = Census()
        reader = OfficialArchiveReader(self.files, self.census)
        reader.warnings = self.warnings
        return archive_rows(reader, workers, batch_size)


class _LooseArchive(ArchiveFiles):
    """A lone ``window.YTD.tweets`` file (plus account.js / note-tweet.js beside it, if any)."""

    def __init__(self, file: Path):
        self.display = str(file)
        self.map = {"data/tweets.js": file}
        for sib in ("account.js", "note-tweet.js", "manifest.js"):
            p = file.parent / sib
            if p != file and p.is_file() and not p.is_symlink():
                self.map[f"data/{sib}"] = p

    def names(self) -> list[str]:
        return list(self.map)

    def read(self, name: str) -> bytes:
        return self.map[name].read_bytes()


class FileSource(Source):
    def __init__(self, path: Path, fmt: str):
        super().__init__(str(path), fmt)
        self.file = path
        self._data: bytes | None = None

    def content_hash(self) -> str:
        self._data = self.file.read_bytes()
        return hashlib.sha256(self._data).hexdigest()

    def records(self) -> Iterator[Tweet | RecordError]:
        data = self._data if self._data is not None else self.file.read_bytes()
        self._data = None
        text = decode_bytes(data, self.path)
        del data
        if not text.strip():
            raise FormatError(self.path, None, "empty file")
        census = self.census = Census()
        if self.format == "jsonl":
            yield from read_jsonl(text, self.path, census)
        elif self.format == "json":
            yield from read_json(text, self.path, census)
        elif self.format == "x-api-v2":
            yield from read_api_v2(text, self.path, census)
        elif self.format == "csv":
            yield from read_csv(text, self.path, self.warnings, census)
        else:  # pragma: no cover - sniff_text returns only the above
            raise FormatError(self.path, None, f"no reader for format {self.format!r}")


@dataclass
class Discovery:
    sources: list[Source] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _zips: list[zipfile.ZipFile] = field(default_factory=list)

    def close(self) -> None:
        for z in self._zips:
            z.close()
        self._zips.clear()


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise SourceNotFound(str(path), None, "broken symlink (target does not exist)") from None
        raise SourceNotFound(str(path), None, "no such file or directory") from None
    except PermissionError:
        raise IngestError(str(path), None, "permission denied") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise SymlinkError(str(path), None, "symlink loop (too many levels of symbolic links)") from None
        raise IngestError(str(path), None, e.strerror or str(e)) from None
    except RuntimeError:  # pragma: no cover - older Pythons report loops this way
        raise SymlinkError(str(path), None, "symlink loop") from None


def _head(path: Path, n: int = 65536) -> str:
    with open(path, "rb") as f:
        raw = f.read(n)
    enc, skip = sniff_encoding(raw)
    return raw[skip:].decode(enc, errors="ignore")


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def detect_format(path: str | os.PathLike) -> str:
    """Format of a path, by content: ``x-archive`` (zip, archive folder, parent of archive folders or a
    ``window.YTD`` file), ``jsonl``, ``json``, ``x-api-v2``, ``csv``, or ``folder`` (a folder of other files).
    Raises an :class:`IngestError` subclass when it is none of these."""
    p = Path(path)
    st = _stat(p)
    if os.path.isdir(p):
        if is_archive_root(p) or (p.name == "data" and is_archive_root(p.parent)):
            return "x-archive"
        try:
            subs = [e for e in os.scandir(p) if e.is_dir(follow_symlinks=False)]
        except OSError as e:
            raise IngestError(str(p), None, e.strerror or str(e)) from None
        return "x-archive" if subs and any(is_archive_root(Path(e.path)) for e in subs) else "folder"
    if st.st_size == 0:
        raise FormatError(str(p), None, "empty file")
    if _is_zip(p):
        return "x-archive"
    return sniff_text(_head(p), str(p))


def discover(paths: Iterable[str | os.PathLike], limits: ZipLimits = ZipLimits()) -> Discovery:
    d = Discovery()
    for raw in paths:
        p = Path(raw)
        try:
            _stat(p)
            if p.is_dir():
                if p.name == "data" and is_archive_root(p.parent):
                    p = p.parent
                before = (len(d.sources), len(d.errors))
                _walk(p, d, limits, depth=0)
                if (len(d.sources), len(d.errors)) == before:
                    d.errors.append(FormatError(str(p), None, "no tweet files in this folder (expected an X "
                                                              "archive, .jsonl, .json, .csv or .zip files)"))
            else:
                _add_file(p, d, limits)
        except IngestError as e:
            d.errors.append(e)
    return d


def _walk(folder: Path, d: Discovery, limits: ZipLimits, depth: int) -> None:
    if is_archive_root(folder):
        try:
            d.sources.append(ArchiveSource(FolderArchive(folder)))
        except IngestError as e:
            d.errors.append(e)
        except OSError as e:
            d.errors.append(IngestError(str(folder), None, e.strerror or str(e)))
        return
    if depth > MAX_DEPTH:
        d.warnings.append(f"{folder}: deeper than {MAX_DEPTH} folders, not read")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        d.errors.append(IngestError(str(folder), None, e.strerror or str(e)))
        return
    skipped = []
    for e in entries:
        if e.name.startswith("."):
            continue
        p = Path(e.path)
        if e.is_symlink():
            d.errors.append(SymlinkError(str(p), None, "symlink inside a folder is not followed"))
        elif e.is_dir(follow_symlinks=False):
            _walk(p, d, limits, depth + 1)
        elif e.is_file(follow_symlinks=False):
            if p.suffix.lower() in FILE_EXTENSIONS:
                try:
                    _add_file(p, d, limits)
                except IngestError as err:
                    d.errors.append(err)
            else:
                skipped.append(e.name)
        else:  # FIFO, socket or device: reading could block forever or never end
            d.errors.append(UnsafeArchiveError(str(p), None, "not a regular file (FIFO, socket or device), not read"))
    if skipped:
        d.warnings.append(f"{folder}: skipped {len(skipped)} file(s) of unknown type: "
                          f"{', '.join(skipped[:5])}{' …' if len(skipped) > 5 else ''}")


def _add_file(p: Path, d: Discovery, limits: ZipLimits) -> None:
    if p.stat().st_size == 0:
        raise FormatError(str(p), None, "empty file")
    if _is_zip(p):
        _add_zip(p, d, limits)
        return
    fmt = sniff_text(_head(p), str(p))
    if fmt == "x-archive":
        if p.parent.name == "data" and TWEETS_FILE.match(p.name) and is_archive_root(p.parent.parent):
            d.sources.append(ArchiveSource(FolderArchive(p.parent.parent)))
        elif p.name in ("account.js", "manifest.js", "note-tweet.js"):
            raise FormatError(str(p), None, "an archive metadata file holds no tweets; pass the archive folder")
        else:
            d.sources.append(ArchiveSource(_LooseArchive(p)))
        return
    d.sources.append(FileSource(p, fmt))


def _add_zip(p: Path, d: Discovery, limits: ZipLimits) -> None:
    try:
        zf = zipfile.ZipFile(p)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise FormatError(str(p), None, f"not a readable zip ({e})") from None
    try:
        check_zip(zf, str(p), limits)
        prefixes = zip_archive_prefixes(zf)
        if not prefixes:
            raise FormatError(str(p), None, "zip holds no X archive (no data/tweets.js)")
    except IngestError:
        zf.close()
        raise
    d._zips.append(zf)
    zh = file_hash(p)
    for prefix in prefixes:
        d.sources.append(ArchiveSource(ZipArchive(p, zf, prefix, zh)))
