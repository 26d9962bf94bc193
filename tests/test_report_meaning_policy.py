"""The policy's use of the meaning check (report/meaning.py, report/restate.py): an item whose words say
something else than its cited tweets is not published as written; it is restated from its most relevant
tweet (checked again); under an analysis heading (impact, finance) it is restated only from a tweet that carries
the heading's subject and never quoted, and a sentiment is never restated -- the section then says it could not
be summarized. Fast: rules-only check, scripted answers; the
model's reading on the real model is in test_verify_model.py."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from tests.test_report_compose import ScriptedEngine
from tweetsum.core.tweet import Tweet
from tweetsum.report.content import Item
from tweetsum.report.policy import Composer


ROOT = Path(__file__).resolve().parents[1]


def _tw(i, text, handle):
    return Tweet(id=i, author_handle=handle, author_name=handle.title(), text=text,
                 created_at=datetime(2026, 1, 21, 9, 0, tzinfo=timezone.utc))


LIU = _tw(1, "今天 AI 板块集体回调，$NVDA 跌了近 3%，但基本面没有任何变化，就是资金在高位换手。短线情绪，不改长期逻辑。", "liu_touzi")
MA = _tw(2, "推理优化实测：同一个 70B 模型，开启前缀缓存 + fp8 KV cache 之后，单卡并发从 18 提到 41，每千 token 成本下降约 55%。",
         "ma_tuili")
WINDOW = {1: LIU, 2: MA}
# off the market subject (no price, cost or market word) and reversed by the items below
LAT = _tw(2, "推理优化实测：同一个 70B 模型，开启前缀缓存之后，单卡并发从 18 提到 41，首字延迟下降约 55%。", "ma_tuili")
REVERSED = "AI 板块集体回调，$NVDA 跌了近 3%，但资金在低位换手，长期逻辑不变。"
# the same without a cashtag: a model item restating a cashtag tweet is its quote (report/market.py), and the
# tests of restatement are about tweets a restatement may stand for
PLAIN_LIU = _tw(1, LIU.text.replace("$NVDA ", "英伟达"), "liu_touzi")
PLAIN_WINDOW = {1: PLAIN_LIU, 2: MA}
PLAIN_REVERSED = REVERSED.replace("$NVDA ", "英伟达")


def test_an_item_that_reverses_its_tweet_is_restated_from_the_tweet():
    eng = ScriptedEngine([{"text": "作者表示 AI 板块回调、英伟达跌近 3%，但基本面没变，只是资金在高位换手。",
                           "headline": "板块高位换手"}])
    comp = Composer("zh", PLAIN_WINDOW, engine=eng)
    got = comp.ground("key_points", Item(text=PLAIN_REVERSED, headline="资金低位换手", cites=[1]), pool=[1, 2])
    assert got is not None and got.source == "model_regenerated", comp.grounding.items[-1].note
    assert "高位" in got.text and got.headline == "板块高位换手" and got.cites == [1]
    assert "liu_touzi" in eng.prompts[0].task  # the restatement names the tweet's author, in the third person


def test_a_restatement_that_is_still_wrong_is_not_published():
    eng = ScriptedEngine([{"text": "作者表示资金在低位换手，AI 板块回调。", "headline": "低位换手"}])
    comp = Composer("zh", PLAIN_WINDOW, engine=eng)
    got = comp.ground("key_points", Item(text=PLAIN_REVERSED, headline="资金低位换手", cites=[1]), pool=[1, 2])
    assert got is None or got.source == "quote"
    assert "restated: no faithful restatement" in comp.grounding.items[-1].note


def test_a_failed_analysis_restates_a_tweet_on_its_subject_never_one_off_it():
    # the market view cites the inference-cost tweet (no market term) and reverses a figure: the repair restates
    # the prompt's tweet that carries the subject (cashtag, 跌, 板块), cites only it, and never quotes
    eng = ScriptedEngine([{"text": "作者 @liu_touzi 认为 AI 板块回调、$NVDA 跌近 3% 只是资金在高位换手，不改长期逻辑。"}])
    comp = Composer("zh", {1: LIU, 2: LAT}, engine=eng)
    got = comp.ground("impact/market", Item(text="对市场：首字延迟上升约55%。", cites=[2]), pool=[2, 1])
    assert got is not None and got.source == "model_regenerated" and got.cites == [1], comp.grounding.items[-1].note
    assert len(eng.prompts) == 1 and LIU.text[:20] in eng.prompts[0].data and LAT.text[:20] not in eng.prompts[0].data
    # a key point with the same fault is restated from its own cited tweet, whatever its subject
    eng2 = ScriptedEngine([{"text": "作者表示开启前缀缓存后每千 token 成本下降约 55%。", "headline": "推理成本下降"}])
    got = Composer("zh", WINDOW, engine=eng2).ground(
        "key_points", Item(text="开启前缀缓存后，每千token成本上升约55%。", headline="推理成本上升", cites=[2]), pool=[1, 2])
    assert got is not None and got.source == "model_regenerated" and len(eng2.prompts) == 1


def test_an_analysis_with_no_tweet_on_its_subject_or_of_the_whole_window_is_not_restated():
    eng = ScriptedEngine([])  # no call may be made
    comp = Composer("zh", WINDOW, engine=eng)
    # neither tweet is about jobs, schools, privacy or regulation: nothing to restate under "society"
    got = comp.ground("impact/society", Item(text="每千token成本上升约55%，学生将无法负担。", cites=[2]), pool=[1, 2])
    assert got is None and "carries the subject of impact/society" in comp.grounding.items[-1].note
    # the sentiment judges the whole window: one tweet restated under it is a mismatch
    got = comp.ground("sentiment", Item(text="整体情绪极度悲观：资金在低位换手。", cites=[1]), pool=[1, 2])
    assert got is None and "not restated from one tweet" in comp.grounding.items[-1].note
    assert eng.prompts == []


def test_an_analysis_keeps_its_faithful_sentences():
    comp = Composer("zh", WINDOW, engine=ScriptedEngine([]))
    got = comp.ground("impact/market", Item(
        text="开启前缀缓存和 fp8 KV cache 后，70B 模型的单卡并发从 18 提到 41，每千 token 成本下降约 55%。资金在低位换手。",
        cites=[1, 2]), pool=[1, 2])
    assert got is not None and got.source == "trimmed" and "低位" not in got.text and "55%" in got.text


def test_a_restated_headline_cut_at_its_bound_is_not_used():
    from tweetsum.report.restate import HEADLINE_MAX, restate

    class Eng(ScriptedEngine):
        def complete(self, prompt, schema=None, **kw):
            self.schemas = getattr(self, "schemas", []) + [schema]
            return super().complete(prompt, **kw)

    cut = "作者说AI capex是macro变量，数据中心建设对GDP增长的贡献超过了消费支出的增长"[:HEADLINE_MAX["zh"]]
    assert len(cut) == HEADLINE_MAX["zh"]
    eng = Eng([{"text": "作者表示 AI capex 已是宏观变量。", "headline": cut}])
    head, text = restate(eng, None, MA, "zh", "key_points", headline=True)
    assert head is None and text.startswith("作者")
    assert list(eng.schemas[0]["properties"]) == ["text", "headline"]  # the headline is written after the text
    eng = Eng([{"text": "作者表示成本下降约 55%。", "headline": "推理成本下降"}])
    assert restate(eng, None, MA, "zh", "key_points", headline=True)[0] == "推理成本下降"


def test_a_long_tweet_is_quoted_to_a_sentence_end_not_cut_mid_word():
    from tweetsum.report.regenerate import quote_body

    long = ("This is the number that matters. $470B of capex needs roughly $1T+ of eventual AI revenue to earn a "
            "decent return. We're nowhere near that yet, which is exactly why every digestion scare gets bought.")
    got = quote_body(long, 150)
    assert got == "This is the number that matters. $470B of capex needs roughly $1T+ of eventual AI revenue to earn " \
                  "a decent return. […]"  # an excerpt says it is one
    zh = "国产加速卡今年最大的进步不是算力指标，是软件栈。以前迁移一个模型要两周，现在主流开源模型基本一天能跑通。生态差距在缩小。"
    assert quote_body(zh, 40) == "国产加速卡今年最大的进步不是算力指标，是软件栈。[…]"
    assert quote_body(zh, 200) == zh
    comp = Composer("en", {9: _tw(9, long, "quantqueen_ria")})
    assert comp.quote_text(9, n=150).endswith("decent return. […]”")
    from tweetsum.verify import verify
    assert verify(comp.quote_text(9, n=150), [comp.tweets[9]]).faithful  # an excerpt is not cut text


def test_an_english_post_does_not_publish_chinese_sentences_as_its_prose():
    qian = _tw(5, "今年校招观察：大厂对“AI 应用”方向的岗位需求涨了一倍多，但传统后台和测试岗缩招明显。", "qian_hr")
    comp = Composer("en", {5: qian}, engine=None)
    got = comp.ground("trends", Item(text="@qian_hr：今年校招观察：大厂对AI应用方向的岗位需求涨了一倍多，传统后台和测试岗缩招明显。",
                                     headline="AI应用岗位需求增长", cites=[5]), pool=[5])
    assert got is None or got.source == "quote"
    assert comp.lang_ok("Big tech doubled its hiring for AI application roles, says 钱 HR.")
    assert not comp.lang_ok("AI应用岗位需求增长", headline=True)
    # a headline whose English runs into Chinese mid-phrase is a translation given up half-way (the en demo at
    # 0d1f757: "team training实习生 teaching AI and search engine usage" over a quote, read unfaithful); a Chinese
    # name standing apart is English prose
    assert not comp.lang_ok("team training实习生 teaching AI and search engine usage", headline=True)
    assert comp.lang_ok("青穹团队 open-sources a 236B MoE model", headline=True)
    assert comp.lang_ok("Interns ask AI first, says 王宇", headline=True)


def test_the_reports_figure_is_an_estimate_of_careful_reading_not_the_gate_it_passed():
    from tweetsum.report import meaning

    class C:  # published items' checks: 9 pass (4 quotes, 3 restatements of one tweet, 2 joining two), 1 flagged
        def __init__(self, label, source="model", cited=(1,)):
            self.action, self.meaning, self.source, self.cited_ids = "kept", {"label": label}, source, list(cited)

    items = [C("faithful", "quote")] * 4 + [C("faithful")] * 3 + [C("faithful", cited=(1, 2))] * 2 + [C("truncated")]
    got = meaning.faithful_figure(items, "en")
    assert got["faithful"] == 9 and got["faithful_pct"] == 90.0
    rate = meaning.PUBLISHED_FAITHFUL  # each kind at the rate readers found for it in the post's language
    want = (4 * rate["en/quotes"] + 4 * rate["en/restating one tweet"] + 2 * rate["en/joining several"]) / 10
    assert got["estimated_faithful_pct"] == round(100 * want, 1) < got["faithful_pct"]
    assert got["published_faithful"]["quotes"] == rate["en/quotes"]
    assert got["estimate_held_out_error"] == meaning.ESTIMATE_HELD_OUT_ERROR["en"]
    # the same items in a Chinese post are estimated at the Chinese rates, and quotes beat restatements in each
    zh = meaning.faithful_figure(items, "zh")["estimated_faithful_pct"]
    assert zh == round(100 * (4 * rate["zh/quotes"] + 4 * rate["zh/restating one tweet"]
                              + 2 * rate["zh/joining several"]) / 10, 1) != got["estimated_faithful_pct"]
    assert all(rate[f"{lang}/quotes"] > rate[f"{lang}/restating one tweet"] for lang in ("en", "zh"))


def test_the_estimates_rates_are_those_the_gold_set_gives():
    """meaning.PUBLISHED_FAITHFUL is what benchmarks/bench_estimate.py fits on the gold posts it names: a stale
    constant (a post added to the calibration, a label changed) fails here until it is re-fitted."""
    import importlib.util

    from tweetsum.report import meaning

    spec = importlib.util.spec_from_file_location("bench_estimate", ROOT / "benchmarks" / "bench_estimate.py")
    be = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(be)
    rows = be.published(set(be.CALIBRATION))
    assert {r["post"] for r in rows} == set(be.CALIBRATION) and len(rows) > 200
    assert be.rates(rows) == meaning.PUBLISHED_FAITHFUL
    # what the report prints as the estimate's width is its worst held-out miss, re-measured here; fitted on the
    # other windows, every English post is estimated within 7 points of its reader
    res = be.held_out(rows, be.CALIBRATION)
    assert be.worst_error(res) == meaning.ESTIMATE_HELD_OUT_ERROR
    assert all(abs(o["loo_error"]) < 7 for o in res if o["lang"] == "en") and len(res) == len(be.CALIBRATION)


def test_a_ticker_line_quotes_a_tweet_about_its_symbol_not_one_about_another():
    mu = _tw(7, "Watching $MU into earnings more closely than $NVDA this time. HBM pricing is where the margin surprise is.",
             "quantqueen_ria")
    nv = _tw(8, "$NVDA trimmed 15% into December highs, still my core long.", "quantqueen_ria")
    from tweetsum.verify import verify
    assert verify(f"引述 @quantqueen_ria：「{mu.text}」", [mu], headline="$NVDA", section="tickers").label == "mismatch"
    assert verify(f"引述 @quantqueen_ria：「{nv.text}」", [nv], headline="$NVDA", section="tickers").faithful
    comp = Composer("zh", {7: mu, 8: nv}, engine=None)
    got = comp.ground("tickers", Item(text="", headline="$NVDA", cites=[7, 8], source="quote"), pool=[7, 8])
    assert got is not None and got.cites == [8], comp.grounding.items[-1].note
    only_mu = Composer("zh", {7: mu}, engine=None).ground("tickers", Item(text="", headline="$NVDA", cites=[7],
                                                                          source="quote"), pool=[7])
    assert only_mu is None


def test_a_part_written_from_facts_is_one_on_subject_tweet_outside_the_repair_budget():
    from tweetsum.report.restate import restated_analysis

    eng = ScriptedEngine([{"text": "作者 liu_touzi 认为 AI 板块回调、$NVDA 跌近 3% 只是资金在高位换手。"}])
    comp = Composer("zh", {1: LIU, 2: LAT, 3: MA}, engine=eng, max_regenerations=0)  # the repairs' budget is spent
    got = restated_analysis(comp, "impact/market", Item(text="", cites=[]), [2, 1], spend=False)
    assert not isinstance(got, str) and got.cites == [1] and got.source == "model_regenerated", got
    assert comp.regenerations == 0 and len(eng.prompts) == 1
    # as a repair it spends the budget, and a spent budget stops it
    assert restated_analysis(comp, "impact/market", Item(text="", cites=[]), [3]) == \
        "the regeneration budget is spent"


def test_a_tweet_is_on_the_society_subject_only_for_what_society_means():
    from tweetsum.report.restate import FOCUS

    evalset = ("A few people asked how we build the held-out set that gave those 41-63% numbers. Every task comes "
               "from a real internal repo; none is on a public benchmark, so we can work on it.")
    assert not FOCUS["impact/society"].search(evalset)  # "public", "work": not society (it was, on the demo)
    assert FOCUS["impact/society"].search("AI detectors flagged 3 of my ESL students' essays as likely AI.")
    assert FOCUS["impact/society"].search("今年校招观察：大厂对 AI 应用方向的岗位需求涨了一倍多。")
    # praise and idioms are no subject (TweetTopic day: both readers mismatch under 对社会 / 对市场)
    assert not FOCUS["impact/society"].search("Great job Matt and Wood Brothers Racing today! Strong showing!")
    assert FOCUS["impact/society"].search("AI will take entry-level jobs first")
    assert FOCUS["impact/society"].search("the job market for new grads is brutal")
    assert not FOCUS["impact/market"].search("become official patreons & show love no matter the cost")
    assert FOCUS["impact/market"].search("the cost of inference fell 55% this year")


IVY = _tw(3, "We shipped v0.9 of our open-source agent framework: typed tool schemas, step budgets, and a replay "
             "debugger. The replay debugger is the feature I'd fight for.", "ivy_agents")


def test_a_chinese_tweet_of_a_zh_post_is_restated_in_a_quotes_place_other_tweets_are_quoted():
    # an event the checks reject (an invented figure): its cited Chinese tweet is restated, checked, published
    eng = ScriptedEngine([{"text": "作者 ma_tuili 表示，70B 模型开启前缀缓存和 fp8 KV cache 后单卡并发从 18 提到 41。",
                           "headline": "推理并发提升"}])
    comp = Composer("zh", {**PLAIN_WINDOW, 3: IVY}, engine=eng, max_regenerations=0)  # straight to the quote step
    got = comp.ground("events", Item(text="ma_tuili 发布推理优化，单卡并发提到 99。", headline="推理优化发布", cites=[2]))
    assert got is not None and got.source == "model_regenerated" and got.cites == [2], comp.grounding.items[-1].note
    assert not got.text.startswith("引述") and got.headline == "推理并发提升"
    assert MA.text[:20] in eng.prompts[-1].data  # the one tweet, restated
    # its restatement reverses the tweet: the tweet is quoted after all, and the grounding file says why
    eng = ScriptedEngine([{"text": "作者 liu_touzi 表示资金在低位换手，AI 板块回调。", "headline": "低位换手"}])
    comp = Composer("zh", PLAIN_WINDOW, engine=eng, max_regenerations=0)
    got = comp.ground("events", Item(text="liu_touzi 发布报告：英伟达大涨 9%。", headline="英伟达大涨", cites=[1]))
    assert got is not None and got.source == "quote" and "restated instead" in comp.grounding.items[-1].note
    assert got.headline is None  # the event's name was the failed event's: the quote stands without it
    # an English tweet in a zh post is quoted without a try (mistranslations were the restatements' faults)
    eng = ScriptedEngine([])
    comp = Composer("zh", {**PLAIN_WINDOW, 3: IVY}, engine=eng, max_regenerations=0)
    got = comp.ground("events", Item(text="ivy_agents 的 agent 框架 replay debugger 获得 42 分。", headline="框架发布",
                                     cites=[3]))
    assert got is not None and got.source == "quote" and not [p for p in eng.prompts if "restate" in p.label]
    assert got.headline is None
    # and an English tweet in an en post is quoted too (English restatements held 14-15 of 19 times, quotes 9 of 11)
    eng = ScriptedEngine([])
    comp = Composer("en", {3: IVY}, engine=eng, max_regenerations=0)
    got = comp.ground("events", Item(text="ivy_agents scored 42 points with its replay debugger.", headline="Framework",
                                     cites=[3]))
    assert got is not None and got.source == "quote" and not [p for p in eng.prompts if "restate" in p.label]


def test_a_zh_market_view_restates_a_chinese_tweet_on_its_subject_before_an_english_one():
    from tweetsum.report.restate import analysis_candidates

    ken = _tw(4, "Custom silicon watch: TPUs, Trainium, MTIA, Maia. Bad for $NVDA share, not necessarily revenue.",
              "chipwatch_ken")
    comp = Composer("zh", {**WINDOW, 4: ken})
    # the English tweet is cited and the most relevant; the Chinese one on the subject still comes first
    assert analysis_candidates(comp, "finance/market_view", Item(text="$NVDA share", cites=[4]), [4, 1]) == [1, 4]
    comp = Composer("en", {**WINDOW, 4: ken})  # an en post keeps the relevance order
    assert analysis_candidates(comp, "finance/market_view", Item(text="$NVDA share", cites=[4]), [4, 1]) == [4, 1]


def test_a_model_item_that_joins_tweets_is_restated_from_one_of_them():
    # it passes every other check, but an event built on two tweets was faithful 4 times in 11 (policy.JOINS)
    joined = Item(text="AI 板块回调时，$NVDA 跌近 3%，而 70B 模型开启前缀缓存后单卡并发从 18 提到 41。", headline="板块回调与推理优化",
                  cites=[1, 2])
    eng = ScriptedEngine([{"text": "作者 ma_tuili 表示，70B 模型开启前缀缓存和 fp8 KV cache 后单卡并发从 18 提到 41。",
                           "headline": "推理并发提升"}])
    comp = Composer("zh", WINDOW, engine=eng)
    got = comp.ground("events", Item(text=joined.text, headline=joined.headline, cites=[1, 2]), pool=[1, 2])
    assert got is not None and got.source == "model_regenerated" and len(got.cites) == 1, \
        comp.grounding.items[-1].note
    assert len(eng.prompts) == 1
    # without a model to restate it, a cited tweet is quoted -- the joined text is not trimmed into the post
    comp = Composer("zh", WINDOW, engine=None)
    got = comp.ground("events", Item(text=joined.text, headline=joined.headline, cites=[1, 2]), pool=[1, 2])
    assert got is None or got.source == "quote"
    assert "joins several tweets" in (comp.grounding.items[-1].note or "")
    # the same statement citing one tweet it restates is published as written; a conclusion may join
    one = Item(text="ma_tuili 实测：70B 模型开启前缀缓存后单卡并发从 18 提到 41。", headline="推理并发提升", cites=[2])
    assert Composer("zh", WINDOW, engine=None).ground("events", one, pool=[1, 2]).source == "model"
    got = Composer("zh", WINDOW, engine=None).ground("conclusion", Item(text=joined.text, cites=[1, 2]), pool=[1, 2])
    assert got is not None and got.source == "model" and got.cites == [1, 2]


def test_a_finance_view_is_a_quote_of_a_tweet_on_its_subject_not_a_restatement():
    from tweetsum.report.restate import restated_analysis

    eng = ScriptedEngine([])  # no call may be made
    comp = Composer("zh", WINDOW, engine=eng)
    got = restated_analysis(comp, "finance/market_view", Item(text="", cites=[]), [2, 1], spend=False)
    assert not isinstance(got, str) and got.source == "quote" and got.cites == [1], got  # the market tweet
    assert got.text.startswith("引述 @liu_touzi") and eng.prompts == []
    assert comp.figures()["by_source"]["quote"] == 1  # counted as a quote, not as model prose
    # the next part does not quote the same tweet again; with no other tweet on the subject it says why
    got = restated_analysis(comp, "finance/people", Item(text="", cites=[]), [2, 1], spend=False)
    assert isinstance(got, str) and "left to quote" in got
    # the potential impact too (restated: faithful or minor 2 times in 5)
    comp = Composer("zh", WINDOW, engine=eng)
    got = restated_analysis(comp, "finance/impact", Item(text="", cites=[]), [2, 1], spend=False)
    assert not isinstance(got, str) and got.source == "quote" and got.cites == [1] and eng.prompts == []
    # a failed model-written view takes the same way
    comp = Composer("zh", WINDOW, engine=eng)
    got = comp.ground("finance/people", Item(text="芯片公司认为资金在低位换手。", cites=[1]), pool=[1, 2])
    assert got is not None and got.source == "quote" and got.cites == [1]


def test_a_quote_that_would_be_cut_mid_sentence_gives_way_to_another_tweet():
    # a tweet of one long sentence with no end (TweetTopic day: "… One step closer photographer…", both readers
    # truncated) cannot be quoted whole: the next cited tweet is, and with none left the item is dropped
    long = _tw(5, "Wouldn t it be the perfect crime if i stole your heart and you stole mine " + "❤️ " * 30 +
               "One step closer photographer " + "and the whole team of the studio downtown " * 3, "tt_user59")
    short = _tw(6, "tt_user59 shared new photos from the studio downtown today.", "tt_user60")
    comp = Composer("en", {5: long, 6: short}, engine=None)
    got = comp.ground("events", Item(text="tt_user59 won 9 awards at the studio downtown.", cites=[5, 6]), pool=[5, 6])
    assert got is not None and got.source == "quote" and got.cites == [6], comp.grounding.items[-1].note
    comp = Composer("en", {5: long}, engine=None)
    got = comp.ground("events", Item(text="tt_user59 won 9 awards at the studio downtown.", cites=[5]), pool=[5])
    assert got is None and "whole quote" in comp.grounding.items[-1].note


def test_an_excerpt_that_only_announces_its_tweet_gives_way_to_another_tweet():
    # en demo 884f856 / zh demo 31d6eea: "Longer thought on why I'm less worried about an AI capex "bust" than I
    # was six months ago. […]" under the events -- vacuous to one reader of each post
    thread = _tw(7, "Longer thought on why I'm less worried about an AI capex \"bust\" than I was six months ago. " +
                 "The bear case was simple: " + "hyperscalers overbuild, utilization drops, prices crash, " * 4 + "done.",
                 "hal_capex")
    guide = _tw(8, "Added up the 2026 capex guides from the four biggest clouds: roughly $470B combined.", "hal_capex")
    comp = Composer("en", {7: thread, 8: guide}, engine=None)
    got = comp.ground("events", Item(text="hal_capex says capex will bust in 2026.", cites=[7, 8]), pool=[7, 8])
    assert got is not None and got.source == "quote" and got.cites == [8], comp.grounding.items[-1].note
    comp = Composer("en", {7: thread}, engine=None)
    assert comp.ground("events", Item(text="hal_capex says capex will bust in 2026.", cites=[7]), pool=[7]) is None
