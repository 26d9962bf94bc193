"""Model prose as text: how it is tidied before it is published (hashtag marks, spaces inside Chinese words) and
the text-only tests the grounding policy (:mod:`.policy`) applies (title-case styling, content, what a trim
keeps). No model, no tweets."""
from __future__ import annotations

import re

from tweetsum.core.entities import HASHTAG
from tweetsum.core.textcheck import split_sentences

_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def untitle(headline: str) -> str:
    """An English headline in Title Case without its styling: "Agent Framework Improvements" ->
    "agent framework improvements", so capitalised common words are not taken for names. Only when most of
    its words are capitalised (title style); all-caps and inner-capital names (NVIDIA, OpenAI, GPT-5) stay,
    and a sentence-case headline ("Google ships Gemini") is checked as written. On the demo (en, 1.5B) title
    casing ("Impact", "Education", "Token Costs") turned all five trends into quotes."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", headline) if len(w) >= 4]  # "of", "on", "and" stay low
    if len(words) < 2 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return headline
    return _TITLE_WORD.sub(lambda m: m.group(0).lower(), headline)


def untag(text: str) -> str:
    """Model prose without hashtag marks ("#美股" -> "美股"): tags belong to tweets, not to an analyst's
    sentence. On the demo (1.5B) an invented tag ("#股市") turned a supported finance line into a quote; as a
    plain word it says the same and claims nothing."""
    return HASHTAG.sub(lambda m: m.group(1), text)


# The prompt's own numbering echoed in prose: "推文4-5发布了…", "Tweets 1-3 announced…", "(tweet 2)", and the
# tweet header format copied into an answer ("[1] @jiang_moxin (2026-12-31): …", with invented dates). The post
# cites its tweets as links; the numbers mean nothing to a reader, and the grounding check took them for
# figures (TweetTopic day, 1.5B: an event "推文4-5发布了关于支持BAM的公告" quoted for "number 4, number 5").
# Found in 20 of 663 cached answers of the bench's demo, day and week windows.
_REF_NUMS = r"\d+(?:\s*[-–~、,，和至到]\s*\d+)*(?![\d.%])(?!\s*(?:%|条|个|篇|次|万|千|百|亿|percent|times))"
_PROMPT_REFS = re.compile(
    rf"[（(]\s*(?:推文|[Tt]weets?)\s*#?{_REF_NUMS}\s*[)）]"
    rf"|_?(?:推文|[Tt]weets?)\s*#?{_REF_NUMS}\s*(?:中|里)?"
    r"|\[\d*\]\s*@[\w ]+?\s*[(（]\d{4}[-\d]*[)）]\s*[:：]\s*"
    r"|(?<!\w)@[\w ]+?\s*[(（]\d{4}-\d{1,2}-\d{1,2}[)）]\s*[:：]\s*")


def unref(text: str) -> str:
    """Model prose without references to the prompt's tweet numbers or its tweet headers (:data:`_PROMPT_REFS`)."""
    out = _PROMPT_REFS.sub("", text)
    return re.sub(r"\s{2,}", " ", out).strip() if out != text else text


_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_CJK_GAP = re.compile(rf"(?<={_CJK})[ \t\u00a0]+(?={_CJK})")


def unspace(text: str) -> str:
    """Chinese prose without spaces between two Chinese characters ("不到五 成" -> "不到五成"). Copy suppression
    bans the tweets' next token, and the 1.5B's way round it was a space token: 5 of the demo's 15 regenerated
    zh items had one inside a word ("写 商品描述", "两 成"). Spaces between Chinese and Latin stay ("用 AI 写")."""
    return _CJK_GAP.sub("", text)


def has_content(text: str) -> bool:
    """More than a token: "1" or "Tweet 2" says nothing."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    words = len(re.findall(r"[A-Za-z]{2,}", text))
    return cjk >= 6 or words >= 4


TRIM_KEEP = 1 / 3  # share of the item's text a trimmed item keeps, at least


def substantial(kept: str, original: str) -> bool:
    """A trimmed item must keep a real part of what the model wrote, not scraps: at least ``TRIM_KEEP`` of
    its length and one sentence with content. On the demo (1.5B) a trend of which 8 sentences were trimmed
    was published as '多说几句。”“谁受益？”“谁受伤？' -- fragments of quoted speech, counted as model prose."""
    return len(kept) >= TRIM_KEEP * len(original) and any(has_content(s) for s in split_sentences(kept))
