"""Facts first (summarize/facts.py): a topic's key points are restatements of single tweets, each citing the
one tweet it was written from, the headline written after the sentence. The choice of tweets is pure; the
statements are the real packaged 0.5B's."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from tweetsum.core.tweet import Topic, Tweet
from tweetsum.summarize.facts import fact_tweets, has_substance


def _tw(i, text, handle="devon_kv"):
    return Tweet(id=i, author_handle=handle, author_name=handle.title(), text=text,
                 created_at=datetime(2026, 1, 21, 9, 0, tzinfo=timezone.utc))


LIU = _tw(1, "今天 AI 板块集体回调，$NVDA 跌了近 3%，但基本面没有任何变化，就是资金在高位换手。短线情绪，不改长期逻辑。", "liu_touzi")
MA = _tw(2, "推理优化实测：同一个 70B 模型，开启前缀缓存 + fp8 KV cache 之后，单卡并发从 18 提到 41，每千 token 成本下降约 55%。",
         "ma_tuili")
JUNE = _tw(3, "We shipped thumbs up/down on AI answers and got a 0.4% response rate. Adding an Edit button gave us "
              "signal on every single use.", "june_pm")
LINK_ONLY = _tw(4, "$ETH https://t.co/abc #crypto", "coin_bot")
JUNE_AGAIN = _tw(5, "RT: We shipped thumbs up/down on AI answers and got a 0.4% response rate. Adding an Edit button "
                    "gave us signal on every single use!", "someone_else")


def test_tweets_without_words_of_their_own_and_repeats_give_no_fact():
    assert not has_substance(LINK_ONLY, "zh") and has_substance(LIU, "zh") and has_substance(JUNE, "en")
    got = fact_tweets([LINK_ONLY, JUNE, JUNE_AGAIN, MA, LIU], "en", k=4)
    assert [t.id for t in got] == [3, 2, 1]  # order kept; the link-only tweet and the repeat left out
    assert [t.id for t in fact_tweets([JUNE, MA, LIU], "en", k=2)] == [3, 2]


class _Spy:
    """The real engine, with every prompt it is asked kept."""

    def __init__(self, engine):
        self.e, self.prompts = engine, []

    def __getattr__(self, name):
        return getattr(self.e, name)

    def complete(self, prompt, **kw):
        self.prompts.append(prompt)
        return self.e.complete(prompt, **kw)


@pytest.fixture(scope="module")
def engine(test_engine):
    return test_engine


def _figures(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_key_point_is_one_tweet_restated_and_cites_it(engine, lang):
    from tweetsum.summarize.plan import plan_topic
    from tweetsum.summarize.topic_map import fact_points

    tweets = {t.id: t for t in (LIU, MA, JUNE)}
    topic = Topic(id=0, size=3, keywords=[("AI", 1.0)], representative_ids=[2, 1, 3], member_ids=[1, 2, 3])
    spy = _Spy(engine)
    plan = plan_topic(engine, topic, tweets, ["key_points"], lang=lang)
    sec = fact_points(spy, plan, tweets, lang=lang)
    pts = sec.data["key_points"]
    assert not sec.fallback and len(pts) == 3, sec.to_dict()
    assert [p["tweet_ids"] for p in pts] == [[2], [1], [3]]  # one tweet each, in representative order
    for p, prompt in zip(pts, spy.prompts):
        (tid,) = p["tweet_ids"]
        # the prompt held that tweet and no other: a fact cannot join two tweets
        others = [t for i, t in tweets.items() if i != tid]
        assert tweets[tid].text[:20] in prompt.data and not any(o.text[:20] in prompt.data for o in others)
        # no figure of a neighbour in it (whether its own figures are right is the meaning check's to judge)
        assert not _figures(p["explanation"]) & (set().union(*map(_figures, (o.text for o in others)))
                                                  - _figures(tweets[tid].text)), p
        assert p["explanation"] and (p["headline"] is None or len(p["headline"]) < 90)


def test_a_failed_market_analysis_is_restated_from_the_market_tweet_by_the_real_model(engine):
    """The analysis rule on the real model: the item cites the inference-cost tweet and reverses its figure;
    the one restatement asked is of the tweet that carries the market subject, and what is published (if the
    restatement holds) cites that tweet alone -- never a quote, never the off-subject tweet."""
    from tweetsum.report.content import Item
    from tweetsum.report.policy import Composer

    spy = _Spy(engine)
    lat = _tw(2, MA.text.replace("+ fp8 KV cache ", "").replace("每千 token 成本", "首字延迟"), "ma_tuili")  # off the market
    comp = Composer("zh", {1: LIU, 2: lat}, engine=spy)
    # (the finance parts are quoted, not restated: restate.QUOTED_ANALYSES; the domain impact on the market is not)
    got = comp.ground("impact/market", Item(text="对市场：首字延迟上升约55%。", cites=[2]), pool=[2, 1])
    assert len(spy.prompts) >= 1 and all(LIU.text[:20] in p.data and lat.text[:20] not in p.data for p in spy.prompts)
    if got is not None:
        assert got.source == "model_regenerated" and got.cites == [1], got
    else:
        assert "restated" in comp.grounding.items[-1].note


def test_a_statement_that_reached_its_bound_keeps_its_whole_sentences_only():
    from tweetsum.summarize.facts import MAX_CHARS, whole_sentences

    n = MAX_CHARS["zh"]
    cut = ("作者 ma_tuili 表示，70B 模型开启前缀缓存后单卡并发从 18 提到 41。" + "每千 token 成本下降约" * 20)[:n]
    assert whole_sentences(cut, n) == "作者 ma_tuili 表示，70B 模型开启前缀缓存后单卡并发从 18 提到 41。"
    assert whole_sentences("每千 token 成本下降约" * 20, 20) == ""  # no whole sentence: no statement
    assert whole_sentences("一句话。", n) == "一句话。"  # under the bound: as written
