"""The meaning check with the model's reading on the real packaged default model (Qwen2.5-Coder-1.5B) (tweetsum/verify/support.py): planted
faults of the kinds the careful reading found are caught -- a reversed figure, a view given to the wrong person,
an invented event, a citation that does not hold the claim -- and faithful paraphrases, in Chinese from an English
tweet included, pass. Scoring is prompt evaluation only, so these run in seconds."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import require_model
from tweetsum.core.tweet import Tweet

T0 = datetime(2026, 1, 21, 8, 0, tzinfo=timezone.utc)
DEFAULT = "qwen1.5b"


def tw(text: str, handle: str, i: int) -> Tweet:
    return Tweet(id=2013000000000000000 + i, author_handle=handle, author_name=handle, created_at=T0, text=text)


MA = tw("推理优化实测：同一个 70B 模型，开启前缀缓存 + fp8 KV cache 之后，单卡并发从 18 提到 41，每千 token 成本下降约 55%。"
        "推理成本下降的速度比大多数人想象得快。", "ma_tuili", 1)
DAN = tw("Strong dollar is the quiet headwind for US multinationals this quarter. FX alone could shave 2-3% off "
         "reported revenue growth for the megacaps.", "dan_macro", 2)
IVY = tw("We shipped v0.9 of our open-source agent framework: typed tool schemas, step budgets, and a replay "
         "debugger. The replay debugger is the feature I'd fight for.", "ivy_agents", 3)
AMD = tw("$AMD up 6% on a rumor of a cloud inference deal. No press release, no confirmation. I've seen this movie. "
         "Taking profits into strength.", "quantqueen_ria", 4)


@pytest.fixture(scope="module")
def support(tmp_path_factory):
    # the default model: the thresholds were chosen on its scores (bench_faithfulness.py); scoring is prompt
    # evaluation only, so the 1.5B runs these in seconds
    require_model(DEFAULT)
    from tweetsum.llm.engine import Engine
    from tweetsum.store.db import Store
    from tweetsum.verify.support import SupportCheck

    e = Engine(DEFAULT, n_ctx=2048, n_threads=2)
    with Store(tmp_path_factory.mktemp("verify") / "v.db") as store:
        yield SupportCheck(e, store)
    e.close()


def check(support, text, cited, **kw):
    from tweetsum.verify import verify

    return verify(text, cited, support=support, **kw)


def test_faithful_paraphrases_pass(support):
    for text, cited, head in (
        ("同一个70B模型开启前缀缓存和fp8 KV cache后，单卡并发从18提到41，每千token成本下降约55%。", [MA], "推理优化让成本下降"),
        ("ivy_agents 发布了开源 agent 框架 v0.9，带有 typed tool schemas、step budgets 和 replay debugger。", [IVY], None),
        ("Dan says a strong dollar could shave 2-3% off the megacaps' reported revenue growth this quarter.", [DAN], None),
    ):
        v = check(support, text, cited, headline=head)
        assert v.faithful, (text, v.reason())


def test_a_citation_that_does_not_hold_the_claim_is_caught_by_the_reading(support):
    # the zh demo's first trend bullet: the sentence came from another tweet of the topic
    text = "国产加速卡今年最大的进步不是算力指标，而是软件栈，市场前景广阔。"
    v = check(support, text, [DAN])
    assert "support" in {f.rule for f in v.faults}, v.reason()
    from tweetsum.verify import verify
    assert verify(text, [DAN]).faithful  # no rule sees it: the model's reading does


def test_a_reversed_figure_is_caught(support):
    v = check(support, "同一个70B模型开启前缀缓存后，单卡并发从41降到18，每千token成本上升约55%。", [MA])
    assert not v.faithful, v.reason()


def test_an_invented_event_is_caught(support):
    v = check(support, "AMD 发布了一款新的芯片，该芯片在性能和能耗方面都优于当前的 GPU。", [AMD], headline="AMD 发布新芯片")
    assert not v.faithful and v.label == "unfaithful", v.reason()


def test_a_view_given_to_the_wrong_person_is_caught(support):
    v = check(support, "认为强势美元可能让大型跨国公司本季度的营收增速少2-3%。", [DAN], speaker="quantqueen_ria")
    assert "speaker" in {f.rule for f in v.faults}, v.reason()
    assert check(support, "认为强势美元可能让大型跨国公司本季度的营收增速少2-3%。", [DAN], speaker="dan_macro").faithful


def test_a_failed_scoring_call_leaves_the_rules(support, monkeypatch):
    from tweetsum.llm.errors import GenerationFailed

    def boom(*a, **k):
        raise GenerationFailed("planted")
    monkeypatch.setattr(support.engine, "score", boom)
    monkeypatch.setattr(support, "store", None)
    v = check(support, "资金在低位换手，国产加速卡的进步是软件栈。", [DAN])
    assert v.faithful and support.failures and "planted" in support.failures[-1]


DEVON = tw('@felix_fp8 matches what we see. The "naive RTN -3.8" number is the one people should frame on the wall. '
           'We lost a week once because someone benchmarked int4 without calibration and declared quantization '
           '"broken".', "devon_kv", 5)
PRIYA = tw('Senate committee hearing today was better than expected. Fewer "will AI kill us" questions, more "who is '
           'liable when the agent books the wrong flight". That\'s progress.', "priya_policy", 6)


MAYA = tw('Eval tip for agent teams: log the full trajectory, not just the final answer. Half of our "correct" '
          'outcomes last month took a path that would have emailed the wrong customer if the data had been slightly '
          'different. #agents', "maya_builds", 7)


@pytest.mark.parametrize("head,text,cited", [
    ("听证会进展好，提问更明确", "作者 priya_policy 表示，今天 Senate 委员会的听证会比预期好得多。提问中少了“AI 会杀我们”的问题，"
     "多了“谁是 liable 当航班预订错误时”。这是一个进步。", [PRIYA]),
    ("评估代理团队：记录完整轨迹而非最终答案", "作者 Maya_builds 在推文中提到，他们建议在评估代理团队时记录完整的轨迹而不是只记录最终答案。",
     [MAYA]),
])
def test_a_restatement_that_names_its_author_is_read_without_the_attribution(support, head, text, cited):
    # restatements of the facts demo (1.5B, greedy) as written: "作者 <handle> 在推文中提到，" is who speaks, which the
    # speaker rules check; scored as words, it pulled both below the reading's thresholds
    from tweetsum.verify.support import attribution_lead

    assert attribution_lead(text, cited) > 0
    v = check(support, text, cited, headline=head)
    assert v.faithful, v.reason()


def test_an_attribution_to_someone_else_is_still_read(support):
    from tweetsum.verify.support import attribution_lead

    # the lead is skipped only when it names a cited tweet's author
    assert attribution_lead("作者 bob 在推文中提到，felix_fp8 的 RTN -3.8 是数字。", [DEVON]) == 0
    assert attribution_lead("@bob says the number is -3.8.", [DEVON]) == 0
    assert attribution_lead("作者认为，数字是 -3.8。", [DEVON]) == len("作者认为，")


def test_a_scoring_served_from_the_store_is_counted_as_a_cache_hit(support):
    # a rerun after a crash is judged by calls + cache hits equal to an uninterrupted run's (kill_report.py);
    # a scoring the store answers must be counted like a generation the result cache answers
    from tweetsum.verify.support import SupportCheck

    text = "ma_tuili 说，开启前缀缓存后单卡并发从18提到41。"
    calls = support.engine.calls
    n0 = len(calls)
    support.scores(text, [MA])
    live = [c for c in calls[n0:] if not c.from_cache]
    fresh = SupportCheck(support.engine, support.store)  # no memo of the first one's segments
    n1 = len(calls)
    fresh.scores(text, [MA])
    again = calls[n1:]
    assert len(again) == 2 and all(c.from_cache for c in again), again  # with tweets and blind
    assert len(live) + sum(c.from_cache for c in calls[n0:n1]) == 2
