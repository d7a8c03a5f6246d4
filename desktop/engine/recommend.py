"""Score candidates on the five questions, apply the named scenario rules, and recommend a mix.

Sub-scores are 0-100 with named reasons; the user weights the questions and can pin a choice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, Field

from desktop.domain import ApiOffering, Model, ScenarioRule
from desktop.domain.portfolio import Organisation, QuestionWeights, UseCase

from .findings import Exclusion
from .license import LicenseAssessment, Verdict
from .messages import Message, built, english, say
from .sizing import SizingResult

QUESTIONS = {1: "license", 2: "hardware", 3: "use case", 4: "support", 5: "cost"}
VERDICT_SCORE = {
    Verdict.allowed: 100.0,
    Verdict.allowed_with_obligations: 85.0,
    Verdict.needs_review: 45.0,
    Verdict.blocked: 0.0,
}
TIER_SCORE = {"frontier": 92.0, "strong": 78.0, "mid": 62.0, "small": 42.0}
NEED_LEVEL = {"basic": 45.0, "strong": 72.0, "frontier": 90.0}


class SubScore(BaseModel):
    question: int
    topic: str
    score: float = Field(ge=0, le=100)
    reasons: list[str] = Field(default_factory=list, description="English renderings of `messages`")
    messages: list[Message] = Field(default_factory=list)

    @classmethod
    def of(cls, question: int, topic: str, score: float, reasons: list[Message]) -> SubScore:
        """Built without validation, for the engine's own figures (clamped into 0-100 here)."""
        return built(cls, question=question, topic=topic, score=min(100.0, max(0.0, float(score))),
                     reasons=[english(m) for m in reasons], messages=reasons)


class RuleHit(BaseModel):
    rule: str
    name: str
    summary: str
    question: int
    favours: str
    points: float
    excludes_other: bool


class CandidateScore(BaseModel):
    candidate: str
    kind: str
    subscores: list[SubScore]
    rules: list[RuleHit] = Field(default_factory=list)
    weighted: float = Field(description="weighted mean of the five sub-scores")
    rule_points: float = Field(default=0.0, description="points of the scenario rules that favour this kind")
    total: float = Field(ge=0, le=100, description="0-100: weighted mean and rule points, scaled; 0 when excluded")
    combination: str = Field(default="", description="how the total was made, in numbers")
    excluded: bool = False
    exclusions: list[Exclusion] = Field(default_factory=list)
    exclusion_reasons: list[str] = Field(default_factory=list, description="the exclusions' reasons, in order")


def license_score(lic: LicenseAssessment) -> SubScore:
    reasons = [say("q1.verdict", verdict=lic.verdict.value, license=lic.license)]
    deciding = lic.deciding_reason
    if deciding and deciding.impact in ("blocks", "review"):
        reasons.append(say("q1.deciding", clause=deciding.clause, summary=deciding.summary[:160]))
    if lic.obligations:
        reasons.append(say("q1.obligations", count=len(lic.obligations)))
    return SubScore.of(1, "license", VERDICT_SCORE[lic.verdict], reasons=reasons)


def hardware_score(uc: UseCase, sizing: SizingResult | None, api: ApiOffering | None, replicas: int) -> SubScore:
    w = uc.workload
    if sizing is None:
        reasons = [say("q2.vendor_hosted")]
        score = 90.0
        if api and api.typical_latency_ms and w.latency_target_ms and api.typical_latency_ms > w.latency_target_ms:
            score -= 30
            reasons.append(say("q2.vendor_latency_miss", latency_ms=api.typical_latency_ms, target_ms=w.latency_target_ms))
        return SubScore.of(2, "hardware", score, reasons=reasons)
    if not sizing.fits or sizing.max_concurrency_at_context < 1:
        # Only a real misfit excludes a candidate (see `exclusions`); a slow fit scores low but stays in.
        return SubScore.of(2, "hardware", 0.0,
                           reasons=[say("q2.no_fit"), *(say("q2.warning", text=x) for x in sizing.warnings[:2])])
    score, reasons = 100.0, [
        say("q2.fits", used_gb=sizing.memory.total_gb, usable_gb=sizing.memory.usable_gb),
        say("q2.speed", tokens_per_s=sizing.decode_tokens_per_s, ttft_s=sizing.ttft_s),
    ]
    if w.latency_target_ms:
        ttft_ms = sizing.ttft_s * 1000
        if ttft_ms > w.latency_target_ms:
            score -= min(60.0, 60.0 * (ttft_ms / w.latency_target_ms - 1))
            reasons.append(say("q2.ttft_miss", ttft_ms=ttft_ms, target_ms=w.latency_target_ms))
    if w.min_tokens_per_s and sizing.decode_tokens_per_s < w.min_tokens_per_s:
        score -= min(60.0, 60.0 * (1 - sizing.decode_tokens_per_s / w.min_tokens_per_s) * 2)
        reasons.append(say("q2.speed_miss", tokens_per_s=sizing.decode_tokens_per_s, target=w.min_tokens_per_s))
    if replicas > 1:
        reasons.append(say("q2.replicas", replicas=replicas))
    return SubScore.of(2, "hardware", max(0.0, score), reasons=reasons)


def use_case_score(uc: UseCase, candidate_id: str, tier: str, capabilities: Sequence[str],
                   modalities: Sequence[str]) -> SubScore:
    if candidate_id in uc.evaluations:
        value = uc.evaluations[candidate_id]
        return SubScore.of(3, "use case", value, reasons=[say("q3.own_evaluation", score=value)])
    need = NEED_LEVEL[uc.quality_need]
    have = TIER_SCORE[tier]
    score = 100.0 - max(0.0, need - have) * 2.0
    reasons = [say("q3.generic_tier", tier=tier, need=uc.quality_need)]
    if "vision" in uc.needs and "image" not in modalities:
        score = min(score, 15.0)
        reasons.append(say("q3.no_image"))
    missing = [n for n in uc.needs if n not in ("vision", "chat") and capabilities and n not in capabilities]
    if missing:
        score -= 5 * len(missing)
        reasons.append(say("q3.not_strong_in", needs=", ".join(missing)))
    return SubScore.of(3, "use case", max(0.0, score), reasons=reasons)


def support_score(model: Model | None, api: ApiOffering | None, today: dt.date) -> SubScore:
    if model is None:
        assert api is not None
        reasons = [say("q4.vendor_runs", vendor=api.vendor)]
        score = 85.0
        if api.deprecation_date is not None and api.deprecation_date > today:
            score = 60.0
            reasons.append(say("q4.deprecates", date=api.deprecation_date.isoformat()))
        return SubScore.of(4, "support", score, reasons=reasons)
    s = model.support
    engines = len(s.engines)
    score = {0: 5, 1: 20, 2: 30}.get(engines, 40)
    score += {"large": 30, "medium": 20, "small": 10}[s.community]
    reasons = [say("q4.maintainer", maintainer=s.maintainer),
               say("q4.engines", count=engines, engines=", ".join(s.engines) or "—"),
               say("q4.community", community=s.community)]
    if s.last_update and (today - s.last_update).days <= 365:
        score += 30
        reasons.append(say("q4.updated", date=s.last_update.isoformat()))
    else:
        score += 15
        reasons.append(say("q4.stale") if s.last_update else say("q4.update_unknown"))
    return SubScore.of(4, "support", float(min(100, score)), reasons=reasons)


def cost_score(tco: float, best_tco: float, currency: str) -> SubScore:
    score = min(100.0, 100.0 * best_tco / tco) if tco > 0 else 100.0
    return SubScore.of(5, "cost", score, reasons=[say("q5.tco", tco=tco, currency=currency, share=score)])


def rule_facts(uc: UseCase, org: Organisation, above_break_even: bool | None) -> dict:
    return {
        "data_sensitivity": uc.data_sensitivity,
        "must_stay_in_house": uc.must_stay_in_house,
        "fine_tune": uc.usage.fine_tune,
        "latency_target_ms": uc.workload.latency_target_ms,
        "quality_need": uc.quality_need,
        "needs": list(uc.needs),
        "team_fte": org.team_fte,
        "tokens_per_month": uc.workload.tokens_per_month,
        "above_break_even": above_break_even,
    }


def matching_rules(rules: list[ScenarioRule], facts: dict) -> list[ScenarioRule]:
    return [r for r in rules if all(c.holds(facts) for c in r.when)]


def combine(subscores: list[SubScore], weights: QuestionWeights) -> float:
    w = {1: weights.license, 2: weights.hardware, 3: weights.use_case, 4: weights.support, 5: weights.cost}
    total_w = sum(w[s.question] for s in subscores)
    if total_w == 0:
        return 0.0
    return sum(w[s.question] * s.score for s in subscores) / total_w


def score_candidate(
    candidate_id: str, kind: str, subscores: list[SubScore], hits: list[ScenarioRule], weights: QuestionWeights,
    exclusions: list[Exclusion], most_points: float,
) -> CandidateScore:
    """Weighted mean of the sub-scores plus the points of the rules that favour this kind, scaled by the
    most points any kind can gain in this use case so the total stays within 0-100 and the ranking is
    that of `weighted + points`. Rules that favour the other kind and exclude this one add an exclusion."""
    family = "open-weight" if kind == "self-hosted" else "api"
    weighted = combine(subscores, weights)
    rule_hits, points = [], 0.0
    exclusions = list(exclusions)
    for rule in hits:
        rule_hits.append(RuleHit(rule=rule.id, name=rule.name, summary=rule.summary, question=rule.question,
                                 favours=rule.favours, points=rule.points, excludes_other=rule.excludes_other))
        if rule.favours == family:
            points += rule.points
        elif rule.excludes_other:
            exclusions.append(Exclusion.of("rule", "rule_excludes", rule_id=rule.id, rule=rule.name,
                                           summary=rule.summary))
    scale = 100.0 / (100.0 + most_points)
    total = min(100.0, max(0.0, (weighted + points) * scale))
    if most_points:
        how = (f"(weighted mean {weighted:.1f} + rule points {points:g}) × 100 / (100 + {most_points:g}, the most "
               f"points any option can gain here) = {total:.1f}")
    else:
        how = f"weighted mean of the five questions = {total:.1f}"
    if exclusions:
        total, how = 0.0, "excluded: " + exclusions[0].reason
    return CandidateScore(candidate=candidate_id, kind=kind, subscores=subscores, rules=rule_hits,
                          weighted=round(weighted, 1), rule_points=points, total=round(total, 1), combination=how,
                          excluded=bool(exclusions), exclusions=exclusions,
                          exclusion_reasons=[e.reason for e in exclusions])


def most_rule_points(hits: list[ScenarioRule]) -> float:
    """The most points either kind (open weights, API) gains from the rules that hold in a use case."""
    return max((sum(r.points for r in hits if r.favours == f) for f in ("open-weight", "api")), default=0.0)
