"""Helpers shared by the readers: text decoding, dates, typed field access, entities from text."""
from __future__ import annotations

import codecs
import html
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

from tweetsum.core.tweet import snowflake_time
from tweetsum.ingest.errors import DecodeError, RecordError

UTC = timezone.utc

# -- bytes -> text ---------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sniff_encoding(head: bytes) -> tuple[str, int]:
    """(codec, BOM length) from the first bytes: BOMs first, then the NUL pattern of BOM-less UTF-16."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    sample = head[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > 0.4 * half and even_nuls < 0.1 * half:
            return "utf-16-le", 0
        if even_nuls > 0.4 * half and odd_nuls < 0.1 * half:
            return "utf-16-be", 0
    return "utf-8", 0


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a whole file: UTF-8 (BOM optional), UTF-16/32 with BOM, BOM-less UTF-16; else DecodeError."""
    enc, skip = sniff_encoding(data[:4096])
    try:
        return data[skip:].decode(enc) if skip else data.decode(enc)
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise DecodeError(path, f"byte {e.start} (line {line})",
                          f"not valid {enc} text ({e.reason}); convert the file to UTF-8") from None


# -- dates -----------------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}


def parse_twitter_date(s: str) -> datetime:
    """``Wed Oct 10 20:19:24 +0000 2018`` (the archive/API v1.1 form) -> aware UTC datetime; fast path."""
    p = s.split()
    if len(p) != 6:
        raise ValueError(f"not a Twitter date: {s!r}")
    hh, mm, ss = p[3].split(":")
    d = datetime(int(p[5]), _MONTHS[p[1]], int(p[2]), int(hh), int(mm), int(ss), tzinfo=UTC)
    off = p[4]
    if off != "+0000":
        if len(off) != 5 or off[0] not in "+-":
            raise ValueError(f"bad UTC offset in {s!r}")
        delta = timedelta(hours=int(off[1:3]), minutes=int(off[3:5]))
        d = d - delta if off[0] == "+" else d + delta
    return d


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DAY_CACHE: dict[str, tuple[str, int]] = {}  # "Oct 10 2018" -> ("2018-10-10", days since 1970-01-01)
_TIME_CACHE: dict[str, int] = {}  # "20:19:24" -> seconds into the day


def twitter_date_iso(s: str) -> tuple[str, int] | None:
    """(ISO 8601 string, unix seconds) of a canonical UTC Twitter date ``Wed Oct 10 20:19:24 +0000 2018`` —
    exactly ``parse_twitter_date(s).isoformat()`` and its timestamp, without building a datetime (day and time
    parts are cached: an archive has few distinct days). None when ``s`` is not in that exact form (the caller
    then uses :func:`parse_twitter_date`, which also reports bad dates)."""
    if len(s) != 30 or s[19:26] != " +0000 " or s[3] != " " or s[10] != " " or not s.isascii():
        return None
    day = _DAY_CACHE.get(dk := s[4:11] + s[26:])
    if day is None:
        m = _MONTHS.get(dk[:3])
        if (m is None or not s[:3].isalpha() or dk[3] != " " or not dk[4:6].isdigit() or dk[6] != " "
                or not dk[7:].isdigit()):
            return None
        try:
            d = date(int(dk[7:]), m, int(dk[4:6]))
        except ValueError:
            return None
        if len(_DAY_CACHE) > 100_000:
            _DAY_CACHE.clear()
        day = _DAY_CACHE[dk] = (d.isoformat(), d.toordinal() - _EPOCH_ORDINAL)
    elif not s[:3].isalpha():
        return None
    secs = _TIME_CACHE.get(tk := s[11:19])
    if secs is None:
        if tk[2] != ":" or tk[5] != ":" or not (tk[:2] + tk[3:5] + tk[6:]).isdigit():
            return None
        hh, mm, ss = int(tk[:2]), int(tk[3:5]), int(tk[6:])
        if hh > 23 or mm > 59 or ss > 59:
            return None
        secs = _TIME_CACHE[tk] = hh * 3600 + mm * 60 + ss
    return f"{day[0]}T{tk}+00:00", day[1] * 86400 + secs


def parse_datetime(value: Any, tweet_id: int | None = None) -> datetime:
    """Any timestamp a source may carry -> aware UTC datetime.

    Accepts ISO 8601 (``Z`` or offsets; naive = UTC), the Twitter form, epoch seconds/milliseconds, and a
    bare date ``YYYY-MM-DD`` — for which the snowflake time of ``tweet_id`` is used when it falls on that day
    (or when there is no usable date at all).
    """
    if value is None or value == "":
        if tweet_id is not None and (t := snowflake_time(tweet_id)) is not None:
            return t.replace(microsecond=0)
        raise ValueError("no date and the id carries no time")
    if isinstance(value, bool):
        raise ValueError(f"bad date {value!r}")
    if isinstance(value, (int, float)):
        v = float(value)
        if v > 1e11:  # milliseconds
            v /= 1000
        return datetime.fromtimestamp(v, tz=UTC)
    if not isinstance(value, str):
        raise ValueError(f"bad date {value!r}")
    s = value.strip()
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        day = date.fromisoformat(s)
        if tweet_id is not None and (t := snowflake_time(tweet_id)) is not None:
            return t.replace(microsecond=0)  # sources carry whole seconds; keep every format alike
        return datetime(day.year, day.month, day.day, tzinfo=UTC)
    if s[:1].isalpha():
        return parse_twitter_date(s)
    if s.isdigit():
        return parse_datetime(int(s))
    d = datetime.fromisoformat(s.replace(" ", "T", 1) if len(s) > 10 and s[10] == " " else s)
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d.astimezone(UTC)


# -- typed fields ----------------------------------------------------------------------------------

def as_id(value: Any, field: str, path: str, record: Any) -> int:
    if type(value) is str and 0 < len(value) <= 19 and value.isascii() and value.isdigit():  # fast path
        v = int(value)
        if 0 < v < 1 << 63:
            return v
    if isinstance(value, bool) or value is None or value == "":
        raise RecordError(path, record, f"missing field '{field}'" if value in (None, "") else
                          f"field '{field}' is not a tweet id ({value!r})")
    if isinstance(value, int):
        v = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        v = int(value)
    elif isinstance(value, float) and value.is_integer():
        v = int(value)
    else:
        raise RecordError(path, record, f"field '{field}' is not a tweet id ({str(value)[:40]!r})")
    if v <= 0 or v >= 1 << 63:
        raise RecordError(path, record, f"field '{field}' is out of range ({v})")
    return v


def opt_id(value: Any, field: str, path: str, record: Any) -> int | None:
    if value is None or value == "" or value == 0 or value == "0":
        return None
    return as_id(value, field, path, record)


def as_count(value: Any, field: str, path: str, record: Any) -> int:
    if type(value) is str and len(value) < 19 and value.isascii() and value.isdigit():  # fast path: archives
        return int(value)  # carry counts as digit strings
    if value is None or value == "":
        return 0
    if isinstance(value, int) and not isinstance(value, bool):
        v = value
    elif isinstance(value, str):
        s = value.strip().replace(",", "")
        if not (s.isascii() and s.isdigit()):
            raise RecordError(path, record, f"field '{field}' is not a count ({value[:40]!r})")
        v = int(s)
    elif isinstance(value, float) and value.is_integer():
        v = int(value)
    else:
        raise RecordError(path, record, f"field '{field}' is not a count ({str(value)[:40]!r})")
    if v < 0:
        raise RecordError(path, record, f"field '{field}' is negative ({v})")
    if v >= 1 << 63:  # SQLite INTEGER is 64-bit: a bigger count would crash the store, not be rejected
        raise RecordError(path, record, f"field '{field}' is out of range ({str(v)[:40]})")
    return v


def as_text(value: Any, field: str, path: str, record: Any) -> str:
    if value is None:
        raise RecordError(path, record, f"missing field '{field}'")
    if not isinstance(value, str):
        raise RecordError(path, record, f"field '{field}' is not text ({type(value).__name__})")
    return value


def as_date(value: Any, field: str, path: str, record: Any, tweet_id: int | None = None) -> datetime:
    try:
        return parse_datetime(value, tweet_id)
    except (ValueError, KeyError, OverflowError, OSError, IndexError):
        if value in (None, ""):
            raise RecordError(path, record, f"missing field '{field}'") from None
        raise RecordError(path, record, f"field '{field}' is not a date ({str(value)[:40]!r})") from None


_SIMPLE_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"), ("&amp;", "&"))


def unescape(text: str) -> str:
    """``html.unescape``, with a fast path for text holding only the entities X escapes (&amp; &lt; &gt;)."""
    if "&" not in text:
        return text
    if text.count("&") == sum(text.count(e) for e, _ in _SIMPLE_ENTITIES):
        for e, c in _SIMPLE_ENTITIES:  # &amp; last, so "&amp;lt;" becomes "&lt;" as html.unescape does
            if e in text:
                text = text.replace(e, c)
        return text
    return html.unescape(text)


# -- retweets and status links (hashtags, cashtags, mentions, URLs: tweetsum.core.entities) -------------

_RT = re.compile(r"^RT @(\w{1,15}):")
_STATUS_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w{1,15})/status(?:es)?/(\d+)")


def retweet_handle(text: str) -> str | None:
    m = _RT.match(text) if text.startswith("RT @") else None
    return m.group(1) if m else None


def status_link(url: str) -> tuple[str, int] | None:
    """(handle, id) of a ``https://twitter.com/<h>/status/<id>`` link (``i/web`` self links excluded)."""
    m = _STATUS_URL.match(url)
    if not m or m.group(1) == "i":
        return None
    return m.group(1), int(m.group(2))


def quote_from_urls(urls: list[str], tweet_id: int) -> int | None:
    """The id a tweet quotes by linking it: the first status link in ``urls`` to another tweet, else None."""
    for u in urls:
        link = status_link(u)
        if link and link[1] != tweet_id:
            return link[1]
    return None


def dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items)) if len(items) > 1 else items
