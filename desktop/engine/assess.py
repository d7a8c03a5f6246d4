"""Assess a portfolio: every candidate of every use case on the five questions, then the mix.

One path for data: knowledge base -> domain objects -> these pure functions -> views and report.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from pydantic import BaseModel, Field

from desktop.domain import Accelerator, ApiOffering, CloudOffering, Model
from desktop.domain.portfolio import Candidate, Portfolio, UseCase
from desktop.domain.usage import UsageContext

from .cost import (
    Capacity,
    CostBreakdown,
    CostResult,
    api_monthly,
    api_price_per_token,
    break_even_volume,
    migration_monthly,
    self_hosted_monthly,
    tco_curve,
)
from .invariants import enforced
from .license import LicenseAssessment, Verdict, assess_license
from .recommend import (
    CandidateScore,
    cost_score,
    hardware_score,
    license_score,
    matching_rules,
    rule_facts,
    score_candidate,
    support_score,
    use_case_score,
)
from .sizing import SizingRequest, SizingResult, size


class CandidateAssessment(BaseModel):
    candidate: Candidate
    label: str
    license: LicenseAssessment | None = Field(default=None, description="None for proprietary APIs (vendor terms)")
    sizing: SizingResult | None = None
    cost: CostResult
    score: CandidateScore
    problems: list[str] = Field(default_factory=list, description="unknown ids and other input problems")


class UseCaseAssessment(BaseModel):
    use_case: str
    name: str
    candidates: list[CandidateAssessment]
    recommended: str | None = None
    recommended_label: str | None = None
    pinned: bool = False
    summary: str = ""


class MixItem(BaseModel):
    use_case: str
    name: str
    candidate: str | None
    label: str | None
    monthly: float
    share: float


class PortfolioAssessment(BaseModel):
    portfolio: str
    knowledge_base_version: str
    currency: str
    horizon_months: int
    use_cases: list[UseCaseAssessment]
    mix: list[MixItem]
    total_monthly: float
    total_tco: float
    risks: list[str]


@dataclass
class Catalog:
    """The knowledge the assessment reads, resolved once: id (lower-case) -> record."""

    version: str
    models: dict[str, Model]
    accelerators: dict[str, Accelerator]
    apis: dict[str, ApiOffering]
    clouds: dict[str, CloudOffering]
    licenses: dict
    rules: list
    aliases: dict[str, str]
    # Sizing and license results are pure functions of their inputs; candidates across use cases
    # often share them, so one catalog (one knowledge state) remembers them.
    _sizing: dict = field(default_factory=dict)
    _licenses: dict = field(default_factory=dict)

    def size(self, model: Model, acc: Accelerator, req: SizingRequest) -> SizingResult:
        key = (model.id, acc.id, req.precision, req.kv_precision, req.gpus, req.parallel, req.engine, req.context,
               req.concurrency, req.prompt)
        if key not in self._sizing:
            self._sizing[key] = size(model, acc, req, explain=False)
        return self._sizing[key]

    def license_assessment(self, model: Model, ctx: UsageContext) -> LicenseAssessment:
        key = (model.id, ctx.model_dump_json())
        if key not in self._licenses:
            found = [self.licenses[i.lower()] for i in model.license_ids if i.lower() in self.licenses]
            missing = [i for i in model.license_ids if i.lower() not in self.licenses]
            self._licenses[key] = assess_license(model, found, ctx, missing)
        return self._licenses[key]

    @classmethod
    def from_kb(cls, kb) -> Catalog:
        models = {m.id.lower(): m for m in kb.records("models")}
        aliases = {a.lower(): m.id.lower() for m in models.values() for a in m.aliases}
        return cls(
            version=kb.version,
            models=models,
            accelerators={g.id.lower(): g for g in kb.records("gpus")},
            apis={a.id.lower(): a for a in kb.records("apis")},
            clouds={c.id.lower(): c for c in kb.records("clouds")},
            licenses={lic.id.lower(): lic for lic in kb.records("licenses")},
            rules=kb.records("rules"),
            aliases=aliases,
        )

    def model(self, wanted: str) -> Model | None:
        key = wanted.lower()
        return self.models.get(key) or self.models.get(self.aliases.get(key, ""))


def effective_context(uc: UseCase, org) -> UsageContext:
    """The use case's context, with the organisation's group figures filling what it leaves at zero."""
    ctx = uc.usage
    updates = {}
    if not ctx.group_mau_at_release and org.group_mau:
        updates["group_mau_at_release"] = org.group_mau
    if not ctx.group_monthly_revenue_usd and org.group_monthly_revenue_usd:
        updates["group_monthly_revenue_usd"] = org.group_monthly_revenue_usd
    if "vision" in uc.needs and not ctx.multimodal:
        updates["multimodal"] = True
    return ctx.model_copy(update=updates) if updates else ctx


def capacity_for(model: Model, acc: Accelerator, cand: Candidate, uc: UseCase, cat: Catalog) -> tuple[SizingResult, Capacity]:
    w = uc.workload
    base = SizingRequest(
        precision=cand.precision, kv_precision=cand.kv_precision, gpus=cand.gpus, parallel=cand.parallel,
        engine=cand.engine, context=w.context_length, prompt=min(w.prompt_tokens, w.context_length),
        concurrency=1,
    )
    probe = cat.size(model, acc, base)
    conc = max(1, min(probe.max_concurrency_at_context, max(w.peak_concurrency, 1)))
    result = cat.size(model, acc, base.model_copy(update={"concurrency": conc})) if conc > 1 else probe
    if not probe.fits:
        result = probe
    capacity = Capacity(
        devices=cand.gpus,
        max_concurrency=probe.max_concurrency_at_context if probe.fits else 0,
        output_tokens_per_s=result.aggregate_tokens_per_s,
        prefill_tokens_per_s=result.prefill_tokens_per_s,
    )
    return result, capacity


class SelfHostedCurve:
    """Monthly self-hosting cost as a function of volume (a step function: replicas as load grows)."""

    def __init__(self, acc: Accelerator, capacity: Capacity, uc: UseCase, portfolio: Portfolio, cloud: CloudOffering | None):
        self.acc, self.capacity, self.uc, self.portfolio, self.cloud = acc, capacity, uc, portfolio, cloud
        a = portfolio.assumptions
        w = uc.workload
        busy = 0.0
        if capacity.output_tokens_per_s > 0:
            busy = (w.output_tokens_per_month / capacity.output_tokens_per_s
                    + w.input_tokens_per_month / max(capacity.prefill_tokens_per_s, 1e-9)) / (730 * 3600 * a.utilisation)
        self.busy_per_scale = busy  # replicas' worth of work at scale 1
        self.min_replicas = math.ceil(w.peak_concurrency / capacity.max_concurrency) if capacity.max_concurrency else 0
        self.migration = migration_monthly("self-hosted", a)

    @lru_cache(maxsize=256)  # noqa: B019 - a curve lives as long as one assessment
    def cost_for_replicas(self, replicas: int) -> tuple[CostBreakdown, float]:
        breakdown, capex = self_hosted_monthly(
            self.acc, self.capacity, replicas, self.portfolio.organisation, self.portfolio.assumptions, self.cloud
        )
        breakdown.migration = self.migration
        return breakdown, capex

    def replicas_at(self, scale: np.ndarray) -> np.ndarray:
        needed = np.ceil(self.busy_per_scale * scale)
        return np.maximum(np.maximum(needed, self.min_replicas), 1).astype(int)

    def monthly_at(self, scale: np.ndarray) -> np.ndarray:
        replicas = self.replicas_at(np.asarray(scale, dtype=float))
        unique, inverse = np.unique(replicas, return_inverse=True)
        costs = np.array([self.cost_for_replicas(int(r))[0].total for r in unique])
        return costs[inverse.reshape(replicas.shape)]

    def break_even(self, api_cost_at_scale_1: float, api_fixed: float = 0.0, window: int = 4) -> float | None:
        """Break-even in tokens per month against an API whose monthly cost is `api_fixed` plus a
        variable part of `api_cost_at_scale_1` at today's volume.

        Self-hosting cost is a step function of replicas; each replica serves `per_replica` tokens.
        Past the first few steps the cost grows by a near-constant amount per replica, so the crossing
        is found analytically and then checked exactly on the steps around it."""
        volume = self.uc.workload.tokens_per_month
        if api_cost_at_scale_1 <= 0 or volume <= 0 or not self.capacity.max_concurrency:
            return None
        price = api_cost_at_scale_1 / volume
        start = max(self.min_replicas, 1)
        if self.busy_per_scale <= 0:
            return break_even_volume([self.cost_for_replicas(start)[0].total - api_fixed], [math.inf], price)
        per_replica = volume / self.busy_per_scale

        def steps(first: int, last: int) -> float | None:
            lower = (first - 1) * per_replica if first > start else 0.0
            costs = [self.cost_for_replicas(r)[0].total - api_fixed for r in range(first, last + 1)]
            bounds = [r * per_replica for r in range(first, last + 1)]
            found = break_even_volume(costs, bounds, price)
            if found is not None:
                return max(found, lower)
            return None

        found = steps(start, start + window)
        if found is not None:
            return found
        a, b = start + window, start + 2 * window
        slope = (self.cost_for_replicas(b)[0].total - self.cost_for_replicas(a)[0].total) / (b - a)
        earns = price * per_replica
        if earns <= slope:
            return None  # each extra replica costs more than the tokens it serves are worth at API prices
        fixed = self.cost_for_replicas(a)[0].total - api_fixed - slope * a
        guess = max(a, math.ceil(fixed / (earns - slope)))
        return steps(max(start, guess - window), guess + window)


def self_hosted_curve(cand: Candidate, uc: UseCase, portfolio: Portfolio, cat: Catalog):
    """(cost curve, sizing, model, notes) of a self-hosted candidate, or a list of problems."""
    model = cat.model(cand.model or "")
    acc = cat.accelerators.get((cand.accelerator or "").lower())
    problems = []
    if model is None:
        problems.append(f"unknown model {cand.model!r}")
    if acc is None:
        problems.append(f"unknown accelerator {cand.accelerator!r}")
    if problems:
        return problems
    notes, cloud = [], None
    if cand.acquisition == "rent":
        cloud = cat.clouds.get((cand.cloud or "").lower()) if cand.cloud else None
        if cloud is not None and cloud.accelerator_id.lower() != acc.id.lower():
            return [f"cloud offering {cloud.id} rents {cloud.accelerator_id}, not {acc.id}"]
        if cloud is None:
            cloud = next((c for c in cat.clouds.values() if c.accelerator_id == acc.id), None)
        if cloud is None:
            notes.append(f"no cloud offering rents {acc.id}; priced as bought")
    if cloud is None and not acc.price_usd:
        return [f"no price for {acc.id} in the knowledge base: add yours in Knowledge base ▸ your own entries"]
    sizing, capacity = capacity_for(model, acc, cand, uc, cat)
    return SelfHostedCurve(acc, capacity, uc, portfolio, cloud), sizing, model, notes


def assess_candidate(cand: Candidate, uc: UseCase, portfolio: Portfolio, cat: Catalog, ctx: UsageContext):
    """License, sizing and cost of one candidate (scores come later, relative to its peers)."""
    problems: list[str] = []
    org, a = portfolio.organisation, portfolio.assumptions
    if cand.kind == "api":
        api = cat.apis.get((cand.api or "").lower())
        if api is None:
            problems.append(f"unknown API offering {cand.api!r}")
            return None, None, None, None, problems
        lic = None
        model = cat.model(api.open_weight_model) if api.open_weight_model else None
        if model is not None:
            # Using a hosted open-weight model: the organisation is an end user of the host's service.
            lic = cat.license_assessment(model, ctx.model_copy(update={"deployment": "third-party-service"}))
        monthly = CostBreakdown(
            api=api_monthly(api, uc.workload.input_tokens_per_month, uc.workload.output_tokens_per_month, uc.workload, org),
            staff=a.ops_fte_api * org.staff_cost_per_fte_year / 12,
            migration=migration_monthly("api", a),
        )
        return lic, None, (monthly, 0.0, 1, 0), {"api": api, "model": model}, problems
    built = self_hosted_curve(cand, uc, portfolio, cat)
    if isinstance(built, list):
        return None, None, None, None, built
    curve, sizing, model, notes = built
    problems += notes
    lic = cat.license_assessment(model, ctx)
    capacity = curve.capacity
    replicas = int(curve.replicas_at(np.array([1.0]))[0]) if capacity.max_concurrency else 1
    monthly, capex = curve.cost_for_replicas(replicas)
    return lic, sizing, (monthly, capex, replicas, capacity.devices * replicas), {"curve": curve, "model": model}, problems


def assess_use_case(uc: UseCase, portfolio: Portfolio, cat: Catalog, today: dt.date) -> UseCaseAssessment:
    org, a = portfolio.organisation, portfolio.assumptions
    ctx = effective_context(uc, org)
    raw = []
    for cand in uc.candidates:
        lic, sizing, money, extra, problems = assess_candidate(cand, uc, portfolio, cat, ctx)
        raw.append((cand, lic, sizing, money, extra or {}, problems))

    # Costs and TCO
    results: list[tuple] = []
    for cand, lic, sizing, money, extra, problems in raw:
        if money is None:
            monthly, capex, replicas, devices = CostBreakdown(), 0.0, 0, 0
        else:
            monthly, capex, replicas, devices = money
        residual = capex * a.residual_share
        tco = tco_curve(monthly.total, capex, residual, cand.kind, a) if money else [0.0] * a.horizon_months  # unpriced: no negative TCO (issue 16)
        tokens = uc.workload.tokens_per_month
        cost = CostResult(
            candidate=cand.id, kind=cand.kind, currency=org.currency, monthly=monthly, monthly_total=round(monthly.total, 2),
            replicas=replicas, devices=devices, capex=round(capex, 2), tco=tco, tco_total=tco[-1] if tco else 0.0,
            cost_per_million_tokens=round(monthly.total / tokens * 1e6, 4) if tokens else 0.0,
        )
        results.append((cand, lic, sizing, cost, extra, problems))

    # Break-even of every self-hosted candidate against the cheapest API candidate
    api_costs = [(c.monthly.api, cand, c.monthly.total - c.monthly.api)
                 for cand, _, _, c, extra, _ in results if cand.kind == "api" and c.monthly.api > 0]
    cheapest_api = min(api_costs, key=lambda t: t[0], default=None)
    above = None
    for cand, _lic, _sizing, cost, extra, _ in results:
        if cand.kind == "self-hosted" and "curve" in extra and cheapest_api:
            be = extra["curve"].break_even(cheapest_api[0], api_fixed=cheapest_api[2])
            cost.break_even_tokens_per_month = round(be) if be is not None else None
            if be is not None:
                cost.notes.append(f"breaks even with {cheapest_api[1].api} at {be / 1e6:,.0f}M tokens per month")
                if uc.workload.tokens_per_month >= be:
                    above = True
                elif above is None:
                    above = False

    # Scores
    facts = rule_facts(uc, org, above)
    hits = matching_rules(cat.rules, facts)
    valid_tco = [c.tco_total for _, _, _, c, _, p in results if not p and c.tco_total > 0]
    best_tco = min(valid_tco, default=0.0)
    out: list[CandidateAssessment] = []
    for cand, lic, sizing, cost, extra, problems in results:
        model = extra.get("model")
        api = extra.get("api")
        subs = []
        if lic is not None:
            subs.append(license_score(lic))
        elif api is not None:
            from .recommend import SubScore

            subs.append(SubScore(question=1, topic="license", score=100.0,
                                 reasons=[f"{api.vendor}'s commercial terms of service (not a model license)"]))
        subs.append(hardware_score(uc, sizing, api, cost.replicas))
        tier = (model.quality_tier if model else api.quality_tier if api else "mid")
        caps = list(model.capabilities) if model else []
        mods = list(model.modalities if model else (api.modalities if api else ["text"]))
        subs.append(use_case_score(uc, cand.id, tier, caps, mods))
        if model is not None or api is not None:
            subs.append(support_score(model if cand.kind == "self-hosted" else None, api, today))
        subs.append(cost_score(cost.tco_total, best_tco, org.currency) if cost.tco_total > 0 else
                    cost_score(1, 1, org.currency))
        score = score_candidate(cand.id, cand.kind, subs, hits, portfolio.weights)
        if problems:
            score = score.model_copy(update={"excluded": True, "total": 0.0, "exclusion_reasons": problems})
        out.append(CandidateAssessment(candidate=cand, label=cand.label, license=lic, sizing=sizing, cost=cost,
                                       score=score, problems=problems))

    ua = UseCaseAssessment(use_case=uc.id, name=uc.name, candidates=out)
    pick = next((c for c in out if c.candidate.id == uc.pinned), None) if uc.pinned else None
    if pick is not None:
        ua.pinned = True
        ua.summary = f"pinned by the user: {pick.label}"
    else:
        eligible = [c for c in out if not c.score.excluded]
        pick = max(eligible, key=lambda c: c.score.total, default=None)
        if pick is not None:
            top = sorted(pick.score.subscores, key=lambda s: -s.score)[:2]
            rules = [h.name for h in pick.score.rules if h.favours == ("open-weight" if pick.candidate.kind == "self-hosted" else "api")]
            ua.summary = (f"{pick.label}: score {pick.score.total:.0f}; strongest on "
                          + " and ".join(f"{s.topic} (question {s.question})" for s in top)
                          + (f"; rules: {', '.join(rules)}" if rules else ""))
        elif out:
            ua.summary = "no candidate qualifies: " + "; ".join(out[0].score.exclusion_reasons[:2])
        else:
            ua.summary = "no candidates yet"
    if pick is not None:
        ua.recommended, ua.recommended_label = pick.candidate.id, pick.label
    return ua


@enforced  # never a negative or non-finite cost, a score outside 0-100 (issue 16)
def assess_portfolio(portfolio: Portfolio, cat: Catalog, today: dt.date | None = None) -> PortfolioAssessment:
    today = today or dt.date.today()
    use_cases = [assess_use_case(uc, portfolio, cat, today) for uc in portfolio.use_cases]
    mix, risks = [], []
    for ua in use_cases:
        chosen = next((c for c in ua.candidates if c.candidate.id == ua.recommended), None)
        monthly = chosen.cost.monthly_total if chosen else 0.0
        mix.append(MixItem(use_case=ua.use_case, name=ua.name, candidate=ua.recommended, label=ua.recommended_label,
                           monthly=round(monthly, 2), share=0.0))
        if chosen is None:
            risks.append(f"{ua.name}: {ua.summary}")
            continue
        if chosen.license and chosen.license.verdict == Verdict.needs_review:
            risks.append(f"{ua.name}: the license needs legal review ({chosen.license.license})")
        if chosen.license and chosen.license.verdict == Verdict.blocked:
            risks.append(f"{ua.name}: pinned candidate is blocked by its license ({chosen.license.license})")
        if chosen.license:
            for flag in chosen.license.risk_flags:
                if flag.kind in ("terms-may-change", "policy-may-change", "remote-restriction", "revocable"):
                    risks.append(f"{ua.name}: {flag.license} — {flag.summary[:140]}")
        if chosen.sizing and not chosen.sizing.fits:
            risks.append(f"{ua.name}: the chosen deployment does not fit its hardware")
        for p in chosen.problems:
            risks.append(f"{ua.name}: {p}")
    total = sum(m.monthly for m in mix)
    for m in mix:
        m.share = round(m.monthly / total, 4) if total else 0.0
    total_tco = 0.0
    for ua in use_cases:
        chosen = next((c for c in ua.candidates if c.candidate.id == ua.recommended), None)
        total_tco += chosen.cost.tco_total if chosen else 0.0
    return PortfolioAssessment(
        portfolio=portfolio.name, knowledge_base_version=cat.version, currency=portfolio.organisation.currency,
        horizon_months=portfolio.assumptions.horizon_months, use_cases=use_cases, mix=mix,
        total_monthly=round(total, 2), total_tco=round(total_tco, 2), risks=list(dict.fromkeys(risks)),
    )


def api_cost_curve(api: ApiOffering, uc: UseCase, portfolio: Portfolio, scale: np.ndarray) -> np.ndarray:
    """Monthly API cost at `scale` times the use case's volume (linear)."""
    org, a = portfolio.organisation, portfolio.assumptions
    p_in, p_out = api_price_per_token(api, uc.workload, org)
    base = uc.workload.input_tokens_per_month * p_in + uc.workload.output_tokens_per_month * p_out
    fixed = a.ops_fte_api * org.staff_cost_per_fte_year / 12 + migration_monthly("api", a)
    return fixed + base * np.asarray(scale, dtype=float)
