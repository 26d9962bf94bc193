"""A headline that says more than its item (verify/headline.py) and what the policy does with one: an item of a
section that may stand without a headline loses it; a trend, which needs one, is not published as written.
The examples are published items of the gold set (benchmarks/data/faithfulness/, TweetTopic week at 66c37c1)."""
from __future__ import annotations

from datetime import datetime, timezone

from tests.test_report_compose import ScriptedEngine
from tweetsum.core.tweet import Tweet
from tweetsum.report.content import Item
from tweetsum.report.policy import Composer
from tweetsum.verify.headline import extra_words, stem


def _tw(i, text, handle="tt_user32"):
    return Tweet(id=i, author_handle=handle, author_name=handle, text=text,
                 created_at=datetime(2019, 9, 27, 19, 55, tzinfo=timezone.utc))


BALL = _tw(1, "The climate change hoax - Dr. Tim Ball {{URL}} via {@YouTube@} . !!")
BODY = "tt_user32 shares a YouTube video of Dr. Tim Ball on the climate change hoax."
PRAYER = _tw(2, "What a road win!!! I hope everything is okay with {{USERNAME}} prayers!!!", "tt_user55")


def test_a_title_word_in_neither_the_text_nor_the_tweet_is_found():
    assert extra_words("Climate Change Hoax Debunked", BODY, [BALL]) == ["Debunked"]
    assert extra_words("Road Win and Prayer Requests", "tt_user55 celebrates a road win.", [PRAYER]) == ["Requests"]


def test_a_title_made_of_the_items_words_passes_in_any_form():
    assert extra_words("Dr. Tim Ball on the Climate Change Hoax", BODY, [BALL]) == []
    # inflections and possessives are the same word; a hashtag holds words run together
    assert stem("Steps") == "step" and stem("Released") == "releas" and stem("Ball's") == "ball"
    assert extra_words("Business Steps Up", "tt_user16 backs the business stepping up.", [BALL]) == []
    new_year = _tw(3, "I wrote out #newyearsresolutions then deleted them")
    assert extra_words("New Year's Resolutions", "tt_user32 wrote resolutions and deleted them.", [new_year]) == []


def test_chinese_headlines_and_tweets_are_not_judged_by_words():
    zh = _tw(4, "Chunked prefill 终于在我们的服务栈落地了，长 prompt 不再卡住短请求。", "devon_kv")
    assert extra_words("预填充技术成功落地", "作者 devon_kv 提到 Chunked prefill 已落地。", [zh]) == []
    assert extra_words("Prefill Lands", "Chunked prefill landed.", [zh]) == []  # the tweets are Chinese


def test_a_key_point_or_event_loses_a_headline_that_says_more_trend_is_not_published_as_written():
    for section in ("key_points", "events"):
        comp = Composer("en", {1: BALL}, engine=None)
        got = comp.ground(section, Item(text=BODY, headline="Climate Change Hoax Debunked", cites=[1]), pool=[1])
        if got is not None:  # (an event also needs an actor; either way no "Debunked" is published)
            assert got.headline is None and got.text == BODY
        assert comp.headlines_dropped == 1
    comp = Composer("en", {1: BALL}, engine=ScriptedEngine([]))
    got = comp.ground("trends", Item(text=BODY, headline="Climate Change Hoax Debunked", cites=[1]), pool=[1],
                      need_headline=True)
    assert got is None or "Debunked" not in (got.headline or "")
    assert "the headline says more than its text" in (comp.grounding.items[-1].note or "")
    # the same trend under a title of its own words is published as written
    comp = Composer("en", {1: BALL}, engine=ScriptedEngine([]))
    got = comp.ground("trends", Item(text=BODY, headline="Tim Ball on the Climate Change Hoax", cites=[1]), pool=[1],
                      need_headline=True)
    assert got is not None and got.source == "model" and got.headline == "Tim Ball on the Climate Change Hoax"


def test_an_analysis_label_is_not_a_model_headline():
    comp = Composer("en", {1: BALL}, engine=None)
    assert comp.headline_extra("finance/market_view", Item(text=BODY, headline="Market views", cites=[1])) == []
    assert comp.headline_extra("trends", Item(text=BODY, headline="Market views", cites=[1])) == ["Market", "views"]


def test_a_domain_quote_does_not_keep_another_tweets_title():
    # TweetTopic week (caf01bd): "Climate Action Kits" (tt_user15's tweet) over tt_user58's quote, both readers mismatch
    tech = _tw(5, "Technology will help to tackle climate change {@HumanProgress org@} {{URL}} #HumanProgress", "tt_user58")
    comp = Composer("en", {5: tech}, engine=None)
    got = comp.ground("tech", Item(text="Technology companies will solve climate change by 2030.",
                                   headline="Climate Action Kits", cites=[5]), pool=[5], need_headline=True)
    assert got is None or got.headline != "Climate Action Kits"
