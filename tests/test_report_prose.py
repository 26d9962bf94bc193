"""The published prose on the real pipeline (packaged Qwen2.5 0.5B, one day of the sample, 2 topics): written by
the model, grounded, in Chinese, no loops, quotes marked, the finance analysis present when the window has
cashtags. Thresholds sit below what the 0.5B measured on this window (see each), so a regression fails."""
from __future__ import annotations

import json
import re

import pytest

from tweetsum.core.textcheck import cjk_share, max_ngram_repeats

pytestmark = pytest.mark.slow


MIN_MODEL_SHARE = 0.12  # measured 0.16 with the 0.5B on this window (2 topics); the 1.5B default: 0.37 on the demo


@pytest.fixture(scope="module")
def doc(zh_report):
    res = zh_report[0]
    return json.loads(res.grounding_path.read_text(encoding="utf-8")), res.post_path.read_text(encoding="utf-8")


def _published(doc):
    return [i for i in doc["items"] if i["action"] != "dropped"]


def test_most_published_items_are_model_written(doc):
    f = doc[0]["figures"]
    assert f["model_written_share"] >= MIN_MODEL_SHARE, f["by_source"]
    assert f["by_source"]["model"] + f["by_source"]["model_regenerated"] + f["by_source"]["trimmed"] == \
        f["model_written"]


def test_model_written_claims_are_supported_and_the_figure_before_fallback_is_reported(doc):
    f = doc[0]["figures"]
    assert f["claims_model_published"]["supported_pct"] >= 98.0
    before = f["claims_model_before_fallback"]
    assert before["claims"] >= f["claims_model_published"]["claims"]  # counted over every model item, kept or not


def test_model_prose_is_chinese_and_does_not_loop(doc):
    for item in _published(doc[0]):
        if item["source"] in ("model", "model_regenerated", "trimmed"):
            assert cjk_share(item["text"]) >= 0.5, item["text"]
            assert max_ngram_repeats(item["text"]) <= 4, item["text"]  # headline + text: a headline word reused


def test_trends_and_key_points_have_bold_model_headlines(doc):
    md = doc[1]
    trends = re.split(r"\*\*整体(?:市场)?情绪\*\*", md.split("### 主要话题与行业趋势概述")[1])[0]
    bullets = [l for l in trends.splitlines() if l.startswith("- ")]
    assert bullets
    for b in bullets:
        if "引述" not in b:  # a quote is marked as one; everything else is a headline plus prose
            assert re.match(r"- \*\*[^*]+\*\*：\S", b), b
            head = re.match(r"- \*\*([^*]+)\*\*", b).group(1)
            assert cjk_share(head) >= 0.5 and " · " not in head, head  # a named theme, not keywords


def test_quotes_are_marked_and_counted(doc):
    g, md = doc
    quotes = [i for i in _published(g) if i["source"] == "quote"]
    assert len(quotes) == g["figures"]["by_source"]["quote"]
    assert md.count("引述") >= len(quotes)


def test_finance_analysis_is_not_empty_when_the_window_has_cashtags(doc, zh_report):
    g, md = doc
    res, store, _ = zh_report
    fin = md.split("### 专项分析：金融市场相关内容")[1].split("## 词云分析")[0]
    assert "推文未涉及" not in fin  # the window has cashtag tweets: never "not in the tweets"
    items = [i for i in _published(g) if i["section"].startswith("finance/")]
    assert len(items) == 4
