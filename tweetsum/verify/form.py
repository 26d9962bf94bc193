"""Faults a reader sees without the tweets: text cut mid-sentence, and sentences that say nothing.

Measured on the careful-reading gold set (``benchmarks/data/faithfulness/``): the cut items of the zh demo end in
a dangling word ("…包含 typed tool schemas、步", "调试起来是噩", "协议是"), a version cut at its dot ("Apache-2."),
or our own ellipsis after model prose ("偏向乐…"); the vacuous ones are built from stock phrases ("影响是深远的",
"需要持续关注", "具体表现可能因公司和产品而异") around no specific term of the cited tweets.
"""
from __future__ import annotations

import html
import re

# a complete sentence or clause ends in one of these (a quote's closing mark included)
_ENDS = "。！？!?.；;」』”\"')）】]>…"
# a headline or text ending in one of these words stops mid-clause: a particle, a preposition, a conjunction,
# an enumeration comma, a copula ("协议是")
_DANGLING_ZH = re.compile(r"(?:[的是在和与及、，,了把被对从向给为将等也并而且或但约近]|、[\u3400-\u9fff]|以及|包括|包含|并且|因为|由于|例如|比如)$")
_DANGLING_EN = re.compile(r"\b(?:the|a|an|of|to|and|or|with|for|in|on|at|by|from|as|is|are|was|that|which|than|"
                          r"including|such)$", re.I)
_CUT_VERSION = re.compile(r"[A-Za-z]-?\d+\.$")  # "Apache-2." : a version cut at its dot
_OUR_ELLIPSIS = re.compile(r"[^」”\"]…$|\.\.\.$")  # prose cut by a length bound ("偏向乐…"); a cut quote is marked

# stock phrases that carry no fact of the tweets (zh, en); an item made of them and nothing specific is vacuous
_STOCK = re.compile(
    "|".join([
        r"影响是深远的", r"深远(?:的)?影响", r"需要(?:我们)?(?:持续|继续|进一步)?(?:关注|研究|观察)", r"值得(?:持续|进一步)?关注",
        r"前景广阔", r"具体表现可能因", r"因公司和产品而异", r"关注度较高", r"复杂性", r"引发(?:了)?(?:广泛|热烈)(?:的)?讨论",
        r"多个方面", r"各个方面", r"重要(?:的)?(?:意义|作用)", r"不容忽视", r"有待观察", r"拭目以待", r"机遇与挑战",
        r"挑战与机遇", r"不断发展", r"快速发展", r"日益(?:重要|增长)",
        r"remains? to be seen", r"worth (?:watching|monitoring|noting)", r"far[- ]reaching", r"continue[sd]? to (?:monitor|watch)",
        r"(?:significant|profound|important) (?:impact|implications|role)", r"various (?:aspects|sectors|fields)",
        r"opportunities and challenges", r"challenges and opportunities", r"rapid(?:ly)? (?:develop|evolv)\w*",
    ]), re.I)


def cut_reason(text: str) -> str | None:
    """Why ``text`` (a headline or an item's text) reads as cut off, or None."""
    s = text.strip()
    if not s:
        return None
    if _OUR_ELLIPSIS.search(s):
        return f"ends in an ellipsis mid-sentence: …{s[-12:]!r}"
    if _CUT_VERSION.search(s):
        return f"ends mid-token: …{s[-12:]!r}"
    if _DANGLING_ZH.search(s) or _DANGLING_EN.search(s):
        return f"ends on a dangling word: …{s[-12:]!r}"
    if s.count("“") > s.count("”"):  # "多了“谁是责任当客": a quotation opened and never closed
        return f"ends inside a quotation: …{s[-12:]!r}"
    if s[-1] in ":：-–—":  # "v0.9 release notes, the human-readable version: - typed tool schemas:" (en demo)
        return f"ends on a colon or dash that introduces nothing: …{s[-12:]!r}"
    return None


def text_cut(text: str) -> str | None:
    """An item's text is cut when it ends on a dangling word, a cut token or our ellipsis (:func:`cut_reason`). A
    missing final mark alone is not a cut: "…包括 typed tool schemas、step budgets 和 replay 调试器" is complete."""
    return cut_reason(text)


_QUOTE_CUT = re.compile(r"…\s*[」”\"]\s*$")


def quote_cut(text: str) -> str | None:
    """A quote that ends in an ellipsis stops mid-way through its tweet: the careful reading counts it as cut
    text ("…gets bough…", "…#A…") -- the policy quotes whole sentences instead (report/regenerate.quote_body)."""
    m = _QUOTE_CUT.search(text)
    return f"the quote is cut: …{text[max(0, m.start() - 12):m.start() + 1]!r}" if m else None


def stock_share(text: str) -> float:
    """Share of the text's characters inside stock phrases (after the phrases are widened to their clause)."""
    if not text:
        return 0.0
    hit = 0
    for clause in re.split(r"[。！？!?；;，,]", text):
        if _STOCK.search(clause):
            hit += len(clause)
    return hit / max(1, len(text))


def stock_phrases(text: str) -> list[str]:
    return [m.group(0) for m in _STOCK.finditer(text)]


# what is left of an item once its symbols are taken out: a cashtag, hashtag, handle or link names a thing but
# says nothing about it. Measured: the 0.5B's zh demo post (gold set, demo_zh_qwen0.5b) published three ticker and
# finance items that were "$ETH https://t.co/…" and nothing else, all three vacuous to the careful reader.
_SYMBOLS = re.compile(r"https?://\S+|[$#][A-Za-z_][\w.]*|[#＃][^\s#＃]+|@[A-Za-z0-9_]+|\d[\d.,%]*")
_QUOTE_HEAD = re.compile(r"^(?:引述|Quote)\s*@?[A-Za-z0-9_]*\s*[:：]?\s*")


def no_content(text: str) -> str | None:
    """Why ``text`` (prose or a quote) says nothing: fewer than 2 Chinese characters and no word of 2+ letters
    once links, cashtags, hashtags, handles and numbers are taken out ("$NVDA up 6%" says something). None when
    it says something."""
    if not text.strip():  # no text at all is not an item to judge (the policy writes one or drops it)
        return None
    body = _SYMBOLS.sub(" ", _QUOTE_HEAD.sub("", text.strip()))
    cjk = len(re.findall(r"[\u3400-\u9fff]", body))
    words = len(re.findall(r"[^\W\d_]{2,}", re.sub(r"[\u3400-\u9fff]", " ", body)))
    if cjk < 2 and not words:
        return f"nothing but links, tickers, tags or numbers: {text.strip()[:40]!r}"
    return None



# An excerpt that keeps only the sentence announcing what follows: "Longer thought on why I'm less worried about an
# AI capex "bust" than I was six months ago. […]" (en demo 884f856 and zh demo 31d6eea: vacuous to one reader
# of each, minor to the other; mismatch and truncated in earlier posts) says what the tweet is about and none of it.
_LEAD_IN = re.compile(
    r"^(?:(?:a )?(?:longer|long|quick|short|some|a few|few)\s+(?:thoughts?|lessons?|notes?|takeaways?|reasons?|"
    r"things?)\b|thread\b|here(?: is|'s) (?:why|how|the long)|(?:关于.{1,20}[，,])?(?:多说几句|展开说说|说几点|聊几句))",
    re.I)
_EXCERPT = re.compile(r"[“「](?P<body>.*?)\s*\[…\][”」]\s*$", re.S)


def lead_in_only(text: str) -> str | None:
    """A quoted excerpt that is one sentence announcing what the tweet goes on to say (a thread's opener, "A few
    lessons from ...:"), or one ending on a colon: None when it says something of its own."""
    m = _EXCERPT.search(text)
    if m is None:
        return None
    body = m.group("body").strip()
    inner = re.findall(r"[.!?。！？](?=\s|$)", body[:-1])
    if body.endswith((":", "：")) or (not inner and _LEAD_IN.match(body)):
        return f"the excerpt only announces what the tweet goes on to say: {body[:60]!r}"
    return None


# A tweet that shares a link -- a title, the link and where it came from ("Redemption Song (Official Video) {{URL}}
# {@YouTube@} より", "Full Fight Replay {{URL}} via {{USERNAME}}") -- says what was shared, not what anyone thinks:
# quoted under the views it was a mismatch to the reader (TweetTopic days 2020-02-23 and 2020-02-09).
_LINK = re.compile(r"\{\{URL\}\}|https?://\S+", re.I)
_SHARED_FROM = re.compile(r"\bvia\s+[@{]|より|\((?:official\s+)?(?:music\s+|lyric\s+)?(?:video|audio)\)|"
                          r"\bfull\s+(?:fight|game|match|episode)\b|\breplay\b|#nowplaying\b", re.I)
_SAYS_SOMETHING = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|we|our|us|think|love|hate|should|must|need)\b|[!?！？]",
                             re.I)


def link_share(tweet_text: str) -> str | None:
    """A tweet that only shares a link (title, link, source) and says nothing of its own."""
    body = html.unescape(tweet_text)
    if _LINK.search(body) and _SHARED_FROM.search(body) and not _SAYS_SOMETHING.search(body):
        return f"a shared link, not a view: {body.strip()[:60]!r}"
    return None
