"""The topic-trend chart: daily tweet counts of the top topics as lines (matplotlib, Agg, a CJK font)."""
from __future__ import annotations

from pathlib import Path

from tweetsum.topics.trends import TrendSeries
from tweetsum.report.wordcloud_img import find_cjk_font

_TITLE = {"zh": "主要话题的每日推文数", "en": "Daily tweets of the top topics"}
_YLABEL = {"zh": "推文数", "en": "tweets"}


def alt_text(series: TrendSeries, lang: str) -> str:
    """What the chart shows, in words (the image's alt text): each topic's total and its busiest day."""
    parts = []
    for t in series.topics:
        peak = series.days[max(range(len(t.counts)), key=lambda i: (t.counts[i], -i))] if t.counts else "-"
        parts.append(f"{t.label}：{t.total}条，峰值{peak}" if lang == "zh" else f"{t.label}: {t.total}, peak {peak}")
    head = (f"话题趋势图（{series.days[0]} 至 {series.days[-1]}）" if lang == "zh"
            else f"Topic trends ({series.days[0]} to {series.days[-1]})")
    return head + ("：" if lang == "zh" else ": ") + ("；" if lang == "zh" else "; ").join(parts)


def render_trend_chart(series: TrendSeries, out_path: Path, *, lang: str = "en", width_in: float = 9.0,
                       height_in: float = 4.0, dpi: int = 110) -> Path:
    """Draw ``series`` to a PNG at ``out_path`` (labels shortened to 24 characters in the legend)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import font_manager
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    font = font_manager.FontProperties(fname=str(find_cjk_font()))
    fig, ax = plt.subplots(figsize=(width_in, height_in), dpi=dpi)
    try:
        x = list(range(len(series.days)))
        for t in series.topics:
            label = t.label if len(t.label) <= 24 else t.label[:23] + "…"
            label = label.replace("$", r"\$")  # "$NVDA … $AMD" would otherwise be read as mathtext
            ax.plot(x, t.counts, marker="o", linewidth=2, label=f"{label} ({t.total})")
        ax.set_xticks(x)
        ax.set_xticklabels([d[5:] for d in series.days], rotation=45 if len(x) > 10 else 0, fontproperties=font)
        ax.set_ylabel(_YLABEL.get(lang, "tweets"), fontproperties=font)
        ax.set_title(_TITLE.get(lang, _TITLE["en"]), fontproperties=font)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(alpha=0.3)
        if series.topics:
            small = font.copy()
            small.set_size(8)
            ax.legend(prop=small, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
        fig.tight_layout()
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out_path, format="png", metadata={"Software": None})
    finally:
        plt.close(fig)
    return out_path
