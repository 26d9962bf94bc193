"""Grounding check: every checkable claim in a generated item must appear in the tweets it cites.

Claims extracted from an item's text: @handles, $cashtags, #hashtags, URLs, numbers (with units and %),
capitalised Latin names (``OpenAI``, ``GPT-5``, ``Jensen Huang``) and Chinese proper names (jieba's
person/place/organisation/other-proper-noun tags). Each is checked against the cited tweets after
normalising case, full/half width (NFKC) and number formats (``1,000`` = ``1000``; ``1.5B`` = ``1.5 billion``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from tweetsum.core.entities import CASHTAG, HANDLE, HASHTAG, URL
from tweetsum.core.tweet import Tweet

_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*"
    r"(%|percent|百分之|k\b|K\b|thousand|m\b|M\b|million|mn\b|b\b|B\b|bn\b|billion|t\b|T\b|trillion|万|亿|x\b|×)?"
)
_NAME = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?:\s+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)*")
_UNIT = {
    "%": "%", "percent": "%", "百分之": "%",
    "k": "e3", "thousand": "e3", "m": "e6", "million": "e6", "mn": "e6",
    "b": "e9", "billion": "e9", "bn": "e9", "t": "e12", "trillion": "e12",
    "万": "e4", "亿": "e8", "x": "x", "×": "x",
}
# Capitalised words that start sentences or are too generic to be a checkable name.
_GENERIC = {
    "the", "this", "that", "these", "those", "a", "an", "and", "but", "or", "in", "on", "at", "for", "to",
    "of", "with", "from", "by", "as", "is", "are", "was", "were", "it", "its", "they", "we", "i", "he",
    "she", "you", "there", "here", "some", "many", "most", "several", "all", "one", "two", "three",
    "overall", "key", "tweets", "tweet", "users", "people", "discussion", "discussions", "topic", "topics",
    "summary", "views", "view", "events", "event", "market", "markets", "sentiment", "positive",
    "negative", "neutral", "mixed", "new", "also", "however", "while", "when", "what", "why", "how",
    "according", "author", "authors", "others", "other", "posts", "post", "no", "not", "yes", "his", "her",
    "their", "our", "my", "an", "if", "so", "then", "both", "each", "more", "less", "about",
}
_CJK_NAME_FLAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}
# jieba's dictionary tags plain phrases as person names ("保持警惕", "采取相应", "加速卡": nr) and common nouns as
# proper nouns ("论文", "中文": nz); on the demo such words failed 9 model items that invented nothing. A person
# name (nr, nrfg) is a claim only with a common surname and 2-3 characters; an nz word only when it is rare
# in jieba's dictionary (frequency below COMMON_FREQ: "论文" 1875, "中文" 1755 are common, "三星" 363 is a name).
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMMON_FREQ = 1000


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)


_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Chinese numerals before 成 (tenths) and 倍 (times) are figures: "六成" = "6成", "两倍" = "2倍". Only these two
# units: "一个模型", "两周" are phrasing, not figures a citation must carry.
_CN_FIGURE = re.compile(r"([一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])(?=[成倍])")


def _cn_value(s: str) -> int:
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return 10 * (_CN_DIGIT[tens] if tens else 1) + (_CN_DIGIT[ones] if ones else 0)


def _numbers(text: str) -> set[tuple[str, str]]:
    out = set()
    text = _CN_FIGURE.sub(lambda m: str(_cn_value(m.group(1))), text)
    for m in _NUMBER.finditer(unicodedata.normalize("NFKC", text)):
        whole = m.group(1).replace(",", "")
        frac = (m.group(2) or "").rstrip("0")
        value = whole.lstrip("0") or "0"
        if frac:
            value += "." + frac
        unit = _UNIT.get((m.group(3) or "").lower(), "")
        out.add((value, unit))
    return out


_MONTH = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                           "nov", "dec"))}
# dates written in prose: "2020年2月23日", "2月23日", "2020-02-23", "February 23, 2020", "Feb 23"; a year alone with
# 年 ("2020年"). Each is one claim of kind "date" (value "2020-02-23", "--02-23" without a year, "2020" for a
# year), checked against the cited tweets' own dates (:func:`_tweet_dates`) and the dates their text writes.
_DATE_ZH = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_DATE_ISO = re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])")
_DATE_EN = re.compile(r"(?<![A-Za-z])(january|february|march|april|may|june|july|august|september|october|november|"
                      r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})"
                      r"(?:st|nd|rd|th)?(?![\d])(?:,?\s+(\d{4})(?!\d))?", re.I)
_YEAR_ZH = re.compile(r"(?<!\d)(\d{4})\s*年")


def _dates(text: str) -> tuple[list[tuple[int | None, int, int] | tuple[int]], str]:
    """The dates written in ``text`` as (year or None, month, day) or (year,), and the text without them."""
    found: list = []

    def keep(y, m, d):
        y = int(y) if y else None
        if 1 <= m <= 12 and 1 <= d <= 31:
            found.append((y, m, d))
            return True
        return False

    def zh(mt):
        return " " if keep(mt.group(1), int(mt.group(2)), int(mt.group(3))) else mt.group(0)

    def iso(mt):
        return " " if keep(mt.group(1), int(mt.group(2)), int(mt.group(3))) else mt.group(0)

    def en(mt):
        return " " if keep(mt.group(3), _MONTH[mt.group(1)[:3].lower()], int(mt.group(2))) else mt.group(0)

    def year(mt):
        found.append((int(mt.group(1)),))
        return " "

    text = _DATE_ZH.sub(zh, text)
    text = _DATE_ISO.sub(iso, text)
    text = _DATE_EN.sub(en, text)
    text = _YEAR_ZH.sub(year, text)
    return found, text


def _date_value(d: tuple) -> str:
    if len(d) == 1:
        return str(d[0])
    y, m, d_ = d
    return f"{y:04d}-{m:02d}-{d_:02d}" if y else f"--{m:02d}-{d_:02d}"


def _tweet_dates(cited: list[Tweet]) -> set[tuple[int, int, int]]:
    """The calendar days of the cited tweets in any time zone (UTC and the day either side): the model is shown
    each tweet's date and may write it ("Tyson Fury在2020年2月23日击败了Deontay Wilder")."""
    from datetime import timedelta

    out = set()
    for t in cited:
        for h in (-14, 0, 14):
            d = (t.created_at + timedelta(hours=h)).date()
            out.add((d.year, d.month, d.day))
    return out


def _date_supported(value: str, days: set[tuple[int, int, int]], written: set[tuple]) -> bool:
    if value.startswith("--"):
        m, d = int(value[2:4]), int(value[5:7])
        return any((m, d) == (x[1], x[2]) for x in days) or any(len(x) == 3 and (m, d) == x[1:] for x in written)
    if len(value) == 4:
        y = int(value)
        return any(y == x[0] for x in days) or any(y == x[0] for x in written)
    y, m, d = int(value[:4]), int(value[5:7]), int(value[8:10])
    return (y, m, d) in days or (y, m, d) in written or (None, m, d) in written


@lru_cache(maxsize=1)
def _posseg():
    import logging

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()  # FREQ (read by _is_cjk_name) is filled here, not by the first cut
    return pseg


def _is_cjk_name(word: str, flag: str, freq: dict) -> bool:
    if flag not in _CJK_NAME_FLAGS or len(word) < 2 or not re.search(r"[\u4e00-\u9fff]", word):
        return False
    if flag in ("nr", "nrfg"):
        return len(word) <= 3 and word[0] in _SURNAMES
    if flag == "nz":
        return (freq.get(word) or 0) < COMMON_FREQ
    return True


def _cjk_names(text: str) -> list[str]:
    """Chinese proper names; a person-like word before a figure is not one ("高达62%": jieba nr)."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return []
    pseg = _posseg()
    freq = pseg.dt.tokenizer.FREQ
    toks, out = [(w, flag) for w, flag in pseg.cut(text)], []
    for k, (w, flag) in enumerate(toks):
        if flag in ("nr", "nrfg") and re.match(r"[\d一二两三四五六七八九十百千万亿]", next((t for t, _ in toks[k + 1:] if t.strip()), "")):
            continue
        if _is_cjk_name(w, flag, freq):
            out.append(w)
    return out


@dataclass
class Claim:
    kind: str  # handle | cashtag | hashtag | url | number | name | word (English word in Chinese prose)
    value: str
    supported: bool


@dataclass
class ItemCheck:
    section: str
    text: str
    cited_ids: list[int]
    claims: list[Claim] = field(default_factory=list)
    action: str = "kept"  # kept | regenerated | trimmed | replaced_quote | dropped
    source: str = "model"  # model | model_regenerated | trimmed | quote | template
    note: str | None = None
    meaning: dict | None = None  # the verification stage's verdict (label, faults) on the item as published

    @property
    def supported(self) -> bool:
        return all(c.supported for c in self.claims)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["supported"] = self.supported
        return d


def _sentence_initial_word(text: str, m: re.Match) -> bool:
    """A single Titlecase word opening a sentence ("Demand", "Investors"): English capitalisation, not a
    name. All-caps and inner-capital names (NVIDIA, OpenAI, GPT-5) and multi-word names are still checked."""
    w = m.group(0)
    if " " in w or not re.fullmatch(r"[A-Z][a-z]+", w):
        return False
    before = text[: m.start()].rstrip()
    return not before or before[-1] in ".!?。！？;；:：\n"


def extract_claims(text: str) -> list[tuple[str, str]]:
    return list(_extract_claims(text))


@lru_cache(maxsize=4096)  # an item is checked against many single tweets when its citations are repaired
def _extract_claims(text: str) -> tuple[tuple[str, str], ...]:
    claims: list[tuple[str, str]] = []
    text_no_urls = URL.sub(" ", text)
    claims += [("url", u.rstrip(".,;:!?，。")) for u in URL.findall(text)]
    claims += [("handle", h) for h in HANDLE.findall(text_no_urls)]
    claims += [("cashtag", c.upper()) for c in CASHTAG.findall(text_no_urls)]
    claims += [("hashtag", h) for h in HASHTAG.findall(text_no_urls)]
    scrubbed = CASHTAG.sub(" ", HANDLE.sub(" ", HASHTAG.sub(" ", text_no_urls)))
    dates, scrubbed = _dates(scrubbed)
    claims += [("date", _date_value(d)) for d in dates]
    for value, unit in sorted(_numbers(scrubbed)):
        claims.append(("number", value + (unit if unit in ("%", "x") else ("" if not unit else unit))))
    for m in _NAME.finditer(scrubbed):
        if _sentence_initial_word(scrubbed, m):
            continue
        words = [w for w in m.group(0).split() if w.casefold() not in _GENERIC]
        if not words:
            continue
        name = " ".join(words)
        if len(name) >= 2 and not name.isdigit():
            claims.append(("name", name))
    claims += [("name", n) for n in _cjk_names(scrubbed)]
    claims += [("word", w) for w in _latin_words_in_chinese(scrubbed)]
    seen, out = set(), []
    for c in claims:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return tuple(out)


_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9_\-/])([a-z]{3,})(?![A-Za-z0-9_\-/])")


def _latin_words_in_chinese(text: str) -> list[str]:
    """Lower-case English words inside Chinese prose ("以前迁移一个模型要 weeks"): each must be a word of the
    cited tweets. Copy suppression makes a small model dodge a banned continuation with an English synonym or a
    fragment ("加速.card", "可以 auditing"); a word the tweets use ("token", "opt-out") passes."""
    letters = re.findall(r"[A-Za-z\u4e00-\u9fff]", text)
    if not letters or sum(1 for c in letters if "\u4e00" <= c <= "\u9fff") < 0.3 * len(letters):
        return []
    return [m.group(1) for m in _LATIN_WORD.finditer(URL.sub(" ", text))]


def _number_supported(value: str, sources_numbers: set[tuple[str, str]]) -> bool:
    unit = ""
    for u in ("%", "x", "e12", "e9", "e8", "e6", "e4", "e3"):
        if value.endswith(u):
            value, unit = value[: -len(u)], u
            break
    for v, u in sources_numbers:
        if v == value and (unit == u or (unit == "" and u not in ("%",)) or (u == "" and unit not in ("%",))):
            return True
    return False


_EN_NUMBER = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_EN_NUMBER.update({w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())})
_EN_NUMBER_WORD = re.compile(r"(?<![a-z])(" + "|".join(_EN_NUMBER) + r")(?![a-z])")
_CN_NUMERAL = re.compile(r"[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九](?![一二两三四五六七八九十百千万亿])")


def _worded_numbers(norm: str) -> set[tuple[str, str]]:
    """Numbers the sources write in words ("placing fourth", "三年前" support 4 and 3) or as tenths ("超过六成"
    supports "60%"): the model writes figures as digits. Source side only: an item's own words are not figures."""
    out = {(str(_EN_NUMBER[m.group(1)]), "") for m in _EN_NUMBER_WORD.finditer(norm)}
    out |= {(str(_cn_value(m.group(0))), "") for m in _CN_NUMERAL.finditer(norm)}
    tenths = _CN_FIGURE.sub(lambda m: str(_cn_value(m.group(1))), norm)
    out |= {(str(10 * int(m.group(1))), "%") for m in re.finditer(r"(?<![\d.])(\d{1,2})\s*成", tenths)}
    return out


def _joined(text: str) -> str:
    """Letters and digits only (a dot kept between digits: "2.0" is not "20")."""
    return re.sub(r"(?!(?<=\d)\.(?=\d))[\W_]", "", normalize(text))


def _joined_supported(name: str, joined_sources: str) -> bool:
    """A Latin name the sources write with other spacing or punctuation: "Class B285" for "Class B 285",
    "DeontayWilder" for "Deontay Wilder", "Vintage-0" for "Vintage- 0" (all from the TweetTopic day, where each
    turned a supported item into a quote). Only names of 5+ letters and digits: a short one ("AMD") could match
    across the words of an unrelated phrase."""
    j = _joined(name)
    return len(j) >= 5 and bool(re.search(r"[a-z]", j)) and j in joined_sources


def _words_supported(name: str, norm: str) -> bool:
    """A multi-word Latin name whose every word is a word of the sources: the model's title-casing of a
    phrase the tweets hold ("AI Capex Digestion" from "AI capex ... digestion"), not an invention; a name
    with any word the tweets lack still fails."""
    words = normalize(name).split()
    return len(words) > 1 and all(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", norm) for w in words)


def _translated_name(value: str) -> bool:
    """A Chinese name that is not a person's ("聊天", "深圳", "三星"): written from English tweets it is the
    model's translation ("chat", "Samsung"), which no string match can check -- so against tweets without
    Chinese it is not a claim (their Latin names, figures and handles still are). Measured on the demo (1.5B):
    "聊天" (jieba: nz) for "chat" turned three supported items into quotes. Person-like names (a surname and
    1-2 characters: "张三") stay claims: an English tweet gives no reason for one."""
    return bool(re.search(r"[\u4e00-\u9fff]", value)) and not (len(value) <= 3 and value[0] in _SURNAMES)


def check_item(section: str, text: str, cited: list[Tweet], source: str = "model",
               general: frozenset[str] | set[str] = frozenset()) -> ItemCheck:
    """Check every claim of ``text`` against the ``cited`` tweets. ``general``: the window's common terms
    (casefolded; :attr:`tweetsum.core.textcheck.Relevance.common`): a name among them ("AI" in an AI digest,
    where most tweets say it) is the window's vocabulary, not a claim a citation must carry."""
    sources = " \n".join(
        f"@{t.author_handle} {t.author_name or ''} {t.text} {' '.join(t.urls)} "
        f"{' '.join('#' + h for h in t.hashtags)} {' '.join('$' + c for c in t.cashtags)}"
        for t in cited
    )
    norm = normalize(sources)
    src_numbers = _numbers(sources) | _worded_numbers(norm)
    joined = _joined(sources)
    cjk_sources = bool(re.search(r"[\u4e00-\u9fff]", sources))
    days, written = _tweet_dates(cited), set(_dates(sources)[0])
    check = ItemCheck(section=section, text=text, cited_ids=[t.id for t in cited], source=source)
    for kind, value in extract_claims(text):
        if kind == "name" and not cjk_sources and _translated_name(value):
            continue
        if kind == "number":
            ok = _number_supported(value, src_numbers)
        elif kind == "date":  # a year is also a figure the text may hold ("down ~28% from 2023" -> "2023年")
            ok = _date_supported(value, days, written) or (len(value) == 4 and _number_supported(value, src_numbers))
        elif kind == "handle":
            ok = "@" + value.casefold() in norm
        elif kind == "cashtag":
            ok = "$" + value.casefold() in norm
        elif kind == "hashtag":
            ok = "#" + normalize(value) in norm or normalize(value) in norm
        elif kind == "name" and value.casefold() in general:
            ok = True
        elif kind == "word":
            ok = bool(re.search(rf"(?<![a-z]){re.escape(value)}", norm)) or (
                value.endswith("s") and bool(re.search(rf"(?<![a-z]){re.escape(value[:-1])}", norm)))
        else:
            ok = normalize(value) in norm or _words_supported(value, norm) or _joined_supported(value, joined)
        check.claims.append(Claim(kind, value, ok))
    return check


@dataclass
class GroundingReport:
    items: list[ItemCheck] = field(default_factory=list)

    def summary(self, published_only: bool = True) -> dict:
        items = [i for i in self.items if i.action != "dropped"] if published_only else self.items
        claims = [c for i in items for c in i.claims]
        supported = sum(c.supported for c in claims)
        actions: dict[str, int] = {}
        for i in self.items:
            actions[i.action] = actions.get(i.action, 0) + 1
        return {
            "items": len(items),
            "claims": len(claims),
            "supported": supported,
            "supported_pct": round(100.0 * supported / len(claims), 2) if claims else 100.0,
            "actions": actions,
        }
