"""Time zones and date windows for the CLI: ``--tz``, ``--since``, ``--until``.

* :func:`parse_tz` accepts an IANA name (``Asia/Shanghai``), ``UTC``/``Z``, an offset (``+08:00``, ``-0530``,
  ``+8``, ``UTC+8``, ``GMT-03:00``) or ``local``/empty for the machine's zone.
* :func:`parse_window` turns ``--since``/``--until`` (``YYYY-MM-DD`` or ISO datetimes, read in that zone unless
  they carry their own offset) into an aware-UTC half-open window ``[since, until)``. A bare ``--until`` date
  includes that whole day (the bound becomes the next local midnight).
"""
from __future__ import annotations

import os
import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def local_tz() -> tzinfo:
    """The machine's zone: $TZ or /etc/localtime as a ZoneInfo (DST-aware), else the current fixed offset."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        with open("/etc/localtime", "rb") as f:
            return ZoneInfo.from_file(f, key="localtime")
    except (OSError, ValueError):
        return datetime.now().astimezone().tzinfo or timezone.utc


def parse_tz(s: str | tzinfo | None) -> tzinfo:
    """``Asia/Shanghai``, ``+08:00``, ``UTC``, ``local``/None -> tzinfo; ValueError with a hint otherwise."""
    if isinstance(s, tzinfo):
        return s
    if s is None or not str(s).strip() or str(s).strip().lower() == "local":
        return local_tz()
    s = str(s).strip()
    if s.upper() in ("UTC", "Z", "GMT", "ETC/UTC"):
        return timezone.utc
    m = _OFFSET.match(s)
    if m:
        sign, hh, mm = m.group(1), int(m.group(2)), int(m.group(3) or 0)
        if hh > 18 or mm >= 60:
            raise ValueError(f"time zone offset out of range: {s!r}")
        delta = timedelta(hours=hh, minutes=mm)
        return timezone(-delta if sign == "-" else delta)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(s)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {s!r} (use an IANA name like Asia/Shanghai or an offset like "
                         f"+08:00)") from None


def _is_date(s: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s))


def parse_when(s: str, tz: str | tzinfo | None = None, *, end: bool = False) -> datetime:
    """One bound -> aware UTC. A date is local midnight (with ``end``: the next local midnight)."""
    zone = parse_tz(tz)
    s = s.strip()
    try:
        if _is_date(s):
            d = date.fromisoformat(s)
            if end:
                d += timedelta(days=1)
            local = datetime.combine(d, time(0), tzinfo=zone)
        else:
            iso = s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s
            local = datetime.fromisoformat(iso)
            if local.tzinfo is None:
                local = local.replace(tzinfo=zone)
    except ValueError:
        raise ValueError(f"not a date or datetime: {s!r} (use YYYY-MM-DD or an ISO datetime like "
                         f"2024-05-01T08:00)") from None
    return local.astimezone(timezone.utc)


def parse_window(since: str | None, until: str | None,
                 tz: str | tzinfo | None = None) -> tuple[datetime | None, datetime | None]:
    """(since, until) in aware UTC for ``since <= created_at < until``; either may be None (open)."""
    lo = parse_when(since, tz) if since else None
    hi = parse_when(until, tz, end=True) if until else None
    if lo is not None and hi is not None and hi <= lo:
        raise ValueError(f"empty window: --until {until} is not after --since {since}")
    return lo, hi


def local_date(dt: datetime, tz: str | tzinfo | None = None) -> date:
    return dt.astimezone(parse_tz(tz)).date()


__all__ = ["parse_tz", "parse_window", "parse_when", "local_tz", "local_date"]
