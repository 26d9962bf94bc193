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
