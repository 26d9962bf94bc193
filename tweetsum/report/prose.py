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
