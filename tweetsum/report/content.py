"""The typed content of a post: what the reduce stage produces and the template renders."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Author:
    name: str
    handle: str


@dataclass
class Fallback:
    """A section (or part) where the pipeline's fallback stood in for the model, and why."""
    section: str
    reason: str
    topic: int | None = None

    def to_dict(self) -> dict:
        return {"section": self.section, "reason": self.reason, "topic": self.topic}


@dataclass
class Item:
    """One line of the post: an optional bold headline, the text, and the tweets it came from."""

    text: str
    headline: str | None = None
    cites: list[int] = field(default_factory=list)
    author: Author | None = None
    source: str = "model"  # model | model_regenerated | trimmed | quote | template (extractive: map fallback)
    section: str = ""
    alt_headline: str | None = None  # used when the headline itself is not supported (e.g. topic keywords)


@dataclass
class PostContent:
    theme: str
    theme_display: str
    slug: str
    lang: str
    from_date: str  # YYYY-MM-DD in the report's zone
    to_date: str
    stamp: str  # "2026-01-22 16:01:36 +0800"
    trends_intro: str
    trends: list[Item]
    sentiment: Item
    sentiment_dist: str
    key_points: list[Item]
    key_points_note: str | None
    views: list[Item]
    views_note: str | None
    events: list[Item]
    events_note: str | None
    tickers_intro: str | None
    tickers: list[Item]
    tickers_note: str | None
    domain_tech: list[Item]
    domain_industry: list[Item]
    impact_industry: Item
    impact_market: Item
    impact_society: Item
    finance_note: str | None
    finance_view: Item
    finance_people: Item
    finance_impact: Item
    finance_conclusion: Item
    wordcloud_file: str
    citations: bool = True
    trend_file: str | None = None  # the topic-trend chart, under the word cloud (windows of several days)
    trend_alt: str = ""
    tweet_urls: dict[int, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return f"twitter_{self.slug}_{self.from_date.replace('-', '')}_{self.to_date.replace('-', '')}"

    def all_items(self) -> list[Item]:
        items = [*self.trends, self.sentiment, *self.key_points, *self.views, *self.events, *self.tickers,
                 *self.domain_tech, *self.domain_industry, self.impact_industry, self.impact_market,
                 self.impact_society, self.finance_view, self.finance_people, self.finance_impact,
                 self.finance_conclusion]
        return items
