"""JSON schemas for the per-topic sections, their validation, and extractive fallbacks.

Every array and string is bounded (``maxItems``, ``maxLength``): with an unbounded array a small model loops
until ``max_tokens`` cuts it off mid-JSON. Citations are an ``enum`` of the tweet numbers present in the
prompt, so a constrained answer can only cite tweets that exist; :func:`to_ids` maps numbers back to ids.
"""
from __future__ import annotations

import json
import re
from typing import Any

from tweetsum.core.entities import cashtags_in

SENTIMENTS = ["positive", "neutral", "negative", "mixed"]
MAX_ITEMS = 3
MAX_CITES = 3


def cites(numbers: list[int]) -> dict:
    """An array of 1..MAX_CITES tweet numbers, each one of ``numbers`` (the tweets in the prompt)."""
    return {"type": "array", "items": {"type": "integer", "enum": list(numbers)}, "minItems": 1,
            "maxItems": min(MAX_CITES, max(1, len(numbers)))}


def string(max_len: int, min_len: int = 1) -> dict:
    return {"type": "string", "minLength": min_len, "maxLength": max_len}


def chinese_string(max_len: int) -> dict:
    """A string that opens with a Chinese character (then any JSON-safe characters, names and figures
    included), at most ``max_len`` long: the grammar makes the answer start in Chinese. Used where an English
    answer is a known failure: the regeneration of a zh item, which copied the English tweets back (demo and
    TweetTopic, 1.5B: 5 regenerations failed as "not in the post's language")."""
    return {"type": "string", "minLength": 2, "maxLength": max_len,
            "pattern": "^[\u4e00-\u9fff][^\"\\\\\\x00-\\x1f]{1,%d}$" % (max_len - 1)}


def obj(props: dict, required: list[str] | None = None) -> dict:
    return {"type": "object", "properties": props, "required": required or list(props),
            "additionalProperties": False}


def list_of(item: dict, key: str, max_items: int = MAX_ITEMS) -> dict:
    return obj({key: {"type": "array", "items": item, "minItems": 1, "maxItems": max_items}})


# String bounds, in characters, per output language: a Chinese character carries about as much as 3-4 Latin
# ones, so the zh bounds are smaller (they also bound the token budget: max_output_tokens). The zh title and
# headline bounds leave room for Latin names inside them: at 24 characters the 1.5B's titles were cut mid-word
# ("AI Capex Digestion：市场泡沫与"), and the cut title, copied into the finance prompt, became its answer.
_LIMITS = {
    "en": {"title": 60, "summary": 420, "reason": 160, "headline": 70, "text": 260, "view": 240, "event": 60,
           "detail": 220, "reaction": 220},
    "zh": {"title": 36, "summary": 200, "reason": 80, "headline": 36, "text": 110, "view": 100, "event": 32,
           "detail": 100, "reaction": 100},
}


def limits(lang: str) -> dict[str, int]:
    return _LIMITS.get(lang, _LIMITS["en"])


def section_schema(section: str, numbers: list[int], handles: list[str], *, lang: str = "en",
                   symbols: list[str] | None = None) -> dict:
    """The schema of one section for a prompt whose tweets are numbered ``numbers`` (authors ``handles``).

    ``symbols``: for ``tickers``, the cashtags the topic's tweets carry; the answer can name no other."""
    if not numbers:
        raise ValueError("a section schema needs at least one tweet number")
    L = limits(lang)
    if section == "summary":
        return obj({"title": string(L["title"]), "summary": string(L["summary"]),
                    "sentiment": {"type": "string", "enum": SENTIMENTS},
                    "sentiment_reason": string(L["reason"]), "tweets": cites(numbers)})
    if section == "key_points":
        return list_of(obj({"headline": string(L["headline"]), "explanation": string(L["text"]),
                            "tweets": cites(numbers)}), "key_points")
    if section == "views":  # two per topic: the post has room for ~7 views and ~7 events over 5-6 topics
        hs = sorted(set(handles)) or ["unknown"]
        return list_of(obj({"author": {"type": "string", "enum": hs}, "view": string(L["view"]),
                            "tweets": cites(numbers)}), "views", max_items=2)
    if section == "events":
        return list_of(obj({"event": string(L["event"]), "detail": string(L["detail"]),
                            "tweets": cites(numbers)}), "events", max_items=2)
    if section == "tickers":
        sym = {"type": "string", "enum": sorted(set(symbols))} if symbols else string(12)
        return list_of(obj({"symbol": sym, "reaction": string(L["reaction"]), "tweets": cites(numbers)}),
                       "tickers", max_items=2)
    raise ValueError(f"unknown section {section!r}")


def max_output_tokens(schema: dict, chars_per_token: float = 2.5) -> int:
    """A token budget large enough for the largest answer the schema allows (strings at full length)."""

    def chars(s: dict) -> float:
        t = s.get("type")
        if "enum" in s:
            return max(len(json.dumps(v, ensure_ascii=False)) for v in s["enum"]) + 2
        if t == "string":
            return s.get("maxLength", 200) + 2
        if t == "integer":
            return 4
        if t == "array":
            return 2 + s.get("maxItems", 3) * (chars(s["items"]) + 2)
        if t == "object":
            return 2 + sum(len(k) + 4 + chars(v) for k, v in s["properties"].items())
        return 16

    return int(chars(schema) / chars_per_token) + 16


class SchemaError(ValueError):
    pass


def _check_size(n: int, schema: dict, lo: str, hi: str, path: str, what: str) -> None:
    """``n`` (items of an array, characters of a string) within the schema's bounds ``lo``..``hi``."""
    if n < schema.get(lo, 0) or n > schema.get(hi, 1 << 30):
        raise SchemaError(f"{path}: {what}, allowed {schema.get(lo, 0)}..{schema.get(hi, 'any')}")


def validate(value: Any, schema: dict, path: str = "$") -> None:
    """Check ``value`` against the subset of JSON Schema used here; raise :class:`SchemaError` with the path."""
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaError(f"{path}: {value!r} is not one of the allowed values")
    t = schema.get("type")
    if t == "object":
        if not isinstance(value, dict):
            raise SchemaError(f"{path}: expected an object")
        props = schema.get("properties", {})
        for k in schema.get("required", []):
            if k not in value:
                raise SchemaError(f"{path}: missing {k!r}")
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(props)
            if extra:
                raise SchemaError(f"{path}: unexpected keys {sorted(extra)}")
        for k, v in value.items():
            if k in props:
                validate(v, props[k], f"{path}.{k}")
    elif t == "array":
        if not isinstance(value, list):
            raise SchemaError(f"{path}: expected an array")
        _check_size(len(value), schema, "minItems", "maxItems", path, f"{len(value)} items")
        for i, v in enumerate(value):
            validate(v, schema["items"], f"{path}[{i}]")
    elif t == "string":
        if not isinstance(value, str):
            raise SchemaError(f"{path}: expected a string")
        _check_size(len(value), schema, "minLength", "maxLength", path, f"string of {len(value)} characters")
        if not value.strip() and schema.get("minLength", 0) > 0:
            raise SchemaError(f"{path}: blank string")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise SchemaError(f"{path}: does not match {schema['pattern'][:24]!r}")
    elif t == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise SchemaError(f"{path}: expected an integer")


def parse_and_validate(text: str, schema: dict) -> dict:
    """Parse model output as JSON and validate it; raise :class:`SchemaError` saying what is wrong."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        snippet = text[-40:] if len(text) > 40 else text
        raise SchemaError(f"not valid JSON ({e.msg} at char {e.pos}; output ends with {snippet!r})") from None
    validate(value, schema)
    return value


def to_ids(value: Any, number_to_id: dict[int, int]) -> Any:
    """Replace every ``"tweets": [numbers]`` with ``"tweet_ids": [ids]`` (deduplicated, order kept)."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k == "tweets" and isinstance(v, list):
                out["tweet_ids"] = list(dict.fromkeys(number_to_id[n] for n in v))
            else:
                out[k] = to_ids(v, number_to_id)
        return out
    if isinstance(value, list):
        return [to_ids(v, number_to_id) for v in value]
    return value


# -- extractive fallback -----------------------------------------------------------------------------
def _trim(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= n:
        return text
    cut = text[: n - 1]
    if " " in cut[n // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def extractive(section: str, reps: list[tuple[int, str, str, list[str]]], keywords: list[str]) -> dict:
    """An answer built from representative tweets, in the section's shape with ``tweet_ids``.

    ``reps``: (tweet id, author handle, text, cashtags), most representative first (at least one).
    """
    if not reps:
        raise ValueError("extractive fallback needs at least one tweet")
    label = ", ".join(keywords[:4]) or _trim(reps[0][2], 60)
    if section == "summary":
        return {"title": _trim(label, 60), "summary": _trim(reps[0][2], 400), "sentiment": "unknown",
                "sentiment_reason": "", "tweet_ids": [reps[0][0]]}
    if section == "key_points":
        items = []
        for i, (tid, _h, text, _c) in enumerate(reps[:MAX_ITEMS]):
            head = keywords[i] if i < len(keywords) else _trim(text, 80)
            items.append({"headline": _trim(head if i else label, 80), "explanation": _trim(text, 240),
                          "tweet_ids": [tid]})
        return {"key_points": items}
    if section == "views":
        items, seen = [], set()
        for tid, h, text, _c in reps:
            if h in seen:
                continue
            seen.add(h)
            items.append({"author": h, "view": _trim(text, 240), "tweet_ids": [tid]})
            if len(items) == MAX_ITEMS:
                break
        return {"views": items}
    if section == "events":
        return {"events": [{"event": "", "detail": _trim(text, 200), "tweet_ids": [tid]}
                           for tid, _h, text, _c in reps[:MAX_ITEMS]]}
    if section == "tickers":
        found: dict[str, list[int]] = {}
        for tid, _h, text, tags in reps:
            for sym in list(tags) + cashtags_in(text):
                found.setdefault(sym.upper(), [])
                if tid not in found[sym.upper()]:
                    found[sym.upper()].append(tid)
        items = [{"symbol": s[:12], "reaction": f"mentioned in {len(ids)} of the topic's tweets",
                  "tweet_ids": ids[:MAX_CITES]}
                 for s, ids in sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_ITEMS]]
        return {"tickers": items}
    raise ValueError(f"unknown section {section!r}")
