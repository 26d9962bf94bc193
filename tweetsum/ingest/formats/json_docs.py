"""Whole JSON documents: ``json`` (an array of scraper records or of API v2 pages, or one of either) and
``x-api-v2`` (one page, a list of pages, or JSONL with a page per line). Arrays are read element by element."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tweetsum.core.tweet import Tweet
from tweetsum.ingest.errors import Census, FormatError, RecordError
from tweetsum.ingest.formats.api_v2 import api_page
from tweetsum.ingest.formats.scraper import scraper_tweet
from tweetsum.ingest.formats.sniff import is_api_page
from tweetsum.ingest.x_archive.ytd import iter_ytd_array


def _load_json(text: str, path: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        what = "truncated JSON" if not text.rstrip().endswith(("]", "}")) else f"invalid JSON ({e.msg})"
        raise FormatError(path, None, f"{what} at line {e.lineno} column {e.colno}") from None


def read_json(text: str, path: str, census: Census | None = None) -> Iterator[Tweet | RecordError]:
    """A JSON document: an array of scraper records (or of API v2 pages), or one record / one page.

    Arrays are read element by element, so a truncated array still yields the elements before the cut.
    """
    census = census or Census()
    s = text.lstrip("\ufeff \t\r\n")
    if s.startswith("["):
        seen_tweet = False
        for item in iter_ytd_array(s, path):
            if isinstance(item, RecordError):
                census.saw()
                yield item
                continue
            i, obj = item
            if isinstance(obj, dict) and is_api_page(obj):
                yield from api_page(obj, path, f"page {i}", census)
                seen_tweet = True
                continue
            census.saw()
            if not seen_tweet and not (isinstance(obj, dict) and ("id" in obj or "id_str" in obj)):
                if i == 0:
                    raise FormatError(path, 0, "JSON array holds no tweets (element 0 has no 'id')")
            seen_tweet = True
            try:
                yield scraper_tweet(obj, i, path, "json")
            except RecordError as e:
                yield e
        return
    doc = _load_json(text, path)
    if isinstance(doc, dict):
        if is_api_page(doc):
            yield from api_page(doc, path, "", census)
            return
        if "id" in doc or "id_str" in doc:
            census.saw()
            try:
                yield scraper_tweet(doc, 0, path, "json")
            except RecordError as e:
                yield e
            return
        raise FormatError(path, None, "JSON object holds no tweets (no 'id' or 'data')")
    raise FormatError(path, None, f"JSON {type(doc).__name__} holds no tweets")


def read_api_v2(text: str, path: str, census: Census | None = None) -> Iterator[Tweet | RecordError]:
    census = census or Census()
    s = text.lstrip("\ufeff \t\r\n")
    first = s.split("\n", 1)[0].strip()
    lines_mode = False
    if s.startswith("{"):
        try:
            json.loads(first)
            lines_mode = "\n" in s.strip()
        except json.JSONDecodeError:
            lines_mode = False
    if not lines_mode:
        if s.startswith("["):
            yield from read_json(s, path, census)
            return
        doc = _load_json(text, path)
        if isinstance(doc, dict) and not is_api_page(doc):
            raise FormatError(path, None, "JSON object is not an X API v2 response (no 'data')")
        yield from api_page(doc, path, "", census)
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            page = json.loads(line)
        except json.JSONDecodeError as e:
            census.saw()
            yield RecordError(path, f"line {lineno}", f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        yield from api_page(page, path, f"line {lineno}", census)

