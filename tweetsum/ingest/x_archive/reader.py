"""The sequential reader of one account archive: owner, manifest counts, long posts, then every tweet.

``data/account.js`` gives the owner's handle and display name — the author of every tweet (``manifest.js`` as
fallback); ``data/manifest.js`` gives per-file counts, cross-checked against what was read (a mismatch is a
warning). Records read for an archive = tweet entries + long posts that could not be joined.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tweetsum.core.tweet import Tweet
from tweetsum.ingest.common import decode_bytes
from tweetsum.ingest.errors import Census, DecodeError, FormatError, IngestError, RecordError
from tweetsum.ingest.x_archive.containers import ArchiveFiles
from tweetsum.ingest.x_archive.notes import Note, join_note, parse_note, unjoined_notes
from tweetsum.ingest.x_archive.records import official_tweet
from tweetsum.ingest.x_archive.ytd import iter_ytd_array, load_ytd_object


class OfficialArchiveReader:
    """Iterate Tweets (or RecordErrors) of one account archive; ``warnings`` fills in as it reads."""

    def __init__(self, files: ArchiveFiles, census: Census | None = None):
        self.files = files
        self.census = census if census is not None else Census()  # records split off, apart from outcomes
        self.display = files.display
        self.warnings: list[str] = []
        self.handle = "unknown"
        self.name: str | None = None

    def file_label(self, name: str) -> str:
        """How a file of the archive is named in messages (``archive.zip!data/tweets.js``)."""
        return f"{self.display}/{name}" if not self.display.endswith(".zip") else f"{self.display}!{name}"

    def _account(self, files: dict[str, list[str]]) -> dict[str, int]:
        """Owner handle/name from account.js (manifest.js as fallback); manifest counts per file."""
        counts: dict[str, int] = {}
        manifest: Any = None
        for n in files["manifest"]:
            try:
                manifest = load_ytd_object(self.files.read(n), self.file_label(n))
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
                                self.warnings.append(f"{self.file_label('data/manifest.js')}: count of "
                                                     f"{f['fileName']} is not a number")
        for n in files["account"]:
            try:
                acc = load_ytd_object(self.files.read(n), self.file_label(n))
                a = acc[0]["account"] if isinstance(acc, list) else acc["account"]
                if isinstance(a.get("username"), str) and a["username"]:
                    self.handle = a["username"]
                    self.name = a.get("accountDisplayName") if isinstance(a.get("accountDisplayName"), str) else None
                    return counts
            except IngestError as e:
                self.warnings.append(e.message)
            except (KeyError, IndexError, TypeError, AttributeError):
                self.warnings.append(f"{self.file_label(n)}: no 'account.username' found")
        if isinstance(manifest, dict) and isinstance(manifest.get("userInfo"), dict):
            ui = manifest["userInfo"]
            if isinstance(ui.get("userName"), str) and ui["userName"]:
                self.handle = ui["userName"]
                self.name = ui.get("displayName") if isinstance(ui.get("displayName"), str) else None
                return counts
        self.warnings.append(f"{self.display}: no data/account.js with the owner's handle; author set to 'unknown'")
        return counts

    def prepare(self) -> tuple[dict[str, list[str]], dict[str, int], dict[int, list[Note]], list[RecordError]]:
        """Owner, manifest counts and long posts (small files): (files, expected counts, pending notes by
        creation second, rejected note records)."""
        files = self.files.data_files()
        if not files["tweets"]:
            raise FormatError(self.display, None, "no data/tweets.js in this archive")
        expected = self._account(files)
        pending: dict[int, list[Note]] = {}
        rejects: list[RecordError] = []
        for n in files["notes"]:
            fname = self.file_label(n)
            got = 0
            try:
                text = decode_bytes(self.files.read(n), fname)
                for item in iter_ytd_array(text, fname):
                    if isinstance(item, RecordError):
                        rejects.append(item)
                        continue
                    got += 1
                    try:
                        note = parse_note(item[1], item[0], fname)
                    except RecordError as e:
                        rejects.append(e)
                        continue
                    pending.setdefault(note.created, []).append(note)
            except (DecodeError, FormatError) as e:
                rejects.append(RecordError(e.path, e.record, e.reason))
            self.check_count(n, got, expected)
        self.census.saw(len(rejects))  # a note is a record of its own only when it is rejected
        return files, expected, pending, rejects

    def __iter__(self) -> Iterator[Tweet | RecordError]:
        files, expected, pending, note_rejects = self.prepare()
        yield from note_rejects
        for n in files["tweets"]:
            yield from self.file_records(n, expected, pending)
        yield from unjoined_notes(pending, self.census)

    def file_records(self, name: str, expected: dict[str, int], pending: dict[int, list[Note]],
                     data: bytes | None = None, joined: set[tuple] | None = None) -> Iterator[Tweet | RecordError]:
        """The tweets (long posts joined, taken from ``pending``) and rejects of one ``tweets*.js`` file, in
        order, each counted in the census; then its count is checked against the manifest. ``data``: the
        file's bytes when the caller has them; ``joined`` collects the (file, index) of every note joined."""
        fname = self.file_label(name)
        saw = self.census.saw
        try:
            text = decode_bytes(self.files.read(name) if data is None else data, fname)
        except (DecodeError, FormatError) as e:
            saw()
            yield RecordError(e.path, e.record, e.reason)
            return
        handle, owner = self.handle, self.name
        got = 0
        try:
            for item in iter_ytd_array(text, fname):
                saw()
                if type(item) is not tuple:
                    yield item
                    continue
                got += 1
                try:
                    tw = official_tweet(item[1], item[0], fname, handle, owner)
                except RecordError as e:
                    yield e
                    continue
                if pending:
                    note = join_note(tw, pending)
                    if note is not None and joined is not None:
                        joined.add((note.file, note.index))
                yield tw
        except FormatError as e:
            saw()
            yield RecordError(e.path, e.record, e.reason)
        del text
        self.check_count(name, got, expected)

    def check_count(self, name: str, got: int, expected: dict[str, int]) -> None:
        """Warn when the manifest's count for file ``name`` is not what was read."""
        if name in expected and expected[name] != got:
            self.warnings.append(f"{self.file_label(name)}: manifest.js says {expected[name]} records, read {got}")
