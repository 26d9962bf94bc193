"""The composer's grounding decisions, with a scripted engine (fast; the real model is in test_report_pipeline)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from tweetsum.model import Tweet
from tweetsum.report.content import Author, Item
from tweetsum.report.grounding import check_item, extract_claims
from tweetsum.report.pipeline import Composer, cjk_share


def _tw(i, text, handle="alice", name="Alice A"):
    return Tweet(id=i, author_handle=handle, author_name=name, text=text,
                 created_at=datetime(2026, 1, 21, 9, 0, tzinfo=timezone.utc))


TWEETS = {
    1: _tw(1, "NVIDIA shipped 3 million GPUs this quarter, $NVDA up 4% #AI", "bob", "Bob B"),
    2: _tw(2, "OpenAI is raising at a $800 billion valuation according to reports"),
    3: _tw(3, "智谱发布了GLM-4.7-Flash，在消费级显卡上就能运行", "zhou", "周"),
}


@dataclass
class _Stats:
    prompt_tokens: int = 10
    evaluated_tokens: int = 10
    from_cache: bool = False


@dataclass
class _Gen:
    text: str
    stats: _Stats


class ScriptedEngine:
    """Answers every regeneration with the next scripted text; counts calls."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.prompts = []

    def complete(self, prompt, **kw):
        self.prompts.append(prompt)
        return _Gen(json.dumps({"text": self.answers.pop(0)}), _Stats())


def test_claims_extracted_by_kind():
    kinds = dict((v, k) for k, v in extract_claims("Jensen Huang said $NVDA rose 4% to 3 million units @bob #AI"))
    assert kinds["NVDA"] == "cashtag" and kinds["bob"] == "handle" and kinds["AI"] == "hashtag"
    assert kinds["4%"] == "number" and kinds["3e6"] == "number" and kinds["Jensen Huang"] == "name"


def test_supported_and_unsupported_claims():
    ok = check_item("x", "NVIDIA shipped 3 million GPUs, $NVDA up 4%", [TWEETS[1]])
    assert ok.supported, ok.claims
    bad = check_item("x", "NVIDIA shipped 5 million GPUs, $AMD up 4%", [TWEETS[1]])
    assert {c.value for c in bad.claims if not c.supported} == {"5e6", "AMD"}
    # number formats and width normalise: 800 billion == 800B; full-width digits
    assert check_item("x", "OpenAI valued at ８００ billion", [TWEETS[2]]).supported
    assert not check_item("x", "OpenAI valued at 900 billion", [TWEETS[2]]).supported


def test_model_item_kept_when_supported():
    comp = Composer("en", TWEETS, engine=ScriptedEngine([]))
    it = comp.ground("key_points", Item(text="$NVDA rose 4% as NVIDIA shipped GPUs", headline="NVIDIA", cites=[1]))
    assert it is not None and it.source == "model" and comp.grounding.items[-1].action == "kept"


def test_unsupported_item_regenerated_once_then_kept():
    eng = ScriptedEngine(["NVIDIA shipped 3 million GPUs this quarter"])
    comp = Composer("en", TWEETS, engine=eng)
    it = comp.ground("events", Item(text="NVIDIA shipped 9 million GPUs", cites=[1]))
    assert it.text == "NVIDIA shipped 3 million GPUs this quarter"
    assert comp.grounding.items[-1].action == "regenerated" and len(eng.prompts) == 1
    # the regeneration prompt carries only the cited tweet, as data
    assert "[1] @bob" in eng.prompts[0].data and "OpenAI" not in eng.prompts[0].data


def test_unsupported_twice_becomes_extractive_line_from_cited_tweet():
    eng = ScriptedEngine(["NVIDIA shipped 7 million GPUs"])
    comp = Composer("zh", TWEETS, engine=eng)
    it = comp.ground("views", Item(text="他们出货了9百万块GPU", author=Author("Bob B", "bob"), cites=[1]))
    # a view keeps its author in bold, so the quote itself is not prefixed with the handle again
    assert it.source == "extractive" and it.text.startswith("「NVIDIA shipped 3 million")
    assert it.author.handle == "bob"
    chk = comp.grounding.items[-1]
    assert chk.action == "replaced_extractive" and chk.supported


def test_item_without_citations_is_dropped():
    comp = Composer("en", TWEETS, engine=ScriptedEngine([]))
    assert comp.ground("events", Item(text="Something about Apple", cites=[])) is None
    assert comp.grounding.items[-1].action == "dropped"
    assert comp.grounding.summary()["items"] == 0  # dropped items are not in the published post


def test_wrong_language_is_not_published_for_zh():
    eng = ScriptedEngine(["still English text about GLM"])
    comp = Composer("zh", TWEETS, engine=eng)
    it = comp.ground("key_points", Item(text="GLM runs on consumer GPUs", headline="GLM", cites=[3]))
    assert it.source == "extractive" and cjk_share(it.text) > 0.3


def test_cjk_share_ignores_handles_and_tickers():
    assert cjk_share("@someone $NVDA 今天大涨") == 1.0
    assert cjk_share("the model is good") == 0.0


def test_extractive_lines_never_repeat_a_tweet_and_pick_the_best_match():
    comp = Composer("en", TWEETS, engine=None)
    a = comp.ground("events", Item(text="OpenAI valuation 900 billion", cites=[1, 2]))
    assert a.cites == [2]  # the cited tweet sharing most words with the item, not simply the first
    b = comp.ground("events", Item(text="OpenAI valuation 950 billion", cites=[2]))
    assert b is None and comp.grounding.items[-1].action == "dropped"  # tweet 2 is already quoted


def test_regeneration_budget_is_capped():
    eng = ScriptedEngine(["wrong 1", "wrong 2", "wrong 3"])
    comp = Composer("en", TWEETS, engine=eng, max_regenerations=2)
    for n in (7, 8, 9):
        comp.ground("events", Item(text=f"NVIDIA shipped {n} million GPUs", cites=[1, 2, 3]))
    assert len(eng.prompts) == 2 and comp.regenerations == 2


def test_unsupported_headline_falls_back_to_topic_keywords():
    comp = Composer("en", TWEETS, engine=None)
    it = comp.ground("key_points", Item(text="Apple bought NVIDIA", headline="Apple deal", cites=[1],
                                        alt_headline="nvidia · gpus"))
    assert it.headline == "nvidia · gpus" and it.source == "extractive"


def test_content_free_model_text_is_not_published():
    comp = Composer("en", TWEETS, engine=None)
    it = comp.ground("views", Item(text="1", author=Author("Bob B", "bob"), cites=[1]))
    assert it.source == "extractive"  # "1" is a supported number, but says nothing


def test_keyword_headline_not_carried_by_the_quoted_tweet_is_left_out():
    comp = Composer("en", TWEETS, engine=None)
    it = comp.ground("key_points", Item(text="Apple bought it", headline="Apple", cites=[2], alt_headline="$NVDA · gpus"))
    assert it.headline is None and comp.grounding.items[-1].supported
