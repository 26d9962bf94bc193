"""The official X account archive ("Download an archive of your data"), as a .zip or an extracted folder.

Files read (everything else — media, likes, DMs — is ignored):

* ``data/tweets.js`` and ``data/tweets-partN.js``: ``window.YTD.tweets.partN = [ {"tweet": {...}}, ... ]``
  (older exports omit the ``"tweet"`` wrapper). Counts and ids are strings; ``created_at`` looks like
  ``Wed Oct 10 20:19:24 +0000 2018``; ``full_text`` carries HTML entities (decoded with ``html.unescape``);
  retweets are ``RT @user: …`` with ``"retweeted": false`` (``retweet_of_handle`` comes from the prefix);
  hashtags/cashtags/mentions/urls come from ``entities`` (``symbols`` are cashtags, urls are the expanded urls —
  the text keeps its t.co links); quotes from ``quoted_status_id_str`` or a ``twitter.com/<h>/status/<id>`` url.
* ``data/note-tweet.js``: long posts (``noteTweet.core.text``) carry no tweet id; each is joined to the
  truncated tweet posted in the same second (``createdAt`` == ``created_at``), preferring the tweet whose text is
  a prefix of the note. A note that can't be joined is counted as a rejected record. Note text is taken as is.
* ``data/account.js``: the owner's handle and display name — the author of every tweet.
* ``data/manifest.js``: per-file counts, cross-checked against what was read (a mismatch is a warning).

Records read for an archive = tweet entries + long posts that could not be joined.
Zips are read in place with :mod:`zipfile` (never extracted); entry names that escape the archive, absolute
names, symlink entries and zip bombs (see :class:`ZipLimits`) make the whole zip refused.
"""
from __future__ import annotations

from abc import ABC, abstractmethod

import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..model import Tweet, tweet_from_values
from .common import (as_count, as_date, as_id, as_text, cashtags_in, decode_bytes, dedupe, hashtags_in,
                     mentions_in, opt_id, parse_datetime, parse_twitter_date, retweet_handle, status_link, twitter_date_iso,
                     unescape, urls_in)
from .errors import Census, DecodeError, FormatError, IngestError, RecordError, SymlinkError, UnsafeArchiveError, ZipBombError

FORMAT = "x-archive"

_TWEETS_FILE = re.compile(r"^tweets(?:-part(\d+))?\.js$")
_NOTES_FILE = re.compile(r"^note-tweet(?:-part(\d+))?\.js$")
_YTD_PREFIX = re.compile(r"^\s*window\.(?:YTD\.[\w.]+|__THAR_CONFIG)\s*=\s*")
_WS = re.compile(r"[ \t\n\r]*")
_TCO_TAIL = re.compile(r"\s*…?\s*(?:https://t\.co/\w+)?\s*$")


@dataclass(frozen=True)
class ZipLimits:
    """Refuse zips beyond these (zip-bomb guard). Ratio applies to entries over ``ratio_min_size`` bytes."""

    max_total_size: int = 4 << 30  # 4 GiB uncompressed in all
    max_ratio: float = 200.0  # uncompressed / compressed, per entry
    max_entries: int = 200_000
    ratio_min_size: int = 1 << 20


# -- archive file access ---------------------------------------------------------------------------

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
            if m := _TWEETS_FILE.match(base):
                out["tweets"].append((int(m.group(1) or 0), n))
            elif m := _NOTES_FILE.match(base):
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
                if _TWEETS_FILE.match(entry.name) or _NOTES_FILE.match(entry.name) or entry.name in (
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
        if len(p.parts) >= 2 and p.parts[-2] == "data" and (
                _TWEETS_FILE.match(p.name) or p.name in ("manifest.js", "account.js")):
            prefixes.add("/".join(p.parts[:-2]) + "/" if len(p.parts) > 2 else "")
    return sorted(prefixes)


def is_archive_root(folder: Path) -> bool:
    data = folder / "data"
    if not data.is_dir() or data.is_symlink():
        return False
    try:
        return any(_TWEETS_FILE.match(e.name) or e.name in ("manifest.js", "account.js") for e in os.scandir(data))
    except OSError:
        return False


# -- window.YTD.* = [...] parsing ------------------------------------------------------------------

def ytd_payload(text: str, path: str) -> tuple[str, int]:
    """Text and offset of the JSON value after ``window.YTD.x.partN =`` (or a bare JSON file)."""
    m = _YTD_PREFIX.match(text)
    if m:
        return text, m.end()
    stripped = text.lstrip()
    if stripped[:1] in ("[", "{"):
        return text, len(text) - len(stripped)
    if not stripped:
        raise FormatError(path, None, "empty file")
    raise FormatError(path, None, "not an X archive data file (expected 'window.YTD.<name> = [...]')")


def iter_ytd_array(text: str, path: str) -> Iterator[tuple[int, Any] | RecordError]:
    """Elements of the top-level array one at a time (truncation keeps the elements before it)."""
    text, pos = ytd_payload(text, path)
    n = len(text)
    if pos >= n or text[pos] != "[":
        yield RecordError(path, None, "expected a JSON array after 'window.YTD… ='")
        return
    dec = json.JSONDecoder()
    raw_decode = dec.raw_decode
    ws = _WS.match
    pos = ws(text, pos + 1).end()
    if pos < n and text[pos] == "]":
        return
    i = 0
    while True:
        try:
            obj, pos = raw_decode(text, pos)
        except json.JSONDecodeError as e:
            what = "truncated JSON" if _looks_truncated(text) else f"invalid JSON ({e.msg})"
            yield RecordError(path, i, f"{what} at line {e.lineno} column {e.colno}; rest of file not read")
            return
        yield i, obj
        i += 1
        pos = ws(text, pos).end()
        c = text[pos] if pos < n else ""
        if c == ",":
            pos = ws(text, pos + 1).end()
        elif c == "]":
            return
        else:
            yield RecordError(path, i, "truncated JSON: array not closed; rest of file not read")
            return


def _looks_truncated(text: str) -> bool:
    return not text.rstrip().rstrip(";").rstrip().endswith(("]", "}"))


def load_ytd_object(data: bytes, path: str) -> Any:
    text, pos = ytd_payload(decode_bytes(data, path), path)
    try:
        return json.JSONDecoder().raw_decode(text, pos)[0]
    except json.JSONDecodeError as e:
        raise FormatError(path, None, f"invalid JSON ({e.msg}) at line {e.lineno}") from None


# -- records ---------------------------------------------------------------------------------------

def official_values(obj: Any, idx: int, path: str, handle: str, name: str | None) -> list:
    """One ``tweets.js`` element -> its stored values (:func:`tweetsum.model.stored_values` order: created_at
    as ISO string and unix seconds, entity lists as lists); raises RecordError. The ingest hot path builds
    store rows from these directly; :func:`official_tweet` builds a Tweet from them. Common field shapes are
    handled inline; anything else goes through the checked converters of :mod:`.common`."""
    if type(obj) is not dict:
        raise RecordError(path, idx, f"not a tweet object ({type(obj).__name__})")
    t = obj.get("tweet", obj)
    if type(t) is not dict or ("id_str" not in t and "id" not in t):
        raise RecordError(path, idx, "not a tweet object (no 'id_str')")
    get = t.get
    tid = get("id_str") or get("id")
    if type(tid) is str and 0 < len(tid) <= 19 and tid.isdigit() and tid.isascii() and tid[0] != "0" and (
            len(tid) < 19 or int(tid) < _MAX_ID):
        tid = int(tid)  # what as_id accepts
    else:
        tid = as_id(tid, "id_str", path, idx)
    raw = get("full_text")
    if raw is None:
        raw = get("text")
    if type(raw) is not str:
        raw = as_text(raw, "full_text", path, idx)
    text = unescape(raw) if "&" in raw else raw
    ca = get("created_at")
    when = twitter_date_iso(ca) if type(ca) is str else None
    if when is None:
        if type(ca) is str and len(ca) == 30:
            try:
                created = parse_twitter_date(ca)
            except (ValueError, KeyError):
                created = as_date(ca, "created_at", path, idx)
        else:
            created = as_date(ca, "created_at", path, idx)
        when = created.isoformat(), int(created.timestamp())
    ents = get("entities")
    if type(ents) is dict:
        eg = ents.get
        try:
            hashtags = eg("hashtags")
            hashtags = [it["text"] for it in hashtags if type(it) is dict and type(it.get("text")) is str
                        ] if hashtags else []
            cashtags = eg("symbols")
            cashtags = [it["text"] for it in cashtags if type(it) is dict and type(it.get("text")) is str
                        ] if cashtags else []
            mentions = eg("user_mentions")
            mentions = [it["screen_name"] for it in mentions
                        if type(it) is dict and type(it.get("screen_name")) is str] if mentions else []
            urls = eg("urls")
            if urls:
                urls = [u.get("expanded_url") or u.get("url") for u in urls if type(u) is dict]
                urls = [u for u in urls if type(u) is str]
            else:
                urls = []
        except TypeError:  # e.g. "hashtags": 5
            raise RecordError(path, idx, "field 'entities' is malformed (expected lists of objects)") from None
    elif ents is None:
        hashtags, cashtags, mentions, urls = hashtags_in(text), cashtags_in(text), mentions_in(text), urls_in(text)
    else:
        raise RecordError(path, idx, f"field 'entities' is not an object ({type(ents).__name__})")
    quote = get("quoted_status_id_str") or get("quoted_status_id")
    if quote is not None:
        quote = opt_id(quote, "quoted_status_id_str", path, idx)
    if quote is None and urls:
        for u in urls:
            link = status_link(u)
            if link and link[1] != tid:
                quote = link[1]
                break
    rt_id = None
    rts = get("retweeted_status")
    if type(rts) is dict:
        rt_id = opt_id(rts.get("id_str") or rts.get("id"), "retweeted_status.id_str", path, idx)
    lang = get("lang")
    reply = get("in_reply_to_status_id_str") or get("in_reply_to_status_id")
    if reply is not None:
        reply = opt_id(reply, "in_reply_to_status_id_str", path, idx)
    likes = get("favorite_count")
    if not (type(likes) is str and len(likes) < 19 and likes.isdigit() and likes.isascii()):
        likes = _count(likes, "favorite_count", path, idx)
    rts_n = get("retweet_count")
    if not (type(rts_n) is str and len(rts_n) < 19 and rts_n.isdigit() and rts_n.isascii()):
        rts_n = _count(rts_n, "retweet_count", path, idx)
    replies = get("reply_count")
    replies = _count(replies, "reply_count", path, idx) if replies is not None else 0
    quotes = get("quote_count")
    quotes = _count(quotes, "quote_count", path, idx) if quotes is not None else 0
    return [
        tid, handle, name, when[0], when[1], text, lang if type(lang) is str else None,
        reply, get("in_reply_to_screen_name") or None,
        rt_id, retweet_handle(text) if text[:4] == "RT @" else None, quote,
        int(likes), int(rts_n), replies, quotes, hashtags, cashtags, mentions, urls,
    ]


_MAX_ID = 1 << 63


def _count(value: Any, field: str, path: str, idx: int) -> int:
    if value is None:
        return 0
    if type(value) is str and len(value) < 19 and value.isdigit() and value.isascii():
        return int(value)
    return as_count(value, field, path, idx)


def official_tweet(obj: Any, idx: int, path: str, handle: str, name: str | None) -> Tweet:
    """One ``tweets.js`` element -> Tweet (raises RecordError)."""
    return tweet_from_values(official_values(obj, idx, path, handle, name), FORMAT, path)


@dataclass
class _Note:
    index: int
    file: str
    created: int  # unix second
    text: str
    hashtags: list[str]
    cashtags: list[str]
    mentions: list[str]
    urls: list[str]


def _note_list(core: dict, key: str, sub: str) -> list[str] | None:
    items = core.get(key)
    if not isinstance(items, list):
        return None
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif isinstance(it, dict):
            v = it.get(sub) or it.get("text")
            if isinstance(v, str):
                out.append(v)
    return out


def _parse_note(obj: Any, idx: int, path: str) -> _Note:
    if type(obj) is not dict:
        raise RecordError(path, idx, "not a note-tweet object")
    n = obj.get("noteTweet", obj)
    core = n.get("core") if type(n) is dict else None
    if type(core) is not dict:
        raise RecordError(path, idx, "missing field 'noteTweet.core'")
    text = as_text(core.get("text"), "noteTweet.core.text", path, idx)
    created = as_date(n.get("createdAt"), "noteTweet.createdAt", path, idx)
    ht = _note_list(core, "hashtags", "text")
    ct = _note_list(core, "cashtags", "text")
    mt = _note_list(core, "mentions", "screenName")
    ul = _note_list(core, "urls", "expandedUrl")
    return _Note(idx, path, int(created.timestamp()), text,
                 ht if ht else hashtags_in(text), ct if ct else cashtags_in(text),
                 mt if mt else mentions_in(text), ul if ul else urls_in(text))


def _truncated_prefix(text: str) -> str:
    return _TCO_TAIL.sub("", text).rstrip("… ").rstrip()


def _take_note(text: str, sec: int, pending: dict[int, list[_Note]]) -> _Note | None:
    notes = pending.get(sec)
    if not notes:
        return None
    note = _match_note(text, notes)
    if note is None:
        return None
    notes.remove(note)
    if not notes:
        del pending[sec]
    return note


def join_note(tw: Tweet, pending: dict[int, list[_Note]]) -> _Note | None:
    """Give ``tw`` the full text and entities of its long post, if one was created in the same second."""
    note = _take_note(tw.text, int(tw.created_at.timestamp()), pending)
    if note is not None:
        tw.text = note.text
        tw.hashtags, tw.cashtags = note.hashtags, note.cashtags
        tw.mentions, tw.urls = note.mentions, note.urls
    return note


def join_note_values(v: list, pending: dict[int, list[_Note]]) -> _Note | None:
    """:func:`join_note` for the stored values of :func:`official_values`."""
    note = _take_note(v[5], v[4], pending)
    if note is not None:
        v[5] = note.text
        v[16], v[17], v[18], v[19] = note.hashtags, note.cashtags, note.mentions, note.urls
    return note


def _match_note(text: str, notes: list[_Note]) -> _Note | None:
    prefix = _truncated_prefix(text)
    for note in notes:
        if prefix and note.text.startswith(prefix):
            return note
    if len(notes) == 1 and ("https://t.co/" in text or text.endswith("…")):
        return notes[0]
    return None


def unjoined_notes(pending: dict[int, list[_Note]], census: Census) -> Iterator[RecordError]:
    for notes in pending.values():
        for note in notes:
            census.saw()
            yield RecordError(note.file, note.index, "long post (note-tweet) not joined: no truncated tweet "
                              "created in the same second")


class OfficialArchiveReader:
    """Iterate Tweets (or RecordErrors) of one account archive; ``warnings`` fills in as it reads."""

    def __init__(self, files: ArchiveFiles, census: Census | None = None):
        self.files = files
        self.census = census if census is not None else Census()  # records split off, apart from outcomes
        self.display = files.display
        self.warnings: list[str] = []
        self.handle = "unknown"
        self.name: str | None = None

    def _file(self, name: str) -> str:
        return f"{self.display}/{name}" if not self.display.endswith(".zip") else f"{self.display}!{name}"

    def _account(self, files: dict[str, list[str]]) -> dict[str, int]:
        """Owner handle/name from account.js (manifest.js as fallback); manifest counts per file."""
        counts: dict[str, int] = {}
        manifest: Any = None
        for n in files["manifest"]:
            try:
                manifest = load_ytd_object(self.files.read(n), self._file(n))
            except IngestError as e:
                self.warnings.append(f"{e.message} (manifest ignored)")
        dtypes = manifest.get("dataTypes") if isinstance(manifest, dict) else None
        if isinstance(dtypes, dict):  # a manifest of the wrong shape is ignored, like an unreadable one
            for dtype, spec in dtypes.items():
                if dtype in ("tweets", "noteTweet") and isinstance(spec, dict) and isinstance(spec.get("files"), list):
                    for f in spec["files"]:
                        if isinstance(f, dict) and isinstance(f.get("fileName"), str):
                            try:
                                counts[f["fileName"].lstrip("./")] = int(str(f.get("count", "0")))
                            except ValueError:
                                self.warnings.append(f"{self._file('data/manifest.js')}: count of "
                                                     f"{f['fileName']} is not a number")
        for n in files["account"]:
            try:
                acc = load_ytd_object(self.files.read(n), self._file(n))
                a = acc[0]["account"] if isinstance(acc, list) else acc["account"]
                if isinstance(a.get("username"), str) and a["username"]:
                    self.handle = a["username"]
                    self.name = a.get("accountDisplayName") if isinstance(a.get("accountDisplayName"), str) else None
                    return counts
            except IngestError as e:
                self.warnings.append(e.message)
            except (KeyError, IndexError, TypeError, AttributeError):
                self.warnings.append(f"{self._file(n)}: no 'account.username' found")
        if isinstance(manifest, dict) and isinstance(manifest.get("userInfo"), dict):
            ui = manifest["userInfo"]
            if isinstance(ui.get("userName"), str) and ui["userName"]:
                self.handle = ui["userName"]
                self.name = ui.get("displayName") if isinstance(ui.get("displayName"), str) else None
                return counts
        self.warnings.append(f"{self.display}: no data/account.js with the owner's handle; author set to 'unknown'")
        return counts

    def prepare(self) -> tuple[dict[str, list[str]], dict[str, int], dict[int, list[_Note]], list[RecordError]]:
        """Owner, manifest counts and long posts (small files): (files, expected counts, pending notes by
        creation second, rejected note records)."""
        files = self.files.data_files()
        if not files["tweets"]:
            raise FormatError(self.display, None, "no data/tweets.js in this archive")
        expected = self._account(files)
        pending: dict[int, list[_Note]] = {}
        rejects: list[RecordError] = []
        for n in files["notes"]:
            fname = self._file(n)
            got = 0
            try:
                text = decode_bytes(self.files.read(n), fname)
                for item in iter_ytd_array(text, fname):
                    if isinstance(item, RecordError):
                        rejects.append(item)
                        continue
                    got += 1
                    try:
                        note = _parse_note(item[1], item[0], fname)
                    except RecordError as e:
                        rejects.append(e)
                        continue
                    pending.setdefault(note.created, []).append(note)
            except (DecodeError, FormatError) as e:
                rejects.append(RecordError(e.path, e.record, e.reason))
            self._check_count(n, got, expected)
        self.census.saw(len(rejects))  # a note is a record of its own only when it is rejected
        return files, expected, pending, rejects

    def __iter__(self) -> Iterator[Tweet | RecordError]:
        files, expected, pending, note_rejects = self.prepare()
        yield from note_rejects
        handle, name = self.handle, self.name
        saw = self.census.saw
        for n in files["tweets"]:
            fname = self._file(n)
            got = 0
            try:
                text = decode_bytes(self.files.read(n), fname)
            except (DecodeError, FormatError) as e:
                saw()
                yield RecordError(e.path, e.record, e.reason)
                continue
            try:
                for item in iter_ytd_array(text, fname):
                    saw()
                    if type(item) is not tuple:
                        yield item
                        continue
                    got += 1
                    try:
                        tw = official_tweet(item[1], item[0], fname, handle, name)
                    except RecordError as e:
                        yield e
                        continue
                    if pending:
                        join_note(tw, pending)
                    yield tw
            except FormatError as e:
                saw()
                yield RecordError(e.path, e.record, e.reason)
            del text
            self._check_count(n, got, expected)
        yield from unjoined_notes(pending, self.census)

    @staticmethod
    def _match(tw: Tweet, notes: list[_Note]) -> _Note | None:
        return _match_note(tw.text, notes)

    def _check_count(self, name: str, got: int, expected: dict[str, int]) -> None:
        if name in expected and expected[name] != got:
            self.warnings.append(f"{self._file(name)}: manifest.js says {expected[name]} records, read {got}")


__all__ = ["ArchiveFiles", "FolderArchive", "ZipArchive", "ZipLimits", "OfficialArchiveReader", "check_zip",
           "zip_archive_prefixes", "is_archive_root", "official_tweet", "official_values", "iter_ytd_array", "FORMAT",
           "parse_datetime"]
