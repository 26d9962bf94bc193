"""The reduce stage's assembly: topic briefs (map) + synthesis answers → grounded :class:`PostContent`.

One function per section of the reference post; each builds model items and passes them through the grounding
policy (:class:`~.policy.Composer`). Fixed sentences come from :mod:`.i18n`. When a model answer is unusable
the section says it *could not be summarized* (and ``*.grounding.json`` says why); "the tweets do not say"
is printed only when the data truly lacks it (no cashtag, no finance tweet).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from tweetsum.core.signals import MIN_TWEETS as TECH_MIN_TWEETS
from tweetsum.core.tweet import Topic
from tweetsum.report import i18n
from tweetsum.report.content import Author, Item, PostContent
from tweetsum.report.policy import Composer, Fallback
from tweetsum.report.safe import md_inline, slug
from tweetsum.summarize.synthesis import FIN_LABEL, Synthesis, mentions

TRENDS = 5
TREND_STANDINS = 2  # a topic's key points tried in place of its failed brief (each may cost a rewrite)
KEY_POINTS = 10
VIEWS = 8
EVENTS = 8
TICKERS = 6


@dataclass
class ComposeInput:
    lang: str
    theme: str | None
    ranked: list[Topic]
    summaries: list  # TopicSummary, parallel to ranked
    synth: Synthesis
    cashtags: Counter  # symbol -> tweets mentioning it
    finance_signal: bool
    n_selected: int
    n_topics: int
    from_date: str
    to_date: str
    stamp: str
    citations: bool = True
    tech_signal: bool = True  # False: the window does not discuss technology (no tech / industry items)
    key_points_from: str = "topic"  # "facts": each key point is one tweet restated (summarize/facts.py)


def round_robin(lists: list[list], limit: int) -> list:
    out: list = []
    depth = 0
    while len(out) < limit and any(depth < len(x) for x in lists):
        for x in lists:
            if depth < len(x) and len(out) < limit:
                out.append(x[depth])
        depth += 1
    return out


class _Sections:
    def __init__(self, comp: Composer, x: ComposeInput):
        self.comp, self.x, self.lang = comp, x, x.lang
        self.members = [[i for i in t.member_ids if i in comp.tweets] for t in x.ranked]
        for t, s in zip(x.ranked, x.summaries):
            for name, sec in s.sections.items():
                if sec.fallback:
                    comp.fallbacks.append(Fallback(f"topic/{name}", sec.fallback_reason or "fallback", t.id))

    def T(self, key: str, **kw) -> str:
        return i18n.t(self.lang, key, **kw)

    def _items(self, section: str, key: str, build) -> list[list[tuple[Item, list[int]]]]:
        """Per topic: (item, pool) from the map stage's ``section`` answers."""
        per = []
        for k, s in enumerate(self.x.summaries):
            sec = s.sections.get(section)
            got = []
            if sec is not None and sec.data:
                for d in sec.data.get(key, []):
                    r = build(d, k)
                    if r is None:
                        continue
                    it, pool = r if isinstance(r, tuple) else (r, self.members[k])
                    it.source = "extractive" if sec.fallback else "model"
                    got.append((it, pool))
            per.append(got)
        return per

    def _ground_all(self, section: str, pairs, limit: int, need_headline: bool = False,
                    quote: bool = True) -> list[Item]:
        """Up to ``limit`` grounded items of ``pairs``; ``quote`` False: a failed item is rewritten or trimmed
        but never quoted (the section is shorter instead)."""
        pairs = list(pairs)
        # more candidates than places: a failed one is repaired only if the section is still short
        spare = len(pairs) > limit or not quote
        out = []
        for it, pool in pairs:
            if len(out) >= limit:
                break
            g = self.comp.ground(section, it, pool, need_headline=need_headline, spare=spare)
            if g is not None:
                out.append(g)
        if quote:
            return out + self.comp.quote_deferred(section, limit - len(out))
        out += self.comp.quote_deferred(section, limit - len(out), quote=False)
        self.comp.quote_deferred(section, 0, why="not quoted: a key point is the model's synthesis, not a tweet")
        return out

    # -- brief -------------------------------------------------------------------------------------------
    def _key_point_items(self) -> list[list[tuple[Item, list[int]]]]:
        return self._items("key_points", "key_points",
                           lambda d, k: Item(text=d.get("explanation", ""), headline=d.get("headline") or None,
                                             cites=d.get("tweet_ids", [])))

    def trends(self) -> list[Item]:
        """One bullet per top topic: its brief (title + summary), rewritten or trimmed if need be; when that
        fails, the first of the topic's own key points (at most ``TREND_STANDINS``) that holds stands in for it -- a model line about the same
        topic, which the key points section then skips as a repeat -- and only then a quote of the brief's
        tweet. On the demo (zh and en, 1.5B) one of the five trends was a quote: its brief copied a tweet and
        its rewrite added a word the tweets lack. With key points from facts (the default) the order is the
        other way: the topic's titled facts first, then its brief."""
        out = []
        points = self._key_point_items()
        for k, s in enumerate(self.x.summaries[:TRENDS]):
            sec = s.sections.get("summary")
            if sec is None or not sec.data:
                continue
            d = sec.data
            cites = d.get("tweet_ids") or self.x.ranked[k].representative_ids[:2]
            brief = Item(text=d.get("summary", ""), headline=d.get("title"), cites=list(cites),
                         source="extractive" if sec.fallback else "model")
            if self.x.key_points_from == "facts":
                # Facts first: a topic's trend is its first fact (one representative tweet restated, titled)
                # that holds, its brief only after them. Read carefully, briefs -- written over a whole topic --
                # passing the check were faithful or minor 26 of 56 times in the gold set; facts published as
                # key points 15 of 15 times in three zh demo runs (10 distinct) and 8 of 9 in the en demo
                # (da0e849), while 3 of that en post's 5 trends were unfaithful briefs.
                cands = [*[p for p in points[k] if p[0].headline][:TREND_STANDINS], (brief, self.members[k])]
            else:
                cands = [(brief, self.members[k]), *points[k][:TREND_STANDINS]]
            g = None
            for j, (it, pool) in enumerate(cands):
                g = self.comp.ground("trends", it, pool, need_headline=True, spare=True)
                if g is None and j == 0 and it is brief:  # the brief rewritten or trimmed before any stand-in
                    g = next(iter(self.comp.quote_deferred("trends", 1, quote=False)), None)
                if g is not None:
                    break
            if g is None:  # none held as written: rewrite them in turn
                g = next(iter(self.comp.quote_deferred("trends", 1, quote=False)), None)
            if g is not None:
                out.append(g)
            # only the brief is quoted: a stand-in is there for model prose
            out += self.comp.quote_deferred("trends", 0 if g is not None else 1, accept=lambda it: it is brief,
                                            why=None if g is not None else "a stand-in that did not hold either")
        return out

    def sentiment(self) -> tuple[Item, str]:
        weights: Counter = Counter()
        for s, t in zip(self.x.summaries, self.x.ranked):
            sec = s.sections.get("summary")
            if sec is not None and not sec.fallback and sec.data.get("sentiment") in (
                    "positive", "neutral", "negative", "mixed"):
                weights[sec.data["sentiment"]] += t.size
        total = sum(weights.values())
        names = {"zh": {"positive": "积极", "neutral": "中性", "negative": "消极", "mixed": "分化"},
                 "en": {"positive": "positive", "neutral": "neutral", "negative": "negative", "mixed": "mixed"}}
        parts = [f"{names[self.lang][k]} {100 * v / total:.0f}%" for k, v in weights.most_common()]
        dist = ""
        if parts:
            dist = (f"（按话题推文数加权的情绪分布：{'，'.join(parts)}）" if self.lang == "zh"
                    else f" (sentiment by topic size: {', '.join(parts)})")
        ans = self.x.synth.answers.get("sentiment")
        if ans:
            sep = "" if self.lang == "zh" else " "
            verdict = ans["verdict"].strip()
            if self.lang == "zh" and verdict and verdict[-1] not in "。！？":
                verdict += "。"
            elif self.lang == "en" and verdict and verdict[-1] not in ".!?":
                verdict += "."
            it = Item(text=verdict + sep + ans["reasons"].strip(), cites=ans.get("tweet_ids", []))
            g = self.comp.ground("sentiment", it, self.x.synth.pool("sentiment"))
            if g is not None:
                return g, dist
        else:
            self.comp.fallbacks.append(Fallback("sentiment", self.x.synth.failed.get("sentiment", "no answer")))
        return self.comp.template("sentiment", self.T("not_summarized")), dist

    def key_points(self) -> tuple[list[Item], str | None]:
        per = self._key_point_items()
        # Ten synthesized points (STYLE.md): a tweet quoted in a point's place is not one. On the TweetTopic day
        # (1.5B) the candidates ran out at 7 that held and 2 places went to quotes; the section now says how
        # many supported points there are instead.
        # A fact whose headline ran into its bound has none (facts.restate_tweet): on the zh demo 5 of 20 facts,
        # the statements themselves whole, were dropped for that alone while the section held 5 points. A fact is
        # published without a headline; a key point the topic prompt wrote must have one (its schema asks it).
        pts = self._ground_all("key_points", round_robin(per, 40), KEY_POINTS,
                               need_headline=self.x.key_points_from != "facts", quote=False)
        note = None
        if len(pts) < KEY_POINTS:
            note = (f"本期窗口共{self.x.n_topics}个话题，以下列出{len(pts)}个有推文支撑的信息点。" if self.lang == "zh"
                    else f"This window holds {self.x.n_topics} topics: {len(pts)} supported points follow.")
        return pts, note

    # -- detail ------------------------------------------------------------------------------------------
    def views(self) -> list[Item]:
        tw = self.comp.tweets

        def build(d, k):
            handle = (d.get("author") or "").lstrip("@")
            own = [i for i in self.members[k] if tw[i].author_handle.lower() == handle.lower()]
            if not own:
                return None
            cites = [i for i in d.get("tweet_ids", []) if i in own] or own[:2]
            t0 = tw[own[0]]
            # the pool is the author's own tweets: a view is re-cited only from what its author wrote
            return Item(text=d.get("view", ""), author=Author(t0.author_name or handle, t0.author_handle),
                        cites=cites), own

        out, seen = [], set()
        cands = round_robin(self._items("views", "views", build), 24)
        spare = len(cands) > VIEWS
        for it, pool in cands:
            if len(out) >= VIEWS:
                break
            if it.author.handle.lower() in seen:
                continue
            g = self.comp.ground("views", it, pool, spare=spare)
            if g is not None and g.author is not None:
                seen.add(g.author.handle.lower())
                out.append(g)

        def new_author(it: Item) -> bool:
            if it.author.handle.lower() in seen:
                return False
            seen.add(it.author.handle.lower())
            return True

        return out + self.comp.quote_deferred("views", VIEWS - len(out), accept=new_author)

    def events(self) -> list[Item]:
        per = self._items("events", "events",
                          lambda d, k: Item(text=d.get("detail", ""), headline=(d.get("event") or None),
                                            cites=d.get("tweet_ids", [])))
        return self._ground_all("events", round_robin(per, 24), EVENTS)

    def tickers(self) -> tuple[list[Item], str | Markup]:
        tw = self.comp.tweets
        if not self.x.cashtags:
            return [], Markup(
                f"本次推文内容主要聚焦于{md_inline(i18n.theme_display(self.x.theme or '', self.lang))}话题本身，"
                "**未直接涉及个股或数字货币的讨论**，因此这里不做个股或币价分析。" if self.lang == "zh" else
                "The tweets in this window **do not discuss individual stocks or cryptocurrencies**, so there is "
                "no ticker analysis here.")
        by_sym: dict[str, list[Item]] = {}
        for d in (self.x.synth.answers.get("tickers") or {}).get("tickers", []):  # the post-wide answer first
            sym = d.get("symbol", "").lstrip("$").upper()
            by_sym.setdefault(sym, []).append(Item(text=d.get("reaction", ""), headline="$" + sym,
                                                   cites=d.get("tweet_ids", [])))
        for lst in self._items("tickers", "tickers",
                               lambda d, k: Item(text=d.get("reaction", ""),
                                                 headline="$" + d.get("symbol", "").lstrip("$").upper(),
                                                 cites=d.get("tweet_ids", []))):
            for it, _ in lst:
                by_sym.setdefault(it.headline[1:], []).append(it)
        out = []
        top = sorted(self.x.cashtags.items(), key=lambda kv: (-kv[1], kv[0]))[:TICKERS]
        for sym, _n in top:
            ids = sorted((i for i, t in tw.items() if mentions(t, sym)), key=lambda i: (-tw[i].engagement, i))
            cands = by_sym.get(sym, [])
            for it in cands:
                it.cites = [i for i in it.cites if i in ids] or ids[:2]  # a $MSFT line cites $MSFT tweets
                g = self.comp.ground("tickers", it, ids)
                if g is not None:
                    out.append(g)
                    break
            else:
                if not cands:
                    why = self.x.synth.failed.get(f"tickers/{sym}", "the model wrote no line for it")
                    self.comp.fallbacks.append(Fallback("tickers", f"${sym}: {why}"))
                g = self.comp.ground("tickers", Item(text="", headline="$" + sym, cites=ids[:3], source="quote"),
                                     ids)
                if g is not None:
                    out.append(g)
        n = sum(self.x.cashtags.values())
        intro = (f"本期共有{n}条推文提及股票或数字货币代码，涉及{len(self.x.cashtags)}个代码；以下按提及次数列出主要代码及推文的反应："
                 if self.lang == "zh" else
                 f"{n} tweets mention {len(self.x.cashtags)} stock or crypto tickers; the main ones by mentions, "
                 "with how the tweets react:")
        return out, intro

    def _synth_items(self, task: str) -> list[Item]:
        if not self.x.tech_signal:
            return [self.comp.template(task, self.T("not_in_tweets"), source="notice",
                                       note=f"fewer than {TECH_MIN_TWEETS} tweets of the window mention a "
                                            "technology term")]
        pool = self.x.synth.pool(task)
        ans = self.x.synth.answers.get(task)
        if not ans:
            self.comp.fallbacks.append(Fallback(task, self.x.synth.failed.get(task, "no answer")))
            return [self.comp.template(task, self.T("not_summarized"))]
        # a failed item is quoted only when no item of the list holds (the section is not left empty)
        got = [g for g in (self.comp.ground(task, Item(text=d["text"], headline=d["headline"],
                                                       cites=d.get("tweet_ids", [])), pool, need_headline=True,
                                            spare=True)
                           for d in ans["items"]) if g is not None]
        got += self.comp.quote_deferred(task, 0 if got else len(ans["items"]))
        if not got:
            self.comp.fallbacks.append(Fallback(task, "no synthesized item was supported by its tweets"))
            return [self.comp.template(task, self.T("not_supported"))]
        return got

    def _synth_one(self, task: str, part: str, label: str) -> Item:
        pool = self.x.synth.prompt_ids.get(label)
        if f"{task}/{part}" in self.x.synth.from_facts:  # not asked of the model: one tweet on its subject
            from tweetsum.report.restate import restated_analysis

            got = restated_analysis(self.comp, f"{task}/{part}", Item(text="", cites=[]),
                                    self.x.synth.prompt_ids.get(self.x.synth.from_facts[f"{task}/{part}"]),
                                    spend=False)
            if isinstance(got, str):
                self.comp.fallbacks.append(Fallback(f"{task}/{part}", got))
                return self.comp.template(f"{task}/{part}", self.T("not_supported"), note=got)
            return got
        ans = (self.x.synth.answers.get(task) or {}).get(part)
        if not ans:
            why = self.x.synth.failed.get(f"{task}/{part}") or self.x.synth.failed.get(task, "no answer")
            self.comp.fallbacks.append(Fallback(f"{task}/{part}", why))
            return self.comp.template(f"{task}/{part}", self.T("not_summarized"))
        g = self.comp.ground(f"{task}/{part}", Item(text=ans["text"], cites=ans.get("tweet_ids", [])), pool)
        if g is None:
            self.comp.fallbacks.append(Fallback(f"{task}/{part}", "the synthesized text was not supported"))
            return self.comp.template(f"{task}/{part}", self.T("not_supported"))
        return g


def compose(comp: Composer, x: ComposeInput) -> PostContent:
    s = _Sections(comp, x)
    lang = x.lang
    theme_name = x.theme or ("全部" if lang == "zh" else "All")
    tdisp = i18n.theme_display(theme_name, lang)
    trends = s.trends()
    sentiment, dist = s.sentiment()
    key_points, kp_note = s.key_points()
    views = s.views()
    events = s.events()
    tickers, tickers_intro = s.tickers()
    tech = s._synth_items("tech")
    industry = s._synth_items("industry")
    digest = "digest of the top topics"
    imp = {k: s._synth_one("impact", k, digest) for k in ("industry", "market", "society")}
    finance_note = None
    if x.finance_signal:
        fin = {k: s._synth_one("finance", k, FIN_LABEL)
               for k in ("market_view", "people", "impact", "conclusion")}
    else:
        finance_note = Markup(
            "本次推文内容中，**没有直接涉及金融市场（如股价、估值、融资或交易）的具体讨论**，以下各项因此从略。"
            if lang == "zh" else
            "The tweets in this window **contain no concrete discussion of financial markets** (prices, valuations, "
            "funding or trading), so the items below are left empty.")
        fin = {k: comp.template(f"finance/{k}", s.T("not_in_tweets"), source="notice",
                                note="no tweet of the window has a cashtag or a finance term")
               for k in ("market_view", "people", "impact", "conclusion")}
    none = "本期推文中没有可归纳的{}。" if lang == "zh" else "The tweets in this window contain no {} to report."
    intro = (f"本期窗口内共有{x.n_selected}条相关推文，归为{x.n_topics}个话题，核心讨论围绕以下趋势展开："
             if lang == "zh" else
             f"This window holds {x.n_selected} relevant tweets in {x.n_topics} topics; the discussion centres on:")
    return PostContent(
        theme=theme_name, theme_display=tdisp, slug=slug(theme_name), lang=lang, from_date=x.from_date,
        to_date=x.to_date, stamp=x.stamp, trends_intro=intro, trends=trends, sentiment=sentiment,
        sentiment_dist=dist, key_points=key_points, key_points_note=kp_note, views=views,
        views_note=None if views else none.format("具名观点" if lang == "zh" else "attributable views"),
        events=events, events_note=None if events else none.format("具体事件" if lang == "zh" else "concrete events"),
        tickers_intro=tickers_intro, tickers=tickers, tickers_note=None, domain_tech=tech,
        domain_industry=industry, impact_industry=imp["industry"], impact_market=imp["market"],
        impact_society=imp["society"], finance_note=finance_note, finance_view=fin["market_view"],
        finance_people=fin["people"], finance_impact=fin["impact"], finance_conclusion=fin["conclusion"],
        wordcloud_file=f"wordcloud_twitter_{slug(theme_name)}_{x.from_date.replace('-', '')}_"
                       f"{x.to_date.replace('-', '')}.jpg",
        citations=x.citations, tweet_urls={i: t.url for i, t in comp.tweets.items()},
    )
