"""The same fact in another form: dates, figures in words, names spaced differently, Latin names in a Chinese
headline (issue 10). Each case below turned a supported model item into a quote on the TweetTopic day (1.5B)."""
from __future__ import annotations

from datetime import datetime, timezone

from tweetsum.core.tweet import Tweet
from tweetsum.report.grounding import check_item


def _tw(text, when=datetime(2020, 2, 23, 3, 0, tzinfo=timezone.utc), handle="tt_user29"):
    return Tweet(id=1, author_handle=handle, author_name="A", text=text, created_at=when)


def _claims(text, tweet):
    return {(c.kind, c.value): c.supported for c in check_item("views", text, [tweet]).claims}


def test_a_date_is_checked_against_the_cited_tweets_date_not_as_three_numbers():
    t = _tw("Fury stops Wilder in the 7th round")
    assert _claims("Tyson Fury在2020年2月23日击败了Wilder", t)[("date", "2020-02-23")]
    assert _claims("on February 23, 2020 Fury won", t)[("date", "2020-02-23")]
    assert _claims("2020年的比赛", t)[("date", "2020")]
    # the day either side of the tweet's UTC day covers any time zone; two days off is an invention
    assert _claims("2020年2月22日", t)[("date", "2020-02-22")]
    assert not _claims("2020年2月25日", t)[("date", "2020-02-25")]
    assert not _claims("2019年", t)[("date", "2019")]
    assert _claims("比2019年下降", _tw("postings are down ~28% from 2019"))[("date", "2019")]  # a year the text says
    # the date's numbers are no longer separate number claims
    assert not any(k == "number" for k, _ in _claims("2020年2月23日", t))


def test_a_date_the_tweet_writes_supports_the_same_date():
    t = _tw("Tickets for the March 3 show are out", when=datetime(2020, 1, 5, tzinfo=timezone.utc))
    assert _claims("3月3日的演出", t)[("date", "--03-03")]
    assert not _claims("3月4日的演出", t)[("date", "--03-04")]


def test_a_word_like_market_is_no_month():
    t = _tw("the market 5 times")
    assert ("number", "5") in _claims("in the market 5 times", t)


def test_figures_the_tweets_write_in_words_support_digits():
    t = _tw("Reece placing fourth, and the Rays are down by two. 三年前这个数字几乎是零")
    c = _claims("Reece获得第4名，落后2分，3年前", t)
    assert c[("number", "4")] and c[("number", "2")] and c[("number", "3")]
    assert not _claims("获得7个", t)[("number", "7")]
    survey = _tw("超过六成的中小商家用 AI 写商品描述，不到2成敢让 AI 回复客户")
    c = _claims("Over 60% of small merchants use AI, under 20% let it reply; 70% trust it", survey)
    assert c[("number", "60%")] and c[("number", "20%")] and not c[("number", "70%")]


def test_a_name_spaced_or_punctuated_otherwise_is_the_tweets_name_a_version_is_not():
    t = _tw("Mike winning the Class B 285 title. Halftime Clayton Valley- 0 Vintage- 0. Deontay Wilder. "
            "Weights under Apache-2.0", handle="quantqueen_ria")
    c = _claims("Class B285冠军，Vintage-0，DeontayWilder，QuantQueenria", t)
    assert c[("name", "Class B285")] and c[("name", "Vintage-0")] and c[("name", "DeontayWilder")]
    assert c[("name", "QuantQueenria")]
    assert not _claims("Apache-20许可", t)[("name", "Apache-20")]  # 2.0 is not 20
    assert not _claims("AMD也在做", t)[("name", "AMD")]  # short names stay exact


def test_zh_headlines_may_hold_latin_names_but_not_english_prose():
    from tweetsum.core.textcheck import headline_chinese

    assert headline_chinese("Deontay Wilder vs. Tyson Fury 2直播视频")
    assert headline_chinese("fp8 KV缓存让并发翻倍") and headline_chinese("$NVDA回调") and headline_chinese("$MSFT")
    assert not headline_chinese("AI usage in the workplace")
    assert not headline_chinese("开源 model weights release")
    assert not headline_chinese("Deontay Wilder vs. Tyson Fury 2")
    assert headline_chinese("Deontay Wilder vs. Tyson Fury 2", names_ok=True)  # an event's proper name
    assert not headline_chinese("Fury wins the rematch", names_ok=True)


def test_a_map_answer_whose_headlines_carry_names_is_kept():
    from tweetsum.summarize.answers import clean_answer

    kp = {"key_points": [{"headline": "Deontay Wilder vs. Tyson Fury 2直播视频", "explanation": "多条推文分享了比赛录像。",
                          "tweets": [1]}]}
    assert clean_answer(kp, "zh")[1] is None
    ev = {"events": [{"event": "Deontay Wilder vs. Tyson Fury 2", "detail": "两人在拉斯维加斯再战。", "tweets": [1]}]}
    assert clean_answer(ev, "zh")[1] is None
    bad = {"key_points": [{"headline": "Deontay Wilder vs. Tyson Fury 2", "explanation": "比赛录像。", "tweets": [1]}]}
    assert clean_answer(bad, "zh")[1].startswith("headline not in Chinese")


def test_the_regeneration_schema_makes_a_zh_answer_open_in_chinese():
    from tweetsum.llm.schemas import SchemaError, chinese_string, obj, validate

    schema = obj({"text": chinese_string(60)})
    validate({"text": "作者认为 Tyson Fury 赢了。"}, schema)
    for bad in ("Tyson Fury won.", 'x"'):
        try:
            validate({"text": bad}, schema)
        except SchemaError:
            continue
        raise AssertionError(f"{bad!r} passed")


def test_a_no_data_notice_is_not_counted_against_the_model_written_share():
    from tweetsum.report.policy import Composer

    from tweetsum.report.content import Item

    t = _tw("Tyson Fury stops Deontay Wilder in the seventh round to take the WBC heavyweight title in Las Vegas")
    comp = Composer("zh", {1: t})
    got = comp.ground("key_points", Item(text="Tyson Fury在第七回合击败Deontay Wilder，拿下WBC重量级金腰带。",
                                         headline="Fury再夺金腰带", cites=[1]))
    assert got is not None and got.source == "model"
    comp.template("finance/people", "推文未涉及。", source="notice")
    comp.template("industry", "模型未能归纳这一部分。")
    f = comp.figures()
    assert f["by_source"]["notice"] == 1 and f["by_source"]["template"] == 1
    assert f["published_items"] == 3 and f["model_written_share"] == 0.5  # 1 of the 2 items a model was asked for


def test_relevance_across_languages_uses_the_similarity_only_between_languages():
    from tweetsum.core.textcheck import Relevance

    texts = {1: "Climate change could stretch our capabilities, Defence Force chief warns",
             2: "New music video out now, link in bio", 3: "气候变化需要全球合作"}
    calls = []

    def sim(text, tid):
        calls.append(tid)
        return {1: 0.5, 2: 0.1, 3: 0.9}[tid]

    rel = Relevance(texts, similarity=sim)
    item = "多条推文指出，气候变化需要各国合作应对。"
    assert rel.relevant(item, 1) and not rel.relevant(item, 2)
    assert rel.best(item, [2, 1]) == [1]
    rel.relevant("与推文无关的中文句子", 3)
    assert 3 not in calls  # same language: terms alone decide
    assert not Relevance(texts).relevant(item, 1)  # without a similarity, terms alone


def test_the_real_multilingual_embedder_relates_a_chinese_item_to_its_english_tweet():
    from datetime import datetime, timezone

    from tweetsum.embed import make_embedder
    from tweetsum.report.policy import Composer

    when = datetime(2019, 9, 25, tzinfo=timezone.utc)
    tw = {i: Tweet(id=i, author_handle=f"u{i}", author_name="U", text=t, created_at=when) for i, t in (
        (1, "Climate change could stretch our capabilities, Defence Force chief speech warns"),
        (2, "Congrats to Mike winning the Class B 285 state title and Reece placing 5th"),
        (3, "New music video out now, link in bio"))}
    comp = Composer("zh", tw, embedder=make_embedder("use-multilingual"))
    item = "全球气候危机：多条推文指出，气候变化需要全球合作解决。"
    assert comp.relevance.relevant(item, 1)
    assert not comp.relevance.relevant(item, 2) and not comp.relevance.relevant(item, 3)
    assert not Composer("zh", tw).relevance.relevant(item, 1)  # terms alone: no shared word


def test_a_name_repeated_across_headline_and_sentences_is_cut_back_to_no_loop():
    from tweetsum.core.textcheck import max_ngram_repeats
    from tweetsum.report.content import Item
    from tweetsum.report.policy import Composer

    t = _tw("Apple dark mode in iOS 13: developers say dark mode feels better, users call dark mode relaxing; "
            "Apple shared dark mode tips")
    comp = Composer("zh", {1: t})
    item = Item(headline="苹果暗色模式", cites=[1], text="开发者认为iOS 13的暗色模式体验更好。用户说暗色模式让人放松。"
                                                       "苹果也分享了暗色模式的技巧。")
    got = comp.ground("trends", item)
    assert got is not None and got.source == "trimmed"
    assert max_ngram_repeats(f"{got.headline} {got.text}") <= 3 and got.text.startswith("开发者认为")


def test_the_cross_language_embedder_is_chosen_only_when_a_tweet_is_in_the_other_language():
    from tweetsum.run import _cross_embedder

    en, zh = _tw("Fury stops Wilder"), _tw("泰森·富里击败怀尔德")
    assert _cross_embedder(None, "en", [en]) is None and _cross_embedder(None, "zh", [zh]) is None
    assert getattr(_cross_embedder(None, "zh", [zh, en]), "multilingual", False)
    assert getattr(_cross_embedder(None, "en", [en, zh]), "multilingual", False)
    use = _cross_embedder(None, "zh", [en])
    assert _cross_embedder(use, "zh", [en]) is use  # the topics' multilingual embedder is reused


def test_the_prompts_tweet_numbers_are_taken_out_of_model_prose_not_checked_as_figures():
    from tweetsum.report.prose import unref

    # TweetTopic day, 1.5B: "推文4-5发布了…" was quoted for "number 4, number 5"
    assert unref("推文4-5发布了关于支持BAM的公告") == "发布了关于支持BAM的公告"
    assert unref("Tweets 1-3 announced a rematch.") == "announced a rematch."
    assert unref("[1] @jiang_moxin (2026-12-31): 国产加速卡进步很快") == "国产加速卡进步很快"
    assert unref("@qian_hr（2026-01-22）：今年校招观察") == "今年校招观察"  # full-width, en demo
    assert unref("NVIDIA 出货 300 万块（推文2）。") == "NVIDIA 出货 300 万块。"
    for kept in ("推文5条提到了芯片", "tweets rose 20% in 2024", "@dan_macro 认为估值过高"):
        assert unref(kept) == kept
    from tweetsum.report.content import Item
    from tweetsum.report.policy import Composer

    bam = _tw("8:03:00 PM#WeSupportBAM listeners can now help by becoming official #patreons by going to my "
              "official patreon page here")
    comp = Composer("zh", {bam.id: bam})
    got = comp.ground("events", Item(text="推文4-5发布了关于支持BAM的公告，鼓励听众成为官方Patreon成员。",
                                     headline="BAM发布Patreon公告", cites=[bam.id]))
    assert got is not None and got.source == "model" and "4-5" not in got.text


def test_a_person_like_word_before_a_figure_is_not_a_name():
    t = _tw("一键总结的使用率是62%，对话框只有9%。")
    assert all(_claims("一键总结的使用率高达62%，远高于对话框。", t).values())  # 高达: jieba tags it nr
    assert not _claims("张三认为一键总结的使用率是62%。", t)[("name", "张三")]  # a name stays a claim
