"""What the assessment found besides scores: why a candidate is out, and what could go wrong.

Both carry a message id (`kind`) and its parameters, so a view can render them in the user's language;
`message` is the English rendering the engine writes for the CLI and logs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .messages import english, say

Severity = Literal["high", "medium", "low"]
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}
Param = str | int | float | None


class Exclusion(BaseModel):
    """A candidate is out of the ranking; `question` names which of the five answered it (or a rule)."""

    question: int | Literal["rule"]
    reason: str
    kind: str = Field(default="", description="message id, e.g. 'license_blocked', 'does_not_fit'")
    params: dict[str, Param] = Field(default_factory=dict)
    rule: str | None = Field(default=None, description="the scenario rule's id when question is 'rule'")

    @classmethod
    def of(cls, question: int | Literal["rule"], kind: str, rule_id: str | None = None, **params: Param) -> Exclusion:
        """An exclusion whose reason is the English rendering of its message ("ex." + kind)."""
        if rule_id:
            params = {**params, "rule_id": rule_id}
        return cls(question=question, kind=kind, params=params, rule=rule_id,
                   reason=english(say(f"ex.{kind}", **params)))


class Risk(BaseModel):
    """One entry of the risk register."""

    kind: str = Field(description="message id, e.g. 'deprecation', 'stale_price', 'license_revocable'")
    severity: Severity
    subject: str = Field(description="what it is about: the use case and candidate it concerns")
    message: str
    source: str = Field(default="", description="the clause or page the risk rests on")
    params: dict[str, Param] = Field(default_factory=dict)
    use_case: str | None = None
    candidate: str | None = None
    recommended: bool = Field(default=False, description="it concerns the option recommended for its use case")


def sort_risks(risks: list[Risk]) -> list[Risk]:
    """Recommended options first, then by severity; duplicates (same kind, subject and message) once."""
    seen, out = set(), []
    for r in sorted(risks, key=lambda r: (not r.recommended, SEVERITY_ORDER[r.severity])):
        key = (r.kind, r.subject, r.message)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
