"""The official X account archive ("Download an archive of your data"), as a .zip or an extracted folder.

Files read (everything else — media, likes, DMs — is ignored):

* ``data/tweets.js`` and ``data/tweets-partN.js``: ``window.YTD.tweets.partN = [ {"tweet": {...}}, ... ]``
  (older exports omit the ``"tweet"`` wrapper); parsed by :mod:`.ytd`, each element converted by :mod:`.records`.
* ``data/note-tweet.js``: long posts, joined to their truncated tweets by :mod:`.notes`.
* ``data/account.js``: the owner's handle and display name — the author of every tweet.
* ``data/manifest.js``: per-file counts, cross-checked against what was read (a mismatch is a warning).

Records read for an archive = tweet entries + long posts that could not be joined (:mod:`.reader`).
Zips are read in place with :mod:`zipfile` (never extracted); entry names that escape the archive, absolute
names, symlink entries and zip bombs (see :class:`ZipLimits`) make the whole zip refused (:mod:`.containers`).
"""
from tweetsum.ingest.x_archive.containers import (TWEETS_FILE, ArchiveFiles, FolderArchive, ZipArchive, ZipLimits,
                                                  check_zip, is_archive_root, zip_archive_prefixes)
from tweetsum.ingest.x_archive.notes import Note, join_note, join_note_values, unjoined_notes
from tweetsum.ingest.x_archive.reader import OfficialArchiveReader
from tweetsum.ingest.x_archive.records import FORMAT, official_tweet, official_values
from tweetsum.ingest.x_archive.ytd import iter_ytd_array, load_ytd_object, ytd_payload

__all__ = ["ArchiveFiles", "FolderArchive", "ZipArchive", "ZipLimits", "OfficialArchiveReader", "check_zip",
           "zip_archive_prefixes", "is_archive_root", "official_tweet", "official_values", "iter_ytd_array", "FORMAT",
           "TWEETS_FILE", "Note", "join_note", "join_note_values", "unjoined_notes", "load_ytd_object", "ytd_payload"]
