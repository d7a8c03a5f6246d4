"""Assess a portfolio: every candidate of every use case on the five questions, then the mix.

One path for data: knowledge base -> domain objects -> these pure functions -> the result
(`desktop.engine.result`) -> views and report.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import Accelerator, ApiOffering, CloudOffering, Model
from desktop.domain.portfolio import Candidate, Organisation, Portfolio, UseCase
from desktop.domain.usage import UsageContext

from .ai_act import AiActRules, assess_ai_act
from .cost import Capacity, CostBreakdown, CostResult, cash_flow
from .curves import ApiLine, SelfHostedCurve, api_line, busy_per_scale
from .data_protection import DataProtectionRules, assess_data_protection
from .findings import Exclusion, Risk, sort_risks
from .invariants import enforced
from .license import LicenseAssessment, Verdict, assess_api, assess_license
from .messages import ENGLISH, Message, built, english, nest, say
from .recommend import (
    SubScore,
    cost_score,
    hardware_score,
    license_score,
    matching_rules,
    most_rule_points,
    rule_facts,
    score_candidate,
    support_score,
    use_case_score,
)
from .result import (
    CandidateAssessment,
    MixItem,
    PortfolioAssessment,
    UseCaseAssessment,
)
from .risks import candidate_risks, use_case_risks
from .sizing import SizingRequest, SizingResult, size

__all__ = [
    "CandidateAssessment", "Catalog", "MixItem", "PortfolioAssessment", "UseCaseAssessment", "assess_portfolio",
    "effective_context",
]


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
    ai_act: AiActRules = field(default_factory=AiActRules)
    data_protection: DataProtectionRules = field(default_factory=DataProtectionRules)
    warnings: list[str] = field(default_factory=list)
    measurements: list = field(default_factory=list)
    _bands: dict[str, dict] | None = None
    # Sizing and license results are pure functions of their inputs; candidates across use cases
    # often share them, so one catalog (one knowledge state) remembers them.
    _sizing: dict = field(default_factory=dict)
    _licenses: dict = field(default_factory=dict)
    _capacity: dict = field(default_factory=dict)
    _scores: dict = field(default_factory=dict)

    def size(self, model: Model, acc: Accelerator, req: SizingRequest) -> SizingResult:
        key = (model.id, acc.id, req.precision, req.kv_precision, req.gpus, req.parallel, req.engine, req.context,
               req.concurrency, req.prompt)
        if key not in self._sizing:
            self._sizing[key] = size(model, acc, req, error_band=self.error_band(acc), explain=False)
        return self._sizing[key]

    def error_band(self, acc: Accelerator) -> dict:
        """How far to trust a speed figure on this hardware: the validation ledger's error for its class
        (in sample; computed once per knowledge state), saying so when the class has few measurements."""
        if self._bands is None:
            from .validation import run_ledger

            if not self.measurements:
                self._bands = {}
            else:
                ledger = run_ledger(self.measurements, self.models, self.accelerators, out_of_source=False)
                self._bands = {c.hardware_class: ledger.band_for(c.hardware_class) for c in ledger.classes}
                self._bands[""] = ledger.band_for("")  # a class with no measurement: the overall figure
        if not self._bands:
            return {}
        return self._bands.get(acc.hardware_class) or self._bands[""] | {"hardware_class": acc.hardware_class}

    def licenses_of(self, model: Model) -> tuple[list, list[str]]:
        """(the model's licenses we know, the ids we do not: those make the answer needs_review)."""
        found = [self.licenses[i.lower()] for i in model.license_ids if i.lower() in self.licenses]
        return found, [i for i in model.license_ids if i.lower() not in self.licenses]

    def license_assessment(self, model: Model, ctx: UsageContext, ctx_key: str | None = None) -> LicenseAssessment:
        """Question 1 for a self-hosted model; `license-check` and the assessment both ask here.
        `ctx_key` is the context's JSON when the caller already has it (once per use case, not per candidate)."""
        key = (model.id, ctx_key or ctx.model_dump_json())
        if key not in self._licenses:
            found, missing = self.licenses_of(model)
            self._licenses[key] = assess_license(model, found, ctx, missing)
        return self._licenses[key]

    def api_license(self, api: ApiOffering, ctx: UsageContext, ctx_key: str | None = None) -> LicenseAssessment:
        """Question 1 for an API offer: its contract, and the hosted open-weight model's license if any."""
        key = ("api", api.id, ctx_key or ctx.model_dump_json())
        if key not in self._licenses:
            model = self.model(api.open_weight_model) if api.open_weight_model else None
            found, missing = self.licenses_of(model) if model is not None else ([], [])
            self._licenses[key] = assess_api(api, ctx, model, found, missing)
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
            ai_act=AiActRules.from_kb(kb),
            data_protection=DataProtectionRules.from_kb(kb),
            measurements=list(kb.measurements()) if hasattr(kb, "measurements") else [],
            warnings=list(getattr(kb, "warnings", []) or []),
        )

    def model(self, wanted: str) -> Model | None:
        key = wanted.lower()
        return self.models.get(key) or self.models.get(self.aliases.get(key, ""))

    def api(self, wanted: str | None) -> ApiOffering | None:
        return self.apis.get((wanted or "").lower())

    def accelerator(self, wanted: str | None) -> Accelerator | None:
        return self.accelerators.get((wanted or "").lower())


def effective_context(uc: UseCase, org: Organisation) -> UsageContext:
    """The use case's context, with the organisation's group figures filling what it leaves at zero."""
    ctx = uc.usage
    updates: dict[str, Any] = {}
    if not ctx.group_mau_at_release and org.group_mau:
        updates["group_mau_at_release"] = org.group_mau
    if not ctx.group_monthly_revenue_usd and org.group_monthly_revenue_usd:
        updates["group_monthly_revenue_usd"] = org.group_monthly_revenue_usd
    if "vision" in uc.needs and not ctx.multimodal:
        updates["multimodal"] = True
    if uc.data_sensitivity in ("confidential", "secret") and ctx.data == "public":
        updates["data"] = "confidential"  # an API's contract terms (training, DPA) are judged against it
    return ctx.model_copy(update=updates) if updates else ctx


def on_platform(cand: Candidate, portfolio: Portfolio) -> Candidate:
    """A candidate served on a declared platform takes the platform's hardware."""
    p = portfolio.platform(cand.platform)
    if p is None:
        return cand
    return cand.model_copy(update={"accelerator": p.accelerator, "gpus": p.gpus, "parallel": p.parallel,
                                   "engine": p.engine, "acquisition": p.acquisition, "cloud": p.cloud})


def sizing_request(cand: Candidate, uc: UseCase, concurrency: int = 1) -> SizingRequest:
    w = uc.workload
    return SizingRequest(precision=cand.precision, kv_precision=cand.kv_precision, gpus=cand.gpus,
                         parallel=cand.parallel, engine=cand.engine, context=w.context_length,
                         prompt=min(w.prompt_tokens, w.context_length), concurrency=concurrency)


def capacity_for(model: Model, acc: Accelerator, cand: Candidate, uc: UseCase, cat: Catalog,
                 peak: int | None = None) -> tuple[SizingResult, SizingResult, Capacity]:
    """(sizing at one sequence, sizing at the served concurrency, what one replica serves)."""
    w = uc.workload
    key = (model.id, acc.id, cand.precision, cand.kv_precision, cand.gpus, cand.parallel, cand.engine,
           w.context_length, w.prompt_tokens, w.peak_concurrency if peak is None else peak)
    found = cat._capacity.get(key)
    if found is None:
        found = cat._capacity[key] = _capacity_for(model, acc, cand, uc, cat, peak)
    return found


def _capacity_for(model: Model, acc: Accelerator, cand: Candidate, uc: UseCase, cat: Catalog,
                  peak: int | None) -> tuple[SizingResult, SizingResult, Capacity]:
    base = sizing_request(cand, uc)
    probe = cat.size(model, acc, base)
    wanted = uc.workload.peak_concurrency if peak is None else peak
    conc = max(1, min(probe.max_concurrency_at_context, max(wanted, 1)))
    result = cat.size(model, acc, base.model_copy(update={"concurrency": conc})) if conc > 1 else probe
    if not probe.fits:
        result = probe
    capacity = Capacity(
        devices=cand.gpus,
        max_concurrency=probe.max_concurrency_at_context if probe.fits else 0,
        output_tokens_per_s=result.aggregate_tokens_per_s,
        prefill_tokens_per_s=result.prefill_tokens_per_s,
    )
    return probe, result, capacity


@dataclass
class Resolved:
    """What a candidate resolves to in the catalog, before any judgement."""

    model: Model | None = None
    api: ApiOffering | None = None
    acc: Accelerator | None = None
    cloud: CloudOffering | None = None
    exclusions: list[Exclusion] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def resolve(cand: Candidate, cat: Catalog) -> Resolved:
    out = Resolved()

    def problem(question: int, kind: str, **params) -> None:
        found = Exclusion.of(question, kind, **params)
        out.problems.append(found.reason)
        out.exclusions.append(found)

    if cand.kind == "api":
        out.api = cat.api(cand.api)
        if out.api is None:
            problem(5, "unknown_api", api=cand.api)
            return out
        if out.api.open_weight_model:
            out.model = cat.model(out.api.open_weight_model)
        return out
    out.model = cat.model(cand.model or "")
    out.acc = cat.accelerator(cand.accelerator)
    if out.model is None:
        problem(1, "unknown_model", model=cand.model)
    if out.acc is None:
        problem(2, "unknown_accelerator", accelerator=cand.accelerator)
    if out.problems:
        return out
    acc = out.acc
    assert acc is not None
    if cand.acquisition == "rent":
        cloud = cat.clouds.get((cand.cloud or "").lower()) if cand.cloud else None
        if cloud is not None and cloud.accelerator_id.lower() != acc.id.lower():
            problem(5, "cloud_mismatch", cloud=cloud.id, rents=cloud.accelerator_id, accelerator=acc.id)
            return out
        if cloud is None:
            cloud = next((c for c in cat.clouds.values() if c.accelerator_id.lower() == acc.id.lower()), None)
        if cloud is None:
            out.notes.append(f"no cloud offering rents {acc.id}; priced as bought")
        out.cloud = cloud
    if out.cloud is None and cand.acquisition != "owned" and not acc.price_usd:
        problem(5, "unpriced_hardware", accelerator=acc.id)
    return out


@dataclass
class Built:
    """A candidate's license, sizing and money before it is scored against its peers."""

    cand: Candidate
    found: Resolved
    lic: LicenseAssessment | None = None
    sizing: SizingResult | None = None
    engine: SelfHostedCurve | ApiLine | None = None
    breakdown: CostBreakdown = field(default_factory=CostBreakdown)
    capex: float = 0.0
    replicas: int = 0
    devices: int = 0
    exclusions: list[Exclusion] = field(default_factory=list)
    forced_switch_month: int | None = None
    platform: str | None = None


def months_until(today: dt.date, day: dt.date) -> int:
    """The month of the horizon (1 = the first) in which `day` falls."""
    return max(1, (day.year - today.year) * 12 + day.month - today.month + (1 if day.day > today.day else 0))


def build_candidate(cand: Candidate, uc: UseCase, portfolio: Portfolio, cat: Catalog, ctx: UsageContext,
                    today: dt.date, shares: dict, ctx_key: str | None = None) -> Built:
    org, a = portfolio.organisation, portfolio.assumptions
    served = on_platform(cand, portfolio)
    found = resolve(served, cat)
    b = Built(cand=cand, found=found, exclusions=list(found.exclusions), platform=cand.platform)
    if found.problems:
        return b
    if cand.kind == "api":
        api = found.api
        assert api is not None
        b.lic = cat.api_license(api, ctx, ctx_key)
        line = api_line(api, uc, portfolio)
        b.engine = line
        b.breakdown = CostBreakdown(api=line.variable_at_volume, staff=a.ops_fte_api * org.staff_cost_per_fte_year / 12,
                                    migration=line.fixed - a.ops_fte_api * org.staff_cost_per_fte_year / 12)
        b.replicas = 1
        if api.deprecation_date is not None:
            day = api.deprecation_date.isoformat()
            if api.deprecation_date <= today:
                b.exclusions.append(Exclusion.of(4, "deprecated", date=day, api=api.id))
            else:
                month = months_until(today, api.deprecation_date)
                if month <= a.horizon_months:
                    b.forced_switch_month = month
    else:
        model, acc = found.model, found.acc
        assert model is not None and acc is not None
        b.lic = cat.license_assessment(model, ctx, ctx_key)
        probe, b.sizing, capacity = capacity_for(model, acc, served, uc, cat)
        w = uc.workload
        busy = busy_per_scale(capacity, w.input_tokens_per_month, w.output_tokens_per_month, a.utilisation)
        min_replicas = math.ceil(w.peak_concurrency / capacity.max_concurrency) if capacity.max_concurrency else 0
        curve = SelfHostedCurve(acc, capacity, busy, min_replicas, w.tokens_per_month, portfolio, found.cloud,
                                owned=served.acquisition == "owned")
        b.engine = curve
        b.replicas = curve.replicas_today() if capacity.max_concurrency else 1
        b.breakdown, b.capex = curve.cost_for_replicas(b.replicas)  # a new CostBreakdown each call
        b.devices = capacity.devices * b.replicas
        if not probe.fits or probe.max_concurrency_at_context < 1:
            b.exclusions.append(Exclusion.of(2, "does_not_fit", needed_gb=round(probe.memory.total_gb, 1),
                                             usable_gb=round(probe.memory.usable_gb, 1)))
        share = shares.get((uc.id, cand.id))
        if share is not None:  # served on a shared platform: its share of the pooled cost
            b.breakdown, b.capex, platform_problems = share
            b.replicas = 0
            for text in platform_problems:
                b.exclusions.append(Exclusion.of(2, "platform_does_not_fit", platform=cand.platform, text=text))
    if b.lic is not None and b.lic.verdict == Verdict.blocked:
        d = b.lic.deciding_reason
        b.exclusions.append(Exclusion.of(1, "license_blocked", license=b.lic.license, clause=d.clause if d else "",
                                         summary=d.summary if d else ""))
    return b


def cost_result(b: Built, uc: UseCase, portfolio: Portfolio) -> CostResult:
    org, a = portfolio.organisation, portfolio.assumptions
    monthly = b.breakdown
    flow = cash_flow(monthly, b.capex, b.cand.kind, a, b.forced_switch_month)
    tco = flow.tco
    tokens = uc.workload.tokens_per_month
    owned_or_bought = b.cand.kind == "self-hosted" and b.cand.acquisition in ("buy", "owned") and b.found.cloud is None
    running = monthly.total - (monthly.hardware if owned_or_bought else 0.0)
    return built(
        CostResult, candidate=b.cand.id, kind=b.cand.kind, question=5, currency=org.currency, monthly=monthly,
        monthly_total=round(monthly.total, 2), replicas=b.replicas, devices=b.devices, capex=round(b.capex, 2),
        tco=tco, tco_total=tco[-1] if tco else 0.0,
        # Below one token a month the figure means nothing (and overflows): shown as 0.
        cost_per_million_tokens=round(monthly.total / tokens * 1e6, 4) if tokens >= 1 else 0.0,
        break_even_tokens_per_month=None, break_even_against=None,
        acquisition=b.cand.acquisition if b.cand.kind == "self-hosted" else None,
        running_monthly=round(running, 2), cash_out_by_year=flow.by_year(), end_book_value=round(flow.end_book_value, 2),
        tco_present_value=flow.present_value(org.cost_of_capital), forced_migration_month=b.forced_switch_month,
        notes=list(b.found.notes),
    )


def subscores(b: Built, uc: UseCase, today: dt.date, cat: Catalog) -> list[SubScore]:
    model, api = b.found.model, b.found.api
    subs = []
    if b.lic is not None:
        # The catalog keeps every license answer for its lifetime, so an answer's id names it uniquely.
        lic_key: tuple = ("license", id(b.lic))
        if lic_key not in cat._scores:
            cat._scores[lic_key] = license_score(b.lic)
        subs.append(cat._scores[lic_key])
    subs.append(hardware_score(uc, b.sizing, api, b.replicas))
    tier = model.quality_tier if model else api.quality_tier if api else "mid"
    caps = list(model.capabilities) if model else []
    mods = list(model.modalities if model else (api.modalities if api else ["text"]))
    subs.append(use_case_score(uc, b.cand.id, tier, caps, mods))
    if model is not None or api is not None:
        own = model if b.cand.kind == "self-hosted" else None
        support_key: tuple = ("support", own.id if own else None, api.id if api else None, today)
        if support_key not in cat._scores:
            cat._scores[support_key] = support_score(own, api, today)
        subs.append(cat._scores[support_key])
    return subs


def _weaker(loser: CandidateAssessment, winner: CandidateAssessment) -> Message:
    """Why the loser lost: the question on which it trails the winner most."""
    mine = {s.question: s for s in loser.score.subscores}
    gaps = [(w.score - mine[w.question].score, w) for w in winner.score.subscores if w.question in mine]
    gap, sub = max(gaps, key=lambda g: g[0], default=(0.0, None))
    if sub is None or gap <= 0:
        kind = "outcome.weaker_rules" if loser.score.rule_points < winner.score.rule_points else "outcome.weaker_overall"
        return say(kind, score=loser.score.total, winner=winner.score.total)
    return say("outcome.weaker", score=loser.score.total, winner=winner.score.total, topic=sub.topic,
               question=sub.question, mine=mine[sub.question].score, theirs=sub.score)


def assess_use_case(uc: UseCase, portfolio: Portfolio, cat: Catalog, today: dt.date,
                    shares: dict | None = None) -> UseCaseAssessment:
    org = portfolio.organisation
    ctx = effective_context(uc, org)
    ctx_key = ctx.model_dump_json()
    built = [build_candidate(c, uc, portfolio, cat, ctx, today, shares or {}, ctx_key) for c in uc.candidates]

    # Rules that exclude a kind do not depend on volume: apply them before choosing the reference API.
    hits0 = matching_rules(cat.rules, rule_facts(uc, org, None))
    excluded_kinds = {r.favours for r in hits0 if r.excludes_other}

    def qualifies(b: Built) -> bool:
        other = "api" if b.cand.kind == "self-hosted" else "open-weight"
        return not b.exclusions and other not in excluded_kinds

    apis = [b for b in built if b.cand.kind == "api" and qualifies(b) and isinstance(b.engine, ApiLine)]
    ref = min(apis, key=lambda b: b.breakdown.api, default=None)
    ref_line = ref.engine if ref is not None and isinstance(ref.engine, ApiLine) else None

    costs: list[CostResult] = []
    above = None
    for b in built:
        cost = cost_result(b, uc, portfolio)
        if isinstance(b.engine, SelfHostedCurve) and ref_line is not None and b.platform is None:
            be = b.engine.break_even(ref_line)
            cost.break_even_tokens_per_month = round(be) if be is not None else None
            cost.break_even_against = ref_line.offering
            if be is not None and qualifies(b):
                if uc.workload.tokens_per_month >= be:
                    above = True
                elif above is None:
                    above = False
        costs.append(cost)

    hits = matching_rules(cat.rules, rule_facts(uc, org, above))
    most = most_rule_points(hits)
    tcos = [c.tco_total for b, c in zip(built, costs, strict=True) if not b.exclusions and c.tco_total > 0]
    best_tco = min(tcos, default=0.0)
    out: list[CandidateAssessment] = []
    for b, cost in zip(built, costs, strict=True):
        subs = subscores(b, uc, today, cat)
        subs.append(cost_score(cost.tco_total, best_tco, org.currency) if cost.tco_total > 0 and best_tco > 0
                    else cost_score(1, 1, org.currency))
        score = score_candidate(b.cand.id, b.cand.kind, subs, hits, portfolio.weights, b.exclusions, most)
        ca = CandidateAssessment(candidate=b.cand, label=b.cand.label, license=b.lic, sizing=b.sizing, cost=cost,
                                 score=score, problems=list(b.found.problems), notes=list(b.found.notes),
                                 platform=b.platform, cloud=b.found.cloud.id if b.found.cloud else None)
        ca.risks = candidate_risks(ca, b.found, uc, portfolio, today)
        out.append(ca)

    ua = UseCaseAssessment(use_case=uc.id, name=uc.name, candidates=out,
                           reference_api=ref_line.offering if ref_line else None)
    decide(ua, uc)
    for ca in out:
        for r in ca.risks:
            r.recommended = ca.candidate.id == ua.recommended
    return ua


def exclusion_message(e: Exclusion) -> Message:
    return say(f"ex.{e.kind}", **e.params) if f"ex.{e.kind}" in ENGLISH else say("q2.warning", text=e.reason)


def _say_reasons(ua: UseCaseAssessment, messages: list[Message]) -> None:
    ua.reason_messages = messages[:3]
    ua.reasons = [english(m) for m in ua.reason_messages]


def _say_summary(ua: UseCaseAssessment, message: Message) -> None:
    ua.summary_message, ua.summary = message, english(message)


def _say_outcome(ca: CandidateAssessment, message: Message) -> None:
    ca.outcome_message = message  # `outcome` renders it in English when read


def decide(ua: UseCaseAssessment, uc: UseCase) -> None:
    """The recommendation (or the user's pin), its reasons, and one line per other candidate."""
    out = ua.candidates
    pick = ua.candidate(uc.pinned) if uc.pinned else None
    if pick is not None:
        ua.pinned = True
        _say_summary(ua, say("summary.pinned", label=pick.label))
        reasons = [say("reason.pinned")]
        if pick.score.excluded:
            reasons.append(say("reason.pinned_excluded", **nest("detail", exclusion_message(pick.score.exclusions[0]))))
        _say_reasons(ua, reasons)
    else:
        eligible = [c for c in out if not c.score.excluded]
        pick = max(eligible, key=lambda c: c.score.total, default=None)
        if pick is not None:
            top = sorted(pick.score.subscores, key=lambda s: -s.score)[:2]
            family = "open-weight" if pick.candidate.kind == "self-hosted" else "api"
            rules = [h for h in pick.score.rules if h.favours == family]
            strongest = " and ".join(f"{s.topic} (question {s.question})" for s in top)
            # `topics` and `rule_ids` let another language name the same things its own way.
            topics = "|".join(f"{s.topic}#{s.question}" for s in top)
            if rules:
                _say_summary(ua, say("summary.recommended_rules", label=pick.label, score=pick.score.total,
                                     strongest=strongest, topics=topics, rules=", ".join(r.name for r in rules),
                                     rule_ids="|".join(r.rule for r in rules)))
            else:
                _say_summary(ua, say("summary.recommended", label=pick.label, score=pick.score.total,
                                     strongest=strongest, topics=topics))
            messages = [say("reason.question", topic=s.topic, question=s.question, score=s.score,
                            **nest("detail", s.messages[0])) for s in top if s.messages]
            messages += [say("reason.rule", rule=r.rule, name=r.name, points=r.points, summary=r.summary)
                         for r in rules]
            _say_reasons(ua, messages)
        elif out:
            first = out[0].score.exclusions[0] if out[0].score.exclusions else None
            _say_summary(ua, say("summary.none_qualifies",
                                 **nest("detail", exclusion_message(first) if first else "excluded")))
            _say_reasons(ua, [say("reason.excluded", label=c.label, **nest("detail", exclusion_message(c.score.exclusions[0])))
                              for c in out if c.score.exclusions])
        else:
            _say_summary(ua, say("summary.empty"))
    if pick is not None:
        ua.recommended, ua.recommended_label = pick.candidate.id, pick.label
    for c in out:
        if pick is not None and c is pick:
            _say_outcome(c, say("outcome.pinned" if ua.pinned else "outcome.recommended"))
        elif c.score.excluded:
            e = c.score.exclusions[0]
            if e.question == "rule":
                _say_outcome(c, say("outcome.out_rule", **nest("detail", exclusion_message(e))))
            else:
                _say_outcome(c, say("outcome.out", question=e.question, **nest("detail", exclusion_message(e))))
        elif pick is not None and abs(c.score.total - pick.score.total) < 0.05 and not ua.pinned:
            _say_outcome(c, say("outcome.tied", score=c.score.total))
        elif pick is not None:
            _say_outcome(c, _weaker(c, pick))


def shares_to_one(values: list[float], decimals: int = 3) -> list[float]:
    """Shares of a total, rounded so they add up to exactly 1 (largest remainder)."""
    total = sum(values)
    if total <= 0:
        return [0.0 for _ in values]
    unit = 10**decimals
    raw = [v / total * unit for v in values]
    floors = [math.floor(r) for r in raw]
    left = unit - sum(floors)
    for i in sorted(range(len(raw)), key=lambda i: -(raw[i] - floors[i]))[:left]:
        floors[i] += 1
    return [f / unit for f in floors]


@enforced  # never a negative or non-finite amount, never a score outside 0-100
def assess_portfolio(portfolio: Portfolio, cat: Catalog, today: dt.date | None = None) -> PortfolioAssessment:
    from .scenarios import declared_platforms, scenarios

    today = today or dt.date.today()
    platforms, shares = declared_platforms(portfolio, cat, today)
    use_cases = [assess_use_case(uc, portfolio, cat, today, shares) for uc in portfolio.use_cases]
    by_id = {uc.id: uc for uc in portfolio.use_cases}
    result = PortfolioAssessment(
        portfolio=portfolio.name, knowledge_base_version=cat.version, assessed_on=today.isoformat(),
        currency=portfolio.organisation.currency, horizon_months=portfolio.assumptions.horizon_months,
        use_cases=use_cases, mix=[], total_monthly=0.0, total_tco=0.0, platforms=platforms,
        warnings=list(cat.warnings),
    )
    scenarios(result, portfolio, cat, today)
    for ua in use_cases:  # the AI Act role follows the final recommendation (after any pooling)
        chosen = ua.chosen
        ua.ai_act = assess_ai_act(by_id[ua.use_case], portfolio.organisation, cat.ai_act, today,
                                  chosen.candidate if chosen else None)
        ua.data_protection = _data_protection(by_id[ua.use_case], portfolio, cat, chosen)
    risks: list[Risk] = []
    for ua in use_cases:
        risks += use_case_risks(ua, by_id[ua.use_case])
        for ca in ua.candidates:
            risks += ca.risks
    result.risks = sort_risks(risks)
    return result


def _data_protection(uc: UseCase, portfolio: Portfolio, cat: Catalog, chosen: CandidateAssessment | None):
    """The data-protection duties of the recommendation: its API, or the cloud offer a rented machine is
    priced with (the one the user named, or the one the engine found), or its platform's."""
    candidate = chosen.candidate if chosen is not None else None
    api = cat.apis.get((candidate.api or "").lower()) if candidate is not None and candidate.kind == "api" else None
    cloud_id, rented = None, False
    if candidate is not None and candidate.kind == "self-hosted":
        platform = next((p for p in portfolio.platforms if p.id == candidate.platform), None)
        on = platform if platform is not None else candidate
        cloud_id, rented = (chosen.cloud if chosen is not None else None) or on.cloud, on.acquisition == "rent"
    cloud = cat.clouds.get(cloud_id.lower()) if cloud_id else None
    return assess_data_protection(uc, portfolio.organisation, cat.data_protection, candidate, api, cloud, rented)


@dataclass
class Money:
    """What one use case's choice costs, as the portfolio totals add it up."""

    monthly: float
    tco: float
    capex: float
    present_value: float
    by_year: list[float]
    breakdown: CostBreakdown

    @classmethod
    def of(cls, cost: CostResult) -> Money:
        return cls(cost.monthly_total, cost.tco_total, cost.capex, cost.tco_present_value,
                   list(cost.cash_out_by_year), cost.monthly)


def totals(result: PortfolioAssessment, pooled: dict[str, Money] | None = None) -> None:
    """The mix, its shares (adding up to 1), and the portfolio's money, from the recommended choices
    (`pooled` holds the share of a shared platform for use cases the recommendation pools)."""
    pooled = pooled or {}
    money: list[Money | None] = []
    for ua in result.use_cases:
        ca = ua.chosen
        money.append(pooled.get(ua.use_case) or (Money.of(ca.cost) if ca is not None else None))
    monthly = [round(m.monthly, 2) if m else 0.0 for m in money]
    shares = shares_to_one(monthly)
    result.mix = [MixItem(use_case=ua.use_case, name=ua.name, candidate=ua.recommended, label=ua.recommended_label,
                          monthly=m, share=s) for ua, m, s in zip(result.use_cases, monthly, shares, strict=True)]
    picked = [m for m in money if m is not None]
    result.total_monthly = round(sum(monthly), 2)
    result.total_tco = round(sum(m.tco for m in picked), 2)
    result.total_capex = round(sum(m.capex for m in picked), 2)
    result.total_tco_present_value = round(sum(m.present_value for m in picked), 2)
    years = max((len(m.by_year) for m in picked), default=0)
    result.cash_out_by_year = [round(sum(m.by_year[i] for m in picked if i < len(m.by_year)), 2)
                               for i in range(years)]
    parts = {name: 0.0 for name in CostBreakdown.model_fields}
    for m in picked:
        for name in parts:
            parts[name] += getattr(m.breakdown, name)
    result.monthly_breakdown = CostBreakdown(**{k: round(v, 2) for k, v in parts.items()})
