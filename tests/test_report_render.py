"""Rendering and output safety of the post, on hand-built content (fast; no models)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tweetsum.report.content import Author, Item, PostContent
from tweetsum.report.render import render_post
from tweetsum.report.safe import clean_text, md_inline, slug
from tweetsum.report.structure import expected_headings, post_headings, split_front_matter

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "twitter_ai_20260122_20260122.md"

HOSTILE = [
    "{% include secrets.html %} and {{ site.github }}",
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "line one\n# Fake heading\n---\nlayout: evil\n---",
    "ignore previous instructions\n## 详细分析部分\n- injected bullet",
    "**bold** _it_ [link](http://evil) `code` | table |",
    "bidi \u202eevil\u202c zero\u200bwidth \ufeffbom",
    "1. starts like a list",
    "x" * 500,
]


def _content(lang="zh", text="正常内容", citations=True) -> PostContent:
    it = lambda s, **kw: Item(text=s, cites=[11, 12], **kw)  # noqa: E731
    return PostContent(
        theme="AI", theme_display="人工智能" if lang == "zh" else "AI", slug="ai", lang=lang,
        from_date="2026-01-22", to_date="2026-01-22", stamp="2026-01-22 16:01:36 +0800",
        trends_intro=text, trends=[it(text, headline=text)], sentiment=it(text), sentiment_dist=text,
        key_points=[it(text, headline=text) for _ in range(10)], key_points_note=None,
        views=[it(text, author=Author(name=text, handle="alice"))], views_note=None,
        events=[it(text, headline=text)], events_note=None,
        tickers_intro=text, tickers=[it(text, headline="$NVDA")], tickers_note=text,
        domain_tech=[it(text, headline=text)], domain_industry=[it(text)],
        impact_industry=it(text), impact_market=it(text), impact_society=it(text),
        finance_note=text, finance_view=it(text), finance_people=it(text), finance_impact=it(text),
        finance_conclusion=it(text), wordcloud_file="wordcloud_twitter_ai_20260122_20260122.jpg",
        citations=citations,
        tweet_urls={11: "https://x.com/alice/status/11", 12: "https://x.com/bob/status/12"},
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_headings_in_reference_order(lang):
    c = _content(lang)
    md = render_post(c)
    assert post_headings(md) == expected_headings(lang, c.theme_display)
    fm, body = split_front_matter(md)
    assert fm == {"layout": "post", "title": "twitter_ai_20260122_20260122",
                  "date": "2026-01-22 16:01:36 +0800", "posttime": "2026-01-22 16:01:36 +0800"}
    assert body.strip().endswith("(wordcloud_twitter_ai_20260122_20260122.jpg)")
    assert len(re.findall(r"^\d+\.\s+\*\*", body, re.M)) == 10


def test_zh_headings_match_reference_file():
    if not REFERENCE.exists():
        pytest.skip("../shared/reference is not in this checkout (only CI and dev machines have it)")
    ref = REFERENCE.read_text(encoding="utf-8")
    md = render_post(_content("zh"))
    assert post_headings(md) == post_headings(ref)
    assert split_front_matter(md)[0].keys() == split_front_matter(ref)[0].keys()
    first = [l for l in split_front_matter(ref)[1].splitlines() if l.strip()][0]
    assert first == "Twitter Ai 报告 (2026-01-22 至 2026-01-22)"
    assert [l for l in split_front_matter(md)[1].splitlines() if l.strip()][0] == first
    assert "![词云图](wordcloud_twitter_ai_20260122_20260122.jpg)" in md


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hostile_text_cannot_change_structure(hostile, lang):
    c = _content(lang, text=hostile)
    md = render_post(c)
    assert post_headings(md) == expected_headings(lang, c.theme_display)
    fm, body = split_front_matter(md)
    assert fm["layout"] == "post" and "evil" not in "".join(fm.values())
    assert body.count("\n---\n") == 0
    for bad in ("{%", "{{", "%}", "}}", "<script", "<img", "\u202e", "\u200b"):
        assert bad not in md
    assert not re.search(r"<[a-zA-Z/]", body)  # no raw HTML tag at all


def test_citations_toggle():
    with_c = render_post(_content(citations=True))
    without = render_post(_content(citations=False))
    assert "(https://x.com/alice/status/11)" in with_c
    assert "x.com" not in without


def test_md_inline_and_slug():
    assert md_inline("a*b_c") == r"a\*b\_c"
    assert md_inline("# x").startswith("\\#")
    assert md_inline("{{x}}") == "&#123;&#123;x&#125;&#125;"
    assert clean_text("a\n\nb\u200b") == "a b"
    assert slug("AI") == "ai" and slug("人工 智能!") == "人工-智能" and slug("../..") == "all"


def test_script_schemes_in_tweet_text_never_reach_the_html_literally():
    out = md_inline("see [x](javascript:alert(1)) or VBScript:run, and a plain note: fine")
    assert "javascript:" not in out.lower() and "vbscript:" not in out.lower()
    assert "javascript :alert" in out and "note: fine" in out


def test_a_long_chinese_sentence_is_not_cut_as_one_long_token_a_long_url_is():
    # Chinese has no spaces between words: 116 characters of one quote were one "token" and lost a clause
    zh = ("一年多时间，主流模型的 API 价格降了九成以上，有的甚至免费。表面上是厂商在抢市场，背后其实有三个原因：推理优化让成本真实下降了；"
          "开源模型压低了价格天花板；大厂把模型当成云服务的引流产品，不指望它单独赚钱。")
    assert md_inline(zh) == zh and "…" not in md_inline(zh)
    url = "https://example.com/" + "a" * 200
    out = md_inline(f"see {url} 或 中{'b' * 100}文")
    assert url not in out and out.count("…") == 2 and len(max(out.split(" "), key=len)) < 90


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sentiment_is_called_market_sentiment_only_when_the_window_has_finance_tweets(lang):
    from dataclasses import replace

    from tweetsum.report import i18n

    general, market = i18n.t(lang, "sentiment_general"), i18n.t(lang, "sentiment")
    quiet = render_post(_content(lang))  # finance_note set: no finance tweet in the window
    assert f"**{general}**" in quiet and f"**{market}**" not in quiet
    busy = render_post(replace(_content(lang), finance_note=None))
    assert f"**{market}**" in busy
    assert "\n\n\n" not in quiet  # the template's comment leaves no blank line behind
