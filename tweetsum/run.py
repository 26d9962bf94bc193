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

from tweetsum.core.entities import symbols as tweet_symbols
from tweetsum.core.signals import MIN_TWEETS, finance_tweets, tech_tweets
from tweetsum.core.fsutil import atomic_write
from tweetsum.report.compose import ComposeInput, compose, round_robin
from tweetsum.report.policy import Composer
from tweetsum.summarize.synthesis import SYNTH_TWEETS, mentions, synthesize
from tweetsum.verify.happening import EventReading

_MASKS = re.compile(r"@?\[(?:redacted|email|phone)\]")
MAX_TOPICS = 10


class ReportError(RuntimeError):
    """A report that cannot be written (empty window, bad option): the message says why."""


@dataclass
class RunProgress:
    """Where a run is, for a caller's progress display (``ReportOptions.on_progress``; the CLI's log lines)."""
    stage: str = ""
    topics_done: int = 0  # the map stage: topics summarized, of topics_total
    topics_total: int = 0
    engine: Any = None  # once the model is set up: its calls so far

    @property
    def model_calls(self) -> int:
        """Calls the model ran (result-cache hits left out); read from another thread, so a copy of the list."""
        return sum(1 for c in list(getattr(self.engine, "calls", None) or ()) if not c.from_cache)


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
    # a topic's sections decoded together, this many at a time (in-process engine; 1: one at a time). Demo,
    # Qwen 1.5B, 2 threads, AVX-512: the summarize stage 179-191 s against 228 s, the report 5:30-5:55 against
    # 6:40; 4 sections of one topic: 32.8 tok/s against 26.5 (benchmarks/bench_speed.py --parts batch). The
    # reduce stage's digest and finance tasks, batched the same way, measured no gain (97 s against 91-105 s)
    batch: int = 4
    # "facts": a topic's key points are restatements of single tweets (summarize/facts.py); "topic": the former
    # single prompt over the topic's tweet block (kept to compare them on the gold set)
    key_points_from: str = "facts"
    # "facts": the impact and finance parts are each one tweet on the part's subject restated (report/restate.py),
    # not asked of the model over the digest; "model": asked (summarize/synthesis.py FACT_PARTS)
    analyses_from: str = "facts"
    min_cluster_size: int | None = None
    max_topics: int = MAX_TOPICS
    seed: int = 0
    progress: bool = False
    on_stage: Callable[[str], None] | None = None  # called with each stage's name as it starts
    on_progress: Callable[[RunProgress], None] | None = None  # called as a stage starts and a topic is summarized
    # each a short call (~7 s, 1.5B, 2 cores). 24 before facts; on the facts demo (a043642) the repairs after the
    # views (events, tickers) held 0 of 7 and the report took 1.44x ad6a4bd's time: 16 stops there. The impact and
    # finance parts written from facts are not repairs (restate.restated_analysis, spend=False)
    max_regenerations: int = 16
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
    trend_path: Path | None = None  # the topic-trend chart (windows of more than one day)
    trend: dict[str, Any] | None = None  # its series: {"days": [...], "topics": [{id, label, counts}]}

    def to_dict(self) -> dict[str, Any]:
        return {
            "post": str(self.post_path), "wordcloud": str(self.image_path), "grounding_file": str(self.grounding_path),
            "trend_chart": str(self.trend_path) if self.trend_path else None, "trend": self.trend,
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


def scoring_notes(readers: dict) -> list[str]:
    """A note per model reading with failed scoring calls: each failure ended that call and the rules stood alone
    there (or the events rule stood aside) -- said in the report, not only kept on the reader."""
    return [f"{name}: {len(r.failures)} scoring call(s) failed, the rules stood alone there (first: {r.failures[0]})"
            for name, r in readers.items() if r is not None and r.failures]


def _verifier(engine, store, notes: list[str]):
    """The model's reading for the meaning check: the report's own model, in process. A server engine gives no
    log-probabilities of a given text, so there the check runs its rules alone, and the notes say so."""
    from tweetsum.verify.support import SupportCheck

    if engine is not None and hasattr(engine, "score"):
        return SupportCheck(engine, store)
    notes.append("the meaning check ran its rules only: the model server does not score given text")
    return None


# -- the whole report --------------------------------------------------------------------------------------
def build_report(store, opts: ReportOptions, *, engine=None, embedder=None) -> ReportResult:
    from tweetsum.selection import select_tweets
    from tweetsum.summarize.topic_map import summarize_topics
    from tweetsum.core.timeutil import parse_tz, parse_window
    from tweetsum.topics.fit import build_topics, outlier_note, topic_rank
    from tweetsum.report.render import render_post
    from tweetsum.report.structure import expected_headings, post_headings
    from tweetsum.topics.trends import topic_trends
    from tweetsum.report.trend_chart import alt_text, render_trend_chart
    from tweetsum.report.wordcloud_img import render_wordcloud, word_frequencies

    if opts.lang not in ("zh", "en"):
        raise ReportError(f"--lang {opts.lang!r}: use zh or en")
    timings: dict[str, float] = {}
    notes: list[str] = []

    prog = RunProgress()

    def stage(name: str) -> None:
        prog.stage = name
        if opts.on_stage is not None:
            opts.on_stage(name)
        if opts.on_progress is not None:
            opts.on_progress(prog)

    def topic_done(done: int, total: int) -> None:
        prog.topics_done, prog.topics_total = done, total
        if opts.on_progress is not None:
            opts.on_progress(prog)

    tz = parse_tz(opts.tz)
    try:
        since, until = parse_window(opts.since, opts.until, tz)
    except ValueError as e:
        raise ReportError(str(e)) from None
    now = parse_now(opts.now, tz)
    theme = (opts.theme or "").strip() or None
    if engine is None and opts.servers:  # before the expensive stages: a server that is down fails fast
        from tweetsum.llm.server import ServerEngine

        engine = ServerEngine(opts.servers, n_ctx=opts.n_ctx, seed=opts.seed, slots=opts.server_slots,
                              allow_remote=opts.allow_remote)
    prog.engine = engine

    stage("select")
    t0 = time.perf_counter()
    if embedder is None:  # --embed-model, else by the window's languages (embed.AUTO_CJK_SHARE)
        from tweetsum.embed import choose_embedder

        embedder = choose_embedder(opts.embed_model, [t.text for t in store.tweets_between(since, until)])
    sel = select_tweets(store, since, until, None if opts.all_tweets else theme, embedder=embedder,
                        progress=opts.progress)
    timings["select"] = time.perf_counter() - t0
    if not sel.tweets:
        why = f"{sel.n_window} tweets in the window" + (f", none on theme {theme!r}" if sel.n_window else "")
        raise ReportError(f"nothing to report between {opts.since} and {opts.until} ({tz}): {why}")
    redactor = None
    if opts.redact:  # before anything reaches the model, the word cloud or the post
        from tweetsum.core.redact import Redactor

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
    notes += [n for n in [outlier_note(topic_res)] if n]  # tweets in no topic are counted, never dropped silently
    ranked = sorted(topic_res.topics, key=lambda t: topic_rank(t, tweets_by_id))[: opts.max_topics]

    if engine is None:
        from tweetsum.llm.engine import Engine

        engine = Engine(opts.model, n_ctx=opts.n_ctx, n_threads=opts.threads, seed=opts.seed)
    prog.engine, prog.topics_total = engine, len(ranked)
    stage("summarize")
    t0 = time.perf_counter()
    summaries = summarize_topics(engine, ranked, tweets_by_id, lang=opts.lang, store=store, progress=opts.progress,
                                 batch=opts.batch, on_topic=topic_done, key_points_from=opts.key_points_from)
    timings["summarize"] = time.perf_counter() - t0

    stage("synthesize")
    t0 = time.perf_counter()
    cashtags: Counter[str] = Counter()
    for t in sel.tweets:
        cashtags.update(tweet_symbols(t.cashtags, t.text))
    fin_tweets = finance_tweets(sel.tweets)
    finance_signal = bool(cashtags) or len(fin_tweets) >= MIN_TWEETS
    fin_tweets.sort(key=lambda t: (-t.engagement, t.id))
    symbols = [c for c, _ in sorted(cashtags.items(), key=lambda kv: (-kv[1], kv[0]))[:6]]
    by_sym = [[t for t in fin_tweets if mentions(t, c)] for c in symbols]  # each top symbol's tweets first
    fin_tweets = list({t.id: t for t in round_robin(by_sym, 12) + fin_tweets}.values())
    briefs = []
    digest_lists = []
    for t, s in zip(ranked, summaries):
        sec = s.sections.get("summary")
        if sec is not None and not sec.fallback and sec.data and _title_ok(sec.data, tweets_by_id, opts.lang):
            briefs.append((sec.data.get("title", ""), sec.data.get("summary", "")))
        cited = list(sec.data.get("tweet_ids", [])) if sec is not None and sec.data else []
        ids = list(dict.fromkeys(cited + list(t.representative_ids)))
        digest_lists.append([tweets_by_id[i] for i in ids if i in tweets_by_id])
    digest = round_robin(digest_lists, SYNTH_TWEETS)
    tech = tech_tweets(sel.tweets)
    tech_signal = len(tech) >= MIN_TWEETS
    # the digest serves the technology tasks when it is mostly about technology (the demo: 237 of its 447
    # tweets have a technology term); otherwise they get a prompt of the window's technology tweets
    mostly_tech = len(tech_tweets(digest)) * 3 >= len(digest)
    own_tech = None if mostly_tech else sorted(tech, key=lambda t: (-t.engagement, t.id))
    synth = synthesize(engine, store, opts.lang, briefs, digest, fin_tweets if finance_signal else None,
                       symbols=symbols, symbol_tweets=dict(zip(symbols, by_sym)), tech_tweets=own_tech,
                       tech_signal=tech_signal, analyses=opts.analyses_from)
    timings["synthesize"] = time.perf_counter() - t0

    stage("ground")
    t0 = time.perf_counter()
    comp = Composer(opts.lang, tweets_by_id, engine=engine, store=store, seed=opts.seed,
                    max_regenerations=opts.max_regenerations, verifier=(ver := _verifier(engine, store, notes)),
                    events_reader=None if ver is None else EventReading(engine, store),
                    embedder=_cross_embedder(embedder, opts.lang, list(tweets_by_id.values())))
    from_d = since.astimezone(tz).date().isoformat()
    to_d = (until.astimezone(tz) - timedelta(seconds=1)).date().isoformat()  # until is exclusive
    content = compose(comp, ComposeInput(
        lang=opts.lang, theme=theme, ranked=ranked, summaries=summaries, synth=synth, cashtags=cashtags,
        finance_signal=finance_signal, tech_signal=tech_signal, n_selected=len(sel.tweets), n_topics=len(topic_res.topics),
        from_date=from_d, to_date=to_d, stamp=now.strftime("%Y-%m-%d %H:%M:%S %z"), citations=opts.citations,
        key_points_from=opts.key_points_from))
    if redactor is not None:  # links to non-public authors carry no handle
        content.tweet_urls = {i: (t.url if redactor.is_public(t.author_handle) else f"https://x.com/i/status/{i}")
                              for i, t in tweets_by_id.items()}
    timings["ground"] = time.perf_counter() - t0
    notes += scoring_notes({"the meaning check's model reading": ver, "the events reader": comp.events_reader})

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
    series = topic_trends(ranked, tweets_by_id, since, until, tz, labels=_chart_labels(comp, ranked, summaries))
    trend_path = None
    if series.spans_days:  # one day has no trend to show
        trend_path = out_dir / f"trend_{content.title}.png"
        tmp_png = trend_path.with_name(trend_path.name + ".tmp.png")
        render_trend_chart(series, tmp_png, lang=opts.lang)
        os.replace(tmp_png, trend_path)
        content.trend_file, content.trend_alt = trend_path.name, alt_text(series, opts.lang)
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
        "first_written": comp.first_written,
        "topics": [{"id": t.id, "size": t.size, "keywords": [k for k, _ in t.keywords[:8]],
                    "member_ids": list(t.member_ids),
                    "sections": {k: {"fallback": v.fallback, "reason": v.fallback_reason,
                                     "first_try_valid": v.first_try_valid} for k, v in s.sections.items()}}
                   for t, s in zip(ranked, summaries)],
    }
    atomic_write(gpath, json.dumps(grounding_doc, ensure_ascii=False, indent=1).encode())
    atomic_write(post, md.encode("utf-8"))
    timings["render"] = time.perf_counter() - t0
    llm = {**engine.totals, "engine": getattr(engine, "describe", dict)()}  # settings by backend (issue 28)
    return ReportResult(post, img, gpath, sel.n_window, len(sel.tweets), len(topic_res.topics),
                        topic_res.outlier_share, timings, llm, summary, notes, trend_path,
                        series.to_dict())


def _cross_embedder(embedder, lang: str, tweets: list):
    """The multilingual embedder that decides a citation's relevance across languages (a zh item written from
    English tweets shares no term with them but its names): the topics' embedder when it is multilingual (USE,
    chosen for windows with Chinese tweets), else USE when some tweet is not in the post's language (it loads
    only if such a check comes up); None when the post and its tweets share one language."""
    if getattr(embedder, "multilingual", False):
        return embedder
    from tweetsum.core.textcheck import cjk_share

    if any((cjk_share(t.text) >= 0.3) != (lang == "zh") for t in tweets):
        from tweetsum.embed import make_embedder

        return make_embedder("use-multilingual")
    return None


def _title_ok(data: dict, tweets_by_id: dict, lang: str) -> bool:
    """A topic title passes a headline's checks: its names and figures are in the brief's cited tweets and it
    is in the post's language. Only such titles go into the synthesis prompts (an invented English title,
    copied there, made the finance answers fail grounding on the demo) and name the chart's lines."""
    from tweetsum.core.textcheck import headline_chinese
    from tweetsum.report.grounding import check_item

    title = (data.get("title") or "").strip()
    cited = [tweets_by_id[i] for i in data.get("tweet_ids") or [] if i in tweets_by_id]
    in_lang = lang != "zh" or headline_chinese(title)
    return bool(title and cited and in_lang and check_item("title", title, cited).supported)


def _chart_labels(comp: Composer, ranked, summaries) -> dict[int, str]:
    """The chart names a topic by its model-written title when :func:`_title_ok`; else by its keywords."""
    out = {}
    for t, s in zip(ranked, summaries):
        sec = s.sections.get("summary")
        if sec is not None and not sec.fallback and sec.data and _title_ok(sec.data, comp.tweets, comp.lang):
            out[t.id] = sec.data["title"].strip()
    return out
