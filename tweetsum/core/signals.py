"""Which tweets of a window carry a section's subject: finance (cashtags, market terms) and technology.

A section whose subject fewer than ``MIN_TWEETS`` tweets of the window carry is not asked of the model; the post
says the tweets do not cover it (a "notice", not a model failure). Asked anyway, the 1.5B default invents the
subject: on the TweetTopic day (105 tweets, 79 of them sports, none with a technology term) it wrote a boxing
match as a "technology breakthrough" and "AI在医疗领域…IBM Watson" as an industry application, every run.

The term lists are deliberately narrow (a false hit asks the model for a section the tweets barely carry; the
grounding check still refuses what it invents). Measured with ``TECH_TERMS``: the demo window 237 of 447 tweets,
the TweetTopic day (2020-02-23) 0 of 105, the TweetTopic week (2019-09-22..28) 4 of 147 (three on technology
and climate, one "Lawrence Tech", a college).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from tweetsum.core.entities import has_cashtag
from tweetsum.core.tweet import Tweet

MIN_TWEETS = 3

# Words with a market sense only in context: "shares a photo", a climate "rally", the Chicago Bears, "raised the
# trophy" made a TweetTopic week's finance section out of a celebrity birth and an Antifa rally (careful reading:
# unfaithful, mismatch). "share", "rally", "raise", "bull" and "bear" count only in their market phrases.
FINANCE_TERMS = re.compile(
    r"\b(stocks?|share prices?|shares? (?:rose|fell|jumped|dropped|slid|surged|sank|gained|are up|are down)|"
    r"shareholders?|market cap|valuation|ipo|earnings|revenue|capex|invest(or|ors|ment)?|funding|"
    r"rais(?:e|es|ed|ing) (?:\$|€|£|\d|(?:a |an )?(?:seed|series|round|funding|capital))|"
    r"(?:stocks?|markets?|shares|equities|prices|bitcoin) rall(?:y|ied|ies)|relief rally|sell-?off|"
    r"bullish|bearish|bull market|bear market|nasdaq|s&p|dow jones)\b|"
    r"股价|股票|市值|估值|融资|财报|营收|投资|资本支出|美股|纳斯达克|涨|跌",
    re.IGNORECASE,
)

# Not "cloud", "model", "rocket", "chip": weather, fashion, the Houston Rockets and golf are as common in a
# general archive as the technology senses.
TECH_TERMS = re.compile(
    r"\b(tech|technology|technologies|technological|AI|A\.I\.|artificial intelligence|machine learning|"
    r"deep learning|neural networks?|algorithms?|software|hardware|apps?|microchips?|semiconductors?|chipmakers?|"
    r"GPUs?|CPUs?|robots?|robotics|automation|data ?cent(?:er|re)s?|cloud computing|internet|5G|smartphones?|"
    r"iPhones?|Android|computers?|computing|quantum|start-?ups?|open[- ]source|LLMs?|language models?|"
    r"blockchain|crypto(?:currency|currencies)?|bitcoin|electric vehicles?|EVs?|batter(?:y|ies)|cyber\w*|"
    r"digital|devices?|gadgets?|satellites?|SpaceX|NASA)\b"
    r"|人工智能|科技|技术|芯片|算力|大模型|模型|算法|软件|硬件|机器人|数据中心|互联网|云计算|半导体|智能|自动驾驶|"
    r"电动车|开源|显卡",
    re.IGNORECASE,
)


def finance_tweets(tweets: Iterable[Tweet]) -> list[Tweet]:
    """The tweets with a cashtag or a finance term."""
    return [t for t in tweets if has_cashtag(t.cashtags, t.text) or FINANCE_TERMS.search(t.text)]


def tech_tweets(tweets: Iterable[Tweet]) -> list[Tweet]:
    """The tweets with a technology term."""
    return [t for t in tweets if TECH_TERMS.search(t.text)]
