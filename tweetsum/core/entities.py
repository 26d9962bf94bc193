"""Entities in tweet text: one pattern per kind, used everywhere a tweet or a model's answer is read.

Ingest extracts them into the store's entity columns, the tokenizer keeps them whole as keywords, the summarize
stage finds the topic's tickers, grounding checks that every one a summary names is in its cited tweets, and
redaction masks private handles. Before this module there were six cashtag patterns with four rules (ingest
accepted ``$BRK.B``, the report did not); now a ``$BRK.B`` is one symbol in every stage.

- :data:`CASHTAG`: ``$`` + 1–6 letters, optionally a class suffix (``.B``, ``_A``); not inside a word or after
  ``$`` (``US$5``, ``$$``), not followed by a word character (``$NVDA2`` is not one). Group 1 is the symbol.
- :data:`HASHTAG`: ``#``/``＃`` + a word with at least one non-digit (``#1`` is not one), not after ``&``
  (HTML entities such as ``&#39;``). Group 1 is the tag.
- :data:`HANDLE`: ``@``/``＠`` + 1–15 of ``[A-Za-z0-9_]`` (X's rule), not preceded by an e-mail's local-part
  character and not followed by a handle character, so an e-mail address is never a handle and ``@OpenAI发布``
  is the handle ``OpenAI``. Group 1 is the handle.
- :data:`VIEW_MENTION`: TweetTopic's masked verified account ``{@Name@}``. Group 1 is the name.
- :data:`URL`: an ``http(s)`` link without trailing sentence punctuation (Latin or CJK).
- :data:`URL_SPAN`: anything URL-like (``www.`` too, up to the next space): what is stripped or masked.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_CJK_PUNCT = "（）【】「」『』《》，。；：！？、"

CASHTAG = re.compile(r"(?<![\w$])\$([A-Za-z]{1,6}(?:[._][A-Za-z]{1,2})?)(?!\w)")
HASHTAG = re.compile(r"(?<![\w&#])[#＃](\w*[^\W\d]\w*)")
HANDLE = re.compile(r"(?<![A-Za-z0-9_@.+-])[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])")
VIEW_MENTION = re.compile(r"\{@([^{}@]+)@\}")
URL = re.compile(rf"https?://[^\s<>\"{_CJK_PUNCT}]+[^\s<>\".,;:!?)\]'…{_CJK_PUNCT}]")
URL_SPAN = re.compile(r"(?:https?://|www\.)\S+", re.I)


def cashtags_in(text: str) -> list[str]:
    """Symbols as written, without ``$``: ``"$nvda and $BRK.B"`` → ``["nvda", "BRK.B"]``."""
    return CASHTAG.findall(text) if "$" in text else []


def symbols(cashtags: Iterable[str], text: str) -> set[str]:
    """Upper-case symbols of a tweet: its stored cashtags (with or without ``$``) and those in its text."""
    return {c.upper().lstrip("$") for c in cashtags} | {c.upper() for c in cashtags_in(text)}


def names_symbol(cashtags: Iterable[str], text: str, symbol: str) -> bool:
    """True when a tweet (its stored cashtags and its text) names ``symbol`` (any case, without ``$``)."""
    return symbol.upper().lstrip("$") in symbols(cashtags, text)


def has_cashtag(cashtags: Iterable[str], text: str) -> bool:
    return bool(list(cashtags)) or CASHTAG.search(text) is not None


def hashtags_in(text: str) -> list[str]:
    return HASHTAG.findall(text) if "#" in text or "＃" in text else []


def handles_in(text: str) -> list[str]:
    return HANDLE.findall(text) if "@" in text or "＠" in text else []


def mentions_in(text: str) -> list[str]:
    """``@handle`` mentions and TweetTopic's masked verified accounts ``{@Name@}`` (as ``Name``), in order."""
    if "@" not in text and "＠" not in text:
        return []
    out: list[str] = []
    pos = 0
    for m in VIEW_MENTION.finditer(text):  # a masked name is one mention, never read again as handles
        out += HANDLE.findall(text, pos, m.start())
        out.append(m.group(1))
        pos = m.end()
    return out + HANDLE.findall(text, pos)


def urls_in(text: str) -> list[str]:
    return URL.findall(text) if "http" in text else []
