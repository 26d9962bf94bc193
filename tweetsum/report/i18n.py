"""Headings and fixed phrases of the post, in the reference's Chinese and faithful English."""
from __future__ import annotations

THEME_NAMES = {
    "zh": {"ai": "人工智能", "crypto": "加密货币", "finance": "金融", "tech": "科技"},
    "en": {"ai": "AI"},
}

TEXT = {
    "zh": {
        "report": "报告", "to": "至", "theme_report": "{theme}主题推文报告",
        "brief": "简要部分", "trends": "主要话题与行业趋势概述", "sentiment": "整体市场情绪", "sentiment_general": "整体情绪",
        "key_points": "核心信息（10个信息点概述）", "detail": "详细分析部分", "views": "重要观点与见解",
        "events": "关键事件与发展", "tickers": "个股与数字货币分析与市场反应",
        "domain": "专项分析：{theme}相关内容", "tech": "技术发展与突破", "industry": "产业创新与应用",
        "impact": "潜在影响", "on_industry": "对行业", "on_market": "对市场", "on_society": "对社会",
        "finance": "专项分析：金融市场相关内容", "market_view": "市场观点", "people": "重要人物看法",
        "conclusion": "结论", "wordcloud": "词云分析", "wordcloud_alt": "词云图", "colon": "：",
        "sources": "来源",
        "not_summarized": "模型未能归纳这一部分（原因见 grounding 文件）。",
        "not_supported": "模型的归纳未能通过与推文的核对，这里不予发布（见 grounding 文件）。",
        "not_in_tweets": "推文未涉及。",
    },
    "en": {
        "report": "Report", "to": "to", "theme_report": "{theme} Tweet Report",
        "brief": "Brief", "trends": "Main Topics and Industry Trends", "sentiment": "Overall Market Sentiment",
        "sentiment_general": "Overall Sentiment",
        "key_points": "Key Information (10 Points)", "detail": "Detailed Analysis", "views": "Key Views and Insights",
        "events": "Key Events and Developments", "tickers": "Stocks and Crypto: Analysis and Market Reaction",
        "domain": "Special Analysis: {theme}", "tech": "Technology Development and Breakthroughs",
        "industry": "Industry Innovation and Applications", "impact": "Potential Impact",
        "on_industry": "On the industry", "on_market": "On the market", "on_society": "On society",
        "finance": "Special Analysis: Financial Markets", "market_view": "Market views",
        "people": "Views of key people", "conclusion": "Conclusion", "wordcloud": "Word Cloud",
        "wordcloud_alt": "Word cloud", "colon": ": ", "sources": "sources",
        "not_summarized": "The model could not summarize this part (the grounding file says why).",
        "not_supported": "The model's summary here did not pass the check against its tweets and is not published "
                         "(see the grounding file).",
        "not_in_tweets": "Not discussed in the tweets.",
    },
}


def theme_display(theme: str, lang: str) -> str:
    return THEME_NAMES.get(lang, {}).get(theme.strip().lower(), theme.strip())


def t(lang: str, key: str, **kw) -> str:
    return TEXT[lang][key].format(**kw)
