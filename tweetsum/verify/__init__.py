"""Verification: does a published item say what the tweets it cites say? (the stage after the summaries)

The grounding check (:mod:`tweetsum.report.grounding`) asks whether an item's names and figures occur in its
cited tweets; it passed every item of a zh demo post that a careful reader found 73 % wrong. This stage reads
for meaning, with rules each aimed at a fault the careful reading found (``benchmarks/data/faithfulness/``):

- :mod:`.form`: cut text (a headline or sentence that stops mid-way), vacuous stock phrases;
- :mod:`.speakers`: one author made into many, a person into a team, a view given to someone else, the sharer
  made the doer of what the tweet tells of someone else;
- :mod:`.relations`: a direction reversed or given to a figure that has none, a figure moved to another
  relation, a phrase of the tweet with its parts swapped, an event no tweet reports, a cause no tweet states;
- :mod:`.support`: the model's own reading: how likely the item's words are after the cited tweets, against
  without them -- words the tweets do not make likely are words the tweets do not say.

:func:`verify` gives a :class:`~.verdict.Verdict` (faults with kind, rule and reason); the report publishes its
share of faithful items and ``benchmarks/bench_faithfulness.py`` scores it against the careful reading.
"""
from __future__ import annotations

from tweetsum.core.tweet import Tweet
from tweetsum.verify.form import (cut_reason, lead_in_only, no_content, quote_cut, stock_phrases, stock_share,
                                  link_share, text_cut)
from tweetsum.verify.relations import (cause_fault, date_fault, direction_fault, event_fault, figure_fault,
                                       swap_fault)
from tweetsum.verify.speakers import crowd_fault, doer_fault, org_speaker_fault, speaker_fault, ticker_fault
from tweetsum.verify.verdict import NOT_FAITHFUL, SEVERITY, Fault, Verdict

__all__ = ["verify", "Verdict", "Fault", "NOT_FAITHFUL", "SEVERITY", "VACUOUS_SHARE"]

QUOTE_MARKS = ("引述", "Quote")
# share of an item's characters in clauses built on stock phrases above which it is vacuous
VACUOUS_SHARE = 0.5


def is_quote(text: str) -> bool:
    return text.lstrip().startswith(QUOTE_MARKS)


def verify(text: str, cited: list[Tweet], *, headline: str | None = None, speaker: str | None = None,
           section: str = "", support=None) -> Verdict:
    """Check one item (``headline``: its bold headline; ``speaker``: the handle a view is shown under) against
    its cited tweets. ``support``: a :class:`~.support.SupportCheck` (the model's reading), or None for the
    rules alone."""
    v = Verdict()
    if not cited:
        v.add("unfaithful", "citation", "the item cites no tweet")
        return v
    quote = is_quote(text)
    if headline:
        why = cut_reason(headline)
        if why:
            v.add("truncated", "cut", f"headline {why}")
    why = quote_cut(text) if quote else text_cut(text)
    if why:
        v.add("truncated", "cut", why)
    prose = text if not quote else ""
    claims = f"{headline or ''} {prose}".strip()
    for rule, fn in (("crowd", crowd_fault), ("speaker", org_speaker_fault),
                     ("direction", direction_fault), ("figure", figure_fault), ("date", date_fault),
                     ("event", event_fault),
                     ("cause", cause_fault), ("swap", swap_fault)):
        why = fn(claims, cited)
        if why:
            v.add("unfaithful", rule, why)
    why = doer_fault(prose, cited) if prose else None
    if why:
        v.add("unfaithful", "doer", why)
    # a quoted link share under the views is no view; restated ("X shares the video of …") readers took it as
    # minor or faithful (4 gold items), so only the quote is flagged
    why = link_share(cited[0].text) if quote and section == "views" and all(link_share(t.text) for t in cited) \
        else None
    if why:
        v.add("mismatch", "share", why)
    why = ticker_fault(headline, text, cited) if section == "tickers" else None
    if why:
        v.add("mismatch", "ticker", why)
    why = speaker_fault(speaker, cited)
    if why:
        v.add("unfaithful", "speaker", why)
    why = no_content(text) or (lead_in_only(text) if quote else None)
    if why:
        v.add("vacuous", "empty", why)
    if prose and stock_share(prose) >= VACUOUS_SHARE:
        v.add("vacuous", "stock", "built on stock phrases: " + ", ".join(repr(p) for p in stock_phrases(prose)[:3]))
    if support is not None and claims:
        for why in support.unsupported(prose, cited, headline=headline):
            v.add("unfaithful", "support", why)
    return v
