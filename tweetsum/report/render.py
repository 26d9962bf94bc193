"""Render :class:`PostContent` into the Jekyll post with Jinja2.

Every value the template prints is escaped by :func:`safe.md_inline` (the environment's ``finalize``)
unless it is the template's own constant text (headings) or produced by a filter here; tweet text and
model output therefore never reach the page as Markdown, HTML or Liquid syntax.
"""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from markupsafe import Markup

from tweetsum.report import i18n
from tweetsum.report.content import Item, PostContent
from tweetsum.report.safe import md_inline


def _finalize(value: object) -> str:
    if isinstance(value, Markup):
        return str(value)
    return md_inline(str(value))


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("tweetsum", "templates"),
        autoescape=False,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["raw"] = _raw_safe
    env.filters["numbered"] = lambda i: Markup(f"{i}.  " if i < 10 else f"{i}. ")
    env.filters["item"] = _item
    return env


def _raw_safe(value: str) -> Markup:
    """Values the pipeline builds itself (slugs, stamps, file names): checked, then passed as they are."""
    s = str(value)
    if any(ch in s for ch in '"\n\r{}<>%'):
        raise ValueError(f"unsafe generated value {s!r}")
    return Markup(s)


@pass_context
def _item(ctx, it: Item) -> Markup:
    """One item line: bold author or headline, escaped text, then links to the cited tweets."""
    c: PostContent = ctx["c"]
    colon = i18n.t(c.lang, "colon")
    parts = []
    if it.author is not None:
        name = md_inline(it.author.name or it.author.handle, 60)
        parts.append(f"**{name} (@{md_inline(it.author.handle, 20)})**: ")
    elif it.headline:
        parts.append(f"**{md_inline(it.headline, 80)}**{colon}")
    parts.append(md_inline(it.text, 600))
    if c.citations and it.cites:
        links = " ".join(f"[{n}]({c.tweet_urls[i]})" for n, i in enumerate(it.cites, 1) if i in c.tweet_urls)
        if links:
            parts.append(f" ({links})")
    return Markup("".join(parts))


def render_post(c: PostContent) -> str:
    env = _env()
    tmpl = env.get_template("post.md.j2")
    T = {k: Markup(md_inline(i18n.t(c.lang, k, theme=c.theme_display))) for k in i18n.TEXT[c.lang]}
    T["colon"] = Markup(i18n.t(c.lang, "colon"))
    theme_title = c.theme.strip().capitalize() if c.theme else "All"
    return tmpl.render(c=c, T=T, theme_title=theme_title)
