"""Named scenario rules: the judgement "open weights win here, an API wins there", as data."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .provenance import Record

Fact = Literal[
    "data_sensitivity",
    "must_stay_in_house",
    "fine_tune",
    "latency_target_ms",
    "quality_need",
    "needs",
    "team_fte",
    "tokens_per_month",
    "above_break_even",
]


class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fact: Fact
    op: Literal["eq", "in", "lt", "gt", "contains_any"]
    value: bool | float | int | str | list[str]

    def holds(self, facts: dict) -> bool:
        actual = facts.get(self.fact)
        if actual is None:
            return False
        if self.op == "eq":
            return actual == self.value
        if self.op == "in":
            return actual in self.value  # type: ignore[operator]
        if self.op == "lt":
            return actual < self.value
        if self.op == "gt":
            return actual > self.value
        return bool(set(actual) & set(self.value))  # type: ignore[arg-type]


class ScenarioRule(Record):
    """When every condition holds, candidates of the favoured kind gain points (or the others are excluded)."""

    name: str
    summary: str = Field(description="the reason shown to the user")
    name_de: str | None = Field(default=None, description="the name in German, shown in the German UI and report")
    summary_de: str | None = Field(default=None, description="the summary in German")
    question: int = Field(ge=1, le=5, description="which of the five questions the rule speaks to")
    favours: Literal["open-weight", "api"]
    points: float = Field(ge=0, le=50)
    excludes_other: bool = Field(default=False, description="the other kind is disqualified unless pinned")
    when: list[Condition] = Field(min_length=1)
