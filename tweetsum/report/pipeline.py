"""`tweetsum report`: select → topics → summarize (map) → synthesize + compose (reduce) → ground → render.

The stages, in order, and nothing else: the map stage is :func:`tweetsum.summarize.summarize_topics` (each
topic's sections back to back, so its tweet block is evaluated once); the reduce stage is
:func:`.synthesis.synthesize` (post-level prose from the topic briefs) and :func:`.compose.compose` (one
function per section); the grounding policy is :mod:`.policy`; the figures land in ``*.grounding.json``.
"""
from __future__ import annotations

import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..fsutil import atomic_write
from ..model import Topic, Tweet
from .compose import ComposeInput, compose, mentions, round_robin
from .policy import Composer
from .synthesis import SYNTH_TWEETS, synthesize

FINANCE_TERMS = re.compile(
    r"\b(stocks?|shares?|market cap|valuation|ipo|earnings|revenue|capex|invest(or|ors|ment)?|funding|"
    r"raised?|rall(y|ied)|sell-?off|bull(ish)?|bear(ish)?|nasdaq|s&p|dow)\b|股价|股票|市值|估值|融资|财报|营收|"
    r"投资|资本支出|美股|纳斯达克|涨|跌",
    re.IGNORECASE,
)
_CASHTAG = re.compile(r"(?<![\w$])\$([A-Za-z]{1,6})(?![\w])")
_MASKS = re.compile(r"@?\[(?:redacted|email|phone)\]")
MAX_TOPICS = 10


class ReportError(RuntimeError):
    """A report that cannot be written (empty window, bad option): the message says why."""


@dataclass
class ReportOptions:
    since: str
    until: str
    out_dir: Path
    tz: str | None = None
    theme: str | None = "AI"
    all_tweets: bool = False
    lang: str = "zh"
    model: str | None = None
    embed_model: str | None = None
    citations: bool = True
    now: str | None = None
    n_ctx: int = 4096
    threads: int | None = None
    min_cluster_size: int | None = None
    max_topics: int = MAX_TOPICS
    seed: int = 0
    progress: bool = False
    on_stage: Callable[[str], None] | None = None  # called with each stage's name as it starts
    max_regenerations: int = 10  # each is a short model call (~15 s with the 1.5B on 2 cores); trimming is free
    redact: bool = False
    public_accounts: frozenset[str] = frozenset()  # with redact: handles left visible
    servers: tuple[str, ...] = ()  # OpenAI-compatible servers to use instead of the in-process model
    server_slots: int | None = None  # lanes per server (default: llama-server's slots, 1 for others)
    allow_remote: bool = False  # let --server name a host other than this machine


@dataclass
class ReportResult:
    post_path: Path
    image_path: Path
    grounding_path: Path
    tweets_in_window: int
    tweets_selected: int
    topics: int
    outlier_share: float
    timings: dict[str, float]
    llm: dict[str, Any]
    grounding: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "post": str(self.post_path), "wordcloud": str(self.image_path), "grounding_file": str(self.grounding_path),
            "tweets_in_window": self.tweets_in_window, "tweets_selected": self.tweets_selected,
            "topics": self.topics, "outlier_share": round(self.outlier_share, 4),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "prompt_tokens_sent": self.llm.get("prompt_tokens", 0),
            "prompt_tokens_evaluated": self.llm.get("evaluated_tokens", 0),
            "llm_calls": self.llm.get("model_calls", 0), "llm_calls_cached": self.llm.get("result_cache_hits", 0),
            "llm": self.llm, "grounding": self.grounding, "notes": self.notes,
        }


# -- small helpers -----------------------------------------------------------------------------------------
def parse_now(now: str | None, tz) -> datetime:
    if not now:
        return datetime.now(tz).replace(microsecond=0)
    s = now.strip()
    for fmt in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            pass
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        raise ReportError(f"--now {now!r}: use 'YYYY-MM-DD HH:MM:SS +0800' or an ISO datetime") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=tz)


# -- the whole report --------------------------------------------------------------------------------------
def build_report(store, opts: ReportOptions, *, engine=None, embedder=None) -> ReportResult:
    from ..select import select_tweets
    from ..summarize import summarize_topics
    from ..timeutil import parse_tz, parse_window
    from ..topics import build_topics, topic_rank
    from .render import render_post
    from .structure import expected_headings, post_headings
    from .wordcloud_img import render_wordcloud, word_frequencies

    if opts.lang not in ("zh", "en"):
        raise ReportError(f"--lang {opts.lang!r}: use zh or en")
    timings: dict[str, float] = {}
    notes: list[str] = []

    def stage(name: str) -> None:
        if opts.on_stage is not None:
            opts.on_stage(name)

    tz = parse_tz(opts.tz)
    try:
        since, until = parse_window(opts.since, opts.until, tz)
    except ValueError as e:
        raise ReportError(str(e)) from None
    now = parse_now(opts.now, tz)
    theme = (opts.theme or "").strip() or None
    if engine is None and opts.servers:  # before the expensive stages: a server that is down fails fast
        from ..llm.server import ServerEngine

        engine = ServerEngine(opts.servers, n_ctx=opts.n_ctx, seed=opts.seed, slots=opts.server_slots,
                              allow_remote=opts.allow_remote)

    stage("select")
    t0 = time.perf_counter()
    if embedder is None:
        from ..embed import SentenceTransformerEmbedder

        embedder = SentenceTransformerEmbedder(opts.embed_model)
    sel = select_tweets(store, since, until, None if opts.all_tweets else theme, embedder=embedder,
                        progress=opts.progress)
    timings["select"] = time.perf_counter() - t0
    if not sel.tweets:
        why = f"{sel.n_window} tweets in the window" + (f", none on theme {theme!r}" if sel.n_window else "")
        raise ReportError(f"nothing to report between {opts.since} and {opts.until} ({tz}): {why}")
    redactor = None
    if opts.redact:  # before anything reaches the model, the word cloud or the post
        from ..redact import Redactor

        redactor = Redactor(opts.public_accounts)
        sel.tweets = redactor.redact_tweets(sel.tweets)
    tweets_by_id = {t.id: t for t in sel.tweets}

    stage("topics")
    t0 = time.perf_counter()
    topic_res = build_topics(store, sel.tweets, embedder, progress=opts.progress,
                             min_cluster_size=opts.min_cluster_size, seed=opts.seed)
    timings["topics"] = time.perf_counter() - t0
    if topic_res.message:
        notes.append(topic_res.message)
    ranked = sorted(topic_res.topics, key=lambda t: topic_rank(t, tweets_by_id))[: opts.max_topics]

    if engine is None:
        from ..llm.engine import Engine

        engine = Engine(opts.model, n_ctx=opts.n_ctx, n_threads=opts.threads, seed=opts.seed)
    stage("summarize")
    t0 = time.perf_counter()
    summaries = summarize_topics(engine, ranked, tweets_by_id, lang=opts.lang, store=store, progress=opts.progress)
    timings["summarize"] = time.perf_counter() - t0

    stage("synthesize")
    t0 = time.perf_counter()
    cashtags: Counter[str] = Counter()
    for t in sel.tweets:
        for c in {*(x.upper().lstrip("$") for x in t.cashtags), *(x.upper() for x in _CASHTAG.findall(t.text))}:
            cashtags[c] += 1
    fin_tweets = [t for t in sel.tweets if t.cashtags or _CASHTAG.search(t.text) or FINANCE_TERMS.search(t.text)]
    finance_signal = bool(cashtags) or len(fin_tweets) >= 3
    fin_tweets.sort(key=lambda t: (-t.engagement, t.id))
    symbols = [c for c, _ in sorted(cashtags.items(), key=lambda kv: (-kv[1], kv[0]))[:6]]
    by_sym = [[t for t in fin_tweets if mentions(t, c)] for c in symbols]  # each top symbol's tweets first
    fin_tweets = list({t.id: t for t in round_robin(by_sym, 12) + fin_tweets}.values())
    briefs = []
    digest_lists = []
    for t, s in zip(ranked, summaries):
        sec = s.sections.get("summary")
        if sec is not None and not sec.fallback and sec.data:
            briefs.append((sec.data.get("title", ""), sec.data.get("summary", "")))
        cited = list(sec.data.get("tweet_ids", [])) if sec is not None and sec.data else []
        ids = list(dict.fromkeys(cited + list(t.representative_ids)))
        digest_lists.append([tweets_by_id[i] for i in ids if i in tweets_by_id])
    digest = round_robin(digest_lists, SYNTH_TWEETS)
    synth = synthesize(engine, store, opts.lang, briefs, digest, fin_tweets if finance_signal else None,
                       symbols=symbols)
    timings["synthesize"] = time.perf_counter() - t0

    stage("ground")
    t0 = time.perf_counter()
    comp = Composer(opts.lang, tweets_by_id, engine=engine, store=store, seed=opts.seed,
                    max_regenerations=opts.max_regenerations)
    from_d = since.astimezone(tz).date().isoformat()
    to_d = (until.astimezone(tz) - timedelta(seconds=1)).date().isoformat()  # until is exclusive
    content = compose(comp, ComposeInput(
        lang=opts.lang, theme=theme, ranked=ranked, summaries=summaries, synth=synth, cashtags=cashtags,
        finance_signal=finance_signal, n_selected=len(sel.tweets), n_topics=len(topic_res.topics),
        from_date=from_d, to_date=to_d, stamp=now.strftime("%Y-%m-%d %H:%M:%S %z"), citations=opts.citations))
    if redactor is not None:  # links to non-public authors carry no handle
        content.tweet_urls = {i: (t.url if redactor.is_public(t.author_handle) else f"https://x.com/i/status/{i}")
                              for i, t in tweets_by_id.items()}
    timings["ground"] = time.perf_counter() - t0

    stage("wordcloud")
    t0 = time.perf_counter()
    out_dir = Path(opts.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    img = out_dir / content.wordcloud_file
    # redaction masks are not words of the tweets: keep them out of the cloud
    freqs = word_frequencies(_MASKS.sub(" ", t.text) for t in sel.tweets)
    tmp_img = img.with_name(img.name + ".tmp.jpg")
    render_wordcloud(freqs, tmp_img, seed=opts.seed)
    os.replace(tmp_img, img)
    timings["wordcloud"] = time.perf_counter() - t0

    stage("render")
    t0 = time.perf_counter()
    md = render_post(content)
    if post_headings(md) != expected_headings(opts.lang, content.theme_display):  # pragma: no cover - guard
        raise ReportError("internal error: rendered post does not have the reference structure")
    post = out_dir / f"{now.strftime('%Y-%m-%d')}-{content.title}.md"
    gpath = post.with_name(post.name[:-3] + ".grounding.json")
    summary = comp.grounding.summary()
    summary["figures"] = comp.figures()
    grounding_doc = {
        "post": post.name, "summary": summary, "summary_all_items": comp.grounding.summary(published_only=False),
        "figures": summary["figures"], "synthesis_failed": synth.failed,
        "items": [i.to_dict() for i in comp.grounding.items],
        "topics": [{"id": t.id, "size": t.size, "keywords": [k for k, _ in t.keywords[:8]],
                    "member_ids": list(t.member_ids),
                    "sections": {k: {"fallback": v.fallback, "reason": v.fallback_reason,
                                     "first_try_valid": v.first_try_valid} for k, v in s.sections.items()}}
                   for t, s in zip(ranked, summaries)],
    }
    atomic_write(gpath, json.dumps(grounding_doc, ensure_ascii=False, indent=1).encode())
    atomic_write(post, md.encode("utf-8"))
    timings["render"] = time.perf_counter() - t0
    return ReportResult(post, img, gpath, sel.n_window, len(sel.tweets), len(topic_res.topics),
                        topic_res.outlier_share, timings, engine.totals, summary, notes)


def _compose(comp: Composer, opts: ReportOptions, theme, ranked, summaries, synth, cashtags, finance_signal, sel,
             topic_res, since, until, tz, now) -> PostContent:
    lang = opts.lang
    tw = comp.tweets
    theme_name = theme or ("全部" if lang == "zh" else "All")
    tdisp = i18n.theme_display(theme_name, lang)
    from_d = since.astimezone(tz).date().isoformat()
    to_d = (until.astimezone(tz) - timedelta(seconds=1)).date().isoformat()  # until is exclusive

    def model_items(section: str, key: str, build) -> list[list[Item]]:
        per_topic = []
        for t, s in zip(ranked, summaries):
            sec = s.sections.get(section)
            items = []
            if sec is not None and sec.data:
                src = "extractive" if sec.fallback else "model"
                for x in sec.data.get(key, []):
                    it = build(x)
                    if it is not None:
                        it.source = src
                        it.section = section
                        it.alt_headline = _keywords_headline(t)
                        items.append(it)
            per_topic.append(items)
        return per_topic

    def grounded(section: str, items: list[Item]) -> list[Item]:
        return [g for g in (comp.ground(section, it) for it in items) if g is not None]

    # trends: the top topics' summaries
    trends = []
    for t, s in list(zip(ranked, summaries))[:5]:
        sec = s.sections.get("summary")
        if sec is None or not sec.data:
            continue
        cites = sec.data.get("tweet_ids") or [i for i in t.representative_ids[:2]]
        trends.append(Item(text=sec.data.get("summary", ""), headline=sec.data.get("title") or t.label,
                           cites=list(cites)[:3], source="extractive" if sec.fallback else "model", section="trends",
                           alt_headline=_keywords_headline(t)))
    trends = grounded("trends", trends)
    n_sel = len(sel.tweets)
    intro = (f"本期窗口内共有{n_sel}条相关推文，归为{len(topic_res.topics)}个话题，核心讨论围绕以下趋势展开："
             if lang == "zh" else
             f"This window holds {n_sel} relevant tweets in {len(topic_res.topics)} topics; the discussion centres on:")

    kp = model_items("key_points", "key_points",
                     lambda x: Item(text=x.get("explanation", ""), headline=x.get("headline"), cites=x.get("tweet_ids", [])))
    key_points = grounded("key_points", _round_robin(kp, 14))[:10]
    kp_note = None
    if len(key_points) < 10:
        kp_note = (f"本期窗口只有{len(topic_res.topics)}个不同话题，以下列出{len(key_points)}个有推文支撑的信息点。"
                   if lang == "zh" else
                   f"This window holds only {len(topic_res.topics)} distinct topics: {len(key_points)} supported points follow.")

    def view_item(x):
        handle = x.get("author", "")
        cites = x.get("tweet_ids", [])
        own = [i for i in cites if i in tw and tw[i].author_handle.lower() == handle.lower()]
        if not own:  # attribute a view only to an author who posted it
            if not cites or cites[0] not in tw:
                return None
            handle = tw[cites[0]].author_handle
            own = [i for i in cites if tw.get(i) and tw[i].author_handle == handle]
        t0 = tw[own[0]]
        return Item(text=x.get("view", ""), author=Author(t0.author_name or handle, t0.author_handle), cites=own)

    views_all = grounded("views", _round_robin(model_items("views", "views", view_item), 12))
    seen_h, views = set(), []
    for v in views_all:
        if v.author.handle.lower() not in seen_h:
            seen_h.add(v.author.handle.lower())
            views.append(v)
    views = views[:8]
    ev = model_items("events", "events", lambda x: Item(text=x.get("event", ""), cites=x.get("tweet_ids", [])))
    events = grounded("events", _round_robin(ev, 8))
    # too few usable model views: quote what the most representative authors said themselves
    for t in ranked:
        if len(views) >= 5:
            break
        for tid in t.representative_ids:
            tweet = tw.get(tid)
            if tweet is None or tid in comp.quoted or tweet.author_handle.lower() in seen_h:
                continue
            g = comp.ground("views", Item(text=comp.quote(tid, 200, attribute=False), cites=[tid], source="extractive",
                                          author=Author(tweet.author_name or tweet.author_handle, tweet.author_handle)))
            if g is not None:
                seen_h.add(tweet.author_handle.lower())
                views.append(g)
                break
    none_zh, none_en = "本期推文中没有可归纳的{}。", "The tweets in this window contain no {} to report."
    views_note = None if views else (none_zh.format("具名观点") if lang == "zh" else none_en.format("attributable views"))
    events_note = None if events else (none_zh.format("具体事件") if lang == "zh" else none_en.format("concrete events"))

    # tickers: only symbols actually in the tweets
    tickers: list[Item] = []
    tickers_intro = tickers_note = None
    if cashtags:
        model_tk: dict[str, Item] = {}
        for lst in model_items("tickers", "tickers",
                               lambda x: Item(text=x.get("reaction", ""), headline="$" + x.get("symbol", "").lstrip("$").upper(),
                                              cites=x.get("tweet_ids", []))):
            for it in lst:
                model_tk.setdefault(it.headline, it)
        for sym, n in sorted(cashtags.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
            ids = sorted((t.id for t in sel.tweets if sym in {c.upper() for c in t.cashtags}
                          or re.search(rf"(?<![\w$])\${re.escape(sym)}(?![\w])", t.text, re.I)),
                         key=lambda i: (-tw[i].engagement, i))
            it = model_tk.get("$" + sym)
            if it is not None and any(i in ids for i in it.cites):
                it.cites = [i for i in it.cites if i in ids] or ids[:2]
            else:
                pick = comp.pick(ids) or ids[0]
                it = Item(text=comp.quote(pick, 160), headline="$" + sym, cites=[pick],
                          source="extractive", section="tickers")
            g = comp.ground("tickers", it)
            if g is not None:
                tickers.append(g)
        tickers_intro = (f"本期共有{sum(cashtags.values())}次代码提及，涉及{len(cashtags)}个股票或数字货币代码；以下按提及次数列出（每条均出自推文）："
                         if lang == "zh" else
                         f"The tweets mention {len(cashtags)} stock or crypto tickers ({sum(cashtags.values())} mentions); by mentions, each line from the tweets:")
    else:
        tickers_intro = Markup(
            f"本次推文内容主要聚焦于{md_inline(tdisp)}话题本身，**未直接涉及个股或数字货币的讨论**，因此这里不做个股或币价分析。"
            if lang == "zh" else
            f"The tweets in this window focus on {md_inline(tdisp)} itself and **do not discuss individual stocks or "
            "cryptocurrencies**, so there is no ticker analysis here.")

    # domain analysis: synthesis items, else the top topics' own words
    def synth_list(task: str) -> list[Item]:
        items = [Item(text=txt, headline=h, cites=c, section=task) for h, txt, c in synth.get(task, [])]
        got = grounded(task, items)
        if got:
            return got
        fb = []
        for t in ranked[:2] if task == "tech" else ranked[2:4] or ranked[:1]:
            pick = comp.pick([i for i in t.representative_ids if i in tw])
            if pick is not None:
                fb.append(Item(text=comp.quote(pick, 200), headline=_keywords_headline(t),
                               cites=[pick], source="extractive", section=task))
        return grounded(task, fb)

    def synth_one(task: str, empty_zh: str, empty_en: str) -> Item:
        if task in synth:
            txt, cites = synth[task]
            g = comp.ground(task, Item(text=txt, cites=cites, section=task))
            if g is not None:
                return g
        return comp.ground(task, Item(text=empty_zh if lang == "zh" else empty_en, source="template", section=task))

    no_sig_zh, no_sig_en = "推文中没有足够的内容支撑这一判断。", "The tweets give too little to support a statement here."
    domain_tech = synth_list("tech")
    domain_industry = synth_list("industry")
    imp = {k: synth_one(k, no_sig_zh, no_sig_en) for k in ("impact_industry", "impact_market", "impact_society")}
    finance_note = None
    if finance_signal:
        fin = {k: synth_one(k, no_sig_zh, no_sig_en)
               for k in ("finance_view", "finance_people", "finance_impact", "finance_conclusion")}
    else:
        finance_note = Markup(
            "本次推文内容中，**没有直接涉及金融市场（如股价、估值、融资或交易）的具体讨论**，以下各项因此从略。"
            if lang == "zh" else
            "The tweets in this window **contain no concrete discussion of financial markets** (prices, valuations, "
            "funding or trading), so the items below are left empty.")
        empty = ("推文未涉及。", "Not discussed in the tweets.")
        fin = {k: comp.ground(k, Item(text=empty[0] if lang == "zh" else empty[1], source="template", section=k))
               for k in ("finance_view", "finance_people", "finance_impact", "finance_conclusion")}

    urls = {i: t.url for i, t in tw.items()}
    return PostContent(
        theme=theme_name, theme_display=tdisp, slug=slug(theme_name), lang=lang, from_date=from_d, to_date=to_d,
        stamp=now.strftime("%Y-%m-%d %H:%M:%S %z"), trends_intro=intro, trends=trends,
        sentiment=_sentiment_text(lang, summaries, ranked), key_points=key_points, key_points_note=kp_note,
        views=views, views_note=views_note, events=events, events_note=events_note, tickers_intro=tickers_intro,
        tickers=tickers, tickers_note=tickers_note, domain_tech=domain_tech, domain_industry=domain_industry,
        impact_industry=imp["impact_industry"], impact_market=imp["impact_market"],
        impact_society=imp["impact_society"], finance_note=finance_note, finance_view=fin["finance_view"],
        finance_people=fin["finance_people"], finance_impact=fin["finance_impact"],
        finance_conclusion=fin["finance_conclusion"],
        wordcloud_file=f"wordcloud_twitter_{slug(theme_name)}_{from_d.replace('-', '')}_{to_d.replace('-', '')}.jpg",
        citations=opts.citations, tweet_urls=urls,
    )

