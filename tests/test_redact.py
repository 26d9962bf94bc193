"""Privacy option: e-mails, phone numbers, private @handles and authors are masked; nothing else changes."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tweetsum.core.tweet import Tweet
from tweetsum.core.redact import EMAIL_MASK, HANDLE_MASK, PHONE_MASK, Redactor, load_public_accounts

R = Redactor({"OpenAI", "@sama", "nvidia"})


@pytest.mark.parametrize("text,expected", [
    ("mail me at jane.doe+ai@example.com today", f"mail me at {EMAIL_MASK} today"),
    ("Contact: J_Smith@mail.example.co.uk.", f"Contact: {EMAIL_MASK}."),
    ("two: a@b.io, c.d@e-f.org", f"two: {EMAIL_MASK}, {EMAIL_MASK}"),
    ("联系邮箱：wang.wei@example.cn 谢谢", f"联系邮箱：{EMAIL_MASK} 谢谢"),
    ("<press@corp.example.com>", f"<{EMAIL_MASK}>"),
])
def test_emails(text, expected):
    assert R.redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "call +1 415 555 0132 now", "call +44 20 7946 0958 now", "call +49 (0)30 1234567 now",
    "call +86 138 0013 8000 now", "call +33 1 23 45 67 89 now", "call +81-3-1234-5678 now",
    "call +14155550132 now", "call (415) 555-0132 now", "call 415-555-0132 now", "call 415.555.0132 now",
    "call 1-800-555-0199 now", "call 020 7946 0958 now", "call 07700 900123 now", "call 030 1234567 now",
    "call 03-1234-5678 now", "call 01 23 45 67 89 now", "call 13800138000 now", "call 138 0013 8000 now",
    "call 138-0013-8000 now", "call (030) 123 4567 now", "电话：13912345678。", "tel +39 06 6982 1234.",
])
def test_phone_numbers_are_masked(text):
    out = R.redact_text(text)
    assert PHONE_MASK in out and sum(c.isdigit() for c in out.replace(PHONE_MASK, "")) <= 0 + \
        sum(c.isdigit() for c in text.split("call")[0]), (text, out)


@pytest.mark.parametrize("text", [
    "Price: $1,299.99 or €1.299,00 or ¥12000", "Raised $450,000,000 at a 2.5B valuation",
    "Launch on 2026-01-21, review 21.01.2026 and 01/21/2026", "Back in 2024 and 2025, 1999-2003 too",
    "at 16:01:36 +0800 sharp", "tweet 2013798845577871368 and id 1050118621198921728",
    "https://x.com/nvidia/status/2013798845577871368", "v1.2.3 and version 10.0.19045",
    "growth of 12.5% to 1234567 users", "ISBN 978-3-16-148410-0", "GPU count 100000 and 1,000,000 tokens",
    "score 98.7 (n=1200), p<0.001", "$NVDA 135.20 → 142.85 (+5.6%)", "营收 1234567 万元，同比 +23.4%",
    "order #12345678 shipped", "1.2 3.4 5.6 7.8", "Series B: 2026 02 15",
])
def test_numbers_that_are_not_phones_are_kept(text):
    assert R.redact_text(text) == text


@pytest.mark.parametrize("text,expected", [
    ("thanks @alice_w and @OpenAI", f"thanks {HANDLE_MASK} and @OpenAI"),
    ("@SAMA said hi to @bob", f"@SAMA said hi to {HANDLE_MASK}"),
    ("RT @carol: news", f"RT {HANDLE_MASK}: news"),
    ("(cc @dave)", f"(cc {HANDLE_MASK})"),
    ("全角＠zhang_san 你好", f"全角{HANDLE_MASK} 你好"),
    ("not a handle: a@b, email x@y.com", f"not a handle: a@b, email {EMAIL_MASK}"),
    ("profile https://x.com/eve123 and https://twitter.com/nvidia/status/1",
     "profile https://x.com/[redacted] and https://twitter.com/nvidia/status/1"),
    ("https://x.com/i/status/123 stays", "https://x.com/i/status/123 stays"),
])
def test_handles(text, expected):
    assert R.redact_text(text) == expected


def test_public_accounts_case_and_at_sign():
    r = Redactor(["@Foo", " bar ", ""])
    assert r.redact_text("@foo @BAR @baz") == f"@foo @BAR {HANDLE_MASK}"
    assert r.redact_text("") == "" and r.redact_text("plain text") == "plain text"


def _tw(**kw):
    base = dict(id=2013798845577871368, author_handle="jane_doe", author_name="Jane Doe",
                created_at=datetime(2026, 1, 21, tzinfo=timezone.utc),
                text="@bob @nvidia call me 415-555-0132 or jane@example.com", mentions=["bob", "nvidia"],
                in_reply_to_handle="bob", in_reply_to_id=1, like_count=5)
    base.update(kw)
    return Tweet(**base)


def test_redact_tweet_pseudonymises_private_authors():
    t = _tw()
    r = R.redact_tweet(t)
    p = R.pseudonym("jane_doe")
    assert p.startswith("user_") and len(p) == len("user_") + 6
    assert r.author_handle == p and r.author_name == p
    assert r.text == f"{HANDLE_MASK} @nvidia call me {PHONE_MASK} or {EMAIL_MASK}"
    assert r.mentions == [R.pseudonym("bob"), "nvidia"] and r.in_reply_to_handle == R.pseudonym("bob")
    # everything else is untouched, and the input is not modified
    assert (r.id, r.created_at, r.like_count, r.in_reply_to_id) == (t.id, t.created_at, 5, 1)
    assert t.author_handle == "jane_doe" and "jane@example.com" in t.text


def test_pseudonyms_are_stable_distinct_and_keyed():
    a, b = Redactor(set()), Redactor(set())
    assert a.pseudonym("Jane_Doe") == b.pseudonym("jane_doe") == a.pseudonym("@JANE_DOE")
    names = {a.pseudonym(f"user{i}") for i in range(3000)}
    assert len(names) == 3000  # collisions get a longer name instead of merging two authors
    assert Redactor(set(), salt="s3cret").pseudonym("jane_doe") != a.pseudonym("jane_doe")


def test_public_author_kept():
    r = R.redact_tweet(_tw(author_handle="OpenAI", author_name="OpenAI", text="hi @openai"))
    assert (r.author_handle, r.author_name, r.text) == ("OpenAI", "OpenAI", "hi @openai")


def test_grouping_by_author_survives(tmp_path):
    tweets = [_tw(id=i, author_handle=h) for i, h in enumerate(["a1", "b2", "a1", "A1"])]
    out = R.redact_tweets(tweets)
    assert out[0].author_handle == out[2].author_handle == out[3].author_handle != out[1].author_handle


def test_load_public_accounts(tmp_path):
    p = tmp_path / "public.txt"
    p.write_text("# accounts\n@OpenAI\nsama  # ceo\n\n", encoding="utf-8")
    assert load_public_accounts(p) == {"OpenAI", "sama"}


def test_cjk_neighbours():
    assert R.redact_text("电话13912345678谢谢") == f"电话{PHONE_MASK}谢谢"
    assert R.redact_text("营收1234567万元") == "营收1234567万元"
