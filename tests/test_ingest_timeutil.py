"""--tz / --since / --until parsing (tweetsum.core.timeutil)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tweetsum.core.timeutil import parse_tz, parse_window

UTC = timezone.utc


@pytest.mark.parametrize("s,offset", [("+08:00", 8 * 60), ("-0530", -330), ("+8", 480), ("UTC+8", 480),
                                      ("GMT-03:00", -180), ("UTC", 0), ("Z", 0)])
def test_offsets(s, offset):
    assert parse_tz(s).utcoffset(None) == timedelta(minutes=offset)


def test_iana_zone_with_dst():
    ny = parse_tz("America/New_York")
    assert datetime(2024, 1, 15, tzinfo=ny).utcoffset() == timedelta(hours=-5)
    assert datetime(2024, 7, 15, tzinfo=ny).utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize("bad", ["Mars/Olympus", "+25:00", "nonsense"])
def test_bad_zone_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="time zone"):
        parse_tz(bad)


def test_local_zone_default():
    assert parse_tz(None).utcoffset(datetime(2024, 1, 1)) is not None
    assert parse_tz("local") is not None


def test_dates_are_local_days_and_until_includes_the_whole_day():
    lo, hi = parse_window("2024-05-01", "2024-05-01", "Asia/Shanghai")
    assert lo == datetime(2024, 4, 30, 16, tzinfo=UTC) and hi == datetime(2024, 5, 1, 16, tzinfo=UTC)
    lo, hi = parse_window("2024-03-09", "2024-03-10", "America/New_York")  # DST starts 2024-03-10
    assert hi - lo == timedelta(hours=47)


def test_datetimes_and_explicit_offsets():
    lo, hi = parse_window("2024-05-01T08:00", "2024-05-01T12:30:00Z", "+08:00")
    assert lo == datetime(2024, 5, 1, 0, tzinfo=UTC) and hi == datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    assert parse_window(None, None, "UTC") == (None, None)
    assert parse_window("2024-05-01", None, "UTC")[1] is None


@pytest.mark.parametrize("since,until,msg", [("2024-05-02", "2024-05-01", "empty window"),
                                             ("yesterday", None, "not a date"),
                                             ("2024-13-01", None, "not a date")])
def test_bad_windows(since, until, msg):
    with pytest.raises(ValueError, match=msg):
        parse_window(since, until, "UTC")
