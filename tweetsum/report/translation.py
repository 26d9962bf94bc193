"""A Chinese tweet in an English post is quoted, not translated (a rule of the grounding policy, :mod:`.policy`).

The mirror of the zh posts' rule for English tweets (:func:`.restate.restatable`: "mistranslations were the
restatements' faults"). Read against their tweets, the distinct published model items of the en posts in the gold
set whose every cited tweet is Chinese were faithful or minor 3 times in 11; quotes of such tweets 5 times in 6
(the sixth under an event name it did not fit, a headline events quotes no longer carry) --
``benchmarks/data/faithfulness/``, en demo posts, the only multilingual window. The 1.5B mistranslates what the
careful reader reads plainly: "两种都有，但第二种更多，大约占四成：模型已经算对了，又自我怀疑改错了" (two failure kinds, the
second about 40 %) became "**Two Models Used: Second More Accurate**: The first model has a 40% accuracy rate"; a
team that "must teach them when to ask a person" became "**New Intern's Advice on Asking Help**" -- both in every
en demo post since 0d1f757, both unfaithful. The analyses of the window keep their own repair.
"""
from __future__ import annotations

from tweetsum.core.textcheck import cjk_share

TRANSLATED = "a Chinese tweet in an English post is quoted, not translated"


def translates(comp, item, section: str) -> bool:
    """A model item of an English post (not an analysis of the window) whose every cited tweet is Chinese."""
    from tweetsum.report.policy import is_analysis  # policy imports this module

    cited = [comp.tweets[i] for i in item.cites if i in comp.tweets]
    return comp.lang != "zh" and bool(cited) and not is_analysis(section) \
        and all(cjk_share(t.text) >= 0.5 for t in cited)
