"""What the check says about one published item: the faults it found, each with its kind and reason."""
from __future__ import annotations

from dataclasses import dataclass, field

# the careful reader's labels (../shared/faithfulness/README.md), most severe first; the check names the same kinds
SEVERITY = ("unfaithful", "mismatch", "truncated", "vacuous", "minor", "faithful")
NOT_FAITHFUL = frozenset({"unfaithful", "mismatch", "truncated", "vacuous"})


@dataclass
class Fault:
    kind: str  # one of SEVERITY's not-faithful kinds
    rule: str  # the rule that found it ("crowd", "direction", "support", ...)
    why: str  # the statement at fault and what the tweets say, in a line

    def to_dict(self) -> dict:
        return {"kind": self.kind, "rule": self.rule, "why": self.why}


@dataclass
class Verdict:
    faults: list[Fault] = field(default_factory=list)

    @property
    def faithful(self) -> bool:
        return not self.faults

    @property
    def label(self) -> str:
        """The most severe fault's kind, or "faithful"."""
        kinds = {f.kind for f in self.faults}
        return next((k for k in SEVERITY if k in kinds), "faithful")

    def add(self, kind: str, rule: str, why: str) -> None:
        self.faults.append(Fault(kind, rule, why))

    def reason(self) -> str | None:
        return "; ".join(f"{f.rule}: {f.why}" for f in self.faults) or None

    def to_dict(self) -> dict:
        return {"label": self.label, "faults": [f.to_dict() for f in self.faults]}
