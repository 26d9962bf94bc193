"""A zh brief whose only fault is an English title gets its title rewritten in one short call (issue 10)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from types import SimpleNamespace

from tweetsum.core.tweet import Topic, Tweet
from tweetsum.summarize.plan import plan_topic
from tweetsum.summarize.topic_map import summarize_section

TW = {i: Tweet(id=i, author_handle=f"u{i}", author_name="U", text=f"Agent framework v0.9 ships replay debugger {i}",
               created_at=datetime(2026, 1, 21, tzinfo=timezone.utc)) for i in (1, 2, 3)}
TOPIC = Topic(0, 3, [("agent", 1.0)], [1, 2, 3], [1, 2, 3])


class Fake:
    n_ctx = 4096
    seed = 0

    def __init__(self, title_answer):
        self.title_answer = title_answer
        self.labels = []

    def count_tokens(self, text):
        return len(text) // 3 + 1

    def tokenize_prompt(self, p):
        n = len(p.system + p.data + p.task) // 3
        return list(range(n)), n - 5

    def complete(self, prompt, *, schema, **kw):
        self.labels.append(prompt.label)
        if prompt.label.endswith("/title"):
            text = json.dumps({"title": self.title_answer}, ensure_ascii=False)
        else:
            text = json.dumps({"title": "AI Agent Framework Improvements", "summary": "多位开发者指出，代理框架 v0.9 加入了回放调试器。",
                               "sentiment": "positive", "sentiment_reason": "开发者认为调试更容易。", "tweets": [1, 2]},
                              ensure_ascii=False)
        return SimpleNamespace(text=text, stats=SimpleNamespace(finish_reason="stop", prompt_tokens=10))


def _run(title_answer):
    eng = Fake(title_answer)
    plan = plan_topic(eng, TOPIC, TW, ["summary"], lang="zh")
    return eng, summarize_section(eng, plan, "summary", TW, lang="zh")


def test_english_title_is_rewritten_and_the_brief_kept():
    eng, res = _run("代理框架加入回放调试器")
    assert not res.fallback and res.data["title"] == "代理框架加入回放调试器"
    assert res.data["summary"].startswith("多位开发者指出") and "title rewritten in Chinese" in res.errors
    assert eng.labels == ["topic 0/summary", "topic 0/title"]


def test_a_rewrite_still_in_english_falls_back_as_before():
    eng, res = _run("Agent Framework Update")
    assert res.fallback and "headline not in Chinese" in res.fallback_reason


class FakeEvents(Fake):
    """Events answered with a bare category as the name; the rename call answers ``title_answer``."""

    def complete(self, prompt, *, schema, **kw):
        self.labels.append(prompt.label)
        if prompt.label.endswith("/event"):
            text = json.dumps({"event": self.title_answer}, ensure_ascii=False)
        else:
            text = json.dumps({"events": [{"event": "发布", "detail": "开源代理框架发布了 v0.9 版本，加入了回放调试器。",
                                           "tweets": [1, 2]}]}, ensure_ascii=False)
        return SimpleNamespace(text=text, stats=SimpleNamespace(finish_reason="stop", prompt_tokens=10))


def _events(name_answer):
    eng = FakeEvents(name_answer)
    plan = plan_topic(eng, TOPIC, TW, ["events"], lang="zh")
    return eng, summarize_section(eng, plan, "events", TW, lang="zh")


def test_a_generic_event_name_is_renamed_and_the_event_kept():
    eng, res = _events("开源代理框架发布v0.9")
    assert not res.fallback and res.data["events"][0]["event"] == "开源代理框架发布v0.9"
    assert res.data["events"][0]["detail"].startswith("开源代理框架") and eng.labels == ["topic 0/events", "topic 0/event"]


def test_a_rename_still_generic_leaves_the_section_to_its_retry_and_fallback():
    eng, res = _events("发布")
    assert res.fallback and "event name too generic" in res.fallback_reason
