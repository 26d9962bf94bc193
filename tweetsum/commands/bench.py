"""`tweetsum bench`: compare GGUF models on the same tweets (speed, memory, quality) in one table and chart."""
from __future__ import annotations

from pathlib import Path

import typer

from tweetsum.commands import DbOption, JsonOption, app, console, fail, open_store, out, print_json


@app.command()
def bench(
    model: list[str] = typer.Option(..., "--model", help="Packaged name (smollm2, gemma3-270m) or GGUF path; repeat."),
    since: str = typer.Option(None, "--since", help="First day (or datetime) of the window, in --tz."),
    until: str = typer.Option(None, "--until", help="Last day of the window (inclusive for a date), in --tz."),
    tz: str = typer.Option(None, "--tz", help="Time zone: IANA name or ±HH:MM (default: local zone)."),
    sample: int = typer.Option(None, "--sample", min=1, help="Instead of a window: N random tweets of the store."),
    theme: str = typer.Option("AI", "--theme", help="Keep tweets on this theme."),
    all_tweets: bool = typer.Option(False, "--all-tweets", help="Keep every tweet (no theme filter)."),
    workload_file: Path = typer.Option(None, "--workload", help="Reuse a saved workload.json (no selection)."),
    threads: int = typer.Option(None, "--threads", min=1, help="CPU threads per model (default: half the CPUs)."),
    repeat: int = typer.Option(1, "--repeat", min=1, max=20, help="Repetitions: figures as mean ± std."),
    lang: str = typer.Option("zh", "--lang", help="Language of the summaries: zh or en."),
    max_topics: int = typer.Option(4, "--max-topics", min=1, max=50, help="Topics summarized (largest first)."),
    n_ctx: int = typer.Option(4096, "--n-ctx", min=512, help="Model context window."),
    embed_model: str = typer.Option(None, "--embed-model", help="Embedding model: minilm, use-multilingual (Chinese and English in one space), or a local sentence-transformers folder (default: minilm)."),
    bandwidth_mib: int = typer.Option(1024, "--bandwidth-mib", min=0, help="Array size of the bandwidth copy."),
    timeout: float = typer.Option(None, "--timeout", min=1, help="Seconds allowed per model (default: none)."),
    out_dir: Path = typer.Option(Path("benchmarks/results/bench"), "--out", help="Folder for bench.json/csv/png."),
    db: Path = DbOption,
    json_out: bool = JsonOption,
) -> None:
    """Run each model in a fresh process on the same topics and prompts; table, JSON, CSV and chart."""
    from tweetsum.modelbench import BenchOptions, WorkloadError, load_workload, run_bench

    if lang not in ("zh", "en"):
        fail(f"--lang {lang!r}: use zh or en")
    if workload_file is not None:
        if since or until or sample:
            fail("--workload already fixes the tweets: leave out --since/--until/--sample")
        try:
            wl = load_workload(workload_file)
        except WorkloadError as e:
            fail(str(e))
    else:
        wl = _build(since, until, tz, sample, None if all_tweets else theme, lang, max_topics, embed_model, db,
                    progress=not json_out and console.is_terminal)
    opts = BenchOptions(threads=threads, repeat=repeat, n_ctx=n_ctx, bandwidth_mib=bandwidth_mib, timeout_s=timeout)

    def on_row(r):
        if not json_out:
            state = "[green]done[/]" if r.get("ok") else f"[red]error[/]: {r.get('error')}"
            console.print(f"{r['model']}: {state}", highlight=False)

    if not json_out:
        console.print(f"workload: {len(wl.topics)} topics, {len(wl.tweets)} tweets, lang {wl.lang}; "
                      f"{len(model)} model(s), each in its own process", highlight=False)
    try:
        res = run_bench(wl, list(model), opts, out_dir=out_dir, on_row=on_row)
    except ValueError as e:
        fail(str(e))
    if json_out:
        print_json(res.to_dict())
    else:
        print_tables(res)
    if not any(r.get("ok") for r in res.rows):
        raise typer.Exit(1)


def _build(since, until, tz, sample, theme, lang, max_topics, embed_model, db, progress):
    from tweetsum.modelbench import WorkloadError, build_workload
    from tweetsum.embed import EmbeddingError, make_embedder
    from tweetsum.store.db import default_db_path
    from tweetsum.core.timeutil import parse_tz, parse_window

    if sample is None and not (since and until):
        fail("give a window (--since and --until), --sample N, or --workload FILE")
    db_path = db if db is not None else default_db_path()
    if not Path(db_path).exists():
        fail(f"no database at {db_path}: run `tweetsum ingest` first (or pass --db)")
    try:
        zone = parse_tz(tz)
        start, end = parse_window(since, until, zone) if (since or until) else (None, None)
    except ValueError as e:
        fail(f"bad window: {e}")
    try:
        embedder = make_embedder(embed_model)
    except EmbeddingError as e:
        fail(str(e))
    with open_store(db_path) as store:
        try:
            return build_workload(store, since=start, until=end, sample=sample, theme=theme, embedder=embedder,
                                  max_topics=max_topics, lang=lang, progress=progress)
        except (WorkloadError, EmbeddingError, ValueError) as e:
            fail(str(e))


def _pm(row, key: str, digits: int) -> str:
    from tweetsum.modelbench.runner import get_path

    m = get_path(row, key + ".mean")
    if m is None:
        return "—"
    s = get_path(row, key + ".std")
    n = get_path(row, key + ".n") or 1
    return f"{m:.{digits}f}" + (f" ± {s:.{digits}f}" if n > 1 and s is not None else "")


def print_tables(res) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tweetsum.modelbench.runner import fmt, get_path

    # a redirected table would be cut to 80 columns: print files/pipes at full width
    con = out if out.is_terminal else Console(width=200, file=out.file)

    depth = next((r.get("depth") for r in res.rows if r.get("ok")), None)
    sp = Table(title="speed and memory", show_lines=False)
    for h in ("model", "quant", "MiB", "load s", f"pp{res.options['pp']} t/s", f"tg{res.options['tg']} t/s",
              f"tg{res.options['tg_depth']}@d{depth} t/s", "tg limit (of)", "TTFT cold/warm s", "peak RSS MiB",
              "summarize s", "eval/sent"):
        sp.add_column(h, justify="left" if h == "model" else "right")
    q = Table(title="summary quality (the model's own output, before fallbacks)")
    for h in ("model", "grounded", "faithful (rules)", "1st-try valid", "fallback", "language", "complete", "citations",
              "repeated 3-grams", "length ok"):
        q.add_column(h, justify="left" if h == "model" else "right")
    for r in res.rows:
        name = Text(str(r.get("model_name") or r["model"]))
        if not r.get("ok"):
            err = Text(f"error ({r.get('stage')}): {r.get('error')}", style="red")
            sp.add_row(name, err, *[""] * 10)
            q.add_row(name, err, *[""] * 7)
            continue
        g = lambda k, kind: fmt(get_path(r, k), kind)  # noqa: E731
        sp.add_row(name, g("file.quantization", "str"), g("file.size_bytes", "mib"), g("load_s", "f2"),
                   _pm(r, "speed.pp", 1), _pm(r, "speed.tg", 1), _pm(r, "speed.tg_depth", 1),
                   f"{g('roofline.tg_limit_tps', 'f0')} ({g('roofline.tg_share_of_limit', 'pct')})",
                   f"{_pm(r, 'summarize.ttft_cold_s', 2)} / {_pm(r, 'summarize.ttft_warm_s', 2)}",
                   g("rss_peak_bytes", "mib"), _pm(r, "summarize.wall_s", 1),
                   g("summarize.kv_evaluated_over_sent", "f3"))
        q.add_row(name, g("quality.grounding", "pct"), g("quality.faithful_items", "pct"), g("quality.first_try_valid", "pct"),
                  g("quality.fallback_rate", "pct"), g("quality.language", "pct"), g("quality.completeness", "pct"),
                  g("quality.citations", "pct"), g("quality.repetition", "pct"), g("quality.length", "pct"))
    con.print(sp)
    con.print(q)
    env = res.environment
    bw = (env.get("memory_bandwidth") or {}).get("copy_gbs")
    out.print(f"{env.get('cpu_model')}, {env.get('logical_cpus')} CPUs, llama.cpp CPU backend "
              f"{env.get('cpu_variant') or '?'}, threads {env.get('threads') or 'default'}; "
              f"memory copy bandwidth {bw:.1f} GB/s" if bw else "", highlight=False)
    for k, v in res.paths.items():
        out.print(f"[bold]{k}[/] {v}", highlight=False)
