"""Where an account archive's files come from: an extracted folder or a zip read in place.

Zips are read with :mod:`zipfile` (never extracted); entry names that escape the archive, absolute names,
symlink entries and zip bombs (see :class:`ZipLimits`) make the whole zip refused (:func:`check_zip`).
"""
from __future__ import annotations

from abc import ABC, abstractmethod

import hashlib
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from tweetsum.ingest.errors import FormatError, SymlinkError, UnsafeArchiveError, ZipBombError

TWEETS_FILE = re.compile(r"^tweets(?:-part(\d+))?\.js$")
NOTES_FILE = re.compile(r"^note-tweet(?:-part(\d+))?\.js$")


@dataclass(frozen=True)
class ZipLimits:
    """Refuse zips beyond these (zip-bomb guard). Ratio applies to entries over ``ratio_min_size`` bytes."""

    max_total_size: int = 4 << 30  # 4 GiB uncompressed in all
    max_ratio: float = 200.0  # uncompressed / compressed, per entry
    max_entries: int = 200_000
    ratio_min_size: int = 1 << 20


def _marks_archive(name: str) -> bool:
    """A file name under ``data/`` that makes its parent an account archive."""
    return bool(TWEETS_FILE.match(name)) or name in ("manifest.js", "account.js")


class ArchiveFiles(ABC):
    """Read-only view of one account archive: names relative to its root (``data/tweets.js``)."""

    display: str

    @abstractmethod
    def names(self) -> list[str]:
        """Every file name in the archive, relative to its root."""

    @abstractmethod
    def read(self, name: str) -> bytes:
        """The bytes of one file (size-limited by the implementation)."""

    def data_files(self) -> dict[str, list[str]]:
        """{'tweets': [...], 'notes': [...], 'account': [...], 'manifest': [...]} in part order."""
        out: dict[str, list[tuple[int, str]]] = {"tweets": [], "notes": [], "account": [], "manifest": []}
        for n in self.names():
            p = PurePosixPath(n)
            if len(p.parts) != 2 or p.parts[0] != "data":
                continue
            base = p.name
            if m := TWEETS_FILE.match(base):
                out["tweets"].append((int(m.group(1) or 0), n))
            elif m := NOTES_FILE.match(base):
                out["notes"].append((int(m.group(1) or 0), n))
            elif base == "account.js":
                out["account"].append((0, n))
            elif base == "manifest.js":
                out["manifest"].append((0, n))
        return {k: [n for _, n in sorted(v)] for k, v in out.items()}

    def content_hash(self) -> str:
        h = hashlib.sha256()
        files = self.data_files()
        for n in sorted(n for v in files.values() for n in v):
            h.update(n.encode() + b"\0")
            self._hash_into(n, h)
        return h.hexdigest()

    def _hash_into(self, name: str, h: Any) -> None:
        h.update(self.read(name))


class FolderArchive(ArchiveFiles):
    def __init__(self, root: Path):
        self.root = root
        self.display = str(root)
        data = root / "data"
        names = []
        for entry in sorted(os.scandir(data), key=lambda e: e.name):
            if entry.is_symlink():
                if TWEETS_FILE.match(entry.name) or NOTES_FILE.match(entry.name) or entry.name in (
                        "account.js", "manifest.js"):
                    raise SymlinkError(str(data / entry.name), None,
                                       "is a symlink; archive files must be regular files (not followed)")
                continue
            if entry.is_file(follow_symlinks=False):
                names.append(f"data/{entry.name}")
        self._names = names

    def names(self) -> list[str]:
        return self._names

    def read(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def size(self, name: str) -> int:
        return (self.root / name).stat().st_size

    def _hash_into(self, name: str, h: Any) -> None:
        with open(self.root / name, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)


def check_zip(zf: zipfile.ZipFile, path: str, limits: ZipLimits) -> None:
    """Refuse unsafe zips before reading anything from them."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise ZipBombError(path, None, f"{len(infos)} entries (limit {limits.max_entries})")
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            raise UnsafeArchiveError(path, f"entry {name!r}", "absolute path in zip")
        parts = re.split(r"[\\/]", name)
        if ".." in parts:
            raise UnsafeArchiveError(path, f"entry {name!r}", "path escapes the archive ('..')")
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise SymlinkError(path, f"entry {name!r}", "symlink entry in zip (not followed)")
        total += info.file_size
        if total > limits.max_total_size:
            raise ZipBombError(path, f"entry {name!r}",
                               f"uncompressed size exceeds {limits.max_total_size} bytes in all")
        if info.file_size > limits.ratio_min_size:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise ZipBombError(path, f"entry {name!r}",
                                   f"compression ratio {ratio:.0f}x exceeds {limits.max_ratio:.0f}x")


class ZipArchive(ArchiveFiles):
    """One account archive inside a zip: entries under ``prefix`` (``''`` or ``'handle/'``)."""

    def __init__(self, zip_path: Path, zf: zipfile.ZipFile, prefix: str, zip_hash: str):
        self.zip_path = zip_path
        self.zf = zf
        self.prefix = prefix
        self.display = str(zip_path) + (f"!{prefix.rstrip('/')}" if prefix else "")
        self._zip_hash = zip_hash
        self._names = [i.filename[len(prefix):] for i in zf.infolist()
                       if i.filename.startswith(prefix) and not i.is_dir()]

    def names(self) -> list[str]:
        return self._names

    def read(self, name: str) -> bytes:
        try:
            return self.zf.read(self.prefix + name)
        # zipfile signals an unsupported compression method (e.g. a zip written with deflate64) with
        # NotImplementedError and an encrypted entry with RuntimeError: both are bad input, reported per entry
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as e:
            raise FormatError(str(self.zip_path), f"entry {self.prefix + name!r}", f"corrupt zip entry ({e})") from None

    def content_hash(self) -> str:
        return hashlib.sha256(f"{self._zip_hash}:{self.prefix}".encode()).hexdigest()

    def size(self, name: str) -> int:
        return self.zf.getinfo(self.prefix + name).file_size


def zip_archive_prefixes(zf: zipfile.ZipFile) -> list[str]:
    """Prefixes of the account archives in a zip (``''`` for a plain export, ``'<handle>/'`` for several)."""
    prefixes = set()
    for info in zf.infolist():
        p = PurePosixPath(info.filename)
        if len(p.parts) >= 2 and p.parts[-2] == "data" and _marks_archive(p.name):
            prefixes.add("/".join(p.parts[:-2]) + "/" if len(p.parts) > 2 else "")
    return sorted(prefixes)


def is_archive_root(folder: Path) -> bool:
    data = folder / "data"
    if not data.is_dir() or data.is_symlink():
        return False
    try:
        return any(_marks_archive(e.name) for e in os.scandir(data))
    except OSError:
        return False
