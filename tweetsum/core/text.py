"""Tweet text processing shared by topics, the word cloud and the report.

* :func:`tokenize` turns a tweet into keyword tokens: English words lowercased, Chinese segmented into words
  with jieba (imported lazily, deterministic dictionary + HMM), ``#hashtags`` and ``$CASHTAGS`` kept whole,
  and dropped: URLs, ``@mentions``, dataset masks (``{{URL}}``, ``{{USERNAME}}``), number-only tokens,
  one-character tokens (Latin letters and single Han characters) and stopwords
  (``tweetsum/data/stopwords_{en,zh}.txt``). A TweetTopic verified mention ``{@Name@}`` keeps the words of Name.
* :func:`embedding_text` is the text given to the embedding model (URLs and masks removed).
* :func:`dedup_key` is the normalised form used to find exact and near duplicate tweets.
* :func:`make_count_vectorizer` is scikit-learn's ``CountVectorizer`` wired to :func:`tokenize`.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from importlib import resources

from tweetsum.core.entities import CASHTAG, HANDLE, HASHTAG, URL_SPAN, VIEW_MENTION

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{HAN}]")
_WORDCH = rf"[^\W_{HAN}]"  # a word character that is not Han and not '_'

_TOKEN_RE = re.compile(
    rf"""
    (?P<url>{URL_SPAN.pattern})
  | (?P<mask>\{{\{{[^{{}}]*\}}\}})
  | (?P<vmention>\{{@(?P<vname>[^{{}}@]+)@\}})
  | (?P<mention>{HANDLE.pattern})
  | (?P<hashtag>{HASHTAG.pattern})
  | (?P<cashtag>{CASHTAG.pattern})
  | (?P<han>[{HAN}]+)
  | (?P<word>{_WORDCH}+(?:['’\-.]{_WORDCH}+)*)
    """,
    re.VERBOSE,
)
_NUMERIC_RE = re.compile(r"[\d'.\-]+")
_MASK_RE = re.compile(r"\{\{[^{}]*\}\}")
_RT_PREFIX_RE = re.compile(r"^RT @\w+:?\s*")
_NONWORD_RE = re.compile(r"[\W_]+")
_WS_RE = re.compile(r"\s+")


@lru_cache(maxsize=None)
def load_stopwords(lang: str) -> frozenset[str]:
    """The stopword list for ``"en"`` or ``"zh"`` shipped in ``tweetsum/data``."""
    if lang not in ("en", "zh"):
        raise ValueError(f"no stopword list for language {lang!r} (have: en, zh)")
    text = resources.files("tweetsum").joinpath("data", f"stopwords_{lang}.txt").read_text("utf-8")
    words = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w)


def stopwords() -> frozenset[str]:
    """English and Chinese stopwords together."""
    return _all_stopwords()


@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    return load_stopwords("en") | load_stopwords("zh")


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def segment_chinese(text: str) -> list[str]:
    """jieba's accurate mode (dictionary + HMM for unknown words): deterministic for a given jieba version."""
    return _jieba().lcut(text, cut_all=False, HMM=True)


def _word_tokens(tok: str) -> list[str]:
    tok = tok.replace("’", "'").lower()
    if "." in tok:
        parts = tok.split(".")
        # keep abbreviations (u.s) and versions (gpt-4.5, 3.5) whole; split run-on sentences (game.the)
        if not (all(len(p) <= 1 for p in parts) or re.search(r"\d\.\d", tok)):
            out: list[str] = []
            for p in parts:
                if p:
                    out.extend(_word_tokens(p))
            return out
    if tok.endswith("'s"):
        tok = tok[:-2]
    return [tok]


def tokenize(text: str, *, drop_stopwords: bool = True) -> list[str]:
    """Keyword tokens of one tweet (see the module docstring for the rules)."""
    sw = _all_stopwords() if drop_stopwords else frozenset()
    out: list[str] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind in ("url", "mask", "mention"):
            continue
        if kind == "vmention":
            out.extend(tokenize(m.group("vname"), drop_stopwords=drop_stopwords))
            continue
        tok = m.group(kind)
        if kind == "hashtag":
            out.append("#" + tok[1:].lower())
        elif kind == "cashtag":
            out.append(tok.upper())
        elif kind == "han":
            for w in segment_chinese(tok):
                w = w.strip()
                if len(w) >= 2 and w not in sw and not _NUMERIC_RE.fullmatch(w):
                    out.append(w)
        else:
            for w in _word_tokens(tok):
                if len(w) >= 2 and w not in sw and not _NUMERIC_RE.fullmatch(w):
                    out.append(w)
    return out


def has_han(text: str) -> bool:
    return _HAN_RE.search(text) is not None


def script_language(text: str) -> str | None:
    """A guess at the language from the script alone: ``zh`` (Han), ``ja`` (kana), ``ko`` (Hangul),
    ``en`` (Latin letters only), ``None`` when there are no letters. Used only when a tweet has no ``lang``."""
    han = kana = hangul = latin = 0
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF:
            kana += 1
        elif 0xAC00 <= o <= 0xD7AF:
            hangul += 1
        elif _HAN_RE.match(ch):
            han += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if kana:
        return "ja"
    if hangul > han:
        return "ko"
    if han and han * 4 >= latin:  # Han characters carry ~4x the content of a Latin letter
        return "zh"
    if latin:
        return "en"
    return "zh" if han else None


def strip_retweet_prefix(text: str) -> str:
    return _RT_PREFIX_RE.sub("", text, count=1)


def embedding_text(text: str) -> str:
    """Text given to the embedding model: RT prefix, URLs and masks removed, ``{@Name@}`` → Name."""
    t = strip_retweet_prefix(text)
    t = URL_SPAN.sub(" ", t)
    t = VIEW_MENTION.sub(r"\1", t)
    t = _MASK_RE.sub(" ", t)
    t = _WS_RE.sub(" ", t).strip()
    return t or text.strip()


def dedup_key(text: str) -> str:
    """Normalised text for duplicate detection: no RT prefix, URLs, masks or mentions; lowercase; only word
    characters separated by single spaces. Two tweets with the same key are near duplicates."""
    t = strip_retweet_prefix(text)
    t = URL_SPAN.sub(" ", t)
    t = VIEW_MENTION.sub(r"\1", t)
    t = _MASK_RE.sub(" ", t)
    t = HANDLE.sub(" ", t)
    t = t.rstrip().removesuffix("…").removesuffix("...")
    return _WS_RE.sub(" ", _NONWORD_RE.sub(" ", t.lower())).strip()


def make_count_vectorizer(**kwargs):
    """A ``CountVectorizer`` using :func:`tokenize` (unigrams; pass ``min_df`` etc. through)."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None, **kwargs)
