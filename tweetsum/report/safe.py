"""Make untrusted text (tweets, model output) inert inside a Markdown/Jekyll post.

Everything printed by the post template goes through :func:`md_inline` unless the template marks it as
its own constant text, so a tweet cannot open Liquid tags, inject raw HTML, start a heading or list,
close the front matter, or reorder text with bidi controls. The result still reads as the same text once
kramdown renders it (entities and backslash escapes are decoded).
"""
from __future__ import annotations

import re
import unicodedata

# zero-width, bidi embedding/override/isolate, BOM, soft hyphen, word joiner, interlinear annotations
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_WS = re.compile(r"\s+")
# Markdown inline syntax that could change emphasis, links, code, tables or strike-through.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
MAX_TOKEN = 80


def clean_text(text: str) -> str:
    """Normalise and strip invisible/control characters; collapse all whitespace (newlines included)."""
    text = unicodedata.normalize("NFC", text or "")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    return _WS.sub(" ", text).strip()


# A run of more than MAX_TOKEN characters with no space and no CJK character (a long URL, a hash, a hostile
# string) is shortened. CJK text has no spaces between words and wraps anywhere: cut as one "token", a
# Chinese quote lost a clause mid-sentence ("…引流产品，… 谁受益？", zh demo; the readers called it truncated).
_LONG_RUN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]{%d,}" % (MAX_TOKEN + 1))


def _shorten_tokens(text: str) -> str:
    return _LONG_RUN.sub(lambda m: m.group()[: MAX_TOKEN - 1] + "…", text)


_SCRIPT_SCHEME = re.compile(r"\b(javascript|vbscript|livescript)\s*:", re.IGNORECASE)


def md_inline(text: str, max_len: int | None = None) -> str:
    """Escape text for use inside one Markdown line of a Jekyll post."""
    text = _shorten_tokens(clean_text(text))
    if max_len is not None and len(text) > max_len:
        text = text[: max_len - 1].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("{", "&#123;").replace("}", "&#125;")  # no Liquid {{ }} / {% %} can form
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.replace("$$", "\\$\\$")  # kramdown would start a math block
    # a script scheme in tweet text stays readable but never appears as a scheme in the HTML ("javascript :"),
    # so no renderer's autolinking can make it a live URL (an entity would not do: kramdown decodes "&#58;")
    text = _SCRIPT_SCHEME.sub(lambda m: m.group(1) + " :", text)
    if text[:1] in "#=+-" or re.match(r"\d+[.)]\s", text):
        text = "\\" + text  # never start a heading, rule or list when a line begins with it
    return text


def slug(text: str) -> str:
    """File-name/title slug: lower-case ASCII letters, digits and CJK, joined by '-'."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "-", s).strip("-")
    return s[:40] or "all"
