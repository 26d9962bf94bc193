"""The per-topic "map" stage: structured sections for each topic, cited by tweet id.

``summarize_topics`` processes topics in order and a topic's sections back to back, so the topic's tweet block
(the prompt prefix) is evaluated once and every further section only evaluates its short task. Each section is
JSON-schema constrained, validated (parse + schema + citations), retried once with a bigger bounded budget,
and otherwise replaced by an extractive answer from the representative tweets, with the reason recorded.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tweetsum.core.textcheck import cjk_share, headline_chinese
from tweetsum.core.tweet import Topic, Tweet
from tweetsum.llm.engine import ContextOverflow, Engine, GenerationFailed
from tweetsum.llm.prompts import SECTIONS, Prompt, neutralize, task_text
from tweetsum.llm.schemas import SchemaError, extractive, max_output_tokens, parse_and_validate, section_schema, to_ids
from tweetsum.llm.stats import CallStats
from tweetsum.summarize.answers import clean_answer, retry_feedback, tidy_cut
from tweetsum.summarize.plan import CHARS_PER_TOKEN, MAX_TWEETS, TopicPlan, plan_topic, topic_symbols

DEFAULT_SECTIONS = ("summary", "key_points", "views", "events")
REPEAT_PENALTY = 1.1  # greedy decoding with 1.0 looped on Qwen 0.5B (issue 10); 1.1 stopped it on the demo
RETRY_REPEAT_PENALTY = 1.3
# Copy suppression (Engine.complete copy_ngram): no run of more than COPY_NGRAM tokens of the prompt in an
# answer. Told "do not copy", the 1.5B still pasted Chinese tweets: on the demo 9 of 16 quotes replaced
# verbatim copies; with copy suppression at 8 tokens the model-written share went from 54 % to 66 %.
COPY_NGRAM = 12
# Shorter runs (8) pushed the model into dodges that change meaning ("MoE 模型" -> "Moe框架", "要 weeks",
# "加速.card": demo, 1.5B); 12 still blocks a pasted sentence. The regeneration of an item already rejected
# as a copy asks for a condensed summary under a tighter bound (REGEN_COPY_NGRAM).
REGEN_COPY_NGRAM = 6


@dataclass
class SectionResult:
    name: str
    data: dict[str, Any]  # parsed answer; citations as "tweet_ids"
    first_try_valid: bool
    retries: int
    fallback: bool
    fallback_reason: str | None = None
    errors: list[str] = field(default_factory=list)
    calls: list[CallStats] = field(default_factory=list)
    note: str | None = None  # why a section is empty, if it is

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "data": self.data, "first_try_valid": self.first_try_valid,
                "retries": self.retries, "fallback": self.fallback, "fallback_reason": self.fallback_reason,
                "errors": self.errors, "note": self.note, "calls": [c.to_dict() for c in self.calls]}


@dataclass
class TopicSummary:
    topic_id: int
    label: str
    lang: str
    model: str
    prompt_tweet_ids: list[int]  # tweet number i+1 in the prompt is prompt_tweet_ids[i]
    dropped_ids: list[int]  # members left out to fit the context (least representative first)
    missing_ids: list[int]  # member ids with no tweet in tweets_by_id
    sections: dict[str, SectionResult]
    prefix_tokens: int = 0

    @property
    def calls(self) -> list[CallStats]:
        return [c for s in self.sections.values() for c in s.calls]

    @property
    def prompt_tokens(self) -> int:
        return sum(c.prompt_tokens for c in self.calls if not c.from_cache)

    @property
    def evaluated_tokens(self) -> int:
        return sum(c.evaluated_tokens for c in self.calls if not c.from_cache)

    def to_dict(self) -> dict[str, Any]:
        return {"topic_id": self.topic_id, "label": self.label, "lang": self.lang, "model": self.model,
                "prompt_tweet_ids": self.prompt_tweet_ids, "dropped_ids": self.dropped_ids,
                "missing_ids": self.missing_ids, "prefix_tokens": self.prefix_tokens,
                "sections": {k: v.to_dict() for k, v in self.sections.items()}}


def _reps(plan: TopicPlan, tweets_by_id: dict[int, Tweet]) -> list[tuple[int, str, str, list[str]]]:
    pool = plan.kept or [tweets_by_id[i] for i in plan.topic.representative_ids if i in tweets_by_id] or \
        [tweets_by_id[i] for i in plan.topic.member_ids if i in tweets_by_id]
    return [(t.id, t.author_handle, t.text, list(t.cashtags)) for t in pool[:6]]


def _fallback(section: str, plan: TopicPlan, tweets_by_id: dict[int, Tweet], reason: str,
              first_try_valid: bool, retries: int, errors: list[str], calls: list[CallStats]) -> SectionResult:
    reps = _reps(plan, tweets_by_id)
    note = None
    if not reps:
        data: dict[str, Any] = {}
        note = "no tweets of this topic are available"
    else:
        data = extractive(section, reps, [k for k, _ in plan.topic.keywords])
        items = next(iter(data.values())) if section != "summary" else None
        if isinstance(items, list) and not items:
            note = ("no cashtags in the topic's representative tweets" if section == "tickers"
                    else "no items could be extracted")
    return SectionResult(section, data, first_try_valid, retries, True, reason, errors, calls, note)


def first_call(plan: TopicPlan, section: str, lang: str, max_tokens: int | None = None
               ) -> tuple[Prompt, dict, int] | None:
    """The prompt, schema and token budget of a section's first attempt (None: a tickers section whose
    tweets carry no cashtag)."""
    numbers = list(range(1, len(plan.kept) + 1))
    handles = [t.author_handle for t in plan.kept]
    symbols = topic_symbols(plan.kept) if section == "tickers" else None
    if section == "tickers" and not symbols:
        return None
    schema = section_schema(section, numbers, handles, lang=lang, symbols=symbols)
    budget = max_tokens or max_output_tokens(schema, CHARS_PER_TOKEN.get(lang, 1.0))
    prompt = Prompt(plan.system, plan.data, task_text(section, lang), label=f"topic {plan.topic.id}/{section}")
    return prompt, schema, budget


def summarize_section(engine: Engine, plan: TopicPlan, section: str, tweets_by_id: dict[int, Tweet], *,
                      lang: str = "en", store=None, max_tokens: int | None = None,
                      on_token=None) -> SectionResult:
    """One section of one topic: constrained generation, validation, one retry, extractive fallback."""
    if not plan.kept:
        return _fallback(section, plan, tweets_by_id,
                         f"context too small: n_ctx={engine.n_ctx} leaves no room for any tweet", False, 0, [], [])
    first = first_call(plan, section, lang, max_tokens)
    if first is None:
        return _fallback(section, plan, tweets_by_id, "no cashtags in the tweets in the prompt", False, 0, [], [])
    prompt, schema, budget = first
    calls: list[CallStats] = []
    errors: list[str] = []
    attempts = [(budget, None, None, REPEAT_PENALTY, None)]
    first_valid = False
    for attempt in range(2):
        mt, temp, seed, rp, feedback = attempts[attempt]
        p = prompt
        if feedback:  # say what was wrong: the same prefix (KV reused), a task that names the fault
            note = (f" 注意：上一次的回答不合格（{feedback}），请改正。" if lang == "zh"
                    else f" Note: the previous answer was rejected ({feedback}); fix that.")
            p = Prompt(prompt.system, prompt.data, prompt.task + note, label=prompt.label)
        try:
            gen = engine.complete(p, schema=schema, max_tokens=mt, temperature=temp, seed=seed, store=store,
                                  on_token=on_token, repeat_penalty=rp, copy_ngram=COPY_NGRAM)
        except (ContextOverflow, GenerationFailed) as e:
            errors.append(str(e))
            break
        calls.append(gen.stats)
        try:
            value = parse_and_validate(gen.text, schema)
        except SchemaError as e:
            why = str(e)
            if gen.stats.finish_reason == "length":
                why = f"cut off at max_tokens={mt}: {why}"
            errors.append(why)
            # retry: a bigger but bounded budget, and a little temperature so greedy decoding can leave its rut
            room = engine.n_ctx - gen.stats.prompt_tokens
            attempts.append((max(1, min(2 * mt, room)), 0.3, engine.seed + 1, RETRY_REPEAT_PENALTY, None))
            continue
        if section == "events":
            value = _rename_events(engine, plan, value, lang, store, calls)
        value, why, _dropped = clean_answer(value, lang)
        if why is not None and section == "summary" and why.startswith("headline not in Chinese"):
            fixed = _retitle(engine, plan, value, lang, store, calls)
            if fixed is not None:
                value, why = fixed, None
                errors.append("title rewritten in Chinese")
        if why is not None:  # valid JSON that loops or is in the wrong language: retry, then fall back
            errors.append(why)
            attempts.append((mt, 0.3, engine.seed + 1, RETRY_REPEAT_PENALTY, retry_feedback(why, lang)))
            continue
        if attempt == 0:
            first_valid = True
        errors.extend(f"item dropped: {d}" for d in _dropped)
        data = to_ids(tidy_cut(value, schema), plan.number_to_id)
        return SectionResult(section, data, first_valid, attempt, False, None, errors, calls)
    return _fallback(section, plan, tweets_by_id, "model output invalid: " + " | ".join(errors), first_valid,
                     max(0, len(calls) - 1), errors, calls)


def fact_points(engine: Engine, plan: TopicPlan, tweets_by_id: dict[int, Tweet], *, lang: str = "en",
                store=None, batch: int = 0) -> SectionResult:
    """The key points of a topic as facts (:mod:`.facts`): each the restatement of one representative tweet,
    citing that tweet; the extractive fallback when no tweet gave a usable statement."""
    from tweetsum.summarize.facts import topic_facts

    if not plan.kept:  # the same context as every section's: a tweet that does not fit is not restated
        return _fallback("key_points", plan, tweets_by_id,
                         f"context too small: n_ctx={engine.n_ctx} leaves no room for any tweet", False, 0, [], [])
    facts = topic_facts(engine, plan.kept, lang, store=store, label=f"topic {plan.topic.id}/fact", batch=batch)
    calls = [c for f in facts for c in f.calls]
    if not facts:
        return _fallback("key_points", plan, tweets_by_id, "no tweet of the topic gave a usable statement",
                         False, 0, [], calls)
    data = {"key_points": [{"headline": f.headline or "", "explanation": f.text, "tweet_ids": [f.tweet_id]}
                           for f in facts]}
    return SectionResult("key_points", data, True, 0, False, None, [], calls)


def _ask_field(engine, plan: TopicPlan, task: str, key: str, max_len: int, store, calls: list) -> str | None:
    """One short fix-up call on the topic's cached prefix whose answer is one string field (None: unusable)."""
    from tweetsum.llm.schemas import obj, string

    schema = obj({key: string(max_len)})
    try:
        gen = engine.complete(Prompt(plan.system, plan.data, task, label=f"topic {plan.topic.id}/{key}"),
                              schema=schema, max_tokens=max_output_tokens(schema, 1.0), store=store,
                              repeat_penalty=REPEAT_PENALTY)
        calls.append(gen.stats)
        return parse_and_validate(gen.text, schema)[key].strip()
    except (SchemaError, ValueError, ContextOverflow):
        return None


def _retitle(engine, plan: TopicPlan, value: dict, lang: str, store, calls: list) -> dict | None:
    """A zh brief whose only fault is an English title ("AI Agent Framework Improvements"): ask for the title
    alone, in Chinese (one short call on the topic's cached prefix). The 1.5B names English-language topics in
    English; retried as a whole brief it did so again and the topic's trend became a quote (demo)."""
    from tweetsum.llm.schemas import limits

    if lang != "zh" or cjk_share(value.get("summary", "")) < 0.5:
        return None
    task = ("\n任务：为这个话题写一个中文标题（8到16个字，像新闻标题一样点明主题），产品名和公司名可保留英文，"
            f"但标题必须以中文为主。英文标题“{value.get('title', '')[:60]}”不合格。只输出一个 JSON 对象。")
    title = _ask_field(engine, plan, task, "title", limits(lang)["title"], store, calls)
    if title is None or not headline_chinese(title):
        return None
    return {**value, "title": title}


def _rename_events(engine, plan: TopicPlan, value: dict, lang: str, store, calls: list) -> dict:
    """An event whose detail is good but whose name is a bare category ("发布", "Launch"): ask for the name
    alone (one short call on the topic's cached prefix). The 1.5B named three of the demo's five topics'
    events "发布", first try and retry alike, and all six events became quotes; asked for the name of one
    described event, it names the actor and the act."""
    from tweetsum.llm.schemas import limits
    from tweetsum.summarize.answers import event_name_fault

    items = value.get("events") if isinstance(value, dict) else None
    if not isinstance(items, list):
        return value
    out = []
    for it in items:
        if isinstance(it, dict) and event_name_fault(it.get("event") or "", lang) and len(it.get("detail", "")) >= 12:
            detail = neutralize(it["detail"])[:240]
            task = (f"\n任务：下面这句话描述了推文中的一个事件：“{detail}”。为它写一个中文短名称，写成“谁做了什么”"
                    "（8到16个字），主体用推文里的真实公司、团队或产品名称，不能只写“发布”。只输出一个 JSON 对象。"
                    if lang == "zh" else
                    f"\nTask: this sentence describes an event the tweets report: \"{detail}\". Name it in a short "
                    "phrase that says who did what (4 to 10 words), with the real names from the tweets, not just "
                    "a category. Answer with one JSON object.")
            name = _ask_field(engine, plan, task, "event", limits(lang)["headline"], store, calls)
            if name is not None and not event_name_fault(name, lang):
                it = {**it, "event": name}
        out.append(it)
    return {**value, "events": out}


def summarize_topics(
    engine: Engine,
    topics: Sequence[Topic],
    tweets_by_id: dict[int, Tweet],
    *,
    lang: str = "en",
    sections: Sequence[str] | None = None,
    store=None,
    progress=None,
    max_tweets: int = MAX_TWEETS,
    max_tokens: dict[str, int] | None = None,
    batch: int = 0,
    on_topic: Callable[[int, int], None] | None = None,
    key_points_from: str = "facts",
) -> list[TopicSummary]:
    """Summarize each topic (in order), running its sections back to back.

    ``batch`` = n > 1 (in-process engine): the first attempts of a topic's sections are decoded together, n
    sequences in one batch over the shared prefix (:func:`tweetsum.llm.batch.prefetch`); retries, title
    rewrites and fallbacks then run one at a time as before.

    ``sections``: names from ``SECTIONS``; default: summary, key_points, views, events. ``store``: a :class:`tweetsum.store.Store` used as the result cache.
    ``progress``: True for a Rich progress bar on stderr (or pass a ``rich.progress.Progress``).
    ``max_tokens``: per-section output budget overrides (default: derived from each schema's bounds).
    ``on_topic``: called with (topics done, topics) as each topic is summarized (from a worker thread when the
    engine spreads topics over server lanes; the calls are serialized).
    ``key_points_from``: "facts" (default: one restatement per representative tweet, :mod:`.facts`) or "topic"
    (the former single prompt over the whole topic block, kept for comparison on the gold set).
    """
    if key_points_from not in ("facts", "topic"):
        raise ValueError(f"key_points_from must be 'facts' or 'topic', not {key_points_from!r}")
    if lang not in ("en", "zh"):
        raise ValueError(f"unknown output language {lang!r} (use 'en' or 'zh')")
    if sections is not None:
        bad = [s for s in sections if s not in SECTIONS]
        if bad:
            raise ValueError(f"unknown section(s) {bad} (known: {', '.join(SECTIONS)})")
    bar, own_bar = _progress(progress)
    # tickers are written post-wide by the reduce stage (one reaction per top cashtag); ask for the
    # per-topic section explicitly (``sections=[..., "tickers"]``, as `tweetsum bench` does)
    secs = list(sections) if sections is not None else list(DEFAULT_SECTIONS)
    done_lock, done = threading.Lock(), [0]

    def one(topic: Topic) -> TopicSummary:
        plan = plan_topic(engine, topic, tweets_by_id, secs, lang=lang, max_tweets=max_tweets,
                          max_tokens=max_tokens)
        task = bar.add_task(f"topic {topic.id}", total=len(secs)) if bar else None
        if batch > 1 and plan.kept and hasattr(engine, "prefetched"):
            from tweetsum.llm.batch import BatchRequest, prefetch

            firsts = filter(None, (first_call(plan, s, lang, (max_tokens or {}).get(s)) for s in secs
                                   if not (s == "key_points" and key_points_from == "facts")))
            prefetch(engine, [BatchRequest(p, sc, mt, REPEAT_PENALTY, COPY_NGRAM) for p, sc, mt in firsts],
                     store=store, n_seq=batch)
        out: dict[str, SectionResult] = {}
        for s in secs:  # back to back: the sections share the topic's prefix in the KV / prompt cache
            cb = None
            if bar is not None:
                def cb(n, el, _s=s, _t=task, _id=topic.id):
                    bar.update(_t, description=f"topic {_id} · {_s} · {n} tok · {n / el if el else 0:.1f} tok/s")
            if s == "key_points" and key_points_from == "facts":
                out[s] = fact_points(engine, plan, tweets_by_id, lang=lang, store=store, batch=batch)
            else:
                out[s] = summarize_section(engine, plan, s, tweets_by_id, lang=lang, store=store,
                                           max_tokens=(max_tokens or {}).get(s), on_token=cb)
            if bar is not None:
                bar.advance(task)
        if on_topic is not None:
            with done_lock:
                done[0] += 1
                on_topic(done[0], len(topics))
        return TopicSummary(topic.id, topic.label, lang, engine.spec.name, [t.id for t in plan.kept],
                            plan.dropped_ids, plan.missing_ids, out, plan.prefix_tokens)

    try:
        map_lanes = getattr(engine, "map_lanes", None)  # a server engine: topics spread over its slots
        if map_lanes is not None and len(topics) > 1:
            return map_lanes(list(topics), one)
        return [one(t) for t in topics]
    finally:
        if own_bar:
            bar.stop()


def _progress(progress):
    if not progress:
        return None, False
    if progress is True:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       console=Console(stderr=True), transient=False)
        bar.start()
        return bar, True
    return progress, False
