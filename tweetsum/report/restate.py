"""The policy's repair for an item the meaning check rejects: one cited tweet restated in one sentence.

A small model paraphrases a single tweet well and composes several badly: in the careful reading of the zh demo
the faithful model items were close restatements of one tweet ("一个70B模型开启前缀缓存和FP8 KV缓存后，单卡并发从18提升到
41"), the unfaithful ones mostly mixed tweets or added a cause, an event or a crowd. So the repair does not ask
the model to fix its statement (the old regeneration kept the invented parts it was shown); it asks for what the
one most relevant cited tweet says, who says it, with its own names and figures -- greedy, so a rerun gives the
same words -- and the result is checked like any model item before it is published.
"""
from __future__ import annotations

from tweetsum.core.tweet import Tweet

MAX_CHARS = {"zh": 70, "en": 220}
HEADLINE_MAX = {"zh": 24, "en": 90}  # one sentence: the reference's key points are 30-70 characters of Chinese


def restate(engine, store, tweet: Tweet, lang: str, section: str, headline: bool) -> tuple[str | None, str] | None:
    """``(headline or None, text)``: what ``tweet`` says, in the post's language; None when there is no usable
    answer (a failed call is that: the policy then quotes)."""
    from tweetsum.llm.errors import GenerationFailed
    from tweetsum.llm.prompts import SYSTEM, Prompt, data_block, format_tweet, lang_line
    from tweetsum.llm.schemas import (SchemaError, chinese_string, max_output_tokens, obj, parse_and_validate,
                                      string)
    from tweetsum.summarize.topic_map import COPY_NGRAM, REPEAT_PENALTY

    n = MAX_CHARS[lang]
    # the text comes first and the headline after it (a JSON object is written in its schema's order): the
    # headline is then a title of the checked sentence, not a claim the sentence has to live up to. Its bound is
    # twice what is asked, so a headline that reaches it was cut there and is not used.
    props = {"text": chinese_string(n) if lang == "zh" else string(n)}
    if headline:
        props["headline"] = chinese_string(HEADLINE_MAX[lang]) if lang == "zh" else string(HEADLINE_MAX[lang])
    opener = view_opener(lang) if section == "views" else None
    if lang == "zh":
        task = ("\n任务：用一句完整的中文（不超过60个字）转述上面这条推文说了什么：它的作者怎么说、说了什么事，名称和数字照推文写，"
                "方向（涨或跌、多或少、高或低）和推文一致；不要添加推文没有的原因、事件、评价或人物，不要说“多位”或“团队”。"
                f"用第三人称：作者写“我”或“我们”时写“作者”或 {tweet.author_handle}。" + (f"以“{opener}”开头。" if opener else "")
                + ("headline 是这句话的中文短标题（不超过12个字），只概括这句话。" if headline else "")
                + f"{lang_line('zh')} 只输出一个 JSON 对象。")
    else:
        task = ("\nTask: restate in one complete sentence (at most 35 words) what the tweet above says: what its "
                "author says or reports, with its names and figures as written and the same direction (up or down, "
                "more or less); add no cause, event, judgement or person the tweet does not state, and do not say "
                f"'many' or 'team'. Write in the third person: where the author writes 'I' or 'we', write "
                f"{tweet.author_handle}. " + (f"Start with '{opener}'. " if opener else "")
                + ("The headline is a short title (at most 8 words) of that sentence only. " if headline else "") + f"{lang_line('en')} Answer with one JSON object.")
    schema = obj(props)
    try:
        gen = engine.complete(Prompt(SYSTEM[lang], data_block([format_tweet(1, tweet, max_chars=400)]), task,
                                     label=f"restate/{section}"),
                              schema=schema, max_tokens=max_output_tokens(schema, 2.5 if lang == "en" else 1.0),
                              temperature=0.0, store=store, repeat_penalty=REPEAT_PENALTY, copy_ngram=COPY_NGRAM)
        val = parse_and_validate(gen.text, schema)
    except (SchemaError, ValueError, GenerationFailed):
        return None
    text = val["text"].strip()
    head = val.get("headline", "").strip()
    if len(head) >= HEADLINE_MAX[lang]:
        head = ""  # it ran into its bound: cut
    return (head or None, text) if text else None


def view_opener(lang: str) -> str:
    """A view is shown after its author's name ("**Devon Park (@devon_kv)**: 认为…"): it opens with the verb."""
    return "认为" if lang == "zh" else "says"


def restated(comp, section: str, item, pool) -> object | None:
    """Step 3 of the policy for a meaning failure: the item's most relevant cited tweet restated, published when
    it passes every check (``model_regenerated``, citing that tweet), else None."""
    from tweetsum.report.content import Item

    full = f"{item.headline or ''} {item.text}"
    ranked = comp.relevance.best(full, [i for i in item.cites if i in comp.tweets], k=len(item.cites)) or \
        [i for i in item.cites if i in comp.tweets]
    if not ranked:
        return None
    tweet = comp.tweets[ranked[0]]
    got = restate(comp.engine, comp.store, tweet, comp.lang, section, headline=bool(item.headline))
    if got is None:
        return None
    head, text = got
    head = comp.tidy(head) if head else (item.headline if section == "tickers" else None)
    if item.headline and not head:
        head = item.alt_headline or item.headline
    cand = Item(text=comp.tidy(text), headline=head if item.headline else None, cites=[tweet.id],
                author=item.author if item.author is None or item.author.handle.casefold()
                == tweet.author_handle.casefold() else None,
                source="model_regenerated", section=section, alt_headline=item.alt_headline)
    if item.author is not None and cand.author is None:
        return None  # a view must stay its author's: restating another author's tweet would change the speaker
    chk = comp.check(section, cand.text, [tweet], headline=cand.headline)
    if comp.why_not(cand, chk, pool) is not None or comp.duplicate(section, cand):
        return None
    return comp.publish(section, cand, chk, "regenerated")
