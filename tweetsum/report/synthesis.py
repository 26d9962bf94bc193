"""The reduce stage: post-level prose written by the model from the topic briefs and the tweets behind them.

Two prompts, each with one shared prefix (evaluated once, every task after it reuses the KV cache):

* **digest**: the top topics' briefs (title + summary, model-written in the map stage, given as context) and a
  numbered block of the tweets they drew on (round-robin over topics). Tasks: the sentiment paragraph
  (verdict + reasons), technology developments, industry applications, and the three impacts.
* **finance** (only when the window has cashtag or finance-term tweets): the topic titles and the
  finance-bearing tweets (the top symbols' tweets first). Tasks: market views, people's views, potential
  impact, conclusion -- one call each -- and one call per top cashtag for its reaction, whose citations can
  only be the prompt's tweets that mention that symbol. One nested four-part object, or one list for all
  symbols, was too much for the 1.5B default: on the demo it wrote the same seven-character fragment into
  all four finance parts and a line for $NVDA only (5 of 6 symbols missing). One short answer per call
  costs a few dozen task tokens each, since the prefix is reused.

Every answer cites tweet numbers of its prompt; they are mapped back to ids here, and every item then goes
through the grounding policy (``policy.py``). A task whose answer is unusable is reported in ``failed`` with
the reason, so the post says "could not be summarized", never "the tweets do not say".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Tweet
from ..textcheck import looping_field

SYNTH_TWEETS = 24
FIN_TWEETS = 20

TASKS = {
    "zh": {
        "sentiment": "任务：判断这些推文的整体情绪。verdict：一句中文结论，说明整体情绪偏向哪一方；reasons："
                     "两到三句中文，用你自己的话说明乐观和担忧各自的原因（可用“尽管……，但……”），写出推文中的具体名称，"
                     "不要照抄推文；"
                     "tweets：依据的推文编号。",
        "tech": "任务：归纳推文中最多3项技术发展或突破。headline：中文短标题（一个技术方向）；text：一到两句中文，"
                "跨话题综合说明进展和代表性的名称或数字，用你自己的话，不得复制推文原句或话题标题；tweets：依据的推文编号。",
        "industry": "任务：归纳推文中最多3项产业创新或应用。headline：中文短标题（一个应用领域）；text：一到两句中文，"
                    "说明谁在做什么、效果如何，用你自己的话，不得复制推文原句或话题标题；tweets：依据的推文编号。",
        "impact": "任务：分析这些推文所反映的潜在影响。industry：对行业的影响；market：对市场的影响；society："
                  "对社会的影响。每项是一到两句中文分析和依据的推文编号。",
        "finance/market_view": "任务：用一到两句中文归纳推文中的市场观点（看多还是看空、为什么），用你自己的话，"
                               "写出推文中的公司或代码；tweets：依据的推文编号。",
        "finance/people": "任务：用一到两句中文转述具名作者对市场的看法，写出作者的 @handle（如“@某作者认为……”），"
                          "不得复制原文；tweets：这些作者的推文编号。",
        "finance/impact": "任务：用一到两句中文分析这些推文指向的潜在市场影响（对哪些公司、行业或资产）；"
                          "tweets：依据的推文编号。",
        "finance/conclusion": "任务：用一句中文给出对本期市场讨论的总体结论；tweets：依据的推文编号。",
        "ticker": "任务：说明推文对 ${sym} 的看法。reaction：一句中文，用你自己的话说明推文怎样看 ${sym} 及原因"
                  "（涨跌、估值、需求等），不得复制原文，不要以“反应”开头；tweets：提到 ${sym} 的推文编号。",
    },
    "en": {
        "sentiment": "Task: judge the overall sentiment of these tweets. verdict: one sentence saying which way "
                     "the sentiment leans; reasons: two or three sentences giving the reasons on both sides "
                     "(\"although ..., ...\") with the concrete names from the tweets; tweets: the numbers drawn on.",
        "tech": "Task: synthesize up to 3 technology developments or breakthroughs across the topics. headline: a "
                "short name of the direction; text: one or two sentences with the representative names or "
                "figures; tweets: the numbers drawn on.",
        "industry": "Task: synthesize up to 3 industry innovations or applications. headline: a short name of the "
                    "field; text: one or two sentences on who does what and with what result; tweets: the "
                    "numbers drawn on.",
        "impact": "Task: analyse the potential impact these tweets point to. industry: on the industry; market: on "
                  "markets; society: on society. Each is one or two sentences of analysis with the tweet numbers.",
        "finance/market_view": "Task: in one or two sentences, synthesize the market views in these tweets "
                               "(bullish or bearish, and why), in your own words, naming the companies or "
                               "symbols; tweets: the numbers drawn on.",
        "finance/people": "Task: in one or two sentences, paraphrase what named authors think about markets, "
                          "giving their @handle (\"@x argues ...\"); do not quote; tweets: those authors' numbers.",
        "finance/impact": "Task: in one or two sentences, analyse the potential market impact these tweets point "
                          "to (which companies, sectors or assets); tweets: the numbers drawn on.",
        "finance/conclusion": "Task: one sentence concluding this window's market discussion; tweets: the numbers "
                              "drawn on.",
        "ticker": "Task: say how the tweets view ${sym}. reaction: one sentence, in your own words, on how the "
                  "tweets see ${sym} and why (moves, valuation, demand); tweets: the numbers of the tweets that "
                  "mention ${sym}.",
    },
}
DIGEST_TASKS = ("sentiment", "tech", "industry", "impact")
FIN_PARTS = ("market_view", "people", "impact", "conclusion")


@dataclass
class Synthesis:
    """Parsed answers by task, citations as tweet ids; ``failed``: task -> why it has no usable answer."""

    answers: dict[str, Any] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    prompt_ids: dict[str, list[int]] = field(default_factory=dict)  # prefix -> tweet ids in it


def _schema(task: str, numbers: list[int], lang: str) -> dict:
    """``task``: a digest task, ``finance/<part>``, or ``ticker`` (``numbers``: the tweets with that symbol)."""
    from ..llm.schemas import cites, limits, list_of, obj, string

    L = limits(lang)
    para = obj({"text": string(L["text"] + 60), "tweets": cites(numbers)})
    if task.startswith("finance/"):
        return para
    if task == "ticker":
        return obj({"reaction": string(L["reaction"]), "tweets": cites(numbers)})
    if task == "sentiment":
        return obj({"verdict": string(L["headline"] + 10), "reasons": string(L["summary"]),
                    "tweets": cites(numbers)})
    if task in ("tech", "industry"):
        return list_of(obj({"headline": string(L["headline"]), "text": string(L["text"] + 60),
                            "tweets": cites(numbers)}), "items")
    if task == "impact":
        return obj({"industry": para, "market": para, "society": para})
    raise ValueError(f"unknown synthesis task {task!r}")


def _briefs_text(briefs: list[tuple[str, str]], lang: str) -> str:
    """The topics' titles only: given their summaries, the 1.5B copied them verbatim into every synthesis
    answer (measured on the demo: 9 of 11 synthesis items were repeats of a trend), so only the names go in."""
    from ..llm.prompts import neutralize

    head = "本期的话题：" if lang == "zh" else "This window's topics:"
    return head + " " + "；".join(neutralize(t) for t, _ in briefs if t) + "\n"


def _to_ids(value: Any, m: dict[int, int]) -> Any:
    from ..llm.schemas import to_ids

    return to_ids(value, m)


def _task_text(task: str, lang: str) -> str:
    name, _, sym = task.partition(":")
    return TASKS[lang][name].replace("${sym}", "$" + sym) if name == "ticker" else TASKS[lang][task]


def run_prompt(engine, store, lang: str, briefs: list[tuple[str, str]], tweets: list[Tweet], tasks: list[str],
               label: str, out: Synthesis) -> None:
    """One prefix (briefs + numbered tweets), one call per task; fills ``out``.

    ``tasks``: digest task names, ``finance/<part>``, or ``ticker:SYM`` (cites only tweets mentioning SYM)."""
    from ..llm.prompts import SYSTEM, Prompt, data_block, format_tweet, lang_line
    from ..llm.schemas import SchemaError, max_output_tokens, parse_and_validate
    from ..summarize import REPEAT_PENALTY, RETRY_REPEAT_PENALTY
    from .compose import mentions

    if not tweets:
        for t in tasks:
            out.failed[t] = "no tweets to draw on (no topic was summarized)"
        return
    tail = " 只输出一个 JSON 对象。" if lang == "zh" else " Answer with one JSON object."
    cpt = 2.5 if lang == "en" else 1.0
    lines = [format_tweet(n, t, max_chars=280) for n, t in enumerate(tweets, 1)]
    longest = max((_task_text(t, lang) for t in tasks), key=len)
    while lines:  # fit the context: drop the last (least representative) tweets
        numbers = list(range(1, len(lines) + 1))
        data = _briefs_text(briefs, lang) + data_block(lines, label)
        need = max(max_output_tokens(_schema(t.partition(":")[0], numbers, lang), cpt) for t in tasks)
        toks, _ = engine.tokenize_prompt(Prompt(SYSTEM[lang], data, "\n" + longest))
        if len(toks) + need + 60 <= engine.n_ctx:
            break
        lines.pop()
    if not lines:
        for t in tasks:
            out.failed[t] = f"context too small: n_ctx={engine.n_ctx} holds no tweet with the briefs"
        return
    numbers = list(range(1, len(lines) + 1))
    m = {n: tweets[n - 1].id for n in numbers}
    out.prompt_ids[label] = [tweets[n - 1].id for n in numbers]
    data = _briefs_text(briefs, lang) + data_block(lines, label)
    for task in tasks:
        name, _, sym = task.partition(":")
        nums = [n for n in numbers if mentions(tweets[n - 1], sym)] if name == "ticker" else numbers
        if not nums:
            out.failed[task] = f"no tweet in the prompt mentions ${sym}"
            continue
        schema = _schema(name, nums, lang)
        prompt = Prompt(SYSTEM[lang], data, "\n" + _task_text(task, lang) + " " + lang_line(lang) + tail,
                        label=f"synthesis/{task}")
        errors = []
        for attempt, (temp, rp) in enumerate(((None, REPEAT_PENALTY), (0.3, RETRY_REPEAT_PENALTY))):
            try:
                gen = engine.complete(prompt, schema=schema, max_tokens=max_output_tokens(schema, cpt),
                                      temperature=temp, seed=engine.seed + attempt, store=store, repeat_penalty=rp)
                val = parse_and_validate(gen.text, schema)
            except (SchemaError, ValueError) as e:
                errors.append(str(e))
                continue
            loop = looping_field(val)
            if loop is not None:
                errors.append(f"looping output: {loop[:60]!r}")
                continue
            out.answers[task] = _to_ids(val, m)
            break
        else:
            out.failed[task] = "model output unusable: " + " | ".join(errors)


def synthesize(engine, store, lang: str, briefs: list[tuple[str, str]], digest_tweets: list[Tweet],
               finance_tweets: list[Tweet] | None, symbols: list[str] | None = None) -> Synthesis:
    """``symbols``: the most mentioned cashtags; the finance prompt then also writes one reaction per symbol.

    The per-part finance answers are gathered into ``answers["finance"]`` (part -> answer) and the per-symbol
    ones into ``answers["tickers"]`` (``{"tickers": [{symbol, reaction, tweet_ids}]}``); a part or symbol
    without an answer has its reason in ``failed`` (``finance/<part>``, ``tickers/<SYM>``)."""
    out = Synthesis()
    run_prompt(engine, store, lang, briefs, digest_tweets[:SYNTH_TWEETS], list(DIGEST_TASKS),
               "digest of the top topics", out)
    if finance_tweets:
        tasks = [f"finance/{p}" for p in FIN_PARTS] + [f"ticker:{s}" for s in symbols or []]
        run_prompt(engine, store, lang, briefs, finance_tweets[:FIN_TWEETS], tasks, "tweets on markets and finance",
                   out)
        fin = {p: out.answers.pop(f"finance/{p}") for p in FIN_PARTS if f"finance/{p}" in out.answers}
        if fin:
            out.answers["finance"] = fin
        fails = [f"{p}: {out.failed[f'finance/{p}']}" for p in FIN_PARTS if f"finance/{p}" in out.failed]
        if fails:
            out.failed["finance"] = "; ".join(fails)
        rows = []
        for s in symbols or []:
            a = out.answers.pop(f"ticker:{s}", None)
            if a is not None:
                rows.append({"symbol": s, **a})
            elif f"ticker:{s}" in out.failed:
                out.failed[f"tickers/{s}"] = out.failed.pop(f"ticker:{s}")
        if rows:
            out.answers["tickers"] = {"tickers": rows}
    return out
