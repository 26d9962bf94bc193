"""A headline that says more than the item it titles: words in neither its text nor the tweets it cites.

A bold headline is the first thing a reader takes from an item, and the 1.5B writes it as a title -- a verdict
where the tweet has a video ("Climate Change Hoax **Debunked**" over "Dr. Tim Ball discusses the climate change
hoax on YouTube"), a request where the author offers prayers ("Prayer **Requests**"), a count where a tweet
names one start ("League Start **Count**"), a bust where the author is "less worried" ("AI Capex **Busts**").
Its body was checked; its title words were not. Here every content word of an English headline over English
tweets must occur, as a stem, in the item's text or its cited tweets.

Measured on the careful-reading gold set (``benchmarks/data/faithfulness/``, 525 distinct items; trends, key
points and events, the sections whose headlines the model writes; 266 with a headline): 46 headlines have such
a word; 29 of their items are not faithful for a careful reader, 17 are (a title word like "Success",
"Highlights", "Tutorial"). As a fault that is too loose (precision 0.63); as a generation rule it costs
little: the headline is left out where the section allows an item without one (key points, events), and where
it does not (a trend) the item is not published as written.

A Chinese headline over Chinese tweets is not checked this way: its words are not separated, and its
characters paraphrase ("定制硅手表" is made of characters the tweets have).
"""
from __future__ import annotations

import re

from tweetsum.core.textcheck import cjk_share
from tweetsum.core.tweet import Tweet

# words that carry no claim of their own in a title
_STOP = frozenset("""the and for with from that this into over under about after before their they them have has had
will would could should been being which what when where while than then more most less very just also only such
some many much each both other others onto amid says said shares shared post posts tweet tweets user users""".split())
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
MIN_LEN = 4  # shorter words ("win", "new", "AI") are names, particles or the window's vocabulary


def stem(word: str) -> str:
    """A crude stem: possessive and one common suffix off, at least 4 letters left ("Steps" and "stepping" ->
    "step"; "Released" -> "releas")."""
    w = re.sub(r"['’]s?$", "", word.casefold())
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= MIN_LEN:
            return w[:-len(suf)]
    return w


def extra_words(headline: str | None, text: str, cited: list[Tweet]) -> list[str]:
    """The headline's content words whose stem is in neither ``text`` nor the cited tweets ([] when the headline
    or the tweets are Chinese, or there is no headline). A stem is looked for inside words too: a hashtag
    "#newyearsresolutions" holds "resolution"."""
    if not headline or cjk_share(headline) > 0 or not cited:
        return []
    tweets = " ".join(t.text for t in cited)
    if cjk_share(tweets) >= 0.3:
        return []
    source = f"{text} {tweets}".casefold()
    return [w for w in _WORD.findall(headline)
            if len(w) >= MIN_LEN and w.casefold() not in _STOP and stem(w) not in source]
