"""An events item stands only on a tweet that reports a happening (tweetsum/verify/happening.py, report/citations.py).

The policy part is fast (a reader that answers from a fixed set, scripted model answers); the reading itself runs
on the real packaged default model (Qwen2.5-Coder-1.5B), whose margin the threshold was chosen on
(``benchmarks/bench_events.py``). Prompt evaluation only: seconds."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import require_model
from tests.test_report_compose import ScriptedEngine
from tweetsum.core.tweet import Tweet
from tweetsum.report.content import Item
from tweetsum.report.policy import Composer

T0 = datetime(2026, 1, 21, 9, 0, tzinfo=timezone.utc)


def _tw(i, text, handle):
    return Tweet(id=i, author_handle=handle, author_name=handle.title(), text=text, created_at=T0)


# invented tweets of the two kinds the careful readers told apart (none is in either ruler)
LAUNCH = _tw(1, "Globex announced today that it has acquired Initech for $2.1B in cash. The deal closes in Q3.",
             "globex_news")
THESIS = _tw(2, "$GLBX is the simplest way to own the robotics boom without picking a winner. Boring thesis, great "
                "thesis.", "quant_mara")
HABIT = _tw(3, "New hires on our team ask the AI first, then search, and only then a person. We have to teach them "
               "when to ask.", "wang_dev")


class SetReader:
    """Reads as events exactly the tweets given (the policy's use of the reading, without the model)."""

    def __init__(self, events):
        self.events, self.asked = set(events), []

    def reports_event(self, t: Tweet) -> bool:
        self.asked.append(t.id)
        return t.id in self.events


def test_an_events_quote_is_never_a_tweet_that_reports_no_happening():
    # the en demo's two events faults: a failed event's place taken by a thesis or an anecdote (both readers:
    # mismatch, "not an event or development"); the item now has nothing to stand on and is dropped
    for tweet, text in ((THESIS, "quant_mara launched a $GLBX robotics fund worth $9B."),
                        (HABIT, "wang_dev's team launched an AI program for new hires worth $9B.")):
        comp = Composer("en", {tweet.id: tweet}, engine=ScriptedEngine([]), max_regenerations=0,
                        events_reader=SetReader({LAUNCH.id}))
        got = comp.ground("events", Item(text=text, headline="Fund launch", cites=[tweet.id]))
        assert got is None, got
        assert "no cited tweet is left to quote" in comp.grounding.items[-1].note
        assert comp.first_written[-1]["cited_ids"] == []  # relevant, but no event: not a citation
    # an event the map stage could not write (an extractive stand-in) goes straight to the quote step: no quote
    comp = Composer("en", {2: THESIS}, engine=ScriptedEngine([]), max_regenerations=0,
                    events_reader=SetReader({LAUNCH.id}))
    assert comp.ground("events", Item(text=THESIS.text, cites=[2], source="extractive")) is None
    # the same failed item over a tweet that reports a happening is quoted in its place, as before
    comp = Composer("en", {1: LAUNCH}, engine=ScriptedEngine([]), max_regenerations=0,
                    events_reader=SetReader({LAUNCH.id}))
    got = comp.ground("events", Item(text="globex_news launched a fund worth $9B.", headline="Fund launch", cites=[1]))
    assert got is not None and got.source == "quote" and got.cites == [1]


def test_an_events_item_cites_only_its_event_tweets_and_other_sections_are_not_asked():
    text = "Globex acquired Initech for $2.1B in cash, and quant_mara calls $GLBX a boring thesis, great thesis."
    reader = SetReader({LAUNCH.id})
    comp = Composer("en", {1: LAUNCH, 2: THESIS}, engine=ScriptedEngine([]), max_regenerations=0,
                    events_reader=reader)
    comp.ground("events", Item(text=text, headline="Globex buys Initech", cites=[1, 2]))
    assert comp.first_written[-1]["cited_ids"] == [1]
    reader.asked.clear()
    comp.ground("key_points", Item(text=text, cites=[1, 2]))
    assert reader.asked == [] and comp.first_written[-1]["cited_ids"] == [1, 2]  # a key point needs no happening
    # with no reader (a model server: no scoring) the rule stands aside
    comp = Composer("en", {1: LAUNCH, 2: THESIS}, engine=ScriptedEngine([]), max_regenerations=0)
    comp.ground("events", Item(text=text, headline="Globex buys Initech", cites=[1, 2]))
    assert comp.first_written[-1]["cited_ids"] == [1, 2]


@pytest.fixture(scope="module")
def reading(tmp_path_factory):
    require_model("qwen1.5b")
    from tweetsum.llm.engine import Engine
    from tweetsum.store.db import Store
    from tweetsum.verify.happening import EventReading

    e = Engine("qwen1.5b", n_ctx=1024, n_threads=2)
    with Store(tmp_path_factory.mktemp("events") / "e.db") as store:
        yield EventReading(e, store)
    e.close()


def test_the_model_reads_announcements_and_results_as_events_and_opinions_as_none(reading):
    # clear events sit near +3, opinions near 0; a habit anecdote ("new hires ask the AI first") at 0.5-0.7 is
    # where the reader is weak (benchmarks/bench_events.py: 26 of 32 unseen events kept, 41 of 94 non-events refused)
    for text in (LAUNCH.text, "The Rangers beat the Bruins 4-2 tonight; Zibanejad scored twice.",
                 "青云科技今天发布了 2.0 版本，推理速度提升 40%。"):
        assert reading.reports_event(_tw(9, text, "x")), (text, reading.margin(text))
    for text in (THESIS.text, "Honestly, every team should write its runbooks before it needs them.",
                 "我觉得大模型的价格战迟早会结束，拼的是单位成本。"):
        assert not reading.reports_event(_tw(9, text, "x")), (text, reading.margin(text))


def test_a_reading_is_served_from_the_store_the_second_time(reading):
    from tweetsum.verify.happening import EventReading

    first = reading.margin(LAUNCH.text)
    again = EventReading(reading.engine, reading.store)  # a new run: no memo, the store has it
    n = len(reading.engine.calls)
    assert again.margin(LAUNCH.text) == pytest.approx(first)
    assert [c.from_cache for c in reading.engine.calls[n:]] == [True, True]


def test_a_failed_reading_leaves_the_item_to_the_other_checks(reading, monkeypatch):
    from tweetsum.llm.errors import GenerationFailed
    from tweetsum.verify.happening import EventReading

    r = EventReading(reading.engine, None)

    def boom(*a, **k):
        raise GenerationFailed("scoring failed")

    monkeypatch.setattr(reading.engine, "score", boom)
    assert r.reports_event(THESIS) and r.failures == ["scoring failed"]
    from tweetsum.run import scoring_notes  # and the report's notes say so

    assert scoring_notes({"the events reader": r, "unused": None}) == [
        "the events reader: 1 scoring call(s) failed, the rules stood alone there (first: scoring failed)"]
