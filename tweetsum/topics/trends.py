"""Topics over time: each topic's daily tweet counts in the user's time zone (a stage after ``topics``).

The series is plain data (``--json`` prints it); :mod:`tweetsum.trend_chart` draws it. A day with no tweet
of a topic is a 0, not a gap, so lines fall to the axis when a topic goes quiet.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from tweetsum.core.tweet import Topic, Tweet
from tweetsum.core.timeutil import local_date


@dataclass
class TopicTrend:
    topic_id: int
    label: str
    counts: list[int]  # one per day of ``TrendSeries.days``

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass
class TrendSeries:
    days: list[str]  # ISO dates, every day of the window in order
    topics: list[TopicTrend] = field(default_factory=list)

    @property
    def spans_days(self) -> bool:
        return len(self.days) > 1

    def to_dict(self) -> dict:
        return {"days": self.days, "topics": [{"id": t.topic_id, "label": t.label, "counts": t.counts}
                                              for t in self.topics]}


def window_days(since: datetime, until: datetime, tz: tzinfo) -> list[date]:
    """Every local day touched by ``since <= t < until``."""
    first = local_date(since, tz)
    last = local_date(until - timedelta(microseconds=1), tz)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def topic_trends(topics: list[Topic], tweets_by_id: dict[int, Tweet], since: datetime, until: datetime,
                 tz: tzinfo, *, top: int = 5, labels: dict[int, str] | None = None) -> TrendSeries:
    """Daily counts of the first ``top`` topics (in the order given: pass them ranked). ``labels``: a name per
    topic id (the post passes the model-written titles); default: the topic's keywords."""
    days = window_days(since, until, tz)
    index = {d: i for i, d in enumerate(days)}
    out = TrendSeries([d.isoformat() for d in days])
    for tp in topics[:top]:
        counts = [0] * len(days)
        for i in tp.member_ids:
            t = tweets_by_id.get(i)
            if t is None:
                continue
            k = index.get(local_date(t.created_at, tz))
            if k is not None:
                counts[k] += 1
        out.topics.append(TopicTrend(tp.id, (labels or {}).get(tp.id) or tp.label, counts))
    return out
