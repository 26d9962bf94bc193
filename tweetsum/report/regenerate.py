"""The policy's regeneration call: an unsupported item rewritten once from the tweets it cites."""
from __future__ import annotations

import json
import re

from tweetsum.core.tweet import Tweet
from tweetsum.report.content import Item


def trim(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


_SENTENCE_END = re.compile(r"[。！？!?](?=\s|[^」”\"')]|$)|\.(?=\s|$)|\n")
_CLAUSE_END = re.compile(r"[，,;；:：](?=\s|\S)")


def quote_body(text: str, n: int) -> str:
    """A tweet as quoted: whole when it fits ``n`` characters; else its first whole sentences within ``n`` (the
    first sentence alone up to 2.5 ``n``), marked "[…]" as an excerpt; only a sentence longer still is cut, at a
    clause end, with an ellipsis. A careful reader counts a quote cut mid-word ("gets bough…") as truncated text;
    one reader of four also counted unmarked excerpts of long list tweets ("A few lessons …: 1) Our customers are
    restaurant owners." and no more) as cut (en demo, 884f856): an excerpt says it is one."""
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= n:
        return flat
    ends = [m.end() for m in _SENTENCE_END.finditer(flat)]
    fit = [e for e in ends if e <= n]
    if fit or (ends and ends[0] <= int(2.5 * n)):
        kept = flat[:fit[-1] if fit else ends[0]].strip()
        return kept + ("[…]" if re.search(r"[\u3400-\u9fff。！？]$", kept) else " […]")
    clauses = [m.start() for m in _CLAUSE_END.finditer(flat[:n])]
    cut = clauses[-1] if clauses and clauses[-1] > n // 3 else flat.rfind(" ", 0, n)
    return flat[:cut if cut > n // 3 else n - 1].rstrip(" ,，;；:：") + "…"


# Kinds of unsupported claim that are literal strings of the item: they can be struck from the statement the
# model rewrites and named as what to leave out (a number's claim value is normalised: 470亿 -> 470e8).
LITERAL_KINDS = ("name", "cashtag", "handle", "hashtag", "word", "url")


def strike(text: str, avoid: list[str]) -> str:
    """The text without the literal strings in ``avoid`` (an invented name is not offered back to the model)."""
    for a in sorted(avoid, key=len, reverse=True):  # with an English possessive: "Google's stock" -> "stock"
        text = re.sub(re.escape(a) + r"(?:['’]s\b)?", "", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def regenerate(engine, store, tweets: dict[int, Tweet], lang: str, seed: int, section: str,
               item: Item, text: str | None = None, avoid: list[str] = ()) -> tuple[str | None, str] | None:
    """One regeneration of a model item from its cited tweets only: ``(headline, text)``, or None when the
    answer is unusable. The grounding policy (:mod:`.policy`) checks the result like any model item.

    ``text`` replaces the item's text in the statement to rewrite (the policy passes its supported sentences
    when there are any); ``avoid`` are unsupported literal claims (names, tickers), struck from the statement
    and named in the task. Measured on the demo (zh): told only "rewrite from the tweets", the 1.5B kept the
    invented names it was shown ('AMD' in an HBM event, '张三' as a survey's author) in 4 of 4 regenerations."""
    from tweetsum.llm.prompts import SYSTEM, Prompt, data_block, format_tweet, lang_line
    from tweetsum.llm.schemas import (SchemaError, chinese_string, limits, max_output_tokens, obj,
                                      parse_and_validate, string)
    from tweetsum.summarize.topic_map import REGEN_COPY_NGRAM, REPEAT_PENALTY

    lines = [format_tweet(n, tweets[i], max_chars=400) for n, i in enumerate(item.cites, 1)]
    L = limits(lang)
    props = {"text": chinese_string(L["text"]) if lang == "zh" else string(L["text"])}
    if item.headline:
        props = {"headline": string(L["headline"]), **props}
    avoid = [a for a in avoid if a]
    body = strike(text if text is not None else item.text, avoid) or item.text
    head = strike(item.headline, avoid) if item.headline else None
    statement = json.dumps({"headline": head or item.headline, "text": trim(body, 300)} if item.headline
                           else {"text": trim(body, 300)}, ensure_ascii=False)
    shown = "、".join(avoid[:6]) if lang == "zh" else ", ".join(avoid[:6])
    skip = (f"推文里没有这些名称，不要写：{shown}。" if lang == "zh" else
            f"The tweets do not mention these, leave them out: {shown}. ") if avoid else ""
    # Shorter than the tweets: asked only to "rewrite in your own words", the 1.5B copied Chinese tweets
    # back verbatim (the copy check then quoted them); a length bound well under the tweets' makes a
    # copy impossible and a summary the easy answer.
    if lang == "zh":
        task = ("\n任务：把下面这条内容概括成一到两句中文（不超过60个字），用你自己的话转述（不要照抄推文原句），"
                "其中的每个名称和数字都必须出自上面的推文，删去推文没有说的内容。" + skip +
                f"{lang_line('zh')} 内容：{statement} 只输出一个 JSON 对象。")
    else:
        task = ("\nTask: condense the statement below into one or two sentences (at most 30 words) in your own "
                "words (do not copy the tweets), so that every name and number in it appears in the tweets "
                f"above; leave out anything they do not say. {skip}{lang_line('en')} Statement: {statement} "
                "Answer with one JSON object.")
    schema = obj(props)
    try:
        gen = engine.complete(Prompt(SYSTEM[lang], data_block(lines), task, label=f"regen/{section}"),
                                   schema=schema, max_tokens=max_output_tokens(schema, 2.5 if lang == "en"
                                                                               else 1.0),
                                   temperature=0.3, seed=seed + 1, store=store,
                                   repeat_penalty=REPEAT_PENALTY, copy_ngram=REGEN_COPY_NGRAM)
        val = parse_and_validate(gen.text, schema)
    except (SchemaError, ValueError):
        return None
    text = val["text"].strip()
    return (val.get("headline", "").strip() or item.headline, text) if text else None
