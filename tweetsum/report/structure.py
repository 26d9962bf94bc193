"""The reference post's skeleton: headings in order, used to verify every post we write."""
from __future__ import annotations

import re

from tweetsum.report import i18n


def expected_headings(lang: str, theme_display: str) -> list[str]:
    T = lambda k: i18n.t(lang, k, theme=theme_display)  # noqa: E731
    return [
        f"# {T('theme_report')}",
        f"## {T('brief')}",
        f"### {T('trends')}",
        f"### {T('key_points')}",
        f"## {T('detail')}",
        f"### {T('views')}",
        f"### {T('events')}",
        f"### {T('tickers')}",
        f"### {T('domain')}",
        f"### {T('finance')}",
        f"## {T('wordcloud')}",
    ]


def post_headings(markdown: str) -> list[str]:
    """ATX headings of the post body (front matter excluded)."""
    body = split_front_matter(markdown)[1]
    return [line.rstrip() for line in body.splitlines() if re.match(r"#{1,6} ", line)]


def split_front_matter(markdown: str) -> tuple[dict[str, str], str]:
    m = re.match(r"---\n(.*?)\n---\n", markdown, re.S)
    if not m:
        return {}, markdown
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        fm[k.strip()] = v.strip().strip('"')
    return fm, markdown[m.end():]
