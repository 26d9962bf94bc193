"""Relations a small model gets backwards or invents: the direction of a change, and an event that happened.

- **Direction.** "资金在高位换手" became "低位换手"; "only a 0.4% response rate" became "响应率提高了0.4%". Each
  direction word of the item (either language) belongs to a pole (up or down); the cited tweets must say the same
  pole and not only the opposite one. Near a figure the rule is strict (the figure's relation must be the
  tweet's); elsewhere only a reversal (the tweets say the opposite pole, never this one) is a fault.
- **Events.** "AMD 发布新芯片" over tweets about a rumour: an item that says something was released, launched,
  announced, acquired or funded needs a cited tweet that reports such an event.
"""
from __future__ import annotations

import re

from tweetsum.core.tweet import Tweet

# Direction words in groups of two opposite poles, zh and en (an en word ending in "-" takes any ending). Poles are
# compared within a group: "回调" (a price move) says nothing about "高位" (a level).
GROUPS = {
    "level": (("高位", "高点", "highs", "peak-"), ("低位", "低点", "lows", "bottom-")),
    "price": (("上涨", "涨", "走高", "攀升", "飙升", "大涨", "反弹", "rise", "rises", "rose", "risen", "rising", "rall-",
               "jump-", "surg-", "soar-", "climb-", "gain", "gains", "gained", "up"),
              ("下跌", "跌", "走低", "回落", "回调", "大跌", "fall", "falls", "fell", "fallen", "falling", "drop",
               "drops", "dropped", "declin-", "slump-", "plung-", "pullback", "sell-off", "selloff", "down")),
    "amount": (("增加", "增长", "提高", "提升", "提到", "上升", "升到", "涨到", "扩大", "升至", "增至", "翻倍", "increas-", "grew", "grow", "grows",
                "growing", "growth", "higher", "boost-", "expand-", "doubl-", "more", "rais-", "hike-", "lift-"),
               ("减少", "下降", "降低", "缩小", "降至", "降到", "减半", "下滑", "萎缩", "decreas-", "shrank", "shrink-", "lower",
                "reduc-", "cut", "cuts", "slash-", "halv-", "fewer", "less")),
    "stance": (("看多", "看涨", "乐观", "利好", "超配", "加仓", "买入", "bullish", "overweight", "optimis-", "long"),
               ("看空", "看跌", "悲观", "利空", "低配", "减仓", "卖出", "bearish", "underweight", "pessimis-", "short")),
    "compare": (("超过", "高于", "多于", "以上", "more than", "above", "over", "beat", "beats", "exceed-"),
                ("不到", "低于", "少于", "以下", "less than", "below", "under", "miss", "missed")),
    "speed": (("加速", "加快", "accelerat-", "faster", "speed up"), ("放缓", "减速", "slow-", "decelerat-")),
}


def _pattern(words) -> re.Pattern:
    alts = []
    for w in words:
        if re.search(r"[\u3400-\u9fff]", w):
            alts.append(re.escape(w))
        else:
            core = re.escape(w[:-1]) + r"[a-z]*" if w.endswith("-") else re.escape(w)
            alts.append(r"(?<![A-Za-z])" + core + r"(?![A-Za-z])")
    return re.compile("|".join(sorted(alts, key=len, reverse=True)), re.I)


_POLES = {g: (_pattern(up), _pattern(down)) for g, (up, down) in GROUPS.items()}
_EVENT_ZH = re.compile(r"发布|推出|上线|宣布|开源了|收购|并购|融资|获投|上市|发行|签约|推出了")
_EVENT_EN = re.compile(r"\b(?:launch\w*|(?<!press )releas\w*|announc\w*|unveil\w*|ship(?:s|ped)?|open[- ]sourc\w*|acqui\w*|"
                       r"rais(?:e|ed|es|ing)\b|funding|round|ipo|listed|signed|introduc\w*|rolled out|dropped|"
                       r"published|debut\w*|we shipped|is out|now available|v\d)", re.I)
_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|个点|倍|x|成|pp|bp)?")


_NOT_DIRECTION = re.compile(r"thumbs?[ -](?:up|down)|up\s*/\s*down|ups and downs|up to|set up|sign(?:ed)? up|"
                            r"follow(?:ed)?[ -]up|break ?down|shut ?down|look(?:ing)? (?:up|down)|more and more|"
                            # "作者提到，" (mentions) and "以下几个方面" (the following) are no direction; "从 18 提到 41" is
                            r"提到(?!\s*[\d约近超])|以下(?=几|的|内容|方面|[：:])", re.I)


def poles(text: str) -> set[tuple[str, int]]:
    """(group, pole) pairs the text's direction words name; pole 0 is up, 1 is down."""
    text = _NOT_DIRECTION.sub(" ", text)
    return {(g, i) for g, pats in _POLES.items() for i, p in enumerate(pats) if p.search(text)}


def _pole_words(text: str) -> list[tuple[int, str, str, int]]:
    """(position, word, group, pole) of every direction word of the text."""
    found = []
    text = _NOT_DIRECTION.sub(lambda m: " " * len(m.group(0)), text)
    for g, pats in _POLES.items():
        for i, p in enumerate(pats):
            found.extend((m.start(), m.group(0), g, i) for m in p.finditer(text))
    return sorted(found)


def direction_fault(text: str, cited: list[Tweet]) -> str | None:
    """A direction the tweets state only the other way round, or a figure given a direction no tweet gives it."""
    said = set()
    for t in cited:
        said |= poles(t.text)
    for pos, word, group, pole in _pole_words(text):
        name = ("up", "down")[pole]
        if (group, 1 - pole) in said and (group, pole) not in said:
            return f"{word!r} says {name}; the cited tweets say only the opposite ({group})"
        window = text[max(0, pos - 8): pos + len(word) + 8]
        fig = _NUMBER.search(window)
        if fig and group in ("price", "amount") and not any((g, pole) in said for g in ("price", "amount")):
            return f"{word!r} gives the figure {fig.group(0).strip()} a direction ({name}) no cited tweet gives"
    return None


_FROM_TO = re.compile(r"(?:从|from)\s*\$?(\d+(?:\.\d+)?)[^\d，。,;；]{0,12}?(?:到|至|to)\s*\$?(\d+(?:\.\d+)?)", re.I)
_CLAUSE = re.compile(r"[，。,;；!?！？\n]")


def _near_poles(text: str, number: str) -> set[tuple[str, int]]:
    """Direction poles said in the same clause as the figure, within 10 characters of it."""
    found = set()
    for m in re.finditer(r"(?<![\d.])" + re.escape(number) + r"(?![\d])", text):
        a = max(0, m.start() - 10)
        b = m.end() + 10
        left, right = text[a:m.start()], text[m.end():b]
        left = _CLAUSE.split(left)[-1]
        right = _CLAUSE.split(right)[0]
        found |= poles(left + " " + number + " " + right)
    return found


# "8 million tons … every year" restated "every day": the period a rate is given per
_PERIODS = {
    "hour": r"每小时|一小时|per hour|an hour|every hour|hourly|/h(?:r|our)?\b",
    "day": r"每天|每日|一天|per day|a day|every day|daily|/day\b",
    "week": r"每周|每星期|一周|per week|a week|every week|weekly|/wk\b",
    "month": r"每月|一个月|per month|a month|every month|monthly|/mo\b",
    "year": r"每年|一年|per year|a year|every year|yearly|annual(?:ly)?|/yr\b|y/y|yoy|同比",
}
_PERIOD_RE = {k: re.compile(v, re.I) for k, v in _PERIODS.items()}


def _clause_of(text: str, number: str) -> list[str]:
    out = []
    for m in re.finditer(r"(?<![\d.])" + re.escape(number) + r"(?![\d])", text):
        a = max((text.rfind(c, 0, m.start()) for c in "。！？!?；;\n"), default=-1) + 1
        ends = [i for i in (text.find(c, m.end()) for c in "。！？!?；;\n") if i >= 0]
        out.append(text[a:min(ends) if ends else len(text)])
    return out


def period_fault(text: str, cited: list[Tweet]) -> str | None:
    """A figure given per another period than its tweet gives it ("every year" -> "every day")."""
    for m in _NUMBER.finditer(text):
        num = re.match(r"\d+(?:\.\d+)?", m.group(0)).group(0)
        mine = {k for cl in _clause_of(text, num) for k, p in _PERIOD_RE.items() if p.search(cl)}
        if not mine:
            continue
        theirs = {k for t in cited for cl in _clause_of(t.text, num) for k, p in _PERIOD_RE.items() if p.search(cl)}
        if theirs and not (mine & theirs):
            return f"the figure {num} is given per {'/'.join(sorted(mine))}; the cited tweet gives it per " \
                   f"{'/'.join(sorted(theirs))}"
    return None


# A calendar date the cited tweets do not state is the tweet's posting date given to what it reports: "Mike
# Leatherdale在2020年2月23日赢得了Class B 285州冠军" over a tweet posted 01:50 UTC on the 23rd about a title won the day
# before (both readers: unfaithful), "a live boxing match … on February 23rd" (unfaithful). Tied to the posting
# itself ("在 2026-01-20 发推", "@qian_hr（2026-01-22）：") it is the record's, and true.
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(r"(?:20\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|20\d\d-\d\d-\d\d|"
                   r"\b(?:" + _MONTHS + r")\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s*20\d\d)?", re.I)
_POSTED_ON = re.compile(r"^\s*(?:发推|发帖|发文|发布推文|发表推文|推文中|表示|说|称|指出|写道|提到|认为)|^\s*[）)]\s*[:：]|"
                        r"^\s*,?\s*(?:tweeted|posted|wrote|said|noted)\b", re.I)
_POSTED_BEFORE = re.compile(r"(?:tweeted|posted|wrote|said|noted|tweets?)\s+(?:on\s+)?$", re.I)


def _day(date: str) -> str:
    """A date as compared: spaces and a leading or trailing year taken off ("2020年2月23日" is "2月23日")."""
    d = re.sub(r"\s+", "", date).casefold()
    return re.sub(r"^20\d\d年|,?20\d\d$", "", d) if not re.fullmatch(r"20\d\d-\d\d-\d\d", d) else d


def date_fault(text: str, cited: list[Tweet]) -> str | None:
    """A date the item states that no cited tweet states, other than the date of the posting itself."""
    said = " ".join(_day(m.group(0)) for t in cited for m in _DATE.finditer(t.text))
    for m in _DATE.finditer(text):
        d = _day(m.group(0))
        if d in said or _POSTED_ON.match(text[m.end():]) or _POSTED_BEFORE.search(text[:m.start()]):
            continue
        return f"the date {m.group(0)!r} is in no cited tweet (the posting date is not the date of what it reports)"
    return None


def figure_fault(text: str, cited: list[Tweet]) -> str | None:
    """The relation a number belongs to: "从 18 提到 41" restated "从41降到18", "成本下降约55%" as "成本上升约55%".

    A figure of the item that a cited tweet also states must keep the tweet's direction (the poles said in the same
    clause next to it, price and amount taken as one scale) and its from/to order."""
    said_pairs = {(a, b) for t in cited for a, b in _FROM_TO.findall(t.text)}
    for a, b in _FROM_TO.findall(text):
        if (b, a) in said_pairs and (a, b) not in said_pairs:
            return f"'from {a} to {b}' reverses the cited tweet's 'from {b} to {a}'"
    why = period_fault(text, cited)
    if why:
        return why
    for m in _NUMBER.finditer(text):
        num = re.match(r"\d+(?:\.\d+)?", m.group(0)).group(0)
        mine = {(("amount" if g == "price" else g), p) for g, p in _near_poles(text, num)}
        if not mine:
            continue
        theirs = set()
        for t in cited:
            theirs |= {(("amount" if g == "price" else g), p) for g, p in _near_poles(t.text, num)}
        if not theirs:
            continue
        for g, p in mine:
            if (g, 1 - p) in theirs and (g, p) not in theirs:
                return f"the figure {num} goes {('up', 'down')[p]} here; in the cited tweet it goes {('up', 'down')[1 - p]}"
    return None


# "发布了一份调研" / "发布了关于…的公告": the tweet itself is what was posted, not an event it reports
_POSTED = re.compile(r"(?:发布|发表|宣布)了?[^，。,;；!！?？]{0,16}?(?:公告|调研|推文|文章|帖子|消息|报告|声明|视频|链接|看法|观点|感想)"
                     r"|(?:posted|shared|published) (?:a |an |his |her |their )?(?:thread|post|tweet|note|survey|video|link)",
                     re.I)


# a cause or consequence the item asserts ("这个模型非常有用，因为它很小", "由于 AMD 是 HBM 的核心供应商") needs a cited
# tweet that states one; tweets list facts side by side and a small model joins them with a cause
_CAUSE_ITEM = re.compile(r"因为|由于|因此|所以|这表明|这显示|这说明|这意味着|导致|从而|使得|有助于|\b(?:because|therefore|thus|"
                         r"hence|which means|this shows|this suggests|due to|leading to|as a result|so that)\b", re.I)
_CAUSE_TWEET = re.compile(r"因为|由于|因此|所以|导致|从而|使得|意味着|说明|表明|因而|\b(?:because|therefore|thus|hence|"
                          r"means|due to|as a result|thanks to|which is why|that's why|caus\w+|driv(?:en|es|ing) by)\b|→|->",
                          re.I)


def cause_fault(text: str, cited: list[Tweet]) -> str | None:
    """A cause or consequence no cited tweet states."""
    m = _CAUSE_ITEM.search(text)
    if m is None or any(_CAUSE_TWEET.search(t.text) for t in cited):
        return None
    return f"{m.group(0)!r} states a cause or consequence; no cited tweet states one"


def event_fault(text: str, cited: list[Tweet]) -> str | None:
    """An item that reports a release, launch, announcement, deal or funding needs a tweet that reports one."""
    text = _POSTED.sub(" ", text)
    m = _EVENT_ZH.search(text) or _EVENT_EN.search(text)
    if m is None:
        return None
    if any(_EVENT_ZH.search(t.text) or _EVENT_EN.search(t.text) for t in cited):
        return None
    return f"{m.group(0)!r} reports an event; no cited tweet reports a release, launch, announcement or deal"


# A Chinese phrase of the tweet with its parts swapped: "算力的尽头是电力" (compute's limit is power) written
# "算力是电力的尽头" -- the zh demo's 关键事件 (d5dc39a, da0e849), both readers unfaithful. It is what copy
# suppression does to a restatement that copies its tweet: banned from going on verbatim after 12 tokens, the 1.5B
# keeps the words and changes their order. Same characters, none repeated, a run the tweet never has, six to
# nine long (shorter runs swap harmlessly: "AI 公司" / "公司 AI"), not one character moved from one end to the
# other (a run across a clause: "涨了，方向的" read as "了方向的...涨", minor twice in the gold set). On the gold
# set's 560 distinct items it flags 5 (7 rows), all unfaithful or vacuous: "实习生团队新来的", "到两成不敢让"
# (不到两成敢让 = under 20 % dare), "算力是电力的尽头". The English word-order analogue flagged
# faithful items ("pay for one personally") as often as unfaithful ones in the gold set, so it is not used.
_SWAP_SPAN = range(6, 10)
_HAN = re.compile(r"[\u3400-\u9fff]")


def swap_fault(text: str, cited: list[Tweet]) -> str | None:
    """A run of 6-9 distinct Chinese characters that is a reordering of a run in a cited tweet and occurs in
    none: the tweet's words with their relation swapped."""
    item = [c for c in text if _HAN.match(c)]
    if len(item) < _SWAP_SPAN[0]:
        return None
    tweets = ["".join(c for c in t.text if _HAN.match(c)) for t in cited]
    for n in _SWAP_SPAN:
        runs: dict[str, str] = {}
        for s in tweets:
            for i in range(len(s) - n + 1):
                runs.setdefault("".join(sorted(s[i:i + n])), s[i:i + n])
        exact = {s[i:i + n] for s in tweets for i in range(len(s) - n + 1)}
        for i in range(len(item) - n + 1):
            w = "".join(item[i:i + n])
            r = runs.get("".join(sorted(w))) if len(set(w)) == n and w not in exact else None
            if r is not None and w not in (r[1:] + r[0], r[-1] + r[:-1]):
                return f"{w!r} swaps the tweet's {r!r}"
    return None
