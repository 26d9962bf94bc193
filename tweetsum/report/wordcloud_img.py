"""Word-cloud image for the post: tweet words (jieba for Chinese), hashtags, no stopwords/URLs/masks."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

FONT_ENV = "TWEETSUM_CJK_FONT"
_FONT_CANDIDATES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
]


class FontNotFound(RuntimeError):
    pass


def find_cjk_font() -> Path:
    """A font with CJK glyphs: $TWEETSUM_CJK_FONT, known paths, then fontconfig."""
    env = os.environ.get(FONT_ENV)
    if env:
        if Path(env).is_file():
            return Path(env)
        raise FontNotFound(f"{FONT_ENV}={env} is not a file")
    for c in _FONT_CANDIDATES:
        if Path(c).is_file():
            return Path(c)
    if shutil.which("fc-match"):
        r = subprocess.run(["fc-match", "-f", "%{file}", ":lang=zh-cn"], capture_output=True, text=True,
                           timeout=10)
        if r.returncode == 0 and r.stdout and Path(r.stdout).is_file() and "CJK" in r.stdout.upper():
            return Path(r.stdout)
    raise FontNotFound(
        "no CJK font found for the word cloud: install Debian's fonts-noto-cjk (make setup does) "
        f"or set {FONT_ENV} to a .ttf/.ttc/.otf with Chinese glyphs"
    )


@lru_cache(maxsize=1)
def cloud_filler() -> frozenset[str]:
    """Words frequent in tweets on any subject (``tweetsum/data/cloud_filler.txt``), left out of the cloud."""
    text = resources.files("tweetsum").joinpath("data", "cloud_filler.txt").read_text("utf-8")
    return frozenset(w for w in (line.split("#", 1)[0].strip().lower() for line in text.splitlines()) if w)


def word_frequencies(texts: Iterable[str], max_words: int = 200) -> dict[str, int]:
    """Word counts for the cloud: tweet tokens without filler words; a hashtag counts for its word (``#AI`` and
    ``ai`` are one entry), and an English plural for its singular when both occur (``models`` -> ``model``)."""
    from tweetsum.core.text import tokenize

    filler = cloud_filler()
    counts: Counter[str] = Counter()
    for text in texts:
        for tok in tokenize(text):
            if tok.startswith("#"):
                tok = tok[1:]
            if tok and tok not in filler:
                counts[tok] += 1
    for w in [w for w in counts if w.endswith("s") and not w.endswith("ss") and w[:-1] in counts and w.isascii()]:
        counts[w[:-1]] += counts.pop(w)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:max_words])


def render_wordcloud(freqs: dict[str, int], out_path: Path, *, width: int = 1200, height: int = 600,
                     seed: int = 42) -> Path:
    """Render frequencies to a JPG (deterministic for a seed). An empty window gets a plain placeholder."""
    from wordcloud import WordCloud

    font = find_cjk_font()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if not freqs:
        from PIL import Image

        Image.new("RGB", (width, height), "white").save(out_path, "JPEG", quality=90)
        return out_path
    wc = WordCloud(font_path=str(font), width=width, height=height, background_color="white",
                   random_state=seed, max_words=len(freqs), prefer_horizontal=0.9, collocations=False)
    wc.generate_from_frequencies(freqs)
    wc.to_image().convert("RGB").save(out_path, "JPEG", quality=90)
    return out_path
