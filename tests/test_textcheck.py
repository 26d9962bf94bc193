"""Text measures behind the grounding policy and the honest figures: loops, language, relevance, copies."""
from __future__ import annotations

from tweetsum.summarize.answers import check_answer
from tweetsum.core.textcheck import (Relevance, copied_share, cjk_share, is_looping, max_ngram_repeats,
                                repeated_ngram_share, split_sentences)

LOOP_ZH = "人工智能的软件故事、人工智能的硬件 roadmap、" * 4  # the 0.5B loop of issue 10


def test_loop_detector_flags_the_measured_qwen_loop_and_passes_normal_prose():
    assert is_looping(LOOP_ZH)
    assert not is_looping("智谱发布了GLM-4.7-Flash，在消费级显卡上就能运行，开源社区反应积极。")
    assert not is_looping("NVIDIA shipped 3 million GPUs; AMD shipped 1 million; Intel shipped fewer.")
    # a 3-gram seen 4 times is a loop, 3 times is not (the acceptance bar: no 3-gram more than 3 times)
    assert max_ngram_repeats("a b c " * 3) == 3 and not is_looping("a b c " * 3)
    assert is_looping("a b c " * 4)


def test_repeated_share():
    assert repeated_ngram_share("one two three four five") == 0.0
    assert repeated_ngram_share("x y z x y z x y z") > 0.5


def test_split_sentences_zh_and_en_keeps_decimals():
    assert split_sentences("成本下降了2.5倍。需求增长。") == ["成本下降了2.5倍。", "需求增长。"]
    assert split_sentences("Costs fell 2.5x. Demand grew.") == ["Costs fell 2.5x.", "Demand grew."]


def test_cjk_share():
    assert cjk_share("英伟达 NVIDIA 发布新卡") > 0.5 and cjk_share("AI usage in the workplace") == 0.0


def test_relevance_needs_a_rare_shared_term():
    texts = {1: "NVIDIA H100 rentals near $2/hr", 2: "Tessel-70B open weights landed", 3: "AI agents in support",
             4: "AI policy at work", 5: "AI bookkeeping for restaurants", 6: "AI in schools"}
    r = Relevance(texts)
    assert r.relevant("H100 rental prices keep falling", 1)
    assert not r.relevant("H100 rental prices keep falling", 2)
    assert not r.relevant("AI is everywhere", 4)  # "ai" is in most tweets of the window: proves nothing
    assert r.best("open weights from Tessel", [1, 2, 3]) == [2]


def test_copy_detector():
    src = ["Loomwright hit $1M ARR today. 14 months, 6 people, AI bookkeeping for small restaurants."]
    assert copied_share("Loomwright hit $1M ARR today. 14 months, 6 people, AI bookkeeping", src) > 0.9
    assert copied_share("Loomwright, an AI bookkeeping start-up for restaurants, reached $1M ARR in 14 months",
                        src) < 0.5


def test_map_answer_that_loops_or_has_an_english_zh_headline_is_rejected():
    assert check_answer({"title": "AI", "summary": LOOP_ZH}, "zh").startswith("looping output")
    assert check_answer({"key_points": [{"headline": "AI usage in the workplace", "explanation": "职场中使用AI。"}]},
                        "zh").startswith("headline not in Chinese")
    assert check_answer({"title": "职场AI使用普及", "summary": "调查显示58%的人每天使用AI助手。"}, "zh") is None
    assert check_answer({"title": "AI usage at work", "summary": "58% use an assistant daily."}, "en") is None


def test_one_bad_item_is_dropped_and_the_good_ones_kept():
    from tweetsum.summarize.answers import clean_answer

    ans = {"key_points": [{"headline": " typed tool schemas, step bu", "explanation": "类型化工具模式。"},
                          {"headline": "代理框架加入回放调试器", "explanation": "有作者称复现代理错误从数小时缩短到数分钟。"}]}
    kept, why, dropped = clean_answer(ans, "zh")
    assert why is None and [k["headline"] for k in kept["key_points"]] == ["代理框架加入回放调试器"]
    assert dropped and dropped[0].startswith("headline not in Chinese")
    # nothing usable left: the section is retried (why is set)
    _, why, _ = clean_answer({"events": [{"event": "发布", "detail": "发布了。"}]}, "zh")
    assert why.startswith("event name too generic")


def test_placeholder_event_names_copied_from_the_prompt_are_rejected():
    from tweetsum.summarize.answers import clean_answer

    for name in ("<公司>发布<产品>", "<政策/法规变化>", "某公司发布某产品新版本", "谁做了什么"):
        _, why, _ = clean_answer({"events": [{"event": name, "detail": "一家公司发布了产品。"}]}, "zh")
        assert why is not None and "placeholder" in why, name
    _, why, _ = clean_answer({"events": [{"event": "Who did what", "detail": "A team shipped a model."}]}, "en")
    assert why is not None and "placeholder" in why
    _, why, _ = clean_answer({"events": [{"event": "青穹团队开源MoE模型", "detail": "总参数236B。"}]}, "zh")
    assert why is None


def test_a_string_cut_at_its_bound_ends_at_its_last_full_sentence():
    from tweetsum.summarize.answers import tidy_cut

    schema = {"type": "object", "properties": {"summary": {"type": "string", "maxLength": 20},
                                               "title": {"type": "string", "maxLength": 8}}}
    cut = {"summary": "推理成本下降了一半。过度思考是真实存在的吗", "title": "AI Capex"}  # 21 >= 20: cut
    out = tidy_cut(cut, schema)
    assert out["summary"] == "推理成本下降了一半。" and out["title"] == "AI Capex"
    whole = {"summary": "推理成本下降了一半。", "title": "短标题"}
    assert tidy_cut(whole, schema) == whole  # under the bound: untouched
    # an event name cut mid-phrase by its bound ends at its last whole clause (the TweetTopic day 2020-02-09: the
    # headline "…, the NFL’s first" over a quote, read as cut text by both readers)
    ev = {"type": "object", "properties": {"event": {"type": "string", "maxLength": 59}}}
    got = tidy_cut({"event": "Redskins hiring Jennifer King as assistant, the NFL’s first"}, ev)
    assert got == {"event": "Redskins hiring Jennifer King as assistant"}
    assert tidy_cut({"event": "Jennifer King joins the Redskins"}, ev) == {"event": "Jennifer King joins the Redskins"}
    # nor at a list's first entry (the en demo at 75e9f58: "…version: - typed tool schemas", read as cut)
    rel = {"type": "object", "properties": {"event": {"type": "string", "maxLength": 60}}}
    got = tidy_cut({"event": "v0.9 release notes, the human-readable version: - typed tool schemas: tools are"}, rel)
    assert got == {"event": "v0.9 release notes, the human-readable version"}


def test_json_debris_at_the_ends_of_a_string_is_removed():
    from tweetsum.summarize.answers import tidy_cut

    schema = {"type": "object", "properties": {"summary": {"type": "string", "maxLength": 200}}}
    assert tidy_cut({"summary": '{"多条推文显示，AI正在改变职场。'}, schema) == {"summary": "多条推文显示，AI正在改变职场。"}
    assert tidy_cut({"summary": '作者说“很好”。"}'}, schema) == {"summary": "作者说“很好”。"}
    assert tidy_cut({"summary": "作者说“很好”。"}, schema) == {"summary": "作者说“很好”。"}


def test_two_common_names_make_a_tweet_relevant_one_common_word_does_not():
    from tweetsum.core.textcheck import Relevance

    # the day of the fight: "tyson", "fury" are in most tweets (common), as "ai" is in an AI window
    texts = {i: f"Tyson Fury beats Deontay Wilder, round {i} recap" for i in range(1, 9)}
    texts[20] = "Great night for boxing fans in Las Vegas with Tyson and friends"
    texts[21] = "U15s win the League Cup semi final in tough conditions"
    r = Relevance(texts)
    assert {"tyson", "fury"} <= r.common
    item = "Tyson Fury 在拉斯维加斯击败了 Deontay Wilder"
    assert r.relevant(item, 1) and not r.relevant(item, 21)
    assert not r.relevant("Tyson 的粉丝很多", 20)  # one common word proves nothing
    assert r.best(item, [21, 20, 3], k=2) == [3]  # 20 shares one common word only
