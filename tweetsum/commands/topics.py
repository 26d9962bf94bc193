"""`tweetsum topics`: cluster a window's tweets into topics and show them (writes only the embedding cache)."""
from __future__ import annotations

import time
from contextlib import nullcontext
from pathlib import Path

import typer

from tweetsum.commands import DbOption, JsonOption, app, console, fail, open_store, out, print_json
from tweetsum.commands.logs import Ticker


def _split_langs(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    langs = [p.strip() for v in values for p in v.split(",") if p.strip()]
    return langs or None


@app.command()
def topics(
    since: str = typer.Option(..., "--since", help="Start: YYYY-MM-DD or ISO datetime, in --tz."),
    until: str = typer.Option(..., "--until", help="End: YYYY-MM-DD (that whole day included) or ISO datetime."),
    tz: str = typer.Option(None, "--tz", help="IANA zone (Asia/Shanghai) or offset (+08:00); default local."),
    theme: str = typer.Option(None, "--theme", help="Keep only tweets about this theme (keywords + similarity)."),
    lang: list[str] = typer.Option(None, "--lang", help="Keep only these languages (repeat or comma-separate)."),
    embed_model: str = typer.Option(None, "--embed-model", help="Embedding model: minilm, use-multilingual (Chinese and English in one space), or a local sentence-transformers folder (default: use-multilingual when 10%+ of the window is Chinese, else minilm)."),
    min_cluster_size: int = typer.Option(None, "--min-cluster-size", min=2,
                                         help="Smallest topic (default: max(5, sqrt(n)/2))."),
    top: int = typer.Option(3, "--top", min=1, max=20, help="Representative tweets per topic."),
    plot: Path = typer.Option(None, "--plot", help="Write a PNG chart of the largest topics' daily tweet counts."),
    plot_topics: int = typer.Option(5, "--plot-topics", min=1, max=12, help="Topics drawn by --plot."),
    db: Path = DbOption,
    json_out: bool = JsonOption,
) -> None:
    """Group the tweets of a window into topics: keywords and representative tweets per topic."""
    from tweetsum.embed import EmbeddingError, EmbedStats, choose_embedder
    from tweetsum.selection import select_tweets
    from tweetsum.store.db import default_db_path
    from tweetsum.core.timeutil import parse_tz, parse_window
    from tweetsum.topics.fit import build_topics, outlier_note

    db_path = db if db is not None else default_db_path()
    if str(db_path) != ":memory:" and not Path(db_path).exists():
        fail(f"no database at {db_path}: run `tweetsum ingest` first (or pass --db)")
    try:
        zone = parse_tz(tz)
        start, end = parse_window(since, until, zone)
    except ValueError as e:
        fail(f"bad window: {e}")
    stats = EmbedStats()
    progress = not json_out and console.is_terminal
    stage = ["select"]  # into a log (no bars): a line every 25 s while the window is embedded and clustered
    ticker = Ticker(lambda: f"topics: {stage[0]}") if not json_out and not progress else None
    with open_store(db_path) as store, ticker or nullcontext():
        try:  # --embed-model, else by the window's languages (embed.AUTO_CJK_SHARE)
            embedder = choose_embedder(embed_model, [t.text for t in store.tweets_between(start, end)])
        except EmbeddingError as e:
            fail(str(e))
        t0 = time.perf_counter()
        try:
            sel = select_tweets(store, start, end, theme, embedder=embedder if theme else None,
                                languages=_split_langs(lang), progress=progress, embed_stats=stats)
        except (ValueError, EmbeddingError) as e:
            fail(str(e))
        t_select = time.perf_counter() - t0
        stage[0] = "topics"
        try:
            result = build_topics(store, sel.tweets, embedder, progress=progress, embed_stats=stats,
                                  min_cluster_size=min_cluster_size, n_representatives=top)
        except (ValueError, EmbeddingError) as e:
            fail(str(e))
    timings = {"select": round(t_select, 4), **{k: round(v, 4) for k, v in result.timings.items()}}
    by_id = {t.id: t for t in sel.tweets}
    from tweetsum.topics.trends import topic_trends

    series = topic_trends(result.topics, by_id, start, end, zone, top=plot_topics)
    if plot is not None:
        from tweetsum.report.trend_chart import render_trend_chart
        from tweetsum.report.wordcloud_img import FontNotFound

        try:
            render_trend_chart(series, plot)
        except (FontNotFound, OSError) as e:
            fail(f"--plot {plot}: {e}")
    if json_out:
        print_json({
            "window": {"since": start.isoformat(), "until": end.isoformat()},
            "theme": theme,
            "theme_terms": sel.theme_terms,
            "n_window": sel.n_window,
            "n_selected": len(sel.tweets),
            "dropped": sel.dropped,
            "topics": [
                {"id": tp.id, "size": tp.size, "label": tp.label,
                 "keywords": [{"term": k, "score": s} for k, s in tp.keywords],
                 "representative_ids": tp.representative_ids, "member_ids": tp.member_ids}
                for tp in result.topics
            ],
            "outlier_ids": result.outlier_ids,
            "n_outliers": len(result.outlier_ids),  # tweets in no topic: counted, never dropped silently
            "outlier_share": round(result.outlier_share, 4),
            "outlier_note": outlier_note(result),
            "message": result.message,
            "trend": series.to_dict(),
            "plot": str(plot) if plot is not None else None,
            "embedding": {"model_id": embedder.model_id, "embedded": stats.embedded, "from_cache": stats.from_cache},
            "timings": timings,
        })
        return
    from rich.table import Table
    from rich.text import Text

    dropped = ", ".join(f"{k} {v}" for k, v in sorted(sel.dropped.items())) or "none"
    console.print(f"{sel.n_window} tweets in the window, {len(sel.tweets)} selected (dropped: {dropped}); "
                  f"embeddings: {stats.embedded} new, {stats.from_cache} cached", highlight=False)
    if result.message:
        console.print(Text(result.message, style="yellow"))
    if not result.topics:
        return
    # into a log with --top 1 a row is one line: no rules between rows
    table = Table(title=f"{len(result.topics)} topics, {len(result.outlier_ids)} of {result.n_tweets} tweets "
                        f"({result.outlier_share:.0%}) in no topic",
                  show_lines=out.is_terminal or top > 1, title_justify="center" if out.is_terminal else "left")
    table.add_column("id", justify="right")
    table.add_column("size", justify="right")
    table.add_column("keywords", max_width=40 if out.is_terminal else None)
    table.add_column("top tweets", ratio=1)
    for tp in result.topics:
        lines = []
        for i in tp.representative_ids[:top]:
            t = by_id[i]
            text = " ".join(t.text.split())
            lines.append(f"@{t.author_handle}: {text[:140]}{'…' if len(text) > 140 else ''}")
        # Text(): tweet text is data, never Rich markup
        table.add_row(str(tp.id), str(tp.size), Text(", ".join(k for k, _ in tp.keywords[:8])), Text("\n".join(lines)))
    out.print(table)
    console.print("time: " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items()), highlight=False)
    if plot is not None:
        console.print(f"trend chart: {plot} ({len(series.topics)} topics over {len(series.days)} days)",
                      highlight=False)
