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

from tweetsum.summarize.facts import HEADLINE_MAX, MAX_CHARS, restate_tweet  # noqa: F401 - re-exported


def restate(engine, store, tweet: Tweet, lang: str, section: str, headline: bool) -> tuple[str | None, str] | None:
    """``(headline or None, text)``: what ``tweet`` says, in the post's language (the facts stage's
    restatement; a view opens with its verb); None when there is no usable answer (the policy then quotes)."""
    opener = view_opener(lang) if section == "views" else None
    return restate_tweet(engine, store, tweet, lang, opener=opener, headline=headline, label=f"restate/{section}")


def view_opener(lang: str) -> str:
    """A view is shown after its author's name ("**Devon Park (@devon_kv)**: 认为…"): it opens with the verb."""
    return "认为" if lang == "zh" else "says"


def restated(comp, section: str, item, pool) -> object | str:
    """Step 3 of the policy for a meaning failure: the item's most relevant cited tweet restated, published when
    it passes every check (``model_regenerated``, citing that tweet), else why not (a string, for the
    grounding file)."""
    from tweetsum.report.content import Item

    full = f"{item.headline or ''} {item.text}"
    ranked = comp.relevance.best(full, [i for i in item.cites if i in comp.tweets], k=len(item.cites)) or \
        [i for i in item.cites if i in comp.tweets]
    if not ranked:
        return "no cited tweet"
    tweet = comp.tweets[ranked[0]]
    got = restate(comp.engine, comp.store, tweet, comp.lang, section, headline=bool(item.headline))
    if got is None:
        return "the model gave no usable statement"
    head, text = got
    head = comp.tidy(head) if head else (item.headline if section == "tickers" else None)
    if item.headline and not head:
        head = item.alt_headline or item.headline
    cand = Item(text=comp.tidy(text), headline=head if item.headline else None, cites=[tweet.id],
                author=item.author if item.author is None or item.author.handle.casefold()
                == tweet.author_handle.casefold() else None,
                source="model_regenerated", section=section, alt_headline=item.alt_headline)
    if item.author is not None and cand.author is None:
        # a view must stay its author's: restating another author's tweet would change the speaker
        return "the tweet is another author's"
    chk = comp.check(section, cand.text, [tweet], headline=cand.headline)
    why = comp.why_not(cand, chk, pool)
    if why is not None:
        return f"{why} ({cand.text[:60]!r})"
    if comp.duplicate(section, cand):
        return "it repeats a published item"
    return comp.publish(section, cand, chk, "regenerated")
