"""The ``window.YTD.<name>.partN = [...]`` files of an archive (or bare JSON): the payload after the
assignment, read as one object or element by element (a truncated array keeps the elements before the cut)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from tweetsum.ingest.common import decode_bytes
from tweetsum.ingest.errors import FormatError, RecordError

_YTD_PREFIX = re.compile(r"^\s*window\.(?:YTD\.[\w.]+|__THAR_CONFIG)\s*=\s*")
_WS = re.compile(r"[ \t\n\r]*")


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
