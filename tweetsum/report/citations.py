"""Which tweets an item cites: the relevant ones of what the model cited, and the tweets of its pool that hold
claims the cited ones lack (the grounding policy's step 1, :mod:`.policy`)."""
from __future__ import annotations

import re

from tweetsum.report.content import Item
from tweetsum.report.grounding import ItemCheck

ACTOR_KINDS = ("name", "handle", "cashtag", "url")  # claims that name who acted (names_actor)
MAX_CITES = 4  # citations of one item after re-citing (recite): the reference cites two to four tweets a line


def relevant_cites(comp, item: Item, pool: list[int] | None) -> list[int]:
    """The item's citations that are relevant to it (at most three), else the best of its pool."""
    full = f"{item.headline or ''} {item.text}"
    known = [i for i in dict.fromkeys(item.cites) if i in comp.tweets]
    rel = [i for i in known if comp.relevance.relevant(full, i)]
    if not rel:
        rel = comp.relevance.best(full, [i for i in (pool or []) if i in comp.tweets] or known, k=3)
    return event_cites(comp, rel[:3]) if item.section == "events" else rel[:3]


def event_cites(comp, ids: list[int]) -> list[int]:
    """An event stands on a tweet that reports one (:mod:`tweetsum.verify.happening`): a tweet the model reads as
    an opinion, an anecdote or a link share is no citation of an events item, written or quoted."""
    reader = comp.events_reader
    return list(ids) if reader is None else [i for i in ids if reader.reports_event(comp.tweets[i])]


def recite(comp, section: str, full: str, cites: list[int], chk: ItemCheck, pool: list[int]) -> list[int]:
    """Tweets of the pool to add to an item's citations: each relevant to the item and holding one of its
    claims that the cited tweets lack (greedy, most claims first, up to ``MAX_CITES`` in all). The model
    often takes a figure from one tweet and cites its neighbour: on the demo (1.5B) "up ~35% y/y" was
    written from a tweet the item did not cite, and the item became a quote. The item then cites the
    tweets it drew on; a claim no tweet of the pool holds still fails."""
    missing = {(c.kind, c.value) for c in chk.claims if not c.supported}
    added: list[int] = []
    handles = {v.casefold() for k, v in missing if k == "handle"}
    cands = [i for i in dict.fromkeys(pool) if i in comp.tweets and i not in cites
             and (on_subject(comp, full, i) or comp.tweets[i].author_handle.casefold() in handles)]
    while missing and len(cites) + len(added) < MAX_CITES and cands:
        best, got = None, set()
        for i in cands:
            have = {(c.kind, c.value) for c in comp.check(section, full, [comp.tweets[i]]).claims
                    if c.supported} & missing
            if len(have) > len(got):
                best, got = i, have
        if best is None:
            break
        cands.remove(best)
        if section == "events" and not event_cites(comp, [best]):  # read only the tweet that would be added
            continue
        added.append(best)
        missing -= got
    return added


def on_subject(comp, full: str, tweet_id: int) -> bool:
    """Relevant by a shared rare word, not by a figure alone: "35%" in a robotaxi tweet does not make it
    the source of a capex item's "35%"."""
    return any(not re.fullmatch(r"[\d.,]+", t) for t in comp.relevance.shared(full, tweet_id)) \
        or comp.relevance.similar(full, tweet_id)


def names_actor(comp, item: Item) -> bool:
    """An event says who did what: a supported name, handle, ticker or link that is not the window's common
    vocabulary, or the handle of a cited tweet's author. Measured on the demo (zh): the events without one
    were the vague lines of the section ("国家出台AI政策，鼓励企业使用AI技术", "发布了新 AI产品，用户反馈良好"
    citing a survey tweet) -- true of no tweet in particular; the named ones (青穹, HALCYON, ivy_agents) held."""
    cited = [comp.tweets[i] for i in item.cites if i in comp.tweets]
    full = f"{item.headline or ''} {item.text}"
    if any(t.author_handle and t.author_handle.casefold() in full.casefold() for t in cited):
        return True
    return any(c.supported and c.kind in ACTOR_KINDS and c.value.casefold() not in comp.relevance.common
               for c in comp.check("events", full, cited).claims)
