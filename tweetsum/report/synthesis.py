"""The reduce stage: post-level prose written by the model from the topic briefs and the tweets behind them.

Two prompts, each with one shared prefix (evaluated once, every task after it reuses the KV cache):

* **digest**: the top topics' briefs (title + summary, model-written in the map stage, given as context) and a
  numbered block of the tweets they drew on (round-robin over topics). Tasks: the sentiment paragraph
  (verdict + reasons), technology developments, industry applications, and the three impacts.
* **finance** (only when the window has cashtag or finance-term tweets): the topic titles and the
  finance-bearing tweets (the top symbols' tweets first). Tasks: market views, people's views, potential
  impact, conclusion; and one reaction per top cashtag (the schema allows only those symbols).

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
                "跨话题综合说明进展和代表性的名称或数字；tweets：依据的推文编号。",
        "industry": "任务：归纳推文中最多3项产业创新或应用。headline：中文短标题（一个应用领域）；text：一到两句中文，"
                    "说明谁在做什么、效果如何；tweets：依据的推文编号。",
        "impact": "任务：分析这些推文所反映的潜在影响。industry：对行业的影响；market：对市场的影响；society："
                  "对社会的影响。每项是一到两句中文分析和依据的推文编号。",
        "tickers": "任务：对推文提到的这些代码逐一说明推文的看法（symbol 只能是给定的代码）：reaction 用一句中文"
                   "说明推文对它的看法及原因（涨跌、估值、需求等），不得复制原文；tweets：提到该代码的推文编号。",
        "finance": "任务：分析推文中与金融市场相关的内容。market_view：推文中的市场观点；people：具名人物或机构"
                   "（写出 @handle 或名字）对市场的看法；impact：潜在的市场影响；conclusion：一句结论。"
                   "每项是一到两句中文和依据的推文编号；只写推文中有的内容。",
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
        "tickers": "Task: for each of these symbols the tweets mention (symbol must be one of them), say in one "
                   "sentence how the tweets view it and why (moves, valuation, demand), in your own words; tweets: "
                   "the numbers of the tweets that mention it.",
        "finance": "Task: analyse what the tweets say about financial markets. market_view: the market views "
                   "expressed; people: what named people or firms (give the @handle or name) think about "
                   "markets; impact: potential market impact; conclusion: one concluding sentence. Each is one "
                   "or two sentences with the tweet numbers; only what the tweets contain.",
    },
}
DIGEST_TASKS = ("sentiment", "tech", "industry", "impact")


@dataclass
class Synthesis:
    """Parsed answers by task, citations as tweet ids; ``failed``: task -> why it has no usable answer."""

    answers: dict[str, Any] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    prompt_ids: dict[str, list[int]] = field(default_factory=dict)  # prefix -> tweet ids in it


def _schema(task: str, numbers: list[int], lang: str, symbols: list[str] | None = None) -> dict:
    from ..llm.schemas import cites, limits, list_of, obj, string

    L = limits(lang)
    para = obj({"text": string(L["text"] + 60), "tweets": cites(numbers)})
    if task == "sentiment":
        return obj({"verdict": string(L["headline"] + 10), "reasons": string(L["summary"]),
                    "tweets": cites(numbers)})
    if task in ("tech", "industry"):
        return list_of(obj({"headline": string(L["headline"]), "text": string(L["text"] + 60),
                            "tweets": cites(numbers)}), "items")
    if task == "impact":
        return obj({"industry": para, "market": para, "society": para})
    if task == "finance":
        return obj({"market_view": para, "people": para, "impact": para, "conclusion": para})
    if task == "tickers":
        return list_of(obj({"symbol": {"type": "string", "enum": sorted(symbols or ["X"])},
                            "reaction": string(L["reaction"]), "tweets": cites(numbers)}), "tickers",
                       max_items=max(1, len(symbols or [])))
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


def run_prompt(engine, store, lang: str, briefs: list[tuple[str, str]], tweets: list[Tweet], tasks: list[str],
               label: str, out: Synthesis, symbols: list[str] | None = None) -> None:
    """One prefix (briefs + numbered tweets), one call per task; fills ``out``."""
    from ..llm.prompts import SYSTEM, Prompt, data_block, format_tweet, lang_line
    from ..llm.schemas import SchemaError, max_output_tokens, parse_and_validate
    from ..summarize import REPEAT_PENALTY, RETRY_REPEAT_PENALTY

    tail = " 只输出一个 JSON 对象。" if lang == "zh" else " Answer with one JSON object."
    cpt = 2.5 if lang == "en" else 1.0
    lines = [format_tweet(n, t, max_chars=280) for n, t in enumerate(tweets, 1)]
    while lines:  # fit the context: drop the last (least representative) tweets
        numbers = list(range(1, len(lines) + 1))
        data = _briefs_text(briefs, lang) + data_block(lines, label)
        need = max(max_output_tokens(_schema(t, numbers, lang, symbols), cpt) for t in tasks)
        toks, _ = engine.tokenize_prompt(Prompt(SYSTEM[lang], data, "\n" + TASKS[lang]["finance"]))
        if len(toks) + need + 40 <= engine.n_ctx:
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
        schema = _schema(task, numbers, lang, symbols)
        extra = ""
        if task == "tickers":
            extra = (" 代码：" if lang == "zh" else " Symbols: ") + ", ".join("$" + x for x in symbols or [])
        prompt = Prompt(SYSTEM[lang], data, "\n" + TASKS[lang][task] + extra + " " + lang_line(lang) + tail,
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
    """``symbols``: the most mentioned cashtags; the finance prompt then also writes one reaction per symbol."""
    out = Synthesis()
    run_prompt(engine, store, lang, briefs, digest_tweets[:SYNTH_TWEETS], list(DIGEST_TASKS),
               "digest of the top topics", out)
    if finance_tweets:
        run_prompt(engine, store, lang, briefs, finance_tweets[:FIN_TWEETS],
                   ["finance", "tickers"] if symbols else ["finance"], "tweets on markets and finance", out,
                   symbols=symbols)
    return out
