"""A tweet on a market position is quoted, not restated (a rule of the grounding policy, :mod:`.policy`).

Read against their tweets, the published model items that restate one tweet carrying a cashtag were faithful or
minor 0 times in 12 in the zh posts of the gold set and 5 in 14 in the en ones; quotes of such tweets 19 of 24
and 10 of 13 (``benchmarks/data/faithfulness/``, 569 distinct items, 11b0918). The 1.5B misreads a trader's
shorthand whatever the section: "Custom silicon watch: ... Bad for $NVDA share" became "定制硅手表 … 对NVDA股价不利"
(a wristwatch, a share price) in the key points of three zh posts, "My Q1 positioning: $NVDA core long, trimmed
15%" became "Q1期间NVDA、TSM和AMD的股价表现符合预期" in the views. The finance section's parts are quoted for the
same reason (``restate.QUOTED_ANALYSES``); the other analyses (impact, sentiment) judge the window and keep their
own repair.
"""
from __future__ import annotations

from tweetsum.core.entities import cashtags_in

MARKET_QUOTED = "a tweet on a market position is quoted, not restated"


def restates_market(comp, item, section: str) -> bool:
    """A model item (not an analysis of the window) citing exactly one tweet, which carries a cashtag."""
    from tweetsum.report.policy import is_analysis  # policy imports this module

    if is_analysis(section) or len(item.cites) != 1:
        return False
    tweet = comp.tweets.get(item.cites[0])
    return tweet is not None and bool(cashtags_in(tweet.text))
