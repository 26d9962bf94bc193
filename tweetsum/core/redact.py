"""Privacy option: mask personal data in tweets before they reach a model or a post.

``Redactor(public_accounts)`` masks, in tweet text:

* e-mail addresses → ``[email]``
* phone numbers → ``[phone]``: international (``+`` country code) and common national shapes (NANP
  ``(555) 123-4567``, trunk-prefix ``0…`` numbers of the UK/DE/FR/JP…, Chinese mobiles ``138 0013 8000``).
  Prices, dates, times, years, percentages, version numbers and tweet ids are left alone: a candidate needs a
  phone *shape* (grouping), not just enough digits, and digits glued to currency signs, ``%``, letters or URLs
  never match.
* @handles not in ``public_accounts`` → ``@[redacted]`` (also ``x.com/<handle>`` / ``twitter.com/<handle>``).

``redact_tweet`` also replaces the author of a non-public account by a stable pseudonym (``user_3f2a9c``:
a keyed hash of the lower-cased handle, so one author keeps one pseudonym across runs and a report can still
group by author), and the handles in ``mentions``, ``in_reply_to_handle`` and ``retweet_of_handle`` the same
way. Pass a secret ``salt`` to stop anyone from re-identifying pseudonyms by hashing guessed handles.
"""
from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
from typing import Iterable

from tweetsum.core.entities import HANDLE, URL_SPAN
from tweetsum.core.tweet import Tweet

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"
HANDLE_MASK = "@[redacted]"

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b")
_PROFILE_URL = re.compile(r"(?i)\b((?:https?://)?(?:www\.|mobile\.)?(?:x|twitter)\.com/)([A-Za-z0-9_]{1,15})\b")
# what may sit right before / after a phone number (no digit, letter, currency, decimal point, %, slash)
_PRE = r"(?<![A-Za-z0-9_$€£¥₹₩+.,/#:%-])"
_POST = r"(?![A-Za-z0-9_%/:]|[.,-]\d)"
_SEP = r"[ .\-\u00a0]"
_PHONE = re.compile(
    _PRE + "(?:"
    # international: +CC then 2-5 groups (spaces, dots, dashes, optional (0) or (area))
    r"\+\d{1,3}(?:" + _SEP + r"?\(\d{1,4}\))?(?:" + _SEP + r"?\d{1,5}){2,5}"
    r"|\+\d{8,15}"
    # NANP: (555) 123-4567 / 555-123-4567 / 555.123.4567 / 1-555-123-4567
    r"|(?:1" + _SEP + r")?(?:\(\d{3}\)" + _SEP + r"?|\d{3}" + _SEP + r")\d{3}" + _SEP + r"\d{4}"
    # trunk-prefix national numbers: 020 7946 0958, 07700 900123, 030 1234567, 03-1234-5678, 01 23 45 67 89
    r"|0\d{1,4}" + _SEP + r"\d{3,4}(?:" + _SEP + r"?\d{3,4})?"
    r"|0\d(?:" + _SEP + r"\d{2}){4}"
    r"|\(0\d{1,4}\)" + _SEP + r"?\d{3,4}" + _SEP + r"?\d{3,4}"
    # Chinese mobile: 13800138000 / 138 0013 8000 / 138-0013-8000
    r"|1[3-9]\d(?:" + _SEP + r"?\d{4}){2}"
    r")" + _POST
)
_DATEISH = re.compile(r"^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])$"
                      r"|^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d$"
                      r"|^(?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])[-./](?:19|20)\d\d$")


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


class Redactor:
    """Masks e-mails, phone numbers and private @handles; pseudonymises non-public authors."""

    def __init__(self, public_accounts: Iterable[str] = (), salt: str = "", prefix: str = "user_"):
        self.public = {h.strip().lstrip("@＠").lower() for h in public_accounts if h and h.strip().lstrip("@＠")}
        self._key = ("tweetsum-redact:" + salt).encode()
        self.prefix = prefix
        self._pseudo: dict[str, str] = {}
        self._taken: dict[str, str] = {}

    # -- pieces --------------------------------------------------------------------------------------------
    def is_public(self, handle: str | None) -> bool:
        return bool(handle) and handle.lstrip("@＠").lower() in self.public

    def pseudonym(self, handle: str) -> str:
        """Stable pseudonym of a handle (6 hex digits of an HMAC; longer only on a collision)."""
        h = handle.lstrip("@＠").lower()
        if h in self._pseudo:
            return self._pseudo[h]
        digest = hmac.new(self._key, h.encode("utf-8"), hashlib.sha256).hexdigest()
        n = 6
        name = self.prefix + digest[:n]
        while self._taken.get(name, h) != h:
            n += 2
            name = self.prefix + digest[:n]
        self._taken[name] = h
        self._pseudo[h] = name
        return name

    def _handle(self, handle: str | None) -> str | None:
        if not handle or self.is_public(handle):
            return handle
        return self.pseudonym(handle)

    def _phones(self, text: str) -> str:
        def sub(m: re.Match) -> str:
            s = m.group(0)
            n = _digits(s)
            if n < 7 or n > 15 or _DATEISH.match(s):
                return s
            return PHONE_MASK

        return _PHONE.sub(sub, text)

    def redact_text(self, text: str) -> str:
        if not text:
            return text
        text = _EMAIL.sub(EMAIL_MASK, text)
        # URLs: only profile links are masked; phone masking never looks inside a URL (ids, paths, query)
        out, pos = [], 0
        for m in URL_SPAN.finditer(text):
            out.append(self._phones(text[pos:m.start()]))
            out.append(_PROFILE_URL.sub(lambda u: u.group(0) if self.is_public(u.group(2)) or
                                        u.group(2).lower() in ("i", "home", "search", "hashtag", "intent")
                                        else u.group(1) + "[redacted]", m.group(0)))
            pos = m.end()
        out.append(self._phones(text[pos:]))
        text = "".join(out)
        return HANDLE.sub(lambda m: m.group(0) if self.is_public(m.group(1)) else HANDLE_MASK, text)

    def redact_tweet(self, t: Tweet) -> Tweet:
        """A copy of ``t`` with text, handles and (for non-public authors) author handle/name redacted."""
        public_author = self.is_public(t.author_handle)
        return dataclasses.replace(
            t,
            text=self.redact_text(t.text),
            author_handle=t.author_handle if public_author else self.pseudonym(t.author_handle),
            author_name=t.author_name if public_author else self.pseudonym(t.author_handle),
            mentions=[self._handle(h) for h in t.mentions],
            in_reply_to_handle=self._handle(t.in_reply_to_handle),
            retweet_of_handle=self._handle(t.retweet_of_handle),
            urls=[self.redact_text(u) for u in t.urls],
        )

    def redact_tweets(self, tweets: Iterable[Tweet]) -> list[Tweet]:
        return [self.redact_tweet(t) for t in tweets]


def load_public_accounts(path) -> set[str]:
    """One handle per line (``@`` optional); blank lines and ``#`` comments ignored."""
    from pathlib import Path

    out = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.lstrip("@＠"))
    return out
