"""`tweetsum ingest` and `tweetsum stats`."""
from __future__ import annotations

from pathlib import Path

import typer

from tweetsum.commands import DbOption, JsonOption, app, console, fail, open_store, out, print_json
from tweetsum.commands.logs import HANDFUL, Ticker


@app.command("ingest")
def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="Archives (zip or folder), JSONL, JSON, X API v2 JSON, CSV files, "
                                                 "or folders holding them. Format is detected by content."),
    db: Path = DbOption,
    json_: bool = JsonOption,
    force: bool = typer.Option(False, "--force", help="Re-read sources even when their content was ingested before."),
) -> None:
    """Read tweets into the database: one transaction per source, already-ingested content skipped.

    CSV columns: id, created_at, author_handle, author_name, text, lang, like_count, retweet_count, reply_count,
    quote_count, in_reply_to_id, retweet_of_id, quote_of_id, hashtags, cashtags, mentions, urls (aliases such as
    tweet_id, username, full_text, date are accepted; list cells are '|' or space separated).
    """
    from tweetsum.ingest import ingest_paths

    try:
        store = open_store(db)
    except Exception as e:  # sqlite3 errors: unreadable/corrupt database file
        fail(f"cannot open database {db or ''}: {e}")
        return
    with store:
        if json_:
            report = ingest_paths(store, paths, force=force)
        elif console.is_terminal:
            report = _ingest_with_progress(store, paths, force)
        else:
            report = _ingest_with_log_lines(store, paths, force)
    if json_:
        print_json(report.to_dict())
    elif out.is_terminal or len(report.files) <= HANDFUL:
        _print_report(report)
    else:  # a log: one summary line, not a row per source (the rows are in --json)
        _print_summary(report)
    raise typer.Exit(report.exit_code)


def _ingest_with_progress(store, paths, force):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from tweetsum.ingest import ingest_paths

    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TextColumn("{task.fields[records]:,} records"), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("ingest", total=None, records=0)

        def progress(ev):
            name = Path(ev.path).name if "!" not in ev.path else ev.path.rsplit("/", 1)[-1]
            bar.update(task, total=ev.total, completed=ev.index + (1 if ev.done else 0), records=ev.records,
                       description=name[-40:])

        return ingest_paths(store, paths, progress, force=force)


def _ingest_with_log_lines(store, paths, force):
    """Into a log: ``ingest: 12/60 sources, 34,567 records, 0:25 elapsed`` every 25 s (nothing when quicker)."""
    from tweetsum.ingest import ingest_paths

    seen = {"index": 0, "total": 0, "records": 0, "done": 0}

    def progress(ev):
        if ev.done:
            seen["done"] += ev.records
        seen.update(index=ev.index + (1 if ev.done else 0), total=ev.total,
                    records=seen["done"] + (0 if ev.done else ev.records))

    with Ticker(lambda: f"ingest: {seen['index']}/{seen['total']} sources, {seen['records']:,} records"):
        return ingest_paths(store, paths, progress, force=force)


def _print_summary(report) -> None:
    """Past a handful of sources, into a log: one line of totals on stdout; skips, rejects, warnings and errors
    on stderr, a handful each (all of them in --json)."""
    from collections import Counter

    files = report.files
    formats = Counter(f.format or "?" for f in files if not f.error)
    if report.errors:
        formats["unreadable"] = len(report.errors)
    rate = report.records / report.seconds if report.seconds > 0 else 0
    out.print(f"ingest: {len(files)} sources ({', '.join(f'{k} {v}' for k, v in formats.most_common())}), "
              f"{report.records:,} records: {report.stored:,} stored, {report.updated:,} updated, "
              f"{report.unchanged:,} unchanged, {report.rejected:,} rejected, in {report.seconds:.2f}s "
              f"({rate:,.0f}/s); a row per source: --json", highlight=False, soft_wrap=True)
    skipped = [f for f in files if f.skipped]
    if skipped:
        console.print(f"skipped: {len(skipped)} sources already ingested ({sum(f.records for f in skipped):,} "
                      f"records counted as unchanged; --force re-reads them)", highlight=False, soft_wrap=True)
    examples = [ex for f in files for ex in f.examples]
    for label, items, total in (("rejected", examples, report.rejected),
                                ("warning", [w for f in files for w in f.warnings] + report.warnings, None),
                                ("error", report.errors, None)):
        for item in items[:HANDFUL]:
            console.print(f"{label}: {item}", highlight=False, soft_wrap=True, markup=False)
        more = (len(items) if total is None else total) - len(items[:HANDFUL])
        if more > 0:
            console.print(f"… {more:,} more {label} (see --json)", highlight=False, soft_wrap=True, markup=False)


def _short(path: str) -> str:
    """Last two components of a source path (``arch.zip!handle`` stays whole); full paths are in --json."""
    parts = Path(path).parts
    return str(Path(*parts[-2:])) if len(parts) > 2 else path


def _print_report(report) -> None:
    from rich.table import Table

    t = Table(title="ingest", title_justify="left")
    for c, j in (("source", "left"), ("format", "left"), ("records", "right"), ("stored", "right"),
                 ("updated", "right"), ("unchanged", "right"), ("rejected", "right"), ("reasons", "left")):
        t.add_column(c, justify=j, overflow="fold", no_wrap=j == "right")
    for f in report.files:
        if f.error:
            t.add_row(_short(f.path), f.format or "?", "0", "0", "0", "0", "-", "[red]unreadable (see below)[/]")
            continue
        reasons = "; ".join(f"{k}: {v}" for k, v in sorted(f.rejects.items(), key=lambda kv: -kv[1]))
        t.add_row(_short(f.path), f.format + (" (skipped)" if f.skipped else ""), f"{f.records:,}",
                  f"{f.stored:,}", f"{f.updated:,}", f"{f.unchanged:,}", f"{f.rejected:,}", reasons)
    if len(report.files) > 1:
        t.add_row("[bold]total", "", f"{report.records:,}", f"{report.stored:,}", f"{report.updated:,}",
                  f"{report.unchanged:,}", f"{report.rejected:,}", "", end_section=True)
    out.print(t)
    for f in report.files:
        if f.skipped:
            console.print(f"skipped: {f.path}: content already ingested ({f.records:,} records counted as "
                          f"unchanged; --force re-reads it)", highlight=False, soft_wrap=True)
        for ex in f.examples[:5]:
            console.print(f"[yellow]rejected:[/] {ex}", highlight=False, soft_wrap=True)
        if f.rejected > 5 and f.examples:
            console.print(f"[yellow]…[/] {f.rejected - min(5, len(f.examples))} more rejected in {f.path} "
                          f"(see --json)", highlight=False, soft_wrap=True)
        for w in f.warnings:
            console.print(f"[yellow]warning:[/] {w}", highlight=False, soft_wrap=True)
    for w in report.warnings:
        console.print(f"[yellow]warning:[/] {w}", highlight=False, soft_wrap=True)
    for e in report.errors:
        console.print(f"[bold red]error:[/] {e}", highlight=False, soft_wrap=True)
    rate = report.records / report.seconds if report.seconds > 0 else 0
    console.print(f"{report.records:,} records in {report.seconds:.2f}s ({rate:,.0f}/s)", highlight=False, soft_wrap=True)


@app.command("stats")
def stats_cmd(
    since: str = typer.Option(None, "--since", help="Start: YYYY-MM-DD or ISO datetime, in --tz."),
    until: str = typer.Option(None, "--until", help="End: YYYY-MM-DD (whole day included) or ISO datetime."),
    tz: str = typer.Option(None, "--tz", help="IANA zone (Asia/Shanghai) or offset (+08:00); default local."),
    top: int = typer.Option(10, "--top", help="How many authors and languages to list."),
    db: Path = DbOption,
    json_: bool = JsonOption,
) -> None:
    """Tweets per day (in --tz), top authors and languages in the database."""
    from tweetsum.core.timeutil import parse_tz, parse_window

    try:
        zone = parse_tz(tz)
        lo, hi = parse_window(since, until, zone)
    except ValueError as e:
        fail(str(e))
        return
    with open_store(db) as store:
        s = compute_stats(store, lo, hi, zone, top)
    if json_:
        print_json(s)
        return
    from rich.table import Table

    out.print(f"[bold]{s['tweets']:,}[/] tweets, {s['authors']:,} authors "
              f"({s['since'] or 'start'} .. {s['until'] or 'end'}, zone {s['tz']})")
    if s["tweets"]:
        days = Table(title="tweets per day", title_justify="left")
        days.add_column("day")
        days.add_column("tweets", justify="right")
        for d, n in s["per_day"].items():
            days.add_row(d, f"{n:,}")
        out.print(days)
        for key, title in (("top_authors", "top authors"), ("languages", "languages")):
            tb = Table(title=title, title_justify="left")
            tb.add_column(key.split("_")[-1].rstrip("s"))
            tb.add_column("tweets", justify="right")
            for name, n in s[key]:
                tb.add_row(str(name), f"{n:,}")
            out.print(tb)


def compute_stats(store, lo, hi, zone, top: int = 10) -> dict:
    from datetime import datetime

    from tweetsum.store.codec import window_where

    w, args = window_where(lo, hi)
    conn = store.conn
    per_day: dict[str, int] = {}
    for (ts,) in conn.execute(f"SELECT created_ts FROM tweets{w} ORDER BY created_ts", args):
        d = datetime.fromtimestamp(ts, zone).date().isoformat()
        per_day[d] = per_day.get(d, 0) + 1
    authors = conn.execute(f"SELECT author_handle, count(*) n FROM tweets{w} GROUP BY author_handle "
                           f"ORDER BY n DESC, author_handle LIMIT ?", [*args, top]).fetchall()
    langs = conn.execute(f"SELECT coalesce(lang, 'unknown'), count(*) n FROM tweets{w} GROUP BY 1 "
                         f"ORDER BY n DESC, 1 LIMIT ?", [*args, top]).fetchall()
    n_auth = conn.execute(f"SELECT count(DISTINCT author_handle) FROM tweets{w}", args).fetchone()[0]
    return {
        "tweets": sum(per_day.values()), "authors": n_auth, "tz": str(zone),
        "since": lo.isoformat() if lo else None, "until": hi.isoformat() if hi else None,
        "per_day": per_day, "top_authors": [list(r) for r in authors], "languages": [list(r) for r in langs],
    }
