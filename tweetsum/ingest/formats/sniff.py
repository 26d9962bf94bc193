"""A file's format from its first characters, and the keys that tell an X API v2 page from a scraper record."""
from __future__ import annotations

import csv
import json
import re

from tweetsum.ingest.errors import FormatError
from tweetsum.ingest.formats.csvfile import CSV_ALIASES, csv_dialect, norm_header

_API_KEYS = ("data", "includes", "meta", "errors")
TEXT_KEYS = ("rawContent", "content", "renderedContent", "full_text", "text")


def sniff_text(head: str, path: str) -> str:
    """Format of a file from its first characters: x-archive, jsonl, x-api-v2, json, csv (else FormatError)."""
    s = head.lstrip("\ufeff \t\r\n")
    if not s:
        raise FormatError(path, None, "empty file")
    if s.startswith("window.YTD.") or s.startswith("window.__THAR_CONFIG"):
        return "x-archive"
    if s[0] == "{":
        first = s.split("\n", 1)[0].strip()
        try:
            obj = json.loads(first)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            return "x-api-v2" if is_api_page(obj) else "jsonl"
        # a pretty-printed single document
        return "x-api-v2" if re.match(r'\{\s*"(?:data|includes|meta|errors)"\s*:', s) else "json"
    if s[0] == "[":
        return "x-api-v2" if re.match(r'\[\s*\{\s*"(?:data|includes|meta|errors)"\s*:', s) else "json"
    first_line = s.split("\n", 1)[0]
    if any(d in first_line for d in ",;\t"):
        try:
            header = next(csv.reader([first_line], dialect=csv_dialect(first_line)))
        except (csv.Error, StopIteration):
            header = []
        cols = {CSV_ALIASES.get(norm_header(h)) for h in header}
        if "id" in cols and "text" in cols:
            return "csv"
        if len(header) > 1 and ("id" in cols or "text" in cols):
            missing = "text" if "id" in cols else "id"
            raise FormatError(path, "line 1", f"CSV header has no '{missing}' column (see the column list in "
                                              "`tweetsum ingest --help`)")
    if "\x00" in s[:1000] or sum(not (c.isprintable() or c.isspace()) for c in s[:1000]) > 10:
        raise FormatError(path, None, "binary data, not a tweet file")
    raise FormatError(path, None, "not a recognized tweet format (expected an X archive, JSONL, X API v2 JSON or "
                                  "CSV)")


def is_api_page(obj: dict) -> bool:
    """An X API v2 response page (``data``/``includes``/…), not a scraper record (which has a text field)."""
    return any(k in obj for k in _API_KEYS) and not any(k in obj for k in TEXT_KEYS)
