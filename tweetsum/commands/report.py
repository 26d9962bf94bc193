"""`tweetsum report`: write the digest post (Jekyll Markdown + word cloud + grounding file)."""
from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import typer

from tweetsum.commands import DbOption, JsonOption, app, console, fail, open_store, out, print_json
from tweetsum.commands.logs import HANDFUL, ReportLog


@app.command()
def report(
    since: str = typer.Option(..., "--since", help="First day (or datetime) of the window, in --tz."),
    until: str = typer.Option(..., "--until", help="Last day of the window (inclusive for a date), in --tz."),
    tz: str = typer.Option(None, "--tz", help="Time zone: IANA name or ±HH:MM (default: local zone)."),
    theme: str = typer.Option("AI", "--theme", help="Names the report and selects tweets on that theme."),
    all_tweets: bool = typer.Option(False, "--all-tweets", help="Keep every tweet of the window (no theme filter)."),
    lang: str = typer.Option("zh", "--lang", help="Language of the post: zh or en."),
    model: str = typer.Option(None, "--model", help="GGUF path or packaged name (default: qwen1.5b; "
                                                   "qwen0.5b is faster, smollm2/gemma3-270m tiny)."),
    embed_model: str = typer.Option(None, "--embed-model", help="Embedding model: minilm, use-multilingual (Chinese and English in one space), or a local sentence-transformers folder (default: use-multilingual when 10%+ of the window is Chinese, else minilm)."),
    out_dir: Path = typer.Option(Path("."), "--out", help="Folder for the post, image and grounding file."),
    no_citations: bool = typer.Option(False, "--no-citations", help="Leave out links to the source tweets."),
    now: str = typer.Option(None, "--now", help="Fix the post's date stamp ('2026-01-22 16:01:36 +0800')."),
    n_ctx: int = typer.Option(4096, "--n-ctx", min=256, help="Model context window."),
    threads: int = typer.Option(None, "--threads", help="CPU threads for the model (default: all cores)."),
    cpu: bool = typer.Option(False, "--cpu", help="Run the model on the CPU even when llama.cpp was built "
                             "with a GPU backend (the CPU variants stay built beside it)."),
    batch: int = typer.Option(4, "--batch", min=1, max=16,
                              help="Sections of a topic decoded together in one batch (1: one at a time)."),
    min_cluster_size: int = typer.Option(None, "--min-cluster-size", min=2, help="Smallest topic."),
    max_topics: int = typer.Option(10, "--max-topics", min=1, max=50, help="Topics summarized (largest first)."),
    redact: bool = typer.Option(False, "--redact", help="Mask e-mails, phone numbers and non-public @handles."),
    public_accounts: Path = typer.Option(None, "--public-accounts", exists=True, dir_okay=False,
                                         help="With --redact: file of public handles to keep (one per line)."),
    server: list[str] = typer.Option(None, "--server", help="Use an OpenAI-compatible inference server "
                                     "(llama-server, vLLM) instead of the in-process model; repeat for several. "
                                     "Loopback or unix:/path.sock only, unless --allow-remote."),
    server_slots: int = typer.Option(None, "--server-slots", min=1, help="Parallel lanes per server "
                                     "(default: llama-server's slot count, 1 for other servers)."),
    allow_remote: bool = typer.Option(False, "--allow-remote", help="Let --server name another machine: "
                                      "the selected tweets are sent there."),
    db: Path = DbOption,
    json_out: bool = JsonOption,
) -> None:
    """Write the digest post for a window: topics, summaries, grounding check, word cloud."""
    from tweetsum.embed import EmbeddingError
    from tweetsum.llm import ModelError
    from tweetsum.run import ReportError, ReportOptions, build_report
    from tweetsum.llm.transport import ServerError, parse_endpoint
    from tweetsum.report.wordcloud_img import FontNotFound
    from tweetsum.store.db import default_db_path

    if cpu:
        import os

        os.environ["TWEETSUM_GPU"] = "cpu"  # tweetsum.llm.settings: no offload, the CPU's settings
    db_path = db if db is not None else default_db_path()
    if not Path(db_path).exists():
        fail(f"no database at {db_path}: run `tweetsum ingest` first (or pass --db)")
    from tweetsum.core.redact import load_public_accounts

    public = frozenset(load_public_accounts(public_accounts)) if public_accounts else frozenset()
    servers = tuple(server or ())
    try:
        remote = [u for u in servers if parse_endpoint(u).remote]
    except ValueError as e:
        fail(str(e))
    if remote and not allow_remote:
        fail(f"--server {remote[0]} is not on this machine: the tweets would leave it. Use a loopback or "
             "unix:/path.sock URL, or pass --allow-remote")
    for u in remote:  # said before anything is sent
        console.print(f"[bold yellow]remote server[/]: the selected tweets will be sent to {u}", highlight=False)
    opts = ReportOptions(redact=redact, public_accounts=public, since=since, until=until, tz=tz, theme=theme, all_tweets=all_tweets, lang=lang,
                         model=model, embed_model=embed_model or None, out_dir=out_dir,
                         citations=not no_citations, now=now, n_ctx=n_ctx, threads=threads, batch=batch,
                         min_cluster_size=min_cluster_size, max_topics=max_topics,
                         servers=servers, server_slots=server_slots, allow_remote=allow_remote,
                         progress=not json_out and console.is_terminal, on_stage=_stage_marker())
    # into a log (stderr not a terminal, so no bars): stage progress as plain lines, one at least every 25 s
    log = ReportLog() if not json_out and not console.is_terminal else None
    if log is not None:
        opts.on_progress = log.on_progress
    with open_store(db_path) as store, log or nullcontext():
        try:
            res = build_report(store, opts)
        except (ReportError, ModelError, EmbeddingError, FontNotFound, ServerError, ValueError) as e:
            fail(str(e), 1)
    if json_out:
        print_json(res.to_dict())
    elif out.is_terminal:
        _print_result(res)
    else:
        _print_result_for_log(res)


def _figure_lines(res) -> list[str]:
    """The run's headline figures: tweets and topics, time, model calls, published items and claims (when the
    grounding has figures), and the grounding line last."""
    g, f = res.grounding, res.grounding.get("figures", {})
    lines = [f"tweets: {res.tweets_selected} selected of {res.tweets_in_window} in the window; "
             f"topics: {res.topics} (outliers {res.outlier_share:.0%})",
             "time per stage: " + ", ".join(f"{k} {v:.1f}s" for k, v in res.timings.items()),
             f"LLM: {res.llm['model_calls']} calls made, {res.llm['result_cache_hits']} from the result cache; "
             f"prompt tokens sent {res.llm['prompt_tokens']}, evaluated {res.llm['evaluated_tokens']}"]
    if f:
        src = ", ".join(f"{k} {v}" for k, v in f["by_source"].items() if v)
        lines.append(f"published items: {f['published_items']} ({src}); model-written "
                     f"{f['model_written_share']:.0%}"
                     + (" of the items a model was asked for" if f["by_source"].get("notice") else ""))
        fa = f.get("faithful") or {}
        if fa.get("items"):
            lines.append(f"pass the meaning check: {fa['faithful']} of {fa['items']} cited items; faithful as a "
                         f"careful reader would find (estimate): {fa['estimated_faithful_pct']}%"
                         + (f", missed a reader by up to {fa['estimate_held_out_error']:g} points on windows it was "
                            "not fitted to" if fa.get("estimate_held_out_error") is not None else ""))
            if fa.get("check_precision") is not None:
                lines.append(f"the check on the careful-reading gold set: precision {fa['check_precision']}, recall "
                             f"{fa['check_recall']}; published items a careful reader found faithful, by kind: "
                             + ", ".join(f"{k} {v:.0%}" for k, v in fa['published_faithful'].items()))
        b, a = f["claims_model_before_fallback"], f["claims_model_published"]
        lines.append(f"names and figures found in the cited tweets: model items as first written "
                     f"{b['supported_pct']}% of {b['claims']}, published model items {a['supported_pct']}% of "
                     f"{a['claims']}; repeated 3-grams "
                     f"{f['repeated_3gram_share']:.1%}" + (f"; CJK share of zh prose {f['cjk_share_zh_prose']:.0%}"
                                                           if f.get("cjk_share_zh_prose") is not None else ""))
    lines.append(f"grounding: {g['items']} items, {g['claims']} names and figures, {g['supported_pct']}% found "
                 "in the cited tweets "
                 f"(actions: {g['actions']})")
    return lines


def _print_result(res) -> None:
    """On a terminal: the three files, the figures, a line per fallback section, the notes."""
    out.print(f"[bold]post[/]      {res.post_path}", highlight=False)
    out.print(f"[bold]wordcloud[/] {res.image_path}", highlight=False)
    out.print(f"[bold]grounding[/] {res.grounding_path}", highlight=False)
    *figures, grounding = _figure_lines(res)
    for line in figures:
        out.print(line, highlight=False, markup=False)
    for fb in res.grounding.get("figures", {}).get("fallbacks", []):
        where = f"topic {fb['topic']} " if fb.get("topic") is not None else ""
        console.print(f"fallback: {where}{fb['section']}: {fb['reason'][:160]}", highlight=False)
    out.print(grounding, highlight=False, markup=False)
    for n in res.notes:
        console.print(f"note: {n}", highlight=False)


def _print_result_for_log(res) -> None:
    """Into a log: the fallbacks on one line (their reasons are in the grounding file) and the notes, then the
    figures, then where the post is, last, each on one unwrapped line."""
    fallbacks = res.grounding.get("figures", {}).get("fallbacks", [])
    if fallbacks:
        names = [(f"topic {fb['topic']} " if fb.get("topic") is not None else "") + fb["section"]
                 for fb in fallbacks]
        more = f", … {len(names) - HANDFUL} more" if len(names) > HANDFUL else ""
        console.print(f"fallback: {len(names)} sections ({', '.join(names[:HANDFUL])}{more}); "
                      f"reasons in {res.grounding_path.name}", highlight=False, markup=False, soft_wrap=True)
    for n in res.notes:
        console.print(f"note: {n}", highlight=False, markup=False, soft_wrap=True)
    first, times, *figures = _figure_lines(res)
    for line in [f"{first}; {times}", *figures]:
        out.print(line, highlight=False, markup=False, soft_wrap=True)
    beside = [p.name for p in (res.image_path, res.trend_path, res.grounding_path) if p is not None]
    out.print(f"post: {res.post_path} (beside it: {', '.join(beside)})", highlight=False, markup=False,
              soft_wrap=True)


def _stage_marker():
    """With ``TWEETSUM_STAGE_FILE`` set, write each stage's name there as it starts (fsync'd, then renamed over
    the file, so a reader never sees it empty: CI's kill test once read the truncated file between two stages,
    took it for the end of the run and let the report finish): the crash tests (benchmarks/kill_report.py) kill
    the process inside a named stage and check where it died."""
    import os

    path = os.environ.get("TWEETSUM_STAGE_FILE")
    if not path:
        return None

    def mark(name: str) -> None:
        tmp = f"{path}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(name)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    return mark
