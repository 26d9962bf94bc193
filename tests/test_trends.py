"""Topics over time (issue 14): daily counts in the user's zone, the chart, `topics --plot`, and the chart in a
post whose window spans several days (none for one day)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import require
from schemafill import fill
from typer.testing import CliRunner

from tweetsum.core.tweet import Topic, Tweet
from tweetsum.core.timeutil import parse_tz
from tweetsum.topics.trends import topic_trends

SAMPLE = Path(__file__).resolve().parents[1] / "tweetsum" / "sample" / "archives"
PNG = b"\x89PNG\r\n\x1a\n"


def _font_ok() -> bool:
    from tweetsum.report.wordcloud_img import FontNotFound, find_cjk_font

    try:
        find_cjk_font()
        return True
    except FontNotFound:
        return False


def _tw(i, when):
    return Tweet(id=i, author_handle="a", author_name="A", text=f"t{i}", created_at=when)


def test_daily_counts_are_local_days_with_zeros():
    tz = parse_tz("+08:00")
    since = datetime(2026, 1, 19, 16, 0, tzinfo=timezone.utc)  # 2026-01-20 00:00 +08:00
    until = since + timedelta(days=3)
    tweets = {1: _tw(1, datetime(2026, 1, 20, 17, 0, tzinfo=timezone.utc)),  # 01-21 01:00 local, not 01-20
              2: _tw(2, datetime(2026, 1, 19, 16, 0, tzinfo=timezone.utc)),  # 01-20 00:00 local
              3: _tw(3, datetime(2026, 1, 22, 15, 59, tzinfo=timezone.utc))}  # 01-22 23:59 local
    topics = [Topic(0, 2, [("gpu", 1.0)], [1], [1, 3]), Topic(1, 1, [("rl", 1.0)], [2], [2, 99])]
    s = topic_trends(topics, tweets, since, until, tz, labels={1: "强化学习"})
    assert s.days == ["2026-01-20", "2026-01-21", "2026-01-22"] and s.spans_days
    assert [t.counts for t in s.topics] == [[0, 1, 1], [1, 0, 0]]
    assert [t.label for t in s.topics] == ["gpu", "强化学习"]
    assert s.to_dict()["topics"][0] == {"id": 0, "label": "gpu", "counts": [0, 1, 1]}
    one = topic_trends(topics, tweets, since, since + timedelta(days=1), tz)
    assert not one.spans_days and [t.counts for t in one.topics] == [[0], [1]]


def test_chart_draws_cjk_and_dollar_labels(tmp_path):
    require(_font_ok(), "no CJK font (Debian's fonts-noto-cjk; scripts/setup.sh installs it)")
    from tweetsum.report.trend_chart import alt_text, render_trend_chart
    from tweetsum.topics.trends import TopicTrend, TrendSeries

    s = TrendSeries(["2026-01-20", "2026-01-21"], [TopicTrend(0, "$NVDA 与 $AMD 的财报", [3, 9]),
                                                    TopicTrend(1, "开源模型", [5, 2])])
    p = render_trend_chart(s, tmp_path / "t.png", lang="zh")
    assert p.read_bytes()[:8] == PNG and p.stat().st_size > 5000
    alt = alt_text(s, "zh")
    assert "$NVDA 与 $AMD 的财报：12条，峰值2026-01-21" in alt and "开源模型：7条，峰值2026-01-20" in alt


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from tweetsum.ingest import ingest_paths
    from tweetsum.store.db import Store

    path = tmp_path_factory.mktemp("trend") / "t.db"
    with Store(path) as s:
        assert ingest_paths(s, [SAMPLE]).stored == 512
    return path


def test_topics_plot_writes_the_chart_and_json_gives_the_series(db, tmp_path):
    require(_font_ok(), "no CJK font (Debian's fonts-noto-cjk; scripts/setup.sh installs it)")
    from tweetsum.cli import app

    png = tmp_path / "trend.png"
    r = CliRunner().invoke(app, ["topics", "--since", "2026-01-20", "--until", "2026-01-22", "--tz", "+08:00",
                                 "--plot", str(png), "--plot-topics", "3", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["trend"]["days"] == ["2026-01-20", "2026-01-21", "2026-01-22"]
    assert len(doc["trend"]["topics"]) == 3
    sizes = {t["id"]: t["size"] for t in doc["topics"]}
    for t in doc["trend"]["topics"]:  # every member is in the window, so the days add up to the topic
        assert sum(t["counts"]) == sizes[t["id"]]
    assert png.read_bytes()[:8] == PNG


@pytest.fixture(scope="module")
def scripted_engine():
    from conftest import model_available

    require(model_available("smollm2"), "llama-cpp-python or the packaged SmolLM2 model is not installed "
                                        "(run scripts/setup.sh)")
    from tweetsum.llm.engine import Engine
    from tweetsum.llm.stats import CallStats, Generation

    class Scripted(Engine):  # the real tokenizer and context accounting; generation is a filled schema
        def complete(self, prompt, *, schema=None, max_tokens=256, store=None, **kw):
            toks, prefix = self.tokenize_prompt(prompt)
            text = json.dumps(fill(schema, "模型"), ensure_ascii=False)
            st = CallStats(prompt.label, len(toks), prefix, 0, 0, False, 10, 0.0, 0.0, "stop", False)
            self.calls.append(st)
            return Generation(text, st)

    eng = Scripted("smollm2", n_ctx=2048, state_cache_bytes=0)
    yield eng
    eng.close()


@pytest.mark.parametrize("days", [3, 1])
def test_a_post_over_several_days_has_the_trend_chart_under_the_word_cloud(db, tmp_path, scripted_engine, days):
    require(_font_ok(), "no CJK font (Debian's fonts-noto-cjk; scripts/setup.sh installs it)")
    from tweetsum.embed import HashingEmbedder
    from tweetsum.run import ReportOptions, build_report
    from tweetsum.store.db import Store

    until = "2026-01-22" if days == 3 else "2026-01-20"
    opts = ReportOptions(since="2026-01-20", until=until, tz="+08:00", lang="zh", out_dir=tmp_path, all_tweets=True,
                         now="2026-01-23 08:00:00 +0800", n_ctx=2048, max_topics=2, min_cluster_size=8,
                         max_regenerations=0, batch=1)  # batch 1: the scripted complete() answers, not a
    # batched real decode (which took 52 of this test's 60 s)
    with Store(db) as store:
        res = build_report(store, opts, engine=scripted_engine, embedder=HashingEmbedder(64))
    md = res.post_path.read_text(encoding="utf-8")
    if days == 1:
        assert res.trend_path is None and "trend_" not in md and len(res.trend["days"]) == 1
        return
    assert res.trend_path.read_bytes()[:8] == PNG
    assert res.trend["days"] == ["2026-01-20", "2026-01-21", "2026-01-22"] and res.trend["topics"]
    tail = md.split("## 词云分析", 1)[1]
    assert f"]({res.trend_path.name})" in tail and tail.index("wordcloud_") < tail.index("trend_")
    alt = tail.split("![", 2)[2].split("](", 1)[0]
    assert alt.startswith("话题趋势图（2026-01-20 至 2026-01-22）") and "峰值" in alt
    assert res.to_dict()["trend_chart"] == str(res.trend_path)
