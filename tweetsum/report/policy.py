"""The grounding policy: which model text is published, which is repaired, and when a quote stands in.

For every model item (``Composer.ground``):

1. **Citations must be relevant.** A cited tweet is kept only if it shares a rare content term (a name, a
   term, a figure, a cashtag) with the item (:class:`~tweetsum.core.textcheck.Relevance`); when none of its
   citations is relevant, the item is re-cited from its pool (the topic's tweets, or the synthesis prompt's
   tweets) by the same rule; when nothing in the pool is relevant it is treated as unsupported.
2. **Check.** Every checkable claim (handles, cashtags, hashtags, URLs, numbers, names) must appear in the
   cited tweets (:mod:`.grounding`); in a zh post the headline and the text must be Chinese; no loop.
   Pass → published as ``model``.
3. **Regenerate once** from the cited tweets only (at most ``max_regenerations`` a report) → ``model_regenerated``.
4. **Trim.** Drop the sentences whose claims are not supported and keep the rest → ``trimmed``
   (only when the headline holds and enough text remains).
5. **Quote** only when nothing supported remains: the best relevant cited tweet not yet quoted, published
   with a visible quote mark (``引述`` / ``Quote``) → ``quote``. Otherwise the item is dropped.

Template items (counts, "not discussed") are the pipeline's own sentences: ``template``.

:meth:`Composer.figures` gives the honest figures: items by source, the model-written share, claims supported
among model items before and after the fallback, zh CJK share, repeated-3-gram share, and fallbacks.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from tweetsum.core.tweet import Tweet
from tweetsum.core.textcheck import (COPY_SHARE, Relevance, cjk_share, copied_share, is_looping, language_ok, ngram_counts,
                         split_sentences)
from tweetsum.report.content import Author, Item
from tweetsum.report.grounding import GroundingReport, ItemCheck, check_item

MODEL_SOURCES = ("model", "model_regenerated", "trimmed")
ALL_SOURCES = (*MODEL_SOURCES, "quote", "template")
DUP_OVERLAP = 0.6  # share of an item's 3-grams already in a published item of the section: a duplicate


def trim(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _has_content(text: str) -> bool:
    """More than a token: "1" or "Tweet 2" says nothing."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", text))
    words = len(re.findall(r"[A-Za-z]{2,}", text))
    return cjk >= 6 or words >= 4


@dataclass
class Fallback:
    section: str
    reason: str
    topic: int | None = None

    def to_dict(self) -> dict:
        return {"section": self.section, "reason": self.reason, "topic": self.topic}


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
    fallbacks: list[Fallback] = field(default_factory=list)
    quoted: set[int] = field(default_factory=set)
    relevance: Relevance | None = None
    _published: dict[str, list] = field(default_factory=dict)

    def __post_init__(self):
        if self.relevance is None:
            self.relevance = Relevance({i: t.text for i, t in self.tweets.items()})

    # -- pieces ------------------------------------------------------------------------------------------
    def quote_text(self, tweet_id: int, n: int = 200, with_handle: bool = True) -> str:
        """A quote, marked as one (``引述`` / ``Quote``): the post never passes a tweet off as its own prose."""
        t = self.tweets[tweet_id]
        body = trim(t.text, n)
        self.quoted.add(tweet_id)
        if self.lang == "zh":
            return f"引述 @{t.author_handle}：「{body}」" if with_handle else f"引述：「{body}」"
        return f"Quote, @{t.author_handle}: “{body}”" if with_handle else f"Quote: “{body}”"

    def lang_ok(self, text: str, headline: bool = False) -> bool:
        if not headline and not _has_content(text):
            return False
        return language_ok(text, self.lang)

    def relevant_cites(self, item: Item, pool: list[int] | None) -> list[int]:
        full = f"{item.headline or ''} {item.text}"
        known = [i for i in dict.fromkeys(item.cites) if i in self.tweets]
        rel = [i for i in known if self.relevance.relevant(full, i)]
        if rel:
            return rel[:3]
        return self.relevance.best(full, [i for i in (pool or []) if i in self.tweets] or known, k=3)

    def duplicate(self, section: str, item: Item) -> bool:
        grams = set(ngram_counts(f"{item.headline or ''} {item.text}"))
        if not grams:
            return False
        group = "tickers" if section == "tickers" else "post"  # one statement appears once in the post
        for other in self._published.get(group, []):
            if len(grams & other) / len(grams) >= DUP_OVERLAP:
                return True
        return False

    def _publish(self, section: str, item: Item, chk: ItemCheck, action: str) -> Item:
        group = "tickers" if section == "tickers" else "post"
        self._published.setdefault(group, []).append(set(ngram_counts(f"{item.headline or ''} {item.text}")))
        chk.action = action
        chk.source = item.source
        self.grounding.items.append(chk)
        return item

    def _drop(self, chk: ItemCheck, why: str) -> None:
        chk.action = "dropped"
        chk.note = why
        self.grounding.items.append(chk)

    def copied(self, text: str, ids) -> bool:
        """The text is a verbatim copy of these tweets (cited or pool): a quote in disguise, not model prose."""
        return copied_share(text, [self.tweets[i].text for i in ids if i in self.tweets]) >= COPY_SHARE

    def _ok(self, item: Item, chk: ItemCheck, pool=None) -> bool:
        return (chk.supported and bool(item.cites) and self.lang_ok(item.text)
                and (not item.headline or self.lang_ok(item.headline, headline=True))
                and not is_looping(item.text) and not self.copied(item.text, [*item.cites, *(pool or [])]))

    # -- the policy --------------------------------------------------------------------------------------
    def template(self, section: str, text: str) -> Item:
        item = Item(text=text, source="template", section=section)
        chk = check_item(section, text, [], source="template")
        chk.claims = []  # the pipeline's own sentence (counts, dates, fixed wording): nothing to check
        return self._publish(section, item, chk, "kept")

    def ground(self, section: str, item: Item, pool: list[int] | None = None,
               need_headline: bool = False) -> Item | None:
        """Apply the policy (module docstring) to one item; returns what is published, or None."""
        item.section = item.section or section
        if item.source == "template":
            return self.template(section, item.text)
        if item.source in ("extractive", "quote"):  # the map stage could not write it: a quote at best
            return self._quote(section, item, pool, ItemCheck(section, item.text, list(item.cites)))
        item.source = "model"
        item.cites = self.relevant_cites(item, pool)
        full = f"{item.headline or ''} {item.text}".strip()
        chk = check_item(section, full, [self.tweets[i] for i in item.cites])
        if item.cites and self.copied(item.text, [*item.cites, *(pool or [])]):
            chk.note = "a verbatim copy of the tweets"
        if not item.cites:
            chk.note = "no relevant cited tweet"
            chk.claims.append(_missing_claim())
        self.first_checks.append(chk)
        if self.duplicate(section, item):
            self._drop(chk, "repeats an item already published")
            return None
        if need_headline and not item.headline:
            return self._quote(section, item, pool, chk)
        if self._ok(item, chk, pool):
            return self._publish(section, item, chk, "kept")
        # 3. regenerate once from the cited tweets
        if item.cites and self.engine is not None and self.regenerations < self.max_regenerations:
            self.regenerations += 1
            new = self._regenerate(section, item)
            if new is not None:
                head, text = new
                cand = Item(text=text, headline=head if item.headline else None, cites=list(item.cites),
                            author=item.author, source="model_regenerated", section=section,
                            alt_headline=item.alt_headline)
                chk2 = check_item(section, f"{cand.headline or ''} {cand.text}".strip(),
                                  [self.tweets[i] for i in cand.cites])
                if self._ok(cand, chk2, pool) and not self.duplicate(section, cand):
                    return self._publish(section, cand, chk2, "regenerated")
        # 4. trim the unsupported sentences
        if item.cites:
            cited = [self.tweets[i] for i in item.cites]
            head_ok = (not item.headline) or (check_item(section, item.headline, cited).supported
                                              and self.lang_ok(item.headline, headline=True))
            srcs = [*item.cites, *(pool or [])]
            kept = [s for s in split_sentences(item.text)
                    if check_item(section, s, cited).supported and self.lang_ok(s, headline=True)
                    and not is_looping(s) and not self.copied(s, srcs)]
            text = "".join(kept) if self.lang == "zh" else " ".join(kept)
            if head_ok and kept and _has_content(text) and not (need_headline and not item.headline) \
                    and not self.copied(text, srcs):
                cand = Item(text=text, headline=item.headline, cites=item.cites, author=item.author,
                            source="trimmed", section=section, alt_headline=item.alt_headline)
                chk3 = check_item(section, f"{cand.headline or ''} {text}".strip(), cited)
                chk3.note = f"trimmed {len(split_sentences(item.text)) - len(kept)} unsupported sentence(s)"
                if chk3.supported:
                    return self._publish(section, cand, chk3, "trimmed")
        return self._quote(section, item, pool, chk)

    def _quote(self, section: str, item: Item, pool: list[int] | None, chk: ItemCheck) -> Item | None:
        full = f"{item.headline or ''} {item.text}"
        cands = [i for i in item.cites if i in self.tweets and i not in self.quoted]
        ranked = self.relevance.best(full, cands, k=len(cands)) or cands
        if not ranked:
            self._drop(chk, "nothing supported remains and no cited tweet is left to quote")
            return None
        pick = ranked[0]
        t = self.tweets[pick]
        head = item.headline
        if head and not (check_item(section, head, [t]).supported and self.lang_ok(head, headline=True)):
            head = None
        author = item.author
        if author is not None and author.handle.lower() != t.author_handle.lower():
            author = Author(t.author_name or t.author_handle, t.author_handle)
        q = Item(text=self.quote_text(pick, with_handle=author is None), headline=head, cites=[pick],
                 author=author, source="quote", section=section)
        qchk = check_item(section, f"{head or ''} {t.text}".strip(), [t], source="quote")  # the marker is ours
        qchk.text = f"{head or ''} {q.text}".strip() if not head else q.text
        qchk.note = "quote of the cited tweet: " + (chk.note or "the model text was not supported")
        return self._publish(section, q, qchk, "replaced_quote")

    def _regenerate(self, section: str, item: Item) -> tuple[str | None, str] | None:
        from tweetsum.llm.prompts import SYSTEM, Prompt, data_block, format_tweet, lang_line
        from tweetsum.llm.schemas import SchemaError, limits, max_output_tokens, obj, parse_and_validate, string
        from tweetsum.summarize.topic_map import REGEN_COPY_NGRAM, REPEAT_PENALTY

        lines = [format_tweet(n, self.tweets[i], max_chars=400) for n, i in enumerate(item.cites, 1)]
        L = limits(self.lang)
        props = {"text": string(L["text"])}
        if item.headline:
            props = {"headline": string(L["headline"]), **props}
        statement = json.dumps({"headline": item.headline, "text": trim(item.text, 300)} if item.headline
                               else {"text": trim(item.text, 300)}, ensure_ascii=False)
        # Shorter than the tweets: asked only to "rewrite in your own words", the 1.5B copied Chinese tweets
        # back verbatim (the copy check then quoted them); a length bound well under the tweets' makes a
        # copy impossible and a summary the easy answer.
        if self.lang == "zh":
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
            gen = self.engine.complete(Prompt(SYSTEM[self.lang], data_block(lines), task, label=f"regen/{section}"),
                                       schema=schema, max_tokens=max_output_tokens(schema, 2.5 if self.lang == "en"
                                                                                   else 1.0),
                                       temperature=0.3, seed=self.seed + 1, store=self.store,
                                       repeat_penalty=REPEAT_PENALTY, copy_ngram=REGEN_COPY_NGRAM)
            val = parse_and_validate(gen.text, schema)
        except (SchemaError, ValueError):
            return None
        text = val["text"].strip()
        return (val.get("headline", "").strip() or item.headline, text) if text else None

    # -- figures -----------------------------------------------------------------------------------------
    def figures(self) -> dict:
        pub = [c for c in self.grounding.items if c.action != "dropped"]
        by_source = {s: 0 for s in ALL_SOURCES}
        for c in pub:
            by_source[c.source] = by_source.get(c.source, 0) + 1
        model_pub = [c for c in pub if c.source in MODEL_SOURCES]

        def claims(checks):
            cl = [x for c in checks for x in c.claims]
            ok = sum(x.supported for x in cl)
            return {"claims": len(cl), "supported": ok,
                    "supported_pct": round(100.0 * ok / len(cl), 2) if cl else 100.0}

        prose = [c.text for c in model_pub]
        grams = [ngram_counts(t) for t in prose]
        total = sum(sum(g.values()) for g in grams)
        rep = sum(sum(g.values()) - len(g) for g in grams)
        out = {
            "published_items": len(pub),
            "by_source": by_source,
            "model_written": len(model_pub),
            "model_written_share": round(len(model_pub) / len(pub), 4) if pub else 0.0,
            "claims_model_before_fallback": claims(self.first_checks),
            "claims_model_published": claims(model_pub),
            "claims_all_published": claims(pub),
            "repeated_3gram_share": round(rep / total, 4) if total else 0.0,
            "max_3gram_repeats": max((max(g.values()) for g in grams if g), default=0),
            "regenerations": self.regenerations,
            "fallbacks": [f.to_dict() for f in self.fallbacks],
        }
        if self.lang == "zh":
            shares = [cjk_share(t) for t in prose]
            out["cjk_share_zh_prose"] = round(sum(shares) / len(shares), 4) if shares else None
            heads = [c.text for c in model_pub]
            out["zh_items_not_chinese"] = sum(1 for t in heads if cjk_share(t) < 0.5)
        return out


def _missing_claim():
    from tweetsum.report.grounding import Claim

    return Claim("citation", "relevant tweet", False)
