"""Checking and cleaning a schema-valid answer of the map stage before it is used.

:func:`clean_answer` drops the unusable items of a list section (a looping item, a zh headline in English, a
generic or placeholder event name) and says why when nothing usable is left; :func:`tidy_cut` trims strings the
grammar cut at their length bound; :func:`retry_feedback` says a fault plainly for the retry's task.
"""
from __future__ import annotations

import re
from typing import Any

from tweetsum.core.textcheck import headline_chinese, looping_field

_HEAD_FIELDS = ("title", "headline", "event")  # in a zh post these must be Chinese too

# the prompt's own pattern copied as the name: "谁做了什么" headed two quotes of the zh post of the TweetTopic day
# 2020-02-09 (HEAD 4cd0491; both readers: the headline is an empty template line)
_PLACEHOLDER = re.compile(r"[<>＜＞]|某公司|某产品|公司名|产品名|谁做了什么|\bwho did what\b", re.I)


def event_name_fault(name: str, lang: str) -> str | None:
    """Why an event name is no name: a bare category ("发布", "Launch": no actor) or the prompt's placeholder
    pattern copied ("<公司>发布<产品>")."""
    name = name.strip()
    if len(name) < (5 if lang == "zh" else 12):
        return f"event name too generic: {name!r}"
    if _PLACEHOLDER.search(name):
        return f"event name is a placeholder: {name!r}"
    return None


def _item_fault(item: Any, lang: str) -> str | None:
    """Why one list item (a key point, a view, an event, a ticker line) is unusable, or None."""
    loop = looping_field(item)
    if loop is not None:
        return f"looping output: {loop[:60]!r}"
    if not isinstance(item, dict):
        return None
    if "event" in item:
        fault = event_name_fault(item.get("event") or "", lang)
        if fault:
            return fault
    if lang == "zh":
        for k in _HEAD_FIELDS:
            h = item.get(k)
            if isinstance(h, str) and h.strip() and not headline_chinese(h, names_ok=k == "event"):
                return f"headline not in Chinese: {h[:40]!r}"
    return None


def clean_answer(value: Any, lang: str) -> tuple[Any, str | None, list[str]]:
    """Keep what is usable in a schema-valid answer: ``(value, why, dropped)``.

    A list section (key points, views, events, tickers) keeps its good items and drops the bad ones (a
    looping item, a zh headline in English, a generic or placeholder event name), each reason in ``dropped``;
    ``why`` is set only when nothing usable is left (then the section is retried). Measured on the demo with
    the 1.5B: one English headline among three key points (" typed tool schemas, step bu") sent the topic's
    whole key-points section to the extractive fallback, and two topics lost both events to one "发布".
    """
    if isinstance(value, dict) and len(value) == 1:
        (key, items), = value.items()
        if isinstance(items, list):
            kept, dropped = [], []
            for it in items:
                why = _item_fault(it, lang)
                (dropped.append(why) if why else kept.append(it))
            if not kept:
                return value, dropped[0] if dropped else "no items", dropped
            return {key: kept}, None, dropped
    return value, _item_fault(value, lang), []  # a whole answer's head fields are checked as an item's


def check_answer(value: Any, lang: str) -> str | None:
    """Why a schema-valid answer is unusable as a whole (see :func:`clean_answer`), or None."""
    return clean_answer(value, lang)[1]


# a string that opens with JSON punctuation ('{"多条推文显示…'): the model restarting an object inside a value
_JSON_DEBRIS = re.compile(r'^\s*[{\[]+\s*"?\s*|\s*"?\s*[}\]]+\s*$')
_SENTENCE_END = re.compile(r"[。！？!?；;]|[.](?=\s|$)")
_CLAUSE_END = re.compile(r"[,，、:：]|\s[-–—]\s")
_LIST_OPENS = re.compile(r"[:：]\s*[-–—•*]\s")


def tidy_cut(value: Any, schema: dict) -> Any:
    """A string the grammar cut at its ``maxLength`` ends mid-word ("过度思考是真实存"): cut it back to its
    last full sentence when that keeps at least half of it, else to its last whole clause (an event name "Redskins
    hiring Jennifer King as assistant, the NFL’s first" -> "Redskins hiring Jennifer King as assistant"); a title
    with neither stays.
    JSON debris at either end of a string (``{"`` … ``"}``) is removed."""
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: tidy_cut(v, props.get(k, {})) for k, v in value.items()}
    if isinstance(value, list):
        return [tidy_cut(v, schema.get("items", {})) for v in value]
    if isinstance(value, str):
        value = _JSON_DEBRIS.sub("", value)
    if isinstance(value, str) and schema.get("maxLength") and len(value) >= schema["maxLength"]:
        ends = [m.end() for m in _SENTENCE_END.finditer(value)]
        if ends and ends[-1] >= len(value) // 2:
            return value[: ends[-1]].strip()
        clauses = [m.start() for m in _CLAUSE_END.finditer(value)]
        if clauses and clauses[-1] >= len(value) // 2:  # a headline cut mid-phrase ends at its last whole clause
            head = value[: clauses[-1]].strip()
            lst = _LIST_OPENS.search(head)  # "…version: - typed tool schemas": not a list's first entry either
            return head[: lst.start()].strip() if lst and lst.start() >= len(value) // 2 else head
    return value


def retry_feedback(why: str, lang: str) -> str:
    """The fault, said plainly for the retry's task."""
    zh = lang == "zh"
    if why.startswith("headline not in Chinese"):
        return "标题和事件名称必须用中文书写" if zh else "headlines must be in the output language"
    if why.startswith(("event name too generic", "event name is a placeholder")):
        return ("event 必须用推文里的真实名称写出谁做了什么，不能只写“发布”，也不能写占位符" if zh
                else "each event name must say who did what, not just a category")
    if why.startswith("looping output"):
        return "有内容在重复，不要重复同一句话" if zh else "some text repeated itself; do not repeat"
    return why
