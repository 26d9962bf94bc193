"""The policy's regeneration call: an unsupported item rewritten once from the tweets it cites."""
from __future__ import annotations

import json
import re

from tweetsum.core.tweet import Tweet
from tweetsum.report.content import Item


def trim(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def regenerate(engine, store, tweets: dict[int, Tweet], lang: str, seed: int, section: str,
               item: Item) -> tuple[str | None, str] | None:
    """One regeneration of a model item from its cited tweets only: ``(headline, text)``, or None when the
    answer is unusable. The grounding policy (:mod:`.policy`) checks the result like any model item."""
    from tweetsum.llm.prompts import SYSTEM, Prompt, data_block, format_tweet, lang_line
    from tweetsum.llm.schemas import SchemaError, limits, max_output_tokens, obj, parse_and_validate, string
    from tweetsum.summarize.topic_map import REGEN_COPY_NGRAM, REPEAT_PENALTY

    lines = [format_tweet(n, tweets[i], max_chars=400) for n, i in enumerate(item.cites, 1)]
    L = limits(lang)
    props = {"text": string(L["text"])}
    if item.headline:
        props = {"headline": string(L["headline"]), **props}
    statement = json.dumps({"headline": item.headline, "text": trim(item.text, 300)} if item.headline
                           else {"text": trim(item.text, 300)}, ensure_ascii=False)
    # Shorter than the tweets: asked only to "rewrite in your own words", the 1.5B copied Chinese tweets
    # back verbatim (the copy check then quoted them); a length bound well under the tweets' makes a
    # copy impossible and a summary the easy answer.
    if lang == "zh":
        task = ("\n任务：把下面这条内容概括成一到两句中文（不超过60个字），用你自己的话转述（不要照抄推文原句），"
                "其中的每个名称和数字都必须出自上面的推文，删去推文没有说的内容。"
                f"{lang_line('zh')} 内容：{statement} 只输出一个 JSON 对象。")
    else:
        task = ("\nTask: condense the statement below into one or two sentences (at most 30 words) in your own "
                "words (do not copy the tweets), so that every name and number in it appears in the tweets "
                f"above; leave out anything they do not say. {lang_line('en')} Statement: {statement} "
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
