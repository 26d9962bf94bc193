"""Quality figures of one model's summaries of a workload (computed in the parent from the worker's output).

All figures are measured on what the model itself produced, before any post-processing:

* ``grounding``: share of checkable claims (names, numbers, handles, …; :func:`check_item`) in the model's
  own items that appear in the tweets the item cites (a ``summary`` cites nothing, so it is checked against
  every tweet of its topic's prompt). Fallback (extractive) sections are not the model's and are left out.
* ``first_try_valid``: sections whose first answer parsed and met the schema.
* ``fallback_rate``: sections replaced by the extractive fallback (invalid twice).
* ``language``: items whose prose is in the requested language (``zh``: ``cjk_share >= 0.3``, the report's own
  rule; ``en``: ``cjk_share < 0.3``), plus the mean CJK share.
* ``completeness``: sections with at least one non-fallback item with text.
* ``citations``: cited tweet numbers in the raw answers that are tweets of the topic's prompt.
* ``repetition``: share of repeated n-grams (words; CJK characters count as words) in each section's prose.
* ``length``: string fields within their schema's length bounds and not blank, arrays within their item
  bounds, over every raw answer that parsed as JSON.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterable
from typing import Any

ZH_MIN_CJK_SHARE = 0.3  # the report's rule for Chinese prose (tweetsum.core.textcheck.language_ok)
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\d_]+|\d+(?:[.,]\d+)*", re.UNICODE)
_LABEL = re.compile(r"^topic (-?\d+)/(\w+)$")


def ngram_repetition(texts: str | Iterable[str], n: int = 3) -> tuple[int, int]:
    """(repeated, total) n-grams of one text or of several texts (the items of one section) together: an
    n-gram occurrence is repeated when the same n-gram occurred earlier in any of them. Tokens are lowercase
    words, numbers and single CJK characters; a text shorter than ``n`` tokens counts as one gram (so an item
    repeated word for word is caught however short it is); an empty text counts nothing."""
    if isinstance(texts, str):
        texts = [texts]
    seen: set[tuple[str, ...]] = set()
    repeated = total = 0
    for text in texts:
        toks = [t.casefold() for t in _TOKEN.findall(text)]
        if not toks:
            continue
        grams = [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)] or [tuple(toks)]
        for g in grams:
            total += 1
            if g in seen:
                repeated += 1
            else:
                seen.add(g)
    return repeated, total


def length_compliance(value: Any, schema: dict) -> tuple[int, int]:
    """(compliant, total) bounded fields of a parsed answer: strings within ``minLength..maxLength`` and not
    blank, arrays within ``minItems..maxItems``. A field the schema requires but the answer lacks counts as
    non-compliant; fields the schema does not know are not counted."""
    ok = total = 0
    t = schema.get("type")
    if t == "string":
        total += 1
        if isinstance(value, str) and value.strip() and \
                schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", 1 << 30):
            ok += 1
    elif t == "array":
        total += 1
        if isinstance(value, list) and schema.get("minItems", 0) <= len(value) <= schema.get("maxItems", 1 << 30):
            ok += 1
        if isinstance(value, list):
            for v in value:
                a, b = length_compliance(v, schema.get("items", {}))
                ok, total = ok + a, total + b
    elif t == "object":
        props = schema.get("properties", {})
        val = value if isinstance(value, dict) else {}
        for k, sub in props.items():
            if k in val:
                a, b = length_compliance(val[k], sub)
                ok, total = ok + a, total + b
            elif k in schema.get("required", []) and sub.get("type") in ("string", "array"):
                total += 1
    return ok, total


def citation_validity(cited: Iterable[int], allowed: Collection[int]) -> tuple[int, int]:
    """(valid, total) citations: a citation is valid when it is one of ``allowed``."""
    cited = list(cited)
    allowed = set(allowed)
    return sum(1 for c in cited if c in allowed), len(cited)


def cited_numbers(value: Any) -> list[int]:
    """Every entry of every ``"tweets"`` list in a raw answer (non-integers count as invalid citations -1)."""
    out: list[int] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "tweets" and isinstance(v, list):
                out += [x if isinstance(x, int) and not isinstance(x, bool) else -1 for x in v]
            else:
                out += cited_numbers(v)
    elif isinstance(value, list):
        for v in value:
            out += cited_numbers(v)
    return out


def language_ok(text: str, lang: str) -> bool:
    from tweetsum.core.textcheck import cjk_share

    share = cjk_share(text)
    return share >= ZH_MIN_CJK_SHARE if lang == "zh" else share < ZH_MIN_CJK_SHARE


def section_items(section: str, data: dict) -> list[tuple[str, list[int]]]:
    """(prose, cited tweet ids) of each item of a final section answer (``tweet_ids`` form)."""
    if not data:
        return []
    if section == "summary":
        text = " ".join(str(data.get(k, "")) for k in ("title", "summary")).strip()
        return [(text, list(data.get("tweet_ids", [])))] if text else []
    fields = {"key_points": ("headline", "explanation"), "views": ("view",), "events": ("event",),
              "tickers": ("symbol", "reaction")}.get(section, ())
    out = []
    for it in data.get(section, []) or []:
        if isinstance(it, dict):
            text = " ".join(str(it.get(f, "")) for f in fields).strip()
            if text:
                out.append((text, list(it.get("tweet_ids", []))))
    return out


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def score(summaries: list[dict], generations: list[dict], tweets_by_id: dict, lang: str) -> dict[str, Any]:
    """Quality figures of one model (see the module docstring).

    ``summaries``: ``TopicSummary.to_dict()`` of each topic; ``generations``: the raw model answers as
    ``{"label": "topic <id>/<section>", "text": ...}``; ``tweets_by_id``: the workload's tweets."""
    from tweetsum.llm.prompts import SECTIONS
    from tweetsum.llm.schemas import section_schema
    from tweetsum.report.grounding import check_item
    from tweetsum.core.textcheck import cjk_share

    from tweetsum.verify import verify

    sections = checked_items = supported_items = claims = supported_claims = faithful_items = 0
    first_valid = fallbacks = complete = 0
    lang_ok = lang_n = 0
    cjk_shares: list[float] = []
    rep_rep = rep_tot = 0
    kinds: Counter[str] = Counter()
    unsupported: Counter[str] = Counter()
    by_topic = {}
    for s in summaries:
        prompt_ids = list(s.get("prompt_tweet_ids", []))
        by_topic[s["topic_id"]] = s
        for name, sec in s.get("sections", {}).items():
            sections += 1
            first_valid += bool(sec.get("first_try_valid"))
            if sec.get("fallback"):
                fallbacks += 1
                continue
            items = section_items(name, sec.get("data") or {})
            complete += bool(items)
            prose = []
            for text, cites in items:
                sources = cites if (cites and name != "summary") else prompt_ids
                cited = [tweets_by_id[i] for i in sources if i in tweets_by_id]
                chk = check_item(name, text, cited)
                checked_items += 1
                # the meaning check's rules (the same for every model: the model's own reading would have each
                # model judge itself): reversed directions, invented events and causes, crowds, cut text
                faithful_items += verify(text, cited, section=name).faithful
                supported_items += chk.supported
                claims += len(chk.claims)
                supported_claims += sum(c.supported for c in chk.claims)
                for c in chk.claims:
                    kinds[c.kind] += 1
                    if not c.supported:
                        unsupported[c.kind] += 1
                prose_text = text.split(" ", 1)[1] if name == "tickers" and " " in text else text
                lang_n += 1
                lang_ok += language_ok(prose_text, lang)
                cjk_shares.append(cjk_share(prose_text))
                prose.append(prose_text)
            a, b = ngram_repetition(prose)
            rep_rep, rep_tot = rep_rep + a, rep_tot + b

    cite_ok = cite_n = len_ok = len_n = parsed = 0
    for g in generations:
        m = _LABEL.match(g.get("label", ""))
        if not m or int(m.group(1)) not in by_topic or m.group(2) not in SECTIONS:
            continue  # a fix-up call (a zh title rewrite, an event's name) is not a section answer
        s = by_topic[int(m.group(1))]
        n = len(s.get("prompt_tweet_ids", []))
        if n == 0:
            continue
        try:
            value = json.loads(g.get("text", ""))
        except ValueError:
            continue
        parsed += 1
        a, b = citation_validity(cited_numbers(value), range(1, n + 1))
        cite_ok, cite_n = cite_ok + a, cite_n + b
        a, b = length_compliance(value, section_schema(m.group(2), list(range(1, n + 1)), ["unknown"]))
        len_ok, len_n = len_ok + a, len_n + b

    return {
        "sections": sections,
        "grounding": _ratio(supported_claims, claims),
        "grounded_items": _ratio(supported_items, checked_items),
        "faithful_items": _ratio(faithful_items, checked_items),
        "claims": claims, "claims_supported": supported_claims, "items_checked": checked_items,
        "claim_kinds": dict(kinds), "unsupported_kinds": dict(unsupported),
        "first_try_valid": _ratio(first_valid, sections),
        "fallback_rate": _ratio(fallbacks, sections),
        "language": _ratio(lang_ok, lang_n),
        "cjk_share_mean": _ratio(sum(cjk_shares), len(cjk_shares)),
        "completeness": _ratio(complete, sections),
        "citations": _ratio(cite_ok, cite_n), "citations_checked": cite_n,
        "repetition": _ratio(rep_rep, rep_tot) if rep_tot else (0.0 if checked_items else None),
        "length": _ratio(len_ok, len_n), "length_fields": len_n,
        "answers": len(generations), "answers_parsed": parsed,
    }
