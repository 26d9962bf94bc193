"""Step 5 of the grounding policy (:mod:`.policy`): when nothing of a model item holds, one of its cited tweets
stands in its place -- restated when it is a Chinese tweet in a zh post (:func:`~.restate.instead_of_quote`),
else quoted with a visible mark (``引述`` / ``Quote``), never passed off as the post's own prose.

The tweet is the best relevant cited tweet not yet quoted whose quote holds under the item's headline (a
headline it does not fit is left off; a ticker line is its symbol's, so a tweet its symbol does not head is
skipped), and a quote the meaning check finds under another subject (a mismatch) gives way to the next tweet.
"""
from __future__ import annotations

from tweetsum.report import citations, meaning
from tweetsum.report.content import Author, Item
from tweetsum.report.restate import instead_of_quote


# Sections whose quotes stand without the failed item's headline. An event's name is the model's title of its
# own event text; when that text fails and a tweet is quoted in its place, the name still claims the model's
# event: in the gold set (distinct items) the events quotes under a name were unfaithful or a mismatch 5 times in
# 31 ("《鸟人》成为DC电影史上 gayest电影之一", "国家出台AI政策，鼓励企业使用AI技术。" over an AI-detector tweet), those without
# one once in 49; other sections' quotes under a headline were not worse than without (29 of 38, 37 of 46).
UNTITLED_QUOTES = frozenset({"events"})


def quote(comp, section: str, item: Item, chk) -> Item | None:
    """The item's place taken by a cited tweet (published), or None (dropped, with the reason)."""
    full = f"{item.headline or ''} {item.text}"
    cands = [i for i in item.cites if i in comp.tweets and i not in comp.quoted]
    cands = citations.event_cites(comp, cands) if section == "events" else cands  # no quote of a non-event
    ranked = comp.relevance.best(full, cands, k=len(cands)) or cands
    if not ranked:
        comp.drop(chk, f"{chk.note or 'not supported'}; nothing supported remains and no cited tweet is "
                        "left to quote")
        return None
    for pick in ranked:  # the best relevant tweet whose quote holds under the item's headline
        t = comp.tweets[pick]
        head = item.headline if section not in UNTITLED_QUOTES else None
        if head and not (not comp.headline_extra(section, Item(text="", headline=head, cites=[pick]))
                         and comp.check(section, "", [t], headline=head).supported
                         and comp.lang_ok(head, headline=True, section=section)
                         and meaning.headline_ok(comp, section, head, [t])):
            head = None
            if section == "tickers":  # a ticker line is its symbol's: a tweet the symbol does not head is not it
                continue
        author = item.author
        if author is not None and author.handle.lower() != t.author_handle.lower():
            author = Author(t.author_name or t.author_handle, t.author_handle)
        said = instead_of_quote(comp, section, item, pick, author)  # writes its own headline where the item had one
        if not isinstance(said, str):  # a Chinese tweet of a zh post, restated and checked: prose
            return said
        q = Item(text=comp.quote_text(pick, with_handle=author is None), headline=head, cites=[pick],
                 author=author, source="quote", section=section)
        v = meaning.verdict(comp, q, section)
        if v.label not in ("mismatch", "truncated", "vacuous"):
            break
        # "$NVDA" over a tweet about $MU, a quote cut mid-sentence (a long sentence with no end within 2.5x the
        # bound: "… One step closer photographer…", TweetTopic day, both readers truncated) or an excerpt that
        # only announces its tweet ("Longer thought on why … […]"): the next tweet
        comp.quoted.discard(pick)
    else:
        comp.drop(chk, f"{chk.note or 'not supported'}; no cited tweet fits the headline as a whole quote")
        return None
    qchk = comp.check(section, t.text, [t], source="quote")  # the marker is ours
    if head:  # checked on its own: an English headline is not "English words in Chinese prose"
        qchk.claims = [*comp.check(section, "", [t], headline=head).claims, *qchk.claims]
    qchk.text = f"{head or ''} {q.text}".strip() if not head else q.text
    qchk.note = "quote of the cited tweet: " + (chk.note or "the model text was not supported") + \
        (f"; restated instead: {said}" if said else "")
    qchk.meaning = v.to_dict()
    return comp.publish(section, q, qchk, "replaced_quote")

