"""Long posts (``data/note-tweet.js``) joined to their tweets.

A long post (``noteTweet.core.text``) carries no tweet id; each is joined to the truncated tweet posted in the
same second (``createdAt`` == ``created_at``), preferring the tweet whose text is a prefix of the note. A note
that can't be joined is counted as a rejected record. Note text is taken as is.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tweetsum.core.entities import cashtags_in, hashtags_in, mentions_in, urls_in
from tweetsum.core.tweet import Tweet
from tweetsum.ingest.common import as_date, as_text
from tweetsum.ingest.errors import Census, RecordError

_TCO_TAIL = re.compile(r"\s*…?\s*(?:https://t\.co/\w+)?\s*$")


@dataclass
class Note:
    """One long post, waiting in ``pending`` (by creation second) for its truncated tweet."""

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


def parse_note(obj: Any, idx: int, path: str) -> Note:
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
    return Note(idx, path, int(created.timestamp()), text,
                 ht if ht else hashtags_in(text), ct if ct else cashtags_in(text),
                 mt if mt else mentions_in(text), ul if ul else urls_in(text))


def _truncated_prefix(text: str) -> str:
    return _TCO_TAIL.sub("", text).rstrip("… ").rstrip()


def _take_note(text: str, sec: int, pending: dict[int, list[Note]]) -> Note | None:
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


def join_note(tw: Tweet, pending: dict[int, list[Note]]) -> Note | None:
    """Give ``tw`` the full text and entities of its long post, if one was created in the same second."""
    note = _take_note(tw.text, int(tw.created_at.timestamp()), pending)
    if note is not None:
        tw.text = note.text
        tw.hashtags, tw.cashtags = note.hashtags, note.cashtags
        tw.mentions, tw.urls = note.mentions, note.urls
    return note


def join_note_values(v: list, pending: dict[int, list[Note]]) -> Note | None:
    """:func:`join_note` for the stored values of :func:`official_values`."""
    note = _take_note(v[5], v[4], pending)
    if note is not None:
        v[5] = note.text
        v[16], v[17], v[18], v[19] = note.hashtags, note.cashtags, note.mentions, note.urls
    return note


def _match_note(text: str, notes: list[Note]) -> Note | None:
    prefix = _truncated_prefix(text)
    for note in notes:
        if prefix and note.text.startswith(prefix):
            return note
    if len(notes) == 1 and ("https://t.co/" in text or text.endswith("…")):
        return notes[0]
    return None


def unjoined_notes(pending: dict[int, list[Note]], census: Census) -> Iterator[RecordError]:
    for notes in pending.values():
        for note in notes:
            census.saw()
            yield RecordError(note.file, note.index, "long post (note-tweet) not joined: no truncated tweet "
                              "created in the same second")
