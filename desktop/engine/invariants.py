"""What an assessment may never contain, whatever the input: a negative or non-finite amount of money or
volume, a non-finite number anywhere, or a score outside 0-100.

Inputs are bounded where they come in (desktop.domain.portfolio), so these hold by construction; this
check is the last door: an assessment that breaks one is refused with a typed error instead of being
shown, recommended or signed.
"""

from __future__ import annotations

import math
from typing import Any

# Keys whose numbers are money or volumes: never below zero.
NON_NEGATIVE = frozenset({
    "monthly", "monthly_total", "tco", "tco_total", "capex", "total_monthly", "total_tco", "cost_per_million_tokens",
    "hardware", "power", "colocation", "staff", "maintenance", "api", "migration", "vendor_fees", "switching",
    "break_even_tokens_per_month", "cash_out_by_year", "tco_present_value", "share", "running",
})
SCORE_KEYS = frozenset({"total"})  # inside a "score" object
# The engine of issue 10 keeps score.total in 0-100 (rule points listed apart). Until that lands, rule
# points may lift a total above 100, so the score bound is checked only when this is True.
SCORE_BOUNDS_ENFORCED = True
MAX_PROBLEMS = 20


class AssessmentRefused(ValueError):
    """The engine refuses to return an assessment that breaks an invariant; the message names where."""


def _walk(value: Any, where: str, parent_key: str, in_score: bool, out: list[str], scores: bool) -> None:
    if len(out) >= MAX_PROBLEMS:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{where}.{key}" if where else str(key), str(key), in_score or key == "score", out, scores)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _walk(item, f"{where}[{i}]", parent_key, in_score, out, scores)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int | float):
        if not math.isfinite(value):
            out.append(f"{where} is {value} (not a finite number)")
        elif parent_key in NON_NEGATIVE and value < 0:
            out.append(f"{where} is {value:g} (negative)")
        elif scores and in_score and parent_key in SCORE_KEYS and not 0 <= value <= 100:
            out.append(f"{where} is {value:g} (a score outside 0-100)")


def check_assessment(assessment, scores: bool | None = None) -> list[str]:
    """Every broken invariant of a PortfolioAssessment (or its JSON form), as 'where is what' lines."""
    data = assessment.model_dump(mode="python") if hasattr(assessment, "model_dump") else assessment
    out: list[str] = []
    _walk(data, "", "", False, out, SCORE_BOUNDS_ENFORCED if scores is None else scores)
    return out


def _money_ok(*values: float | None) -> bool:
    return all(v is None or (math.isfinite(v) and v >= 0) for v in values)


def looks_sound(pa) -> bool:
    """A fast pass over the figures the engine computes (money, volumes, shares, scores); the full walk in
    `check_assessment` runs only when this finds something, to name it."""
    if not _money_ok(pa.total_monthly, pa.total_tco, pa.total_capex, pa.total_tco_present_value,
                     *pa.cash_out_by_year, *pa.monthly_breakdown.model_dump().values()):
        return False
    if not all(_money_ok(m.monthly, m.share) for m in pa.mix):
        return False
    if not all(_money_ok(s.monthly, s.tco, s.capex, s.tco_present_value) for s in pa.scenarios):
        return False
    if not all(_money_ok(p.monthly_total, p.capex, p.tco_total, p.break_even_tokens_per_month) for p in pa.platforms):
        return False
    for ua in pa.use_cases:
        for ca in ua.candidates:
            c, sc = ca.cost, ca.score
            m = c.monthly
            if not _money_ok(c.monthly_total, c.capex, c.tco_total, c.cost_per_million_tokens, c.tco_present_value,
                             c.running_monthly, c.end_book_value, c.break_even_tokens_per_month,
                             *c.cash_out_by_year, min(c.tco, default=0.0), max(c.tco, default=0.0), m.hardware,
                             m.power, m.colocation, m.staff, m.maintenance, m.api, m.migration):
                return False
            scores = [sc.total, sc.weighted, *(x.score for x in sc.subscores)]
            if not all(math.isfinite(x) for x in scores) or not 0 <= sc.total <= 100:
                return False
    return True


def enforce(assessment):
    """The assessment itself, or AssessmentRefused naming what is wrong."""
    if hasattr(assessment, "use_cases") and looks_sound(assessment):
        return assessment
    problems = check_assessment(assessment)
    if problems:
        raise AssessmentRefused("the assessment cannot be trusted: " + "; ".join(problems[:5])
                                + (f"; and {len(problems) - 5} more" if len(problems) > 5 else ""))
    return assessment


def enforced(func):
    """Decorator for the engine's entry point: its result passes `enforce` or is refused."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return enforce(func(*args, **kwargs))

    return wrapper
