"""`tweetsum report` on the real pipeline: bundled sample archive, packaged MiniLM, packaged Qwen2.5 0.5B GGUF.

The window and topic count are kept small so the real model runs in a couple of minutes on 2 cores.
"""
from __future__ import annotations

import json
import re
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import jekyll_page

from tweetsum.run import ReportError, ReportOptions, build_report
from tweetsum.report.structure import expected_headings, post_headings, split_front_matter

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(hostile_sample_store):
    return hostile_sample_store[0]


def _opts(out: Path, lang: str, **kw) -> ReportOptions:
    from conftest import report_options

    return report_options(out, lang, **kw)


@pytest.fixture(scope="module")
def en_report(store, tmp_path_factory):
    """The en post, redacted (one report for the en shape and the redaction tests: a second full report cost
    109 s of the suite; masking handles leaves the post's shape as it is)."""
    out = tmp_path_factory.mktemp("en")
    return build_report(store, _opts(out, "en", max_topics=1, n_ctx=1024, max_regenerations=2, redact=True,
                                     public_accounts=frozenset({"chipwatch_ken"}))), out


def _check_post(res, lang):
    md = res.post_path.read_text(encoding="utf-8")
    assert res.post_path.name == "2026-01-22-twitter_ai_20260121_20260121.md"
    fm, body = split_front_matter(md)
    assert fm == {"layout": "post", "title": "twitter_ai_20260121_20260121", "date": "2026-01-22 16:01:36 +0800",
                  "posttime": "2026-01-22 16:01:36 +0800"}
    theme = "人工智能" if lang == "zh" else "AI"
    assert post_headings(md) == expected_headings(lang, theme)
    first = [l for l in body.splitlines() if l.strip()][0]
    assert first == ("Twitter Ai 报告 (2026-01-21 至 2026-01-21)" if lang == "zh"
                     else "Twitter Ai Report (2026-01-21 to 2026-01-21)")
    assert body.rstrip().endswith("(wordcloud_twitter_ai_20260121_20260121.jpg)")
    # hostile tweets may be quoted, but never as markup
    for bad in ("{%", "{{", "<script", "<img", "<|im_end|>"):
        assert bad not in md
    assert "\n---\n" not in body  # nothing can close (or reopen) the front matter
    return md


def test_zh_post_has_reference_shape(zh_report):
    res = zh_report[0]
    _check_post(res, "zh")
    assert res.tweets_selected > 0 and res.topics >= 1


def test_en_post_has_reference_shape(en_report):
    res, _ = en_report
    _check_post(res, "en")


def test_citations_resolve_to_tweets_in_window(zh_report, store):
    res = zh_report[0]
    md = res.post_path.read_text(encoding="utf-8")
    links = re.findall(r"\]\((https://x\.com/([A-Za-z0-9_]+)/status/(\d+))\)", md)
    assert links, "a post with citations links its tweets"
    lo, hi = datetime(2026, 1, 20, 16, tzinfo=timezone.utc), datetime(2026, 1, 21, 16, tzinfo=timezone.utc)
    for _url, handle, tid in links:
        t = store.get(int(tid))
        assert t is not None and t.author_handle == handle and lo <= t.created_at < hi


def test_grounding_file_agrees_with_post(zh_report, store):
    res = zh_report[0]
    doc = json.loads(res.grounding_path.read_text(encoding="utf-8"))
    md = res.post_path.read_text(encoding="utf-8")
    published = [i for i in doc["items"] if i["action"] != "dropped"]
    assert doc["summary"]["items"] == len(published) == res.grounding["items"]
    cited_in_post = {int(x) for x in re.findall(r"/status/(\d+)\)", md)}
    cited_in_file = {i for item in published for i in item["cited_ids"]}
    assert cited_in_post == cited_in_file
    claims = [c for i in published for c in i["claims"]]
    assert doc["summary"]["claims"] == len(claims)
    assert doc["summary"]["supported"] == sum(c["supported"] for c in claims)
    assert doc["summary"]["supported_pct"] >= 98.0
    # every published quote is the cited tweet's own words, and marked as a quote in the post
    for item in published:
        if item["source"] == "quote" and item["cited_ids"]:
            assert item["text"].startswith(("引述", "Quote")), item["text"]
            t = store.get(item["cited_ids"][0])
            quoted = re.search(r"「(.*)」|“(.*)”", item["text"])
            t = store.get(item["cited_ids"][0])
            quoted = re.search(r"「(.*)」|“(.*)”", item["text"])
            assert quoted and (quoted.group(1) or quoted.group(2)).rstrip("…")[:40] in " ".join(t.text.split())


def test_wordcloud_is_a_valid_jpg(zh_report):
    from PIL import Image

    res = zh_report[0]
    with Image.open(res.image_path) as im:
        assert im.format == "JPEG" and im.size == (1200, 600)
        # not blank: a real cloud has many distinct colours
        assert len(set(im.convert("RGB").resize((200, 100)).getdata())) > 50


def test_rerun_is_byte_identical_and_served_from_result_cache(zh_report, store, tmp_path):
    res = zh_report[0]
    again = build_report(store, _opts(tmp_path, "zh"))
    assert again.post_path.read_bytes() == res.post_path.read_bytes()
    assert again.llm["model_calls"] == 0 and again.llm["result_cache_hits"] > 0
    # every call of the first run (generations and the meaning check's scorings) is a cache hit now: a rerun
    # after a crash is checked by this count (benchmarks/kill_report.py)
    assert again.llm["result_cache_hits"] == res.llm["model_calls"] + res.llm["result_cache_hits"]


def test_no_citations_option(store, zh_report, tmp_path):
    res = build_report(store, _opts(tmp_path, "zh", citations=False))
    md = res.post_path.read_text(encoding="utf-8")
    assert "x.com/" not in md and res.llm["model_calls"] == 0  # same prompts: all from the result cache


def test_empty_window_is_a_clear_error(store, tmp_path):
    with pytest.raises(ReportError, match="nothing to report"):
        build_report(store, _opts(tmp_path, "zh", since="2030-01-01", until="2030-01-02"))


@pytest.mark.skipif(shutil.which("jekyll") is None,
                    reason="Debian's jekyll is not installed (make test installs it with apt-get; no apt here)")
def test_jekyll_builds_the_post(zh_report, tmp_path):
    res = zh_report[0]
    html = jekyll_page(res.post_path, tmp_path / "site", extra_files=(res.image_path,))
    for h in expected_headings("zh", "人工智能"):
        level, text = len(h.split(" ")[0]), h.split(" ", 1)[1]
        assert re.search(rf"<h{level}[^>]*>{re.escape(text)}</h{level}>", html), h
    assert re.search(r'<img src="wordcloud_twitter_ai_20260121_20260121\.jpg" alt="词云图"', html)
    assert "<script" not in html and "{%" not in html


def test_redact_masks_handles_everywhere_written(store, en_report):
    res, _ = en_report
    written = res.post_path.read_text(encoding="utf-8") + res.grounding_path.read_text(encoding="utf-8")
    handles = {t.author_handle for t in store.tweets_between(None, None)} - {"chipwatch_ken"}
    leaked = [h for h in handles if re.search(rf"(?<![A-Za-z0-9_]){re.escape(h)}(?![A-Za-z0-9_])", written)]
    assert not leaked
    assert re.search(r"https://x\.com/i/status/\d+", written) or "x.com" not in written
