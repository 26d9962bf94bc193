"""The grounding policy: which model text is published, which is repaired, and when a quote stands in.

For every model item (``Composer.ground``):

1. **Citations must be relevant.** A cited tweet is kept only if it shares a rare content term (a name, a
   term, a figure, a cashtag) with the item (:class:`~tweetsum.core.textcheck.Relevance`); when none of its
   citations is relevant, the item is re-cited from its pool (the topic's tweets, or the synthesis prompt's
   tweets) by the same rule; when nothing in the pool is relevant it is treated as unsupported.
   Then **re-cite**: a claim the cited tweets lack but a relevant tweet of the pool holds adds that tweet to
   the citations (:meth:`Composer.recite`; the model often takes a figure from a neighbour of what it cites).
2. **Check.** Every checkable claim (handles, cashtags, hashtags, URLs, numbers, names) must appear in the
   cited tweets (:mod:`.grounding`); in a zh post the headline and the text must be Chinese; no loop.
   The window's common terms ("AI" in an AI digest) are vocabulary, not claims; an English headline's title
   casing is styling, not names (:func:`untitle`); hashtag marks are taken off model prose (:func:`untag`).
   Pass → published as ``model``; otherwise the reason is recorded (``note`` in ``*.grounding.json``).
3. **Rewrite once** (at most ``max_regenerations`` a report) → ``model_regenerated``: a meaning failure restates a
   cited tweet (:mod:`.restate`); an unsupported name or figure is regenerated from the cited tweets.
4. **Trim.** Drop the sentences whose claims are not supported and keep the rest → ``trimmed``
   (only when the headline holds and at least a third of the text remains, with a sentence of content).
5. **Quote** only when nothing supported remains: the best relevant cited tweet not yet quoted -- restated
   instead when it is a Chinese tweet in a zh post (:func:`~.restate.instead_of_quote`) -- published with a visible
   quote mark (``引述`` / ``Quote``) → ``quote``. Otherwise the item is dropped.

Template items (counts, "not discussed") are the pipeline's own sentences: ``template``.

:meth:`Composer.figures` gives the honest figures: items by source, the model-written share, claims supported
among model items before and after the fallback, zh CJK share, repeated-3-gram share, and fallbacks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tweetsum.core.tweet import Tweet
from tweetsum.core.textcheck import (COPY_SHARE, Relevance, code_switched, copied_share, headline_chinese, is_looping,
                                     language_ok, mostly_chinese, ngram_counts, split_sentences, standing)
from tweetsum.report.content import Author, Fallback, Item  # noqa: F401 - Fallback re-exported
from tweetsum.verify.form import link_share
from tweetsum.report import citations, meaning
from tweetsum.report.grounding import Claim, GroundingReport, ItemCheck, check_item
from tweetsum.report.market import MARKET_QUOTED, restates_market
from tweetsum.report.translation import TRANSLATED, translates
from tweetsum.report.prose import has_content, substantial, unref, unspace, untag, untitle
from tweetsum.report.regenerate import LITERAL_KINDS, quote_body, regenerate, trim
from tweetsum.report.restate import restated, restated_analysis
from tweetsum.verify.headline import extra_words

MODEL_SOURCES = ("model", "model_regenerated", "trimmed")
# "notice": the pipeline's sentence that the window has no data for a section ("推文未涉及。" under a finance
# heading when no tweet has a cashtag or finance term) -- no model was asked, so it is not counted in the
# model-written share (a "template" is: it stands where the model's text failed).
ALL_SOURCES = (*MODEL_SOURCES, "quote", "template", "notice")
MEANING_FAULT = "not what the cited tweets say"  # the meaning check's reason (report/meaning.py)
DUP_OVERLAP = 0.6  # share of an item's 3-grams already in a published item of the section: a duplicate
# Sections whose model items are published only when they restate one tweet. In the careful reading of the seven
# posts of the gold set written since facts-first (da0e849 .. 66c37c1; zh and en demo, TweetTopic day and week)
# the model items of these sections that joined several tweets and passed every check were faithful or minor 6
# times in 22 (events 4 of 11, trends 0 of 4, domain analyses 2 of 6, key points 0 of 1); model items restating
# one tweet 100 in 143, quotes 68 of 73 (all 525 gold items: 26 of 56 joined items that the check passes). A
# joined item is repaired as a meaning failure: its most relevant tweet restated and checked (restate.py), else
# quoted; never trimmed. Views (one author's), ticker lines (one symbol's), the conclusion are not here.
JOINING_SECTIONS = frozenset({"trends", "key_points", "events", "tech", "industry"})
JOINS = "it joins several tweets"
# sections whose headlines the model writes (an analysis part's is its label, a ticker line's its symbol). The
# domain analyses (tech, industry) since the TweetTopic week at caf01bd: a quote of "Technology will help to
# tackle climate change" under "Climate Action Kits", another tweet's title (both readers: mismatch)
TITLED_SECTIONS = frozenset({"trends", "key_points", "events", "tech", "industry"})


def is_analysis(section: str) -> bool:
    """Sections that judge the whole window (sentiment, impact, the finance analysis): an item there that fails
    the meaning check keeps only its faithful sentences, else restates a tweet that carries the heading's
    subject (``restate.FOCUS``), else the section says it could not be summarized -- any one tweet under such a
    heading says something else than it asks (the zh demo's "整体市场情绪" was a quoted tweet about GPU memory)."""
    return section == "sentiment" or section.startswith(("impact/", "finance/"))


@dataclass
class Composer:
    lang: str
    tweets: dict[int, Tweet]
    engine: object = None
    store: object = None
    seed: int = 0
    max_regenerations: int = 12
    regenerations: int = 0
    grounding: GroundingReport = field(default_factory=GroundingReport)
    first_checks: list[ItemCheck] = field(default_factory=list)  # model items as the model first wrote them
    # the same items with headline and speaker, for the grounding file: the candidates a careful reader labels to
    # measure the meaning check on what it actually judges (benchmarks/faith_items.py --candidates)
    first_written: list[dict] = field(default_factory=list)
    fallbacks: list[Fallback] = field(default_factory=list)
    quoted: set[int] = field(default_factory=set)
    relevance: Relevance | None = None
    quote_restatements: int = 0  # tweets restated in a quote's place (restate.instead_of_quote)
    headlines_dropped: int = 0  # model headlines left out for saying more than their item (headline_extra)
    embedder: object = None  # multilingual: relevance across languages (textcheck.CROSS_MIN_SIMILARITY)
    verifier: object = None  # the model's reading for the meaning check (verify.support.SupportCheck), or None
    events_reader: object = None  # which tweets report a happening (verify.happening.EventReading), or None
    _published: dict[str, list] = field(default_factory=dict)
    deferred: list[tuple] = field(default_factory=list)  # failed items waiting for a place: quote_deferred
    _vectors: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.relevance is None:
            self.relevance = Relevance({i: t.text for i, t in self.tweets.items()},
                                       similarity=self._similarity if self.embedder is not None else None)

    def _similarity(self, text: str, tweet_id: int) -> float:
        """Cosine of item and tweet embeddings (tweets embedded once, cached); a failing embedder turns it off."""
        from tweetsum.embed import EmbeddingError, embed_tweets

        try:
            if not self._vectors:
                ids = list(self.tweets)
                self._vectors.update(zip(ids, embed_tweets(self.store, self.embedder,
                                                           [self.tweets[i].text for i in ids])))
            key = ("item", text)
            if key not in self._vectors:
                self._vectors[key] = embed_tweets(None, self.embedder, [text])[0]
        except EmbeddingError as e:
            self.relevance.similarity = None
            self.fallbacks.append(Fallback("relevance", f"cross-language similarity off: {e}"))
            return 0.0
        return float(self._vectors[tweet_id] @ self._vectors[key])

    def check(self, section: str, text: str, cited: list[Tweet], source: str = "model",
              headline: str | None = None) -> ItemCheck:
        """:func:`check_item` with the window's common terms as its general vocabulary; ``headline`` (checked
        with ``text``) has its title-case styling taken off first (:func:`untitle`)."""
        if not headline:
            return check_item(section, text, cited, source=source, general=self.relevance.common)
        chk = check_item(section, f"{untitle(headline)} {text}".strip(), cited, source=source,
                         general=self.relevance.common)
        chk.text = f"{headline} {text}".strip()
        return chk

    # -- pieces ------------------------------------------------------------------------------------------
    def quote_text(self, tweet_id: int, n: int = 200, with_handle: bool = True) -> str:
        """A quote, marked as one (``引述`` / ``Quote``): the post never passes a tweet off as its own prose."""
        t = self.tweets[tweet_id]
        body = quote_body(t.text, n)
        self.quoted.add(tweet_id)
        if self.lang == "zh":
            return f"引述 @{t.author_handle}：「{body}」" if with_handle else f"引述：「{body}」"
        return f"Quote, @{t.author_handle}: “{body}”" if with_handle else f"Quote: “{body}”"

    def tidy(self, text: str) -> str:
        """Model text as published: no hashtag marks (:func:`untag`), no prompt numbering (:func:`unref`); in
        Chinese, no spaces inside words."""
        text = untag(unref(text))
        return unspace(text) if self.lang == "zh" else text

    def lang_ok(self, text: str, headline: bool = False, section: str = "") -> bool:
        if headline:  # an event's name may be a proper name alone ("Deontay Wilder vs. Tyson Fury 2")
            if self.lang != "zh":  # an English headline may hold a Chinese name, not be a Chinese sentence
                return not mostly_chinese(text, 0.5) and not code_switched(text)
            return headline_chinese(text, names_ok=section == "events")
        return has_content(text) and language_ok(text, self.lang)

    def headline_extra(self, section: str, item: Item) -> list[str]:
        """Words of a model-written headline (trends, key points, events) in neither its text nor its cited tweets
        (:mod:`tweetsum.verify.headline`)."""
        if section not in TITLED_SECTIONS or not item.headline:
            return []
        return extra_words(item.headline, item.text, [self.tweets[i] for i in item.cites if i in self.tweets])

    def duplicate(self, section: str, item: Item) -> bool:
        grams = set(ngram_counts(f"{item.headline or ''} {item.text}"))
        if not grams:
            return False
        group = "tickers" if section == "tickers" else "post"  # one statement appears once in the post
        for other in self._published.get(group, []):
            if len(grams & other) / len(grams) >= DUP_OVERLAP:
                return True
        return False

    def publish(self, section: str, item: Item, chk: ItemCheck, action: str) -> Item:
        group = "tickers" if section == "tickers" else "post"
        self._published.setdefault(group, []).append(set(ngram_counts(f"{item.headline or ''} {item.text}")))
        chk.action = action
        chk.source = item.source
        self.grounding.items.append(chk)
        return item

    def drop(self, chk: ItemCheck, why: str) -> None:
        chk.action = "dropped"
        chk.note = why
        self.grounding.items.append(chk)

    def copied(self, text: str, ids) -> bool:
        """The text is a verbatim copy of these tweets (cited or pool): a quote in disguise, not model prose."""
        return copied_share(text, [self.tweets[i].text for i in ids if i in self.tweets]) >= COPY_SHARE

    def why_not(self, item: Item, chk: ItemCheck, pool=None) -> str | None:
        """Why the model item cannot be published as written (None: it can) -- recorded in the grounding file."""
        if not item.cites:
            return "no relevant cited tweet"
        if translates(self, item, chk.section):
            return TRANSLATED
        bad = [f"{c.kind} {c.value!r}" for c in chk.claims if not c.supported]
        if bad:
            return "not in the cited tweets: " + ", ".join(bad[:6])
        if not self.lang_ok(item.text):
            return "text too short or not in the post's language"
        if item.headline and not self.lang_ok(item.headline, headline=True, section=chk.section):
            return "headline not in the post's language"
        if is_looping(f"{item.headline or ''} {item.text}"):  # as published (and measured): headline + text
            return "the text loops"
        extra = self.headline_extra(chk.section, item)
        if extra:
            return "the headline says more than its text and tweets: " + ", ".join(repr(w) for w in extra[:3])
        if chk.section == "events" and not citations.names_actor(self, item):
            return "the event names no one (no name, handle or ticker beyond the window's vocabulary)"
        if self.copied(item.text, [*item.cites, *(pool or [])]):
            return "a verbatim copy of the tweets"
        if len(item.cites) > 1 and chk.section in JOINING_SECTIONS:
            return f"{MEANING_FAULT}: {JOINS} ({len(item.cites)} cited)"
        if restates_market(self, item, chk.section):
            return MARKET_QUOTED
        v = meaning.verdict(self, item, chk.section)
        chk.meaning = v.to_dict()
        return None if v.faithful else f"{MEANING_FAULT}: {v.reason()}"

    # -- the policy --------------------------------------------------------------------------------------
    def template(self, section: str, text: str, source: str = "template", note: str | None = None) -> Item:
        item = Item(text=text, source=source, section=section)
        chk = check_item(section, text, [], source=source)
        chk.note = note
        chk.claims = []  # the pipeline's own sentence (counts, dates, fixed wording): nothing to check
        return self.publish(section, item, chk, "kept")

    def ground(self, section: str, item: Item, pool: list[int] | None = None,
               need_headline: bool = False, spare: bool = False) -> Item | None:
        """Apply the policy (module docstring) to one item; returns what is published, or None.

        ``spare``: more candidates than places; a failed item is deferred before any repair (:meth:`quote_deferred`),
        so candidates that hold as written fill the places first (TweetTopic day: 2 key points were quotes while 6
        candidates were never tried) and rewrites (about 10 s each) are saved."""
        item.section = item.section or section
        if item.source == "template":
            return self.template(section, item.text)
        if item.source in ("extractive", "quote"):  # the map stage could not write it: a quote at best
            return self._fail(section, item, pool, ItemCheck(section, item.text, list(item.cites)), spare,
                              repair=False)
        item.source = "model"
        item.text = self.tidy(item.text)
        item.headline = self.tidy(item.headline) if item.headline else item.headline
        item.cites = citations.relevant_cites(self, item, pool)
        if section == "views":  # a tweet that only shares a link holds no view to report (verify.form.link_share)
            item.cites = [i for i in item.cites if not link_share(self.tweets[i].text)]
        if not need_headline and self.headline_extra(section, item):
            item.headline = None  # a title that says more than its item: the item stands without one
            self.headlines_dropped += 1
        chk = self.check(section, item.text, [self.tweets[i] for i in item.cites], headline=item.headline)
        if item.cites and not chk.supported and pool:
            full = f"{untitle(item.headline or '')} {item.text}".strip()
            more = citations.recite(self, section, full, item.cites, chk, pool)
            if more:
                item.cites = [*item.cites, *more]
                chk = self.check(section, item.text, [self.tweets[i] for i in item.cites], headline=item.headline)
        if not item.cites:
            chk.note = "no relevant cited tweet"
            chk.claims.append(Claim("citation", "relevant tweet", False))
        self.first_checks.append(chk)
        self.first_written.append({"section": section, "headline": item.headline, "text": item.text,
                                   "speaker": item.author.handle if item.author is not None else None,
                                   "cited_ids": list(item.cites)})
        if self.duplicate(section, item):
            self.drop(chk, "repeats an item already published")
            return None
        if need_headline and not item.headline:
            chk.note = "no headline"
            return self._fail(section, item, pool, chk, spare, repair=False)
        why = self.why_not(item, chk, pool)
        if why is None:
            return self.publish(section, item, chk, "kept")
        chk.note = why
        return self._fail(section, item, pool, chk, spare, repair=True)

    def _repair(self, section: str, item: Item, pool: list[int] | None, chk: ItemCheck,
                quote: bool = True) -> Item | None:
        """Steps 3-5 for an item that failed its check (``chk.note``): rewrite, trim, quote (unless not ``quote``)."""
        why = chk.note
        if is_analysis(section):  # a restated or quoted tweet under "整体市场情绪" / "对市场" is a mismatch
            quote = False
        if why.startswith((MARKET_QUOTED, TRANSLATED)):  # not rewritten, not trimmed: the tweet itself
            return self._quote(section, item, pool, chk) if quote else None
        # 3. rewrite once: an item that does not say what its tweets say restates its most relevant tweet
        # (restate.py); an item with an unsupported name or figure is regenerated from its tweets
        if item.cites and is_analysis(section) and why.startswith(MEANING_FAULT):
            chk.note = f"{why}; an analysis is not rewritten from its cited tweets"
        elif item.cites and self.engine is not None and self.regenerations < self.max_regenerations \
                and why.startswith(MEANING_FAULT):
            self.regenerations += 1
            got = restated(self, section, item, pool)
            if not isinstance(got, str):
                return got
            chk.note = f"{why}; restated: no faithful restatement: {got}"
        elif item.cites and self.engine is not None and self.regenerations < self.max_regenerations:
            self.regenerations += 1
            cited = [self.tweets[i] for i in item.cites]
            good = [s for s in split_sentences(item.text) if self.check(section, s, cited).supported]
            avoid = [c.value for c in chk.claims if not c.supported and c.kind in LITERAL_KINDS
                     and c.value in f"{item.headline or ''} {item.text}"]
            new = regenerate(self.engine, self.store, self.tweets, self.lang, self.seed, section, item,
                             text=("" if self.lang == "zh" else " ").join(good) if good else None, avoid=avoid)
            if new is not None:
                head, text = new
                head, text = (self.tidy(head) if head else head), self.tidy(text)
                if section == "tickers":  # a ticker line's headline is its symbol, whatever the rewrite says
                    head = item.headline
                cand = Item(text=text, headline=head if item.headline else None, cites=list(item.cites),
                            author=item.author, source="model_regenerated", section=section,
                            alt_headline=item.alt_headline)
                chk2 = self.check(section, cand.text, headline=cand.headline, cited=
                                  [self.tweets[i] for i in cand.cites])
                why2 = self.why_not(cand, chk2, pool) or \
                    ("repeats an item already published" if self.duplicate(section, cand) else None) or \
                    (None if any(citations.on_subject(self, f"{cand.headline or ''} {cand.text}", i) for i in cand.cites)
                     else "shares no word with its cited tweets")
                if why2 is None:
                    return self.publish(section, cand, chk2, "regenerated")
                chk.note = f"{why}; regenerated: {why2}"
                if why2 == "repeats an item already published":  # in the post already: no trim, no quote
                    self.drop(chk, chk.note)
                    return None
            else:
                chk.note = f"{why}; regeneration gave no usable answer"
        # 4. trim the unsupported sentences (not of an item that joins tweets: what is left still joins them)
        if item.cites and JOINS not in (why or "") and not restates_market(self, item, section):
            cited = [self.tweets[i] for i in item.cites]
            head_ok = (not item.headline) or (not self.headline_extra(section, item)
                                              and self.check(section, "", cited, headline=item.headline).supported
                                              and meaning.headline_ok(self, section, item.headline, cited)
                                              and self.lang_ok(item.headline, headline=True, section=section))
            srcs = [*item.cites, *(pool or [])]
            sents = split_sentences(item.text)
            kept = standing(sents, [self.check(section, s, cited).supported
                                    and self.lang_ok(s, headline=True, section=section)
                                    and not is_looping(s) and not self.copied(s, srcs)
                                    and meaning.sentence_ok(self, section, s, cited) for s in sents])
            join = "".join if self.lang == "zh" else " ".join
            while len(kept) > 1 and is_looping(f"{item.headline or ''} {join(kept)}"):
                kept.pop()  # a name said once too often across headline and sentences ("暗色模式" x4)
            text = join(kept)
            if head_ok and kept and has_content(text) and substantial(text, item.text) \
                    and not is_looping(f"{item.headline or ''} {text}") \
                    and not self.copied(text, srcs):
                cand = Item(text=text, headline=item.headline, cites=item.cites, author=item.author,
                            source="trimmed", section=section, alt_headline=item.alt_headline)
                chk3 = self.check(section, text, cited, headline=cand.headline)
                chk3.meaning = meaning.verdict(self, cand, section).to_dict()
                chk3.note = f"trimmed {len(split_sentences(item.text)) - len(kept)} unsupported sentence(s)"
                if chk3.supported and not (section == "events" and not citations.names_actor(self, cand)):
                    return self.publish(section, cand, chk3, "trimmed")
        if quote:
            return self._quote(section, item, pool, chk)
        if is_analysis(section):  # one tweet on the heading's subject restated, else "could not be summarized"
            got = restated_analysis(self, section, item, pool)
            return got if not isinstance(got, str) else self.drop(chk, f"{chk.note or 'not supported'}; {got}")
        return None

    def _fail(self, section: str, item: Item, pool: list[int] | None, chk: ItemCheck, spare: bool,
              repair: bool) -> Item | None:
        if spare:
            self.deferred.append((section, item, pool, chk, repair))
            return None
        return self._repair(section, item, pool, chk) if repair else self._quote(section, item, pool, chk)

    def quote_deferred(self, section: str, n: int, accept=None, why: str | None = None,
                       quote: bool = True) -> list[Item]:
        """Deferred items in order: while fewer than ``n`` are settled, each ``accept`` takes is repaired (else
        quoted; with ``quote`` False not quoted and left deferred); the rest are dropped."""
        mine = [d for d in self.deferred if d[0] == section]
        self.deferred = [d for d in self.deferred if d[0] != section]
        out: list[Item] = []
        for sec, item, pool, chk, repair in mine:
            if not quote:
                g = self._repair(sec, item, pool, chk, quote=False) if repair and len(out) < n else None
                if g is not None:
                    out.append(g)
                else:
                    self.deferred.append((sec, item, pool, chk, False))
                continue
            if len(out) < n and (accept is None or accept(item)):
                q = self._repair(sec, item, pool, chk) if repair else self._quote(sec, item, pool, chk)
                if q is not None:  # None: dropped there, with the reason
                    out.append(q)
            else:
                self.drop(chk, f"{chk.note or 'not supported'}; {why or 'a supported model item took its place'}")
        return out

    def _quote(self, section: str, item: Item, pool: list[int] | None, chk: ItemCheck) -> Item | None:
        from tweetsum.report.quote import quote
        return quote(self, section, item, chk)

    def figures(self) -> dict:  # the honest figures (report/figures.py)
        from tweetsum.report.figures import figures
        return figures(self)
