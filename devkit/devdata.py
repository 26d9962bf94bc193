"""Fixture builders for tests and benchmarks: the same tweets in every input format.

Source rows are TweetTopic records (``../shared/data/tweettopic/train_2020.jsonl``: ``id``, ``date``, ``text``,
``label``, ``label_name``); their true UTC time is the snowflake time of ``id`` (whole seconds, as every source
format carries). Each builder writes what the real producer writes — the official X archive (folder or zip,
optionally several accounts and long posts), scraper JSONL, X API v2 JSON pages and CSV — so tests can assert
that all of them ingest to the same rows. Engagement counts are deterministic functions of the id.
"""
from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import random
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tweetsum.core.entities import cashtags_in, hashtags_in, mentions_in, urls_in
from tweetsum.core.tweet import snowflake_time

LONG_POST_CUT = 200
DEFAULT_HANDLE = "tweettopic"
DEFAULT_NAME = "TweetTopic Sample"


def shared_dir() -> Path:
    """``../shared`` next to the repository (tests skip when it is absent)."""
    return Path(__file__).resolve().parents[1].parent / "shared"


def tweettopic_path() -> Path:
    return shared_dir() / "data" / "tweettopic" / "train_2020.jsonl"


def load_tweettopic(path: str | os.PathLike | None = None, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path or tweettopic_path(), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if limit is not None and len(rows) >= limit:
                    break
    return rows


@dataclass
class DevTweet:
    """One fixture tweet with every field a builder may write."""

    id: int
    created_at: datetime
    text: str
    handle: str
    name: str
    lang: str = "en"
    like_count: int = 0
    retweet_count: int = 0
    reply_count: int = 0
    quote_count: int = 0
    hashtags: list[str] = field(default_factory=list)
    cashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    label: int | None = None


def _counts(tweet_id: int) -> tuple[int, int, int, int]:
    h = hashlib.blake2b(str(tweet_id).encode(), digest_size=8).digest()
    return h[0] * 3 + h[1] % 7, h[2] % 40, h[3] % 25, h[4] % 9


def account_handles(accounts: int) -> list[str]:
    if accounts <= 1:
        return [DEFAULT_HANDLE]
    return [f"tt_user{k:02d}" for k in range(accounts)]


def dev_tweets(rows: Iterable[dict], accounts: int = 1) -> list[DevTweet]:
    """TweetTopic rows -> DevTweets (author chosen deterministically from the id when ``accounts`` > 1)."""
    handles = account_handles(accounts)
    out = []
    for r in rows:
        tid = int(r["id"])
        created = snowflake_time(tid)
        if created is None:
            raise ValueError(f"id {tid} is not a snowflake id")
        h = handles[zlib.crc32(str(tid).encode()) % len(handles)]
        like, rt, rep, q = _counts(tid)
        text = r["text"]
        out.append(DevTweet(
            id=tid, created_at=created.replace(microsecond=0), text=text, handle=h,
            name=DEFAULT_NAME if accounts <= 1 else f"TweetTopic {h}", like_count=like, retweet_count=rt,
            reply_count=rep, quote_count=q, hashtags=hashtags_in(text), cashtags=cashtags_in(text),
            mentions=mentions_in(text), urls=urls_in(text), label=r.get("label"),
        ))
    return out


# -- official archive ------------------------------------------------------------------------------

def twitter_date(d: datetime) -> str:
    return d.astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S +0000 %Y")


def _tco(key: object) -> str:
    return "https://t.co/" + hashlib.sha1(str(key).encode()).hexdigest()[:10]


def _indices(text: str, needle: str) -> list[str]:
    i = max(text.find(needle), 0)
    return [str(i), str(i + len(needle))]


def _archive_tweet(t: DevTweet, long_posts: bool) -> tuple[dict, dict | None]:
    text, note = t.text, None
    ents_text = text
    urls = [{"url": _tco(u), "expanded_url": u, "display_url": u.split("://", 1)[-1][:24],
             "indices": _indices(text, u)} for u in t.urls]
    if long_posts and len(text) > LONG_POST_CUT:
        link = _tco(t.id)
        ents_text = text[:LONG_POST_CUT].rstrip()
        text = f"{ents_text}… {link}"
        urls = [{"url": link, "expanded_url": f"https://twitter.com/i/web/status/{t.id}",
                 "display_url": f"twitter.com/i/web/status/{str(t.id)[:6]}…", "indices": _indices(text, link)}]
        note = {"noteTweet": {
            "noteTweetId": str(t.id + 7),
            "updatedAt": t.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "lifecycle": {"value": "0", "name": "Draft", "originalName": "Draft", "annotations": {}},
            "createdAt": t.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "core": {
                "styletags": [], "text": t.text,
                "urls": [{"shortUrl": _tco(u), "expandedUrl": u} for u in t.urls],
                "mentions": [{"screenName": m} for m in t.mentions],
                "cashtags": [{"text": c} for c in t.cashtags],
                "hashtags": [{"text": h} for h in t.hashtags],
            },
        }}
    ht, ct, mt = (hashtags_in(ents_text), cashtags_in(ents_text), mentions_in(ents_text)) if note else (
        t.hashtags, t.cashtags, t.mentions)
    tweet = {
        "edit_info": {"initial": {"editTweetIds": [str(t.id)], "editableUntil": "", "editsRemaining": "5",
                                  "isEditEligible": True}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [{"text": h, "indices": _indices(text, "#" + h)} for h in ht],
            "symbols": [{"text": c, "indices": _indices(text, "$" + c)} for c in ct],
            "user_mentions": [{"name": m, "screen_name": m, "indices": _indices(text, m), "id_str": "0", "id": "0"}
                              for m in mt],
            "urls": urls,
        },
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(t.like_count),
        "id_str": str(t.id),
        "truncated": False,
        "retweet_count": str(t.retweet_count),
        "id": str(t.id),
        "created_at": twitter_date(t.created_at),
        "favorited": False,
        "full_text": html.escape(text, quote=False),
        "lang": t.lang,
    }
    return {"tweet": tweet}, note


def _ytd(name: str, items: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2, ensure_ascii=False,
                                                      separators=(",", " : ")) + "\n"


def _account_files(handle: str, name: str, tweet_count: int, note_count: int) -> dict[str, str]:
    account = [{"account": {"email": f"{handle}@example.invalid", "createdVia": "web", "username": handle,
                            "accountId": str(zlib.crc32(handle.encode())), "createdAt": "2012-01-01T00:00:00.000Z",
                            "accountDisplayName": name}}]
    manifest = {
        "userInfo": {"accountId": str(zlib.crc32(handle.encode())), "userName": handle, "displayName": name},
        "archiveInfo": {"sizeBytes": "0", "generationDate": "2024-01-01T00:00:00.000Z", "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "dataTypes": {
            "tweets": {"files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0",
                                  "count": str(tweet_count)}]},
            "noteTweet": {"files": [{"fileName": "data/note-tweet.js", "globalName": "YTD.note_tweet.part0",
                                     "count": str(note_count)}]},
        },
    }
    return {
        "data/account.js": _ytd("account", account),
        "data/manifest.js": "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2, separators=(",", " : ")),
    }


def official_archive_files(tweets: Sequence[DevTweet], long_posts: bool = False) -> dict[str, dict[str, str]]:
    """{handle: {relative name: text}} for each account's archive."""
    by_handle: dict[str, list[DevTweet]] = {}
    for t in tweets:
        by_handle.setdefault(t.handle, []).append(t)
    out = {}
    for handle, ts in by_handle.items():
        items, notes = [], []
        for t in sorted(ts, key=lambda x: x.id, reverse=True):  # exports list newest first
            item, note = _archive_tweet(t, long_posts)
            items.append(item)
            if note:
                notes.append(note)
        files = _account_files(handle, ts[0].name, len(items), len(notes))
        files["data/tweets.js"] = _ytd("tweets", items)
        files["data/note-tweet.js"] = _ytd("note_tweet", notes)
        files["data/like.js"] = _ytd("like", [])
        out[handle] = files
    return out


def write_official_archive(rows: Iterable[dict], out: str | os.PathLike, *, as_zip: bool = False,
                           accounts: int = 1, long_posts: bool = False) -> Path:
    """Write an official-layout archive of ``rows``.

    ``accounts == 1``: ``out`` becomes the archive folder (``out/data/tweets.js``) or zip. ``accounts > 1``: one
    archive per handle, as ``out/<handle>/data/…`` folders or one zip with ``<handle>/data/…`` entries.
    """
    tweets = dev_tweets(rows, accounts)
    per = official_archive_files(tweets, long_posts)
    out = Path(out)
    if as_zip:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for handle, files in per.items():
                prefix = "" if accounts <= 1 else f"{handle}/"
                for name, text in files.items():
                    zf.writestr(prefix + name, text)
        return out
    for handle, files in per.items():
        root = out if accounts <= 1 else out / handle
        (root / "data").mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (root / name).write_text(text, encoding="utf-8")
    return out


# -- scraper JSONL, API v2, CSV --------------------------------------------------------------------

def _iso(d: datetime) -> str:
    return d.astimezone(timezone.utc).isoformat()


def scraper_record(t: DevTweet) -> dict:
    """twscrape-shaped record."""
    return {
        "id": t.id, "id_str": str(t.id), "url": f"https://x.com/{t.handle}/status/{t.id}", "date": _iso(t.created_at),
        "user": {"id": zlib.crc32(t.handle.encode()), "username": t.handle, "displayname": t.name},
        "lang": t.lang, "rawContent": t.text, "replyCount": t.reply_count, "retweetCount": t.retweet_count,
        "likeCount": t.like_count, "quoteCount": t.quote_count, "conversationId": t.id,
        "hashtags": t.hashtags, "cashtags": t.cashtags,
        "mentionedUsers": [{"id": 0, "username": m, "displayname": m} for m in t.mentions],
        "links": [{"url": u, "text": u, "tcourl": _tco(u)} for u in t.urls],
        "retweetedTweet": None, "quotedTweet": None, "inReplyToTweetId": None, "inReplyToUser": None,
        "_type": "twscrape.models.Tweet",
    }


def write_jsonl(rows: Iterable[dict], out: str | os.PathLike, accounts: int = 1) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for t in dev_tweets(rows, accounts):
            f.write(json.dumps(scraper_record(t), ensure_ascii=False) + "\n")
    return out


def api_v2_pages(tweets: Sequence[DevTweet], page_size: int = 100) -> list[dict]:
    pages = []
    for i in range(0, len(tweets), page_size):
        chunk = tweets[i:i + page_size]
        data, users = [], {}
        for t in chunk:
            uid = str(zlib.crc32(t.handle.encode()))
            users[uid] = {"id": uid, "name": t.name, "username": t.handle}
            long = len(t.text) > 280
            d = {
                "id": str(t.id), "text": html.escape(t.text[:280] if long else t.text, quote=False),
                "created_at": t.created_at.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "author_id": uid, "lang": t.lang,
                "conversation_id": str(t.id), "edit_history_tweet_ids": [str(t.id)],
                "public_metrics": {"retweet_count": t.retweet_count, "reply_count": t.reply_count,
                                   "like_count": t.like_count, "quote_count": t.quote_count,
                                   "bookmark_count": 0, "impression_count": 100 + t.like_count * 10},
                "entities": {
                    "hashtags": [{"start": 0, "end": 0, "tag": h} for h in t.hashtags],
                    "cashtags": [{"start": 0, "end": 0, "tag": c} for c in t.cashtags],
                    "mentions": [{"start": 0, "end": 0, "username": m} for m in t.mentions],
                    "urls": [{"start": 0, "end": 0, "url": _tco(u), "expanded_url": u,
                              "display_url": u} for u in t.urls],
                },
            }
            if long:
                d["note_tweet"] = {"text": html.escape(t.text, quote=False)}
            data.append(d)
        pages.append({"data": data, "includes": {"users": list(users.values())},
                      "meta": {"result_count": len(data), "newest_id": str(chunk[0].id),
                               "oldest_id": str(chunk[-1].id)}})
    return pages


def write_api_v2(rows: Iterable[dict], out: str | os.PathLike, page_size: int = 100, accounts: int = 1,
                 jsonl: bool = False) -> Path:
    """X API v2 search pages: a JSON list of pages (or one page per line with ``jsonl=True``)."""
    pages = api_v2_pages(dev_tweets(rows, accounts), page_size)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        if jsonl:
            for p in pages:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        else:
            json.dump(pages, f, ensure_ascii=False, indent=1)
    return out


def _csv_list(items: list[str]) -> str:
    if any(" " in x or "|" in x for x in items):
        return json.dumps(items, ensure_ascii=False)
    return "|".join(items)


def write_csv(rows: Iterable[dict], out: str | os.PathLike, accounts: int = 1) -> Path:
    """CSV with the documented header (see :mod:`tweetsum.ingest.formats`)."""
    from tweetsum.ingest.formats import CSV_COLUMNS

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_COLUMNS)
        for t in dev_tweets(rows, accounts):
            w.writerow([t.id, _iso(t.created_at), t.handle, t.name, t.text, t.lang, t.like_count, t.retweet_count,
                        t.reply_count, t.quote_count, "", "", "", _csv_list(t.hashtags), _csv_list(t.cashtags),
                        _csv_list(t.mentions), _csv_list(t.urls)])
    return out


# -- synthetic archive for the benchmark ------------------------------------------------------------

_WORDS = ("the a of to and in is for on that with this it was at be by from are have new just more about time "
          "people market game music today year data model launch city team season price rate policy climate "
          "vote school water energy phone video film album match goal stock crypto chip cloud paper study health "
          "food travel coffee weekend night morning update thread story photo live news world local").split()


def synthesize_official_archive(n: int, out: str | os.PathLike, seed: int = 0, part_size: int = 250_000,
                                handle: str = "benchuser", long_share: float = 0.02) -> Path:
    """A realistic ``n``-tweet official archive folder (``tweets.js`` + ``tweets-partN.js``, note-tweet.js,
    account.js, manifest.js) with replies, retweets, quotes, entities and HTML entities. Deterministic in
    ``seed``. Written with string templates (fast enough for 1,000,000 tweets)."""
    rng = random.Random(seed)
    out = Path(out)
    (out / "data").mkdir(parents=True, exist_ok=True)
    base_ms = 1_600_000_000_000 - 1288834974657
    ms = base_ms
    dumps = json.dumps
    files_meta = []
    notes = []
    n_parts = max(1, -(-n // part_size))
    written = 0
    for part in range(n_parts):
        fname = "tweets.js" if part == 0 else f"tweets-part{part}.js"
        count = min(part_size, n - written)
        chunks = [f"window.YTD.tweets.part{part} = ["]
        for k in range(count):
            ms += rng.randint(1000, 90_000)
            tid = (ms << 22) | rng.getrandbits(12)
            created = datetime.fromtimestamp((ms + 1288834974657) // 1000, tz=timezone.utc)
            words = rng.choices(_WORDS, k=rng.randint(6, 40))
            hashtags = [w for w in rng.sample(_WORDS, rng.choice((0, 0, 0, 1, 2)))]
            mentions = [f"user{rng.randint(1, 5000)}" for _ in range(rng.choice((0, 0, 1, 1, 2)))]
            cash = ["BTC"] if rng.random() < 0.03 else []
            text = " ".join(words)
            if rng.random() < 0.1:
                text += " &amp; more &gt; less"
            reply = ""
            kind = rng.random()
            if kind < 0.12:
                text = f"RT @{mentions[0] if mentions else 'someone'}: {text}"[:140]
            elif kind < 0.35:
                rid = tid - rng.randint(1 << 22, 1 << 32)
                to = mentions[0] if mentions else f"user{rng.randint(1, 5000)}"
                text = f"@{to} {text}"
                reply = (f',\n      "in_reply_to_status_id_str" : "{rid}",\n      "in_reply_to_status_id" : "{rid}",'
                         f'\n      "in_reply_to_user_id" : "{rng.randint(1, 10**9)}",\n      '
                         f'"in_reply_to_screen_name" : "{to}"')
            text += "".join(f" #{h}" for h in hashtags) + "".join(f" ${c}" for c in cash)
            urls = []
            if rng.random() < 0.25:
                u = f"https://example.com/{rng.getrandbits(32):x}"
                tco = f"https://t.co/{rng.getrandbits(40):x}"
                text += f" {tco}"
                urls.append(f'{{\n            "url" : "{tco}",\n            "expanded_url" : "{u}",\n            '
                            f'"display_url" : "example.com/…",\n            "indices" : ["0", "23"]\n          }}')
            if rng.random() < long_share:
                tco = f"https://t.co/{rng.getrandbits(40):x}"
                full = text + " " + " ".join(rng.choices(_WORDS, k=80))
                text = full[:LONG_POST_CUT] + f"… {tco}"
                stamp = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
                notes.append(f'{{\n    "noteTweet" : {{\n      "noteTweetId" : "{tid + 1}",\n      "createdAt" : '
                             f'"{stamp}",\n      "updatedAt" : "{stamp}",\n      "core" : {{\n        "styletags" : [ ],'
                             f'\n        "urls" : [ ],\n        "text" : {dumps(full)},\n        "mentions" : [ ],'
                             f'\n        "cashtags" : [ ],\n        "hashtags" : [ ]\n      }}\n    }}\n  }}')
            ht = ", ".join(f'{{\n            "text" : "{h}",\n            "indices" : ["0", "5"]\n          }}'
                           for h in hashtags)
            mt = ", ".join(f'{{\n            "name" : "User {m}",\n            "screen_name" : "{m}",\n            '
                           f'"indices" : ["0", "9"],\n            "id_str" : "1",\n            "id" : "1"\n          }}'
                           for m in mentions)
            st = ", ".join(f'{{\n            "text" : "{c}",\n            "indices" : ["0", "4"]\n          }}'
                           for c in cash)
            chunks.append(
                ("\n  {\n" if k == 0 else ",\n  {\n") +
                f'    "tweet" : {{\n      "edit_info" : {{\n        "initial" : {{\n          "editTweetIds" : ["{tid}"],'
                f'\n          "editableUntil" : "2020-09-13T13:26:40.000Z",\n          "editsRemaining" : "5",\n'
                f'          "isEditEligible" : true\n        }}\n      }},\n      "retweeted" : false,\n      '
                f'"source" : "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",\n'
                f'      "entities" : {{\n        "hashtags" : [ {ht} ],\n        "symbols" : [ {st} ],\n'
                f'        "user_mentions" : [ {mt} ],\n        "urls" : [ {", ".join(urls)} ]\n      }},\n'
                f'      "display_text_range" : ["0", "{len(text)}"],\n      "favorite_count" : "{rng.randint(0, 300)}",'
                f'\n      "id_str" : "{tid}",\n      "truncated" : false,\n      "retweet_count" : '
                f'"{rng.randint(0, 50)}",\n      "id" : "{tid}",\n      "created_at" : "{twitter_date(created)}",'
                f'\n      "favorited" : false,\n      "full_text" : {dumps(text, ensure_ascii=False)},\n      '
                f'"lang" : "en"{reply}\n    }}\n  }}'
            )
        chunks.append("\n]\n")
        (out / "data" / fname).write_text("".join(chunks), encoding="utf-8")
        files_meta.append({"fileName": f"data/{fname}", "globalName": f"YTD.tweets.part{part}", "count": str(count)})
        written += count
    (out / "data" / "note-tweet.js").write_text(
        "window.YTD.note_tweet.part0 = [" + (" " + ", ".join(notes) + "\n" if notes else " ") + "]\n",
        encoding="utf-8")
    acc = _account_files(handle, "Bench User", 0, len(notes))
    (out / "data" / "account.js").write_text(acc["data/account.js"], encoding="utf-8")
    manifest = {"userInfo": {"accountId": "1", "userName": handle, "displayName": "Bench User"},
                "dataTypes": {"tweets": {"files": files_meta},
                              "noteTweet": {"files": [{"fileName": "data/note-tweet.js",
                                                       "globalName": "YTD.note_tweet.part0",
                                                       "count": str(len(notes))}]}}}
    (out / "data" / "manifest.js").write_text(
        "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2, separators=(",", " : ")), encoding="utf-8")
    return out
