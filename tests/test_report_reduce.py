"""The reduce stage's assembly with fake map/synthesis results (fast): failures are reported as failures, and
"the tweets do not say" appears only when the data lacks it."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from tweetsum.core.tweet import Topic, Tweet
from tweetsum.report import i18n
from tweetsum.report.compose import ComposeInput, compose
from tweetsum.report.policy import Composer
from tweetsum.summarize.synthesis import Synthesis
from tweetsum.summarize.topic_map import SectionResult, TopicSummary


def _tw(i, text, handle="alice", tags=()):
    return Tweet(id=i, author_handle=handle, author_name=handle.title(), text=text, cashtags=list(tags),
                 created_at=datetime(2026, 1, 21, 9, 0, tzinfo=timezone.utc))


TWEETS = {
    1: _tw(1, "NVIDIA shipped 3 million H100 GPUs this quarter, shares up 4%", "bob", ["NVDA"]),  # no cashtag in
    # the text: a model item restating a cashtag tweet is its quote (report/market.py)
    2: _tw(2, "Tessel-70B open weights landed under Apache-2.0", "ollie"),
    3: _tw(3, "$MSFT capex guide raised to $80B for datacenters", "hal", ["MSFT"]),
}
TOPIC = Topic(id=0, size=3, keywords=[("gpus", 1.0)], representative_ids=[1, 2, 3], member_ids=[1, 2, 3])


def _summary(sections):
    return TopicSummary(0, "t", "en", "fake", [1, 2, 3], [], [], sections)


def _sec(name, data, fallback=False):
    return SectionResult(name, data, not fallback, 0, fallback, "model output invalid: x" if fallback else None)


def _input(synth, cashtags=Counter(), finance=False, sections=None):
    sections = sections or {"summary": _sec("summary", {"title": "NVIDIA H100 GPUs",
                                                        "summary": "H100 shipments from NVIDIA reached 3 million units, a record.",
                                                        "sentiment": "positive", "sentiment_reason": "demand",
                                                        "tweet_ids": [1]})}
    return ComposeInput(lang="en", theme="AI", ranked=[TOPIC], summaries=[_summary(sections)], synth=synth,
                        cashtags=cashtags, finance_signal=finance, n_selected=3, n_topics=1,
                        from_date="2026-01-21", to_date="2026-01-21", stamp="2026-01-22 08:00:00 +0800")


def test_failed_synthesis_says_it_could_not_be_summarized_not_that_the_tweets_lack_it():
    synth = Synthesis(failed={"tech": "model output unusable: not valid JSON", "impact": "model output unusable",
                              "finance": "model output unusable", "sentiment": "x", "industry": "x"})
    comp = Composer("en", TWEETS)
    c = compose(comp, _input(synth, Counter({"NVDA": 1, "MSFT": 1}), finance=True))
    failed = i18n.t("en", "not_summarized")
    assert c.domain_tech[0].text == failed and c.impact_market.text == failed
    assert c.finance_view.text == failed and c.finance_conclusion.text == failed
    assert i18n.t("en", "not_in_tweets") not in {c.finance_view.text, c.finance_impact.text}
    reasons = {f.section: f.reason for f in comp.fallbacks}
    assert "not valid JSON" in reasons["tech"] and "finance/market_view" in reasons


def test_no_finance_data_says_so():
    comp = Composer("en", TWEETS)
    c = compose(comp, _input(Synthesis(), finance=False))
    assert c.finance_view.text == i18n.t("en", "not_in_tweets") and c.finance_note


def test_synthesized_finance_and_trend_are_model_written():
    synth = Synthesis(answers={
        "finance": {k: {"text": f"The raised $MSFT capex guide of $80B points to strong datacenter demand ({k}).",
                        "tweet_ids": [3]} for k in ("market_view", "people", "impact", "conclusion")},
        "sentiment": {"verdict": "Sentiment leans positive.", "reasons": "Demand for the H100 from NVIDIA stays strong, at 3 million units.",
                      "tweet_ids": [1]}},
        prompt_ids={"digest of the top topics": [1, 2, 3], "tweets on markets and finance": [1, 3]})
    comp = Composer("en", TWEETS)
    c = compose(comp, _input(synth, Counter({"MSFT": 1}), finance=True))
    assert c.trends[0].headline == "NVIDIA H100 GPUs" and c.trends[0].source == "model"
    assert c.finance_view.source == "model" and "$80B" in c.finance_view.text
    assert c.sentiment.source == "model" and "positive" in c.sentiment_dist


def test_ticker_line_cites_only_tweets_with_its_symbol():
    sections = {"summary": _sec("summary", {"title": "NVIDIA H100 GPUs", "summary": "NVIDIA shipped 3 million "
                                            "H100 GPUs.", "sentiment": "positive", "sentiment_reason": "x",
                                            "tweet_ids": [1]}),
                "tickers": _sec("tickers", {"tickers": [{"symbol": "MSFT", "reaction": "The $MSFT capex guide "
                                                         "rose to $80B for datacenters.", "tweet_ids": [1, 3]}]})}
    comp = Composer("en", TWEETS)
    c = compose(comp, _input(Synthesis(), Counter({"MSFT": 1}), sections=sections))
    msft = [t for t in c.tickers if t.headline == "$MSFT"]
    assert msft and msft[0].cites == [3]


def test_a_window_without_technology_gets_notices_not_model_failures():
    comp = Composer("en", TWEETS)
    x = _input(Synthesis(failed={"tech": "no answer"}))
    x.tech_signal = False
    c = compose(comp, x)
    assert [i.text for i in c.domain_tech] == [i18n.t("en", "not_in_tweets")]
    assert c.domain_tech[0].source == c.domain_industry[0].source == "notice"
    assert "tech" not in {f.section for f in comp.fallbacks}
    c2 = compose(Composer("en", TWEETS), _input(Synthesis(failed={"tech": "no answer"})))
    assert c2.domain_tech[0].text == i18n.t("en", "not_summarized") and c2.domain_tech[0].source == "template"


def test_the_technology_terms():
    from tweetsum.core.signals import tech_tweets

    got = tech_tweets([TWEETS[2], _tw(9, "Houston Rockets win; cloudy day, fashion models everywhere"),
                       _tw(10, "人工智能芯片出货量翻倍"), _tw(11, "8 Companies Utilizing AI to Tackle Climate Change")])
    assert [t.id for t in got] == [10, 11]


def test_a_failed_brief_gives_its_trend_place_to_a_key_point_of_the_same_topic_then_to_a_quote():
    bad = _sec("summary", {"title": "Intel ships 9 million Gaudi chips", "summary": "Intel shipped 9 million Gaudi "
                           "accelerators, a record for Intel.", "sentiment": "positive", "tweet_ids": [1]})
    point = {"headline": "H100 shipments hit 3 million", "explanation": "NVIDIA delivered 3 million H100 units in "
             "the quarter, a new high.", "tweet_ids": [1]}
    comp = Composer("en", TWEETS)
    c = compose(comp, _input(Synthesis(), sections={"summary": bad, "key_points": _sec("key_points", {
        "key_points": [point]})}))
    assert [(t.headline, t.source) for t in c.trends] == [("H100 shipments hit 3 million", "model")]
    assert all(k.headline != "H100 shipments hit 3 million" for k in c.key_points)  # not said twice
    dropped = [i for i in comp.grounding.items if i.section == "trends" and i.action == "dropped"]
    assert dropped and "took its place" in dropped[0].note
    comp2 = Composer("en", TWEETS)  # no key point holds either: the brief's tweet, quoted
    c2 = compose(comp2, _input(Synthesis(), sections={"summary": bad}))
    assert [t.source for t in c2.trends] == ["quote"]


def test_a_key_point_that_does_not_hold_is_left_out_not_quoted():
    bad = {"headline": "Intel ships 9 million Gaudi chips", "explanation": "Intel shipped 9 million Gaudi "
           "accelerators, a record.", "tweet_ids": [1]}
    good = {"headline": "H100 shipments hit 3 million", "explanation": "NVIDIA delivered 3 million H100 units in "
            "the quarter, a new high.", "tweet_ids": [1]}
    comp = Composer("en", TWEETS)
    c = compose(comp, _input(Synthesis(), sections={"key_points": _sec("key_points", {"key_points": [bad, good]})}))
    assert [(k.headline, k.source) for k in c.key_points] == [("H100 shipments hit 3 million", "model")]
    assert "1 supported points" in c.key_points_note
    left = [i for i in comp.grounding.items if i.section == "key_points" and i.action == "dropped"]
    assert len(left) == 1 and "not quoted" in left[0].note


def test_a_fact_whose_headline_was_cut_is_a_key_point_without_one_a_topic_written_point_is_not():
    # facts.restate_tweet drops a headline that ran into its bound; the statement itself stands
    fact = {"headline": "", "explanation": "Ollie reports that Tessel-70B open weights landed under Apache-2.0.",
            "tweet_ids": [2]}
    sections = {"key_points": _sec("key_points", {"key_points": [fact]})}
    x = _input(Synthesis(), sections=sections)
    x.key_points_from = "facts"
    c = compose(Composer("en", TWEETS), x)
    assert [(k.headline, k.source) for k in c.key_points] == [(None, "model")]
    x = _input(Synthesis(), sections=sections)  # the topic prompt's point must carry its headline
    comp = Composer("en", TWEETS)
    assert compose(comp, x).key_points == []
    assert any(i.note and "no headline" in i.note for i in comp.grounding.items if i.section == "key_points")


def test_with_facts_a_topics_trend_is_its_first_fact_that_holds_the_brief_only_after():
    brief = _sec("summary", {"title": "NVIDIA H100 GPUs", "summary": "H100 shipments from NVIDIA reached 3 "
                             "million units.", "sentiment": "positive", "tweet_ids": [1]})
    fact = {"headline": "Tessel-70B weights under Apache-2.0", "explanation": "Ollie reports that the Tessel-70B "
            "open weights landed under Apache-2.0.", "tweet_ids": [2]}
    untitled = {"headline": "", "explanation": "Bob reports that NVIDIA shipped 3 million H100 GPUs this quarter.",
                "tweet_ids": [1]}
    sections = {"summary": brief, "key_points": _sec("key_points", {"key_points": [untitled, fact]})}
    x = _input(Synthesis(), sections=sections)
    x.key_points_from = "facts"
    c = compose(Composer("en", TWEETS), x)
    assert [(t.headline, t.cites) for t in c.trends] == [("Tessel-70B weights under Apache-2.0", [2])]
    assert [k.cites for k in c.key_points] == [[1]]  # the fact is not said twice; the untitled one is a point
    # a topic whose facts do not hold keeps its brief
    bad = dict(fact, explanation="Ollie reports that the Tessel-90B weights landed under MIT.")
    x = _input(Synthesis(), sections={"summary": brief, "key_points": _sec("key_points", {"key_points": [bad]})})
    x.key_points_from = "facts"
    assert [t.headline for t in compose(Composer("en", TWEETS), x).trends] == ["NVIDIA H100 GPUs"]


def test_finance_words_count_only_in_their_market_sense():
    # a TweetTopic week's finance section was made of "Nash Grier Shares 1st Photo…" and an Antifa "Rally"
    from tweetsum.core.signals import finance_tweets

    market = ["$NVDA shares rose 4% after earnings", "Corvid raised $40M at a $6B valuation", "raising a Series B",
              "AI stocks rallied into the close", "bearish on chips this quarter", "Dow Jones fell 300 points"]
    other = ["Nash Grier Shares 1st Photo Of Newborn Son", "Antifa Commandeers Climate Change Rally",
             "Chicago Bears win in overtime", "Bulls beat the Knicks", "Captain raised the trophy",
             "She shares her story of recovery"]
    assert [t.text for t in finance_tweets([_tw(i, s) for i, s in enumerate(market + other)])] == market
