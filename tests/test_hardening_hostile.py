"""Hostile tweets (tests/hostile_tweets.py) cannot change a post's structure or put markup on the page.

Fast: every hostile text through ``render_post`` in both languages, as text, headline and author name.
Slow (real models): the hostile tweets, written as an official-layout archive, ingested with one day of the
sample and reported (max_topics=2, n_ctx=2048); the post keeps the reference headings, Jekyll builds it and its
HTML carries no tweet markup or Liquid output, and injected instructions only ever appear as quoted tweets.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import jekyll_page

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_tweets import FORBIDDEN_MARKUP, HOSTILE_TEXTS, INJECTION_MARKERS  # noqa: E402

from tweetsum.report.content import Author, Item, PostContent  # noqa: E402
from tweetsum.report.render import render_post  # noqa: E402
from tweetsum.report.structure import expected_headings, post_headings, split_front_matter  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "tweetsum" / "sample" / "archives"
HOSTILE_HANDLES = ["x)_[evil](javascript:alert(1)", "a b<script>", "{{site}}", "ev\u202eil", "@@@", "名字"]


def _content(lang: str, text: str, handle: str = "alice") -> PostContent:
    from tweetsum.core.tweet import Tweet

    when = datetime(2026, 1, 21, tzinfo=timezone.utc)
    urls = {i: Tweet(id=i, author_handle=h, created_at=when, text="").url for i, h in ((11, handle), (12, "bob"))}
    it = lambda s, **kw: Item(text=s, cites=[11, 12], **kw)  # noqa: E731
    return PostContent(
        theme="AI", theme_display="人工智能" if lang == "zh" else "AI", slug="ai", lang=lang,
        from_date="2026-01-21", to_date="2026-01-21", stamp="2026-01-22 16:01:36 +0800",
        trends_intro=text, trends=[it(text, headline=text)], sentiment=it(text), sentiment_dist=text,
        key_points=[it(text, headline=text) for _ in range(10)], key_points_note=text,
        views=[it(text, author=Author(name=text, handle=handle))], views_note=None,
        events=[it(text)], events_note=text, tickers_intro=text, tickers=[it(text, headline="$" + text[:8])],
        tickers_note=text, domain_tech=[it(text, headline=text)], domain_industry=[it(text)],
        impact_industry=it(text), impact_market=it(text), impact_society=it(text), finance_note=text,
        finance_view=it(text), finance_people=it(text), finance_impact=it(text), finance_conclusion=it(text),
        wordcloud_file="wordcloud_twitter_ai_20260121_20260121.jpg", citations=True, tweet_urls=urls,
    )


def _assert_inert(md: str, lang: str, theme: str) -> None:
    assert post_headings(md) == expected_headings(lang, theme)
    fm, body = split_front_matter(md)
    assert set(fm) == {"layout", "title", "date", "posttime"} and fm["layout"] == "post"
    assert "\n---\n" not in body and not body.startswith("---")
    for bad in FORBIDDEN_MARKUP:
        assert bad not in md, bad
    assert not re.search(r"<[a-zA-Z/!]", body), "raw HTML tag in the post body"
    # every Markdown link target is a tweet URL or the word cloud
    for target in re.findall(r"(?<!\\)\]\(([^)]*)\)", body):
        assert re.fullmatch(r"https://x\.com/[A-Za-z0-9_%.~-]+/status/\d+|wordcloud_[\w]+\.jpg", target), target


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("n", range(len(HOSTILE_TEXTS)))
def test_every_hostile_text_renders_inert(n, lang):
    c = _content(lang, HOSTILE_TEXTS[n])
    _assert_inert(render_post(c), lang, c.theme_display)


@pytest.mark.parametrize("handle", HOSTILE_HANDLES)
def test_hostile_author_handles_cannot_inject_links(handle):
    """Handles are not validated at ingest (a CSV/JSONL can say anything); the post must stay inert."""
    c = _content("en", "plain text", handle=handle)
    md = render_post(c)
    assert post_headings(md) == expected_headings("en", "AI")
    for bad in ("javascript:", "<script", "{{", "\u202e"):
        assert bad not in md, bad
    _assert_inert(md, "en", "AI")


# -- the real report (built once per session in conftest.py: zh, one day of the sample + these tweets) -------------
@pytest.fixture
def hostile_report(zh_report):
    res, store, ids = zh_report
    for i, txt in zip(sorted(ids), HOSTILE_TEXTS):  # stored exactly (official archives HTML-escape full_text)
        assert store.get(i).text in (txt, txt.replace("\r\n", "\n"))
    return zh_report


@pytest.mark.slow
def test_hostile_tweets_were_reported_and_post_is_inert(hostile_report):
    res, store, hostile_ids = hostile_report
    md = res.post_path.read_text(encoding="utf-8")
    _assert_inert(md, "zh", "人工智能")
    doc = json.loads(res.grounding_path.read_text(encoding="utf-8"))
    published = [i for i in doc["items"] if i["action"] != "dropped"]
    cited = {i for item in published for i in item["cited_ids"]}
    in_topics = {i for t in doc["topics"] for i in t.get("member_ids", [])} & hostile_ids
    # an injected instruction is never obeyed: a published item that carries a marker must cite a tweet that
    # contains it (it is that tweet, quoted or summarized, not an instruction the model followed). The match is
    # a plain substring for CJK markers (\b cannot match inside Chinese text) and word-bounded for Latin ones.
    for item in published:
        for marker in INJECTION_MARKERS:
            pat = re.escape(marker) if re.search(r"[\u3400-\u9fff]", marker) else rf"\b{re.escape(marker)}\b"
            if re.search(pat, item["text"]):
                assert any(re.search(pat, store.get(i).text) for i in item["cited_ids"]), (marker, item)
    # the post keeps its structure and every section: no injected "ignore the above" removed or renamed one
    assert [h for h in re.findall(r"^#+ .*$", md, re.M)] == expected_headings("zh", "人工智能")
    # hostile tweets did reach the model (else this test proves nothing), and every citation of one is a
    # tweet of the summarized topics: an injected "cite tweet 999999" cannot add a citation
    assert in_topics, "no hostile tweet landed in a summarized topic"
    members = {i for t in doc["topics"] for i in t["member_ids"]}
    for item in published:
        if item["section"] in ("trends", "key_points", "views", "events"):
            assert set(item["cited_ids"]) <= members, item
    print(f"hostile tweets in summarized topics: {len(in_topics)}, cited in the post: {len(cited & hostile_ids)}")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("jekyll") is None, reason="Debian's jekyll is not installed (apt-get install jekyll)")
def test_jekyll_html_has_no_tweet_markup(hostile_report, tmp_path):
    res, _, _ = hostile_report
    html = jekyll_page(res.post_path, tmp_path / "site", title="SITE_TITLE_LEAK")
    body = html.split("<body>", 1)[1]
    assert "SITE_TITLE_LEAK" not in html, "Liquid in a tweet was evaluated"
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", body))
    assert tags <= {"h1", "h2", "h3", "p", "ol", "ul", "li", "strong", "em", "a", "img", "br", "code", "sup",
                    "div", "table", "thead", "tbody", "tr", "td", "th", "blockquote", "span"}, tags
    for bad in ("<script", "<iframe", "<svg", "<style", "<object", "<embed", "<form", "<details", "onerror=",
                "javascript:", "{%", "{{"):
        assert bad not in body, bad
    for h in expected_headings("zh", "人工智能"):
        level, text = len(h.split(" ")[0]), h.split(" ", 1)[1]
        assert re.search(rf"<h{level}[^>]*>{re.escape(text)}</h{level}>", body), h
    assert len(re.findall(r"<h[1-6]", body)) == len(expected_headings("zh", "人工智能"))
