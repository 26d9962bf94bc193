"""The items of a written post, as a careful reader sees them, and the tweets each one cites.

An item is a list item or paragraph of the post that carries citation links (``([1](https://x.com/h/status/ID))``):
the reader judges its words against exactly those tweets. This module reads a post's Markdown into such items
(section heading, headline, speaker, text, cited ids) for the gold set (``benchmarks/data/faithfulness/``) and
for ``bench_faithfulness.py``, which runs the pipeline's own check on them.

    .venv/bin/python benchmarks/faith_items.py POST.md DB.sqlite --out packet.jsonl [--md packet.md]

writes one JSON object per item with the cited tweets' author, date and text beside it: the packet a careful
reader labels (``label`` and ``why`` are left empty for them).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_CITES = re.compile(r"\s*\((?:\[\d+\]\(https?://[^)]*?/status/\d+\)\s*)+\)")
_ID = re.compile(r"/status/(\d+)\)")
_LIST = re.compile(r"^\s*(?:[-*]|\d+\.)\s+")
_HEAD = re.compile(r"^\*\*(.+?)\*\*\s*[：:]\s*")
_SPEAKER = re.compile(r"\(@([A-Za-z0-9_\\]+)\)\s*$")


def unescape(s: str) -> str:
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~])", r"\1", s)


def post_items(markdown: str) -> list[dict]:
    """Every cited item of a post, in order: ``n``, ``section`` (the nearest ``###`` heading), ``item`` (as the
    reader sees it, citations removed), ``headline``, ``speaker`` (a view's ``@handle``), ``text``, ``cited``."""
    items, section = [], ""
    body = markdown.split("\n---\n", 1)[-1] if markdown.startswith("---") else markdown
    for line in body.splitlines():
        if line.startswith("#"):
            section = line.lstrip("#").strip()
            continue
        ids = [int(x) for x in _ID.findall(line)]
        if not ids:
            continue
        shown = _LIST.sub("", _CITES.sub("", line)).strip()
        head, speaker, text = None, None, shown
        m = _HEAD.match(shown)
        if m:
            head, text = m.group(1), shown[m.end():]
            sm = _SPEAKER.search(head)
            if sm:
                speaker, head = unescape(sm.group(1)), None
        items.append({"n": len(items) + 1, "section": section, "section_key": section_key(section, head and unescape(head)),
                      "item": unescape(shown),
                      "headline": unescape(head) if head else None, "speaker": speaker,
                      "text": unescape(text).strip(), "cited": list(dict.fromkeys(ids))})
    return items


def candidate_items(grounding: dict) -> list[dict]:
    """The items the model first wrote (``first_written`` of ``*.grounding.json``), before any check: what the
    meaning check judges, faithful or not. Item numbers follow the grounding file's order."""
    items = []
    for c in grounding.get("first_written", []):
        if not c.get("cited_ids"):
            continue
        head = c.get("headline")
        shown = (f"**{head}**: " if head else "") + (f"@{c['speaker']}: " if c.get("speaker") else "") + c["text"]
        items.append({"n": len(items) + 1, "section": c["section"], "section_key": c["section"], "item": shown,
                      "headline": head, "speaker": c.get("speaker"), "text": c["text"],
                      "cited": list(dict.fromkeys(c["cited_ids"]))})
    return items


def section_key(heading: str, headline: str | None) -> str:
    """The pipeline's name of the section an item is in (``trends``, ``sentiment``, ``key_points``, ``views``,
    ``events``, ``tickers``, ``domain``, ``impact``, ``finance``, ``conclusion``), from the post's heading (zh or en)
    and, inside a section, the item's own label (``整体市场情绪``, ``对行业``, ``结论``...)."""
    from tweetsum.report.i18n import TEXT

    head = (headline or "").strip()
    for lang in ("zh", "en"):
        tx = TEXT[lang]
        if head == tx["sentiment"]:
            return "sentiment"
        if head in (tx["on_industry"], tx["on_market"], tx["on_society"]):
            return "impact"
        if head == tx["conclusion"]:
            return "conclusion"
        for key in ("trends", "key_points", "views", "events", "tickers"):
            if heading == tx[key]:
                return key
        if heading == tx["finance"]:
            return "finance"
        if heading.startswith(tx["domain"].split("{")[0]):
            return "domain"
    return heading


def with_tweets(items: list[dict], db: str | Path) -> list[dict]:
    """Each item with its cited tweets from the store (author handle and name, UTC time, text)."""
    from tweetsum.store.db import Store

    with Store(Path(db)) as store:
        tweets = store.get_many({i for it in items for i in it["cited"]})
    out = []
    for it in items:
        cited = []
        for i in it["cited"]:
            t = tweets.get(i)
            cited.append({"id": i, "missing": True} if t is None else
                         {"id": i, "handle": t.author_handle, "name": t.author_name,
                          "created_at": t.created_at.isoformat(), "text": t.text})
        out.append({**it, "tweets": cited})
    return out


def packet_markdown(items: list[dict]) -> str:
    lines = []
    for it in items:
        lines.append(f"## item {it['n']} — {it['section']}\n\n> {it['item']}\n")
        for t in it["tweets"]:
            if t.get("missing"):
                lines.append(f"- [{t['id']}] (not in the store)")
            else:
                text = t["text"].replace("\n", " ")
                lines.append(f"- [{t['id']}] @{t['handle']} ({t['name']}), {t['created_at'][:16]}: {text}")
        lines.append("")
    return "\n".join(lines)


def merge(packet: list[dict], labels: list[dict], post: str) -> list[dict]:
    """Gold rows: the packet's items with the careful reader's label and reason (matched by number, checked by
    citations), under the post's id."""
    by_n = {int(x["n"]): x for x in labels}
    rows = []
    for it in packet:
        lab = by_n.get(int(it["n"]))
        if lab is None or [int(i) for i in lab["cited"]] != it["cited"]:
            raise SystemExit(f"{post}: item {it['n']} has no matching label")
        rows.append({"post": post, **it, "label": lab["label"], "why": lab["why"]})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("post")
    ap.add_argument("db")
    ap.add_argument("--out", required=True)
    ap.add_argument("--md", default=None)
    ap.add_argument("--labels", default=None, help="a careful reader's labels (JSON lines): write gold rows")
    ap.add_argument("--post-id", default=None, help="the post's id in the gold set (with --labels)")
    ap.add_argument("--candidates", action="store_true",
                    help="POST is a *.grounding.json: the items the model first wrote, before the check")
    a = ap.parse_args()

    def read_items() -> list[dict]:
        if a.candidates:
            return candidate_items(json.loads(Path(a.post).read_text("utf-8")))
        return post_items(Path(a.post).read_text("utf-8"))

    if a.labels:
        packet = with_tweets(read_items(), a.db)
        labels = [json.loads(x) for x in Path(a.labels).read_text("utf-8").splitlines() if x.strip()]
        rows = merge(packet, labels, a.post_id or Path(a.post).stem)
        for r in rows:
            r["stage"] = "first_written" if a.candidates else "published"
        Path(a.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        print(f"{len(rows)} gold rows -> {a.out}")
        return
    items = with_tweets(read_items(), a.db)
    Path(a.out).write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    if a.md:
        Path(a.md).write_text(packet_markdown(items), "utf-8")
    print(f"{len(items)} items -> {a.out}")


if __name__ == "__main__":
    main()
