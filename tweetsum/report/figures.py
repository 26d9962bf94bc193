"""The honest figures of a report's grounding (issue 10): items by source, the model-written share, claims
supported before and after the fallback, repeated 3-grams, CJK share. Read from a :class:`~.policy.Composer`."""
from __future__ import annotations

from tweetsum.core.textcheck import cjk_share, ngram_counts


def figures(comp) -> dict:
    from tweetsum.report.policy import ALL_SOURCES, MODEL_SOURCES

    pub = [c for c in comp.grounding.items if c.action != "dropped"]
    by_source = {s: 0 for s in ALL_SOURCES}
    for c in pub:
        by_source[c.source] = by_source.get(c.source, 0) + 1
    model_pub = [c for c in pub if c.source in MODEL_SOURCES]
    written = [c for c in pub if c.source != "notice"]  # the items a model was asked to write

    def claims(checks):
        cl = [x for c in checks for x in c.claims]
        ok = sum(x.supported for x in cl)
        return {"claims": len(cl), "supported": ok,
                "supported_pct": round(100.0 * ok / len(cl), 2) if cl else 100.0}

    prose = [c.text for c in model_pub]
    grams = [ngram_counts(t) for t in prose]
    total = sum(sum(g.values()) for g in grams)
    rep = sum(sum(g.values()) - len(g) for g in grams)
    from tweetsum.report.meaning import faithful_figure

    out = {
        "faithful": faithful_figure(pub, comp.lang),
        "published_items": len(pub),
        "by_source": by_source,
        "model_written": len(model_pub),
        "model_written_share": round(len(model_pub) / len(written), 4) if written else 0.0,
        "claims_model_before_fallback": claims(comp.first_checks),
        "claims_model_published": claims(model_pub),
        "claims_all_published": claims(pub),
        "repeated_3gram_share": round(rep / total, 4) if total else 0.0,
        "max_3gram_repeats": max((max(g.values()) for g in grams if g), default=0),
        "regenerations": comp.regenerations,
        "headlines_dropped": comp.headlines_dropped,
        "fallbacks": [f.to_dict() for f in comp.fallbacks],
    }
    if comp.lang == "zh":
        shares = [cjk_share(t) for t in prose]
        out["cjk_share_zh_prose"] = round(sum(shares) / len(shares), 4) if shares else None
        heads = [c.text for c in model_pub]
        out["zh_items_not_chinese"] = sum(1 for t in heads if cjk_share(t) < 0.5)
    return out
