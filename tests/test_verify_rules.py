"""The verification stage's rules (tweetsum/verify), each on the fault the careful reading found in a real post
(benchmarks/data/faithfulness/): a reversed direction, a figure given a direction it does not have, an invented
event, one author made into many, a view given to an organisation or to someone else, cut text, stock phrases.
Each test also shows the faithful form passing, so a rule that flags everything fails too."""
from __future__ import annotations

from datetime import datetime, timezone

from tweetsum.core.tweet import Tweet
from tweetsum.verify import verify

T0 = datetime(2026, 1, 21, 8, 0, tzinfo=timezone.utc)


def tw(text: str, handle: str = "liu_touzi", i: int = 1) -> Tweet:
    return Tweet(id=2013000000000000000 + i, author_handle=handle, author_name=handle.title(), created_at=T0, text=text)


LIU = tw("今天 AI 板块回调，但基本面没有变化，只是资金在高位换手。长期逻辑不变。")
JUNE = tw('Adding thumbs up/down to AI output got us a 0.4% response rate. Adding "Edit" and tracking the edits gave '
          "us signal on every single use. Implicit feedback wins.", "june_pm", 2)
AMD = tw("$AMD up 6% on a rumor of a cloud inference deal. No press release, no confirmation. Taking profits.",
         "quantqueen_ria", 3)
IVY = tw("We shipped v0.9 of our open-source agent framework: typed tool schemas, step budgets, and a replay "
         "debugger.", "ivy_agents", 4)


def rules(v) -> set[str]:
    return {f.rule for f in v.faults}


def test_a_reversed_direction_is_unfaithful():
    v = verify("AI 板块回调，但基本面没有变化，只是资金在低位换手。", [LIU])
    assert v.label == "unfaithful" and "direction" in rules(v), v.reason()
    assert verify("AI 板块回调，但基本面没有变化，只是资金在高位换手。", [LIU]).faithful


def test_a_figure_given_a_direction_the_tweet_does_not_give_it():
    v = verify("添加 thumbs up/down 和编辑功能后，AI 输出的响应率提高了0.4%。", [JUNE])
    assert "direction" in rules(v), v.reason()
    assert verify("在 AI 输出上加点赞/点踩只带来了0.4%的反馈率，而跟踪“编辑”让每次使用都有反馈。", [JUNE]).faithful


MA = tw("推理优化实测：同一个 70B 模型，开启前缀缓存 + fp8 KV cache 之后，单卡并发从 18 提到 41，每千 token 成本下降约 55%。",
        "ma_tuili", 5)


def test_a_figure_keeps_the_direction_and_order_of_its_tweet():
    # the tweet says both "up" (concurrency) and "down" (cost): only the relation each figure belongs to tells
    v = verify("同一个70B模型开启前缀缓存后，每千token成本上升约55%。", [MA])
    assert "figure" in rules(v), v.reason()
    v = verify("同一个70B模型开启前缀缓存后，单卡并发从41降到18。", [MA])
    assert "figure" in rules(v), v.reason()
    assert verify("开启前缀缓存和fp8 KV cache后，单卡并发从18提到41，每千token成本下降约55%。", [MA]).faithful


def test_an_event_no_tweet_reports_is_unfaithful():
    v = verify("AMD 发布了一款新的芯片，该芯片在性能和能耗方面都优于当前的 GPU。", [AMD], headline="AMD 发布新芯片")
    assert "event" in rules(v), v.reason()  # "No press release" is not a release
    assert verify("ivy_agents 发布了开源 agent 框架 v0.9，带有类型化工具模式、步数预算和回放调试器。", [IVY]).faithful


def test_one_author_made_into_many():
    v = verify("多位开发者指出，回放调试器是最值得争取的功能。", [IVY])
    assert v.label == "unfaithful" and "crowd" in rules(v), v.reason()
    two = [IVY, tw("Replay debuggers are the feature we'd fight for too.", "maya_builds", 5)]
    assert "crowd" not in rules(verify("多位开发者指出，回放调试器是最值得争取的功能。", two))
    # the author's own surprise given to a crowd (the en demo at 0d1f757, read unfaithful)
    nora = tw("Reader survey: 64% say their employer has no written AI policy. That last number surprised me most.",
              "nora_hr", 7)
    v = verify("A reader survey shows 64% of employers lack an AI policy, surprising many.", [nora])
    assert v.label == "unfaithful" and "crowd" in rules(v), v.reason()
    assert "crowd" not in rules(verify("A reader survey shows 64% of employers lack an AI policy, which surprised "
                                       "the author most.", [nora]))


def test_a_view_given_to_an_organisation_or_to_another_author():
    v = verify("芯片公司认为AI板块回调，但基本面没有变化。", [LIU])
    assert "speaker" in rules(v), v.reason()
    v = verify("认为AI板块回调但基本面没有变化。", [LIU], speaker="quantqueen_ria")
    assert "speaker" in rules(v), v.reason()
    assert verify("认为AI板块回调但基本面没有变化，只是资金在高位换手。", [LIU], speaker="liu_touzi").faithful


def test_cut_text_is_truncated():
    zh = tw("青穹团队今天开源了 MoE 模型，总参数 236B，激活 21B，协议是 Apache-2.0。", "zhao_kaiyuan", 6)
    for head, text in (("青穹开源MoE模型，协议为Apache-2.", "青穹团队今日开源了MoE模型。"),
                       ("开源AI框架v0.9发布，包含 typed tool schemas、步", "该框架支持 typed tool schemas。"),
                       ("青穹开源MoE模型", "青穹团队今天开源了 MoE 模型，协议是"),
                       ("青穹开源MoE模型", "总参数 236B，激活 21B，中文能力超过了几个闭源模…")):
        v = verify(text, [zh], headline=head)
        assert v.label == "truncated" or "cut" in rules(v), (head, text, v.reason())
    assert verify("青穹团队今天开源了 MoE 模型，总参数 236B，激活 21B，协议是 Apache-2.0。", [zh],
                  headline="青穹开源236B参数的MoE模型").faithful


def test_stock_phrases_are_vacuous():
    text = "这些推文对行业的影响是深远的，需要我们持续关注和研究。总体来看，具体表现可能因公司和产品而异。"
    v = verify(text, [LIU])
    assert v.label == "vacuous", v.reason()
    assert verify("资金在高位换手，但基本面没有变化，长期逻辑不变。", [LIU]).faithful


def test_a_quote_is_checked_by_its_headline_only():
    q = "引述 @quantqueen_ria：「$AMD up 6% on a rumor of a cloud inference deal. No press release, no confirmation.」"
    assert verify(q, [AMD]).faithful
    assert not verify(q, [AMD], headline="AMD 发布新芯片").faithful


OLLIE = tw("Open-weight 1.5B embedding model beats ones 5x its size on multilingual retrieval. Small, boring, "
           "incredibly useful.", "ollie_weights", 6)


def test_a_cause_no_tweet_states_is_unfaithful():
    v = verify("一个开源的1.5B嵌入模型在多语言检索上胜过5倍大的模型。这个模型非常有用，因为它很小。", [OLLIE])
    assert "cause" in rules(v), v.reason()
    assert verify("一个开源的1.5B嵌入模型在多语言检索上胜过5倍大的模型，作者说它小而有用。", [OLLIE]).faithful
    why = tw("Costs fell because we cached the prefix.", "ma", 7)
    assert verify("成本下降是因为缓存了前缀。", [why]).faithful  # the tweet states the cause


def test_a_quote_cut_mid_word_is_truncated_and_a_whole_one_is_not():
    cut = verify("引述 @quantqueen_ria：「This is the number that matters. We're nowhere near that yet, which is why every scare gets bough…」",
                 [AMD])
    assert cut.label == "truncated" and "cut" in rules(cut)
    assert verify("引述 @quantqueen_ria：「$AMD up 6% on a rumor of a cloud inference deal.」", [AMD]).faithful


def test_a_figure_given_per_another_period_is_unfaithful():
    plastic = tw("8 million metric tons of plastic leak into our oceans every year. Skip the straw.", "tt_user01", 8)
    v = verify("8 million metric tons of plastic leak into our oceans every day.", [plastic])
    assert "figure" in rules(v), v.reason()
    assert verify("Each year 8 million metric tons of plastic leak into the oceans, every year.", [plastic]).faithful


def test_an_item_of_only_links_and_tickers_is_vacuous():
    # the 0.5B's zh demo post (gold set demo_zh_qwen0.5b): "$ETH https://t.co/…" as a ticker line and as a view
    eth = tw("同意，这波 AI 币和 2021 年元宇宙币一模一样。区别是这次的叙事更容易让人相信。$ETH https://t.co/pT8Dweuehb",
             "tang_liangjie", 5)
    for text in ("$ETH https://t.co/pT8DweUEhb", "$ETH https://tco/pT8Dweuehb", "#AI #大模型 @tang_liangjie"):
        v = verify(text, [eth], section="tickers")
        assert v.label == "vacuous" and "empty" in rules(v), (text, v.reason())
    assert verify("引述 @tang_liangjie：「$ETH https://t.co/pT8Dweuehb」", [eth]).label == "vacuous"
    # a short line that says something about its ticker is not empty
    assert "empty" not in rules(verify("这波 AI 币和 2021 年元宇宙币一样 $ETH", [eth], section="tickers"))
    assert "empty" not in rules(verify("$NVDA up 6%", [tw("$NVDA up 6% today", "quantqueen_ria", 6)]))


def test_mention_words_and_the_tweets_own_crowd_are_not_faults():
    # restatements of the facts demo: "作者提到，" (mentions) is no direction, "从 18 提到 41" is; "大多数人" copied from
    # the tweet ("比大多数人想象得快") is the tweet's own words, not a crowd made of one author
    jiang = tw("推理模型的一个现象：思考链越长，准确率先升后降。数学题思考超过 12k token 之后，准确率反而下降了 4 个点。",
               "jiang_moxing", 5)
    ma = tw("单卡并发从 18 提到 41，每千 token 成本下降约 55%。推理成本下降的速度比大多数人想象得快。", "ma_tuili", 6)
    assert "direction" not in rules(verify("作者提到，数学题思考超过12k token之后，准确率下降了4个点。", [jiang]))
    assert "direction" in rules(verify("作者提到，数学题思考超过12k token之后，准确率提高了4个点。", [jiang]))
    assert rules(verify("单卡并发从 41 降到 18。", [ma])) & {"direction", "figure"}
    assert "crowd" not in rules(verify("作者表示，推理成本下降的速度比大多数人想象得快。", [ma]))
    assert "crowd" in rules(verify("多位开发者表示，推理成本下降得很快。", [ma]))


def test_text_cut_before_its_figure_or_inside_a_quotation_is_truncated():
    # the first facts demo's key points, cut at the restatement's bound (careful reading: truncated)
    ma = tw("单卡并发从 18 提到 41，每千 token 成本下降约 55%。", "ma_tuili", 7)
    pr = tw('Fewer "will AI kill us" questions, more "who is liable when the agent books the wrong flight".',
            "priya_policy", 8)
    for text, cited in (("单卡并发从18提升到41，每千token成本下降约", [ma]),
                        ("单卡并发从18提升到41，但", [ma]),
                        ("提问中少了“AI 会杀我们”的问题，多了“谁是责任当客", [pr])):
        assert "cut" in rules(verify(text, cited)), text
    for text, cited in (("单卡并发从18提升到41，每千token成本下降约55%。", [ma]),
                        ("提问中少了“AI 会杀我们”的问题，多了“代理订错航班时谁负责”的问题。", [pr])):
        assert "cut" not in rules(verify(text, cited)), text


def test_a_headline_ending_on_a_colon_or_dash_is_truncated():
    # the en demo's event headline was the tweet's first line cut at its list ("... version: - typed tool schemas:")
    ivy = tw("v0.9 release notes, the human-readable version: - typed tool schemas: your tools declare inputs.",
             "ivy_agents", 9)
    quote = "Quote, @ivy_agents: “v0.9 release notes, the human-readable version.”"
    for head in ("v0.9 release notes, the human-readable version: - typed tool schemas:", "v0.9 发布说明：",
                 "Release notes -"):
        assert "cut" in rules(verify(quote, [ivy], headline=head)), head
    assert "cut" not in rules(verify(quote, [ivy], headline="v0.9 release notes"))


def test_the_sharer_made_the_doer_of_what_the_tweet_tells_of_someone_else():
    # TweetTopic week (caf01bd, da0e849): both readers unfaithful
    hezzy = tw("{{USERNAME}} marked his 138th league start for HVFC, moving him into 6th place all time #Hezzy",
               "tt_user28", 6)
    v = verify("tt_user28 reports that he has made 138 league starts for HVFC.", [hezzy])
    assert v.label == "unfaithful" and "doer" in rules(v), v.reason()
    dark = tw("Implementing Dark Mode in iOS 13 {{URL}} via {{USERNAME}} #ux", "tt_user14", 7)
    for text in ("tt_user14 implements Dark Mode in iOS 13 via {{USERNAME}}.",
                 "tt_user14 has implemented Dark Mode in iOS 13.",
                 "@tt_user14 reports that they are implementing Dark Mode in iOS 13."):
        assert "doer" in rules(verify(text, [dark])), text
    # the faithful forms: the author reports, shares or feels; a first-person tweet makes the author the doer
    assert "doer" not in rules(verify("tt_user28 reports that {{USERNAME}} made his 138th league start for HVFC.",
                                      [hezzy]))
    assert "doer" not in rules(verify("tt_user14 shares an article on implementing Dark Mode in iOS 13.", [dark]))
    assert "doer" not in rules(verify("tt_user14 is excited about Dark Mode in iOS 13.", [dark]))
    mine = tw("I just implemented Dark Mode in our iOS 13 app. Took two days.", "tt_user14", 8)
    assert "doer" not in rules(verify("tt_user14 implements Dark Mode in an iOS 13 app in two days.", [mine]))
    assert "doer" not in rules(verify("tt_user14 reports that they implemented Dark Mode in two days.", [mine]))


def test_a_chinese_phrase_with_its_parts_swapped_is_unfaithful():
    # zh demo 关键事件 (d5dc39a): "算力的尽头是电力" restated "算力是电力的尽头" (both readers unfaithful)
    power = tw("一个万卡 H100 集群的满载功耗大约 9.1 兆瓦，一年电费按工业电价算约四千万元。算力的尽头是电力，这话一点没错。",
               "chen_suanli", 9)
    v = verify("作者认为，万卡 H100 集群满载功耗约 9.1 兆瓦，算力是电力的尽头。", [power])
    assert v.label == "unfaithful" and "swap" in rules(v), v.reason()
    # the same words in the tweet's order pass, and so does a clause read across its comma (one character moved)
    assert "swap" not in rules(verify("作者认为，万卡 H100 集群满载功耗约 9.1 兆瓦，算力的尽头是电力。", [power]))
    jobs = tw("今年 AI 方向的岗位需求涨了，方向的岗位需求涨了三成。", "priya_policy", 10)
    assert "swap" not in rules(verify("作者说，今年涨了方向的岗位需求涨", [jobs]))


def test_the_author_made_the_doer_of_an_act_their_tweet_gives_to_someone_else():
    # TweetTopic week (884f856), both readers unfaithful: the act is Greta Thunberg's; "I hope" is the author's
    greta = tw(". {@Greta Thunberg@} is doing more for this planet than literally EVERY world leader. She s going "
               "into the public eye and calling politicians out on their BS. I hope she succeeds in her quest.",
               "tt_user37", 11)
    v = verify("@tt_user37 is calling politicians out on their BS regarding climate change.", [greta])
    assert v.label == "unfaithful" and "doer" in rules(v), v.reason()
    # the author's own act in a first-person sentence, and the author reporting hers, pass
    assert "doer" not in rules(verify("tt_user37 hopes she succeeds in her quest.", [greta]))
    assert "doer" not in rules(verify("tt_user37 says Greta Thunberg is calling politicians out on their BS.",
                                      [greta]))
    mine = tw("I'm calling politicians out on their BS today. She inspired me.", "tt_user37", 12)
    assert "doer" not in rules(verify("tt_user37 is calling politicians out on their BS.", [mine]))


def test_an_excerpt_that_only_announces_what_follows_is_vacuous():
    lead = "Quote, @hal_capex: “Longer thought on why I'm less worried about an AI capex \"bust\" than I was six " \
           "months ago. […]”"
    thread = tw("Longer thought on why I'm less worried about an AI capex \"bust\" than I was six months ago. The bear "
                "case was simple: hyperscalers overbuild and prices crash.", "hal_capex", 13)
    assert verify(lead, [thread]).label == "vacuous"
    # an excerpt that says something, and the same sentence quoted whole, are not
    said = "Quote, @hal_capex: “Longer thought on why I'm less worried. The bear case was simple: prices crash. […]”"
    assert verify(said, [thread]).faithful
    whole = tw("Longer thought on why I'm less worried about an AI capex bust than I was.", "hal_capex", 14)
    assert verify("Quote, @hal_capex: “Longer thought on why I'm less worried about an AI capex bust than I was.”",
                  [whole]).faithful


def test_a_quoted_link_share_is_not_a_view():
    """TweetTopic days 2020-02-23 and 2020-02-09: a tweet that is a title, a link and its source, quoted under the
    views, was a mismatch to the reader."""
    share = tw("Bob Marley & The Wailers - Redemption Song (Official Video) {{URL}} {@YouTube@} より", "tt_user41", 9)
    quoted = "Quote: “Bob Marley &amp; The Wailers - Redemption Song (Official Video) &#123;&#123;URL&#125;&#125; " \
             "&#123;@YouTube@&#125; より”"
    v = verify(quoted, [share], section="views")
    assert v.label == "mismatch" and "share" in rules(v), v.reason()
    assert "share" not in rules(verify(quoted, [share], section="events"))  # what was shared is news elsewhere
    said = tw("This is the best live version I've ever heard {{URL}} via {@YouTube@}", "tt_user41", 10)
    assert "share" not in rules(verify(f"Quote: “{said.text}”", [said], section="views"))  # a view with its link
    # restated, readers took it as what the author shared (minor or faithful): only the quote is flagged
    assert "share" not in rules(verify("tt_user41 shares the official video of Redemption Song.", [share],
                                       section="views"))


def test_a_chinese_restatement_that_makes_the_author_say_i():
    """The zh post of the TweetTopic day 2020-02-09: "作者说：我被强 armed，这是 BS" over a tweet about Carolina
    Basketball being strong-armed -- the author made the one it happened to (unfaithful to both readers)."""
    t = tw("Yo {@Carolina Basketball@} got strong armed by the refs this is BS", "tt_user39", 11)
    v = verify("作者说：我被强 armed，这是 BS", [t])
    assert v.label == "unfaithful" and "doer" in rules(v), v.reason()
    assert "doer" not in rules(verify("作者说，Carolina Basketball 被裁判强行压制，这是 BS。", [t]))
    mine = tw("We built a held-out set from real internal repos.", "maya_builds", 12)
    assert "doer" not in rules(verify("作者说，我们构建了一个来自真实内部仓库的 held-out set。", [mine]))


def test_a_date_no_cited_tweet_states_is_the_posting_date_given_to_the_event():
    # TweetTopic day 2020-02-23: the tweet, posted 01:50 UTC on the 23rd, tells of a title won the day before
    t = tw("Congrats to Mike Leatherdale winning the Class B 285 state title and Reece placing 5th!", "tt_user11", 20)
    v = verify("Mike Leatherdale在2020年2月23日赢得了Class B 285州冠军， Reece获得第五名。", [t])
    assert v.label == "unfaithful" and "date" in rules(v), v.reason()
    assert "date" in rules(verify("Two top boxers meet in a live match on February 23rd.", [t]))
    # the posting's own date is the record's, and a date the tweet states is the tweet's
    assert "date" not in rules(verify("作者 tt_user11 在 2020-02-23 发推，祝贺 Mike Leatherdale 赢得州冠军。", [t]))
    assert "date" not in rules(verify("@tt_user11（2020-02-23）：祝贺 Mike Leatherdale 赢得州冠军。", [t]))
    assert "date" not in rules(verify("作者 tt_user11 在2020年2月23日表示，祝贺 Mike Leatherdale 赢得州冠军。", [t]))
    fight = tw("Wilder vs Fury 2 is on February 22nd in Las Vegas.", "tt_user02", 21)
    assert "date" not in rules(verify("Wilder and Fury meet again on February 22nd, 2020 in Las Vegas.", [fight]))
