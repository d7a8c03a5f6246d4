"""Shared platforms and the four portfolio scenarios.

A platform is one self-hosted deployment serving several use cases: it holds every model it serves
(their weights together, the KV cache for their summed peak concurrency), its devices' time is shared
by the pooled tokens, and staff and power are counted once. Its cost is split across use cases by tokens.
Pooling is what "high token volume favours open weights" means at portfolio level: the platform's
break-even is computed against the APIs the pooled use cases would otherwise pay.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from desktop.domain import Model
from desktop.domain.portfolio import Candidate, Portfolio, UseCase

from .cost import Capacity, CostBreakdown, cash_flow
from .curves import ApiLine, SelfHostedCurve, api_line, busy_per_scale
from .messages import english, nest, say
from .result import (
    CandidateAssessment,
    PlatformAssessment,
    PlatformMember,
    PortfolioAssessment,
    Scenario,
    ScenarioName,
    Unserved,
    UseCaseAssessment,
)
from .sizing import SizingRequest

# A use case joins a consolidation on another model only when that model's option scores within this
# many points of its recommendation: pooling saves money, but not at any price in quality or license.
CONSOLIDATION_SCORE_MARGIN = 5.0
TITLES = {"all_api": "All API", "all_self_hosted": "All self-hosted", "recommended": "Recommended mix",
          "consolidated": "Best consolidation"}


@dataclass
class Member:
    uc: UseCase
    cand: Candidate  # the candidate as served (platform hardware filled in)
    model: Model


@dataclass
class Pooled:
    platform: PlatformAssessment
    curve: SelfHostedCurve | None
    breakdown: CostBreakdown
    capex: float


def _scaled(b: CostBreakdown, share: float) -> CostBreakdown:
    return CostBreakdown(**{k: v * share for k, v in b.model_dump().items()})


def pool(pid: str, name: str, declared: bool, members: list[Member], hw: Candidate, portfolio: Portfolio,
         cat, ref_lines: dict[str, ApiLine]) -> Pooled:
    """Size and price one platform for the pooled load of its members."""
    from .assess import resolve

    a = portfolio.assumptions
    models = list(dict.fromkeys(m.model.id for m in members))
    tokens = sum(m.uc.workload.tokens_per_month for m in members)
    base = PlatformAssessment(
        id=pid, name=name, declared=declared, accelerator=hw.accelerator or "", gpus=hw.gpus, engine=hw.engine,
        acquisition=hw.acquisition, models=models, members=[], fits=False, memory_needed_gb=0.0,
        memory_usable_gb=0.0, replicas=0, monthly=CostBreakdown(), monthly_total=0.0, capex=0.0, tco_total=0.0,
        tokens_per_month=tokens)
    found = resolve(hw.model_copy(update={"model": members[0].model.id, "kind": "self-hosted"}), cat)
    if found.problems or found.acc is None:
        base.problems = list(found.problems)
        return Pooled(base, None, CostBreakdown(), 0.0)
    acc = found.acc
    weights, overhead, kv_needed, busy, usable = 0.0, 0.0, 0.0, 0.0, 0.0
    out_tps, prefill_tps = 0.0, 0.0
    for model_id in models:
        mine = [m for m in members if m.model.id == model_id]
        context = max(m.uc.workload.context_length for m in mine)
        prompt = min(max(m.uc.workload.prompt_tokens for m in mine), context)
        peak = sum(m.uc.workload.peak_concurrency for m in mine)
        c = mine[0].cand
        req = SizingRequest(precision=c.precision, kv_precision=c.kv_precision, gpus=hw.gpus, parallel=hw.parallel,
                            engine=hw.engine, context=context, prompt=prompt, concurrency=1)
        probe = cat.size(mine[0].model, acc, req)
        weights += probe.memory.weights_gb
        overhead = max(overhead, probe.memory.overhead_gb)
        usable = probe.memory.usable_gb
        kv_needed += probe.memory.kv_cache_gb * peak
        conc = max(1, min(peak, probe.max_concurrency_at_context))
        served = cat.size(mine[0].model, acc, req.model_copy(update={"concurrency": conc})) if conc > 1 else probe
        cap = Capacity(devices=hw.gpus, max_concurrency=max(1, probe.max_concurrency_at_context),
                       output_tokens_per_s=served.aggregate_tokens_per_s, prefill_tokens_per_s=served.prefill_tokens_per_s)
        for m in mine:
            w = m.uc.workload
            busy += busy_per_scale(cap, w.input_tokens_per_month, w.output_tokens_per_month, a.utilisation)
        out_tps += served.aggregate_tokens_per_s
        prefill_tps += served.prefill_tokens_per_s
    room = usable - weights - overhead
    base.memory_usable_gb = round(usable, 1)
    base.memory_needed_gb = round(weights + overhead + kv_needed, 1)
    if room <= 0 or kv_needed <= 0 and room <= 0:
        base.problems = [f"platform {name} cannot hold {', '.join(models)}: the weights alone need "
                         f"{weights + overhead:.0f} of {usable:.0f} GB usable"]
        return Pooled(base, None, CostBreakdown(), 0.0)
    base.fits = True
    min_replicas = max(1, math.ceil(kv_needed / room)) if kv_needed > 0 else 1
    capacity = Capacity(devices=hw.gpus, max_concurrency=1, output_tokens_per_s=out_tps,
                        prefill_tokens_per_s=prefill_tps)
    curve = SelfHostedCurve(acc, capacity, busy, min_replicas, tokens, portfolio, found.cloud,
                            owned=hw.acquisition == "owned", models=len(models))
    replicas = int(curve.replicas_at(np.array([1.0]))[0])
    breakdown, capex = curve.cost_for_replicas(replicas)
    breakdown = breakdown.model_copy()
    flow = cash_flow(breakdown, capex, "self-hosted", a)
    base.replicas, base.monthly, base.monthly_total = replicas, breakdown, round(breakdown.total, 2)
    base.capex, base.tco_total = round(capex, 2), flow.tco[-1] if flow.tco else 0.0
    lines = [ref_lines.get(m.uc.id) for m in members]
    if all(line is not None for line in lines) and lines:
        combined = ApiLine("pooled", sum(ln.fixed for ln in lines if ln),
                           sum(ln.variable_at_volume for ln in lines if ln), tokens)
        be = curve.break_even(combined)
        base.break_even_tokens_per_month = round(be) if be is not None else None
    for m in members:
        share = m.uc.workload.tokens_per_month / tokens if tokens else 1 / len(members)
        base.members.append(PlatformMember(use_case=m.uc.id, candidate=m.cand.id, model=m.model.id,
                                           tokens_per_month=m.uc.workload.tokens_per_month, share=round(share, 6),
                                           monthly=round(breakdown.total * share, 2), capex=round(capex * share, 2)))
    return Pooled(base, curve, breakdown, capex)


def _ref_lines(portfolio: Portfolio, cat) -> dict[str, ApiLine]:
    """Each use case's cheapest API candidate as a line (declared platforms are pooled before ranking)."""
    out: dict[str, ApiLine] = {}
    for uc in portfolio.use_cases:
        lines = [api_line(api, uc, portfolio) for c in uc.candidates if c.kind == "api"
                 for api in [cat.api(c.api)] if api is not None]
        if lines:
            out[uc.id] = min(lines, key=lambda ln: ln.variable_at_volume)
    return out


def declared_platforms(portfolio: Portfolio, cat, today: dt.date) -> tuple[list[PlatformAssessment], dict]:
    """The portfolio's own platforms, pooled; and each member candidate's share (breakdown, capex, problems)."""
    from .assess import on_platform

    platforms, shares = [], {}
    refs = _ref_lines(portfolio, cat) if portfolio.platforms else {}
    for p in portfolio.platforms:
        members = []
        for uc in portfolio.use_cases:
            for c in uc.candidates:
                if c.platform == p.id and c.kind == "self-hosted":
                    model = cat.model(c.model or "")
                    if model is not None:
                        members.append(Member(uc, on_platform(c, portfolio), model))
        if not members:
            continue
        hw = Candidate(kind="self-hosted", model=members[0].model.id, accelerator=p.accelerator, gpus=p.gpus,
                       parallel=p.parallel, engine=p.engine, acquisition=p.acquisition, cloud=p.cloud)
        pooled = pool(p.id, p.name, True, members, hw, portfolio, cat, refs)
        platforms.append(pooled.platform)
        for m in members:
            share = m.uc.workload.tokens_per_month / pooled.platform.tokens_per_month \
                if pooled.platform.tokens_per_month else 1 / len(members)
            shares[(m.uc.id, m.cand.id)] = (_scaled(pooled.breakdown, share), pooled.capex * share,
                                            list(pooled.platform.problems))
    return platforms, shares


def _sum(name: ScenarioName, picks: dict[str, CandidateAssessment], pooled: list[Pooled], unserved: list[Unserved],
         rate: float, portfolio: Portfolio) -> Scenario:
    monthly = sum(c.cost.monthly_total for c in picks.values())
    tco = sum(c.cost.tco_total for c in picks.values())
    capex = sum(c.cost.capex for c in picks.values())
    pv = sum(c.cost.tco_present_value for c in picks.values())
    choices = {uc: c.candidate.id for uc, c in picks.items()}
    for p in pooled:
        flow = cash_flow(p.breakdown, p.capex, "self-hosted", portfolio.assumptions)
        monthly += p.breakdown.total
        tco += flow.tco[-1] if flow.tco else 0.0
        capex += p.capex
        pv += flow.present_value(rate)
        choices.update({m.use_case: m.candidate for m in p.platform.members})
    return Scenario(name=name, title=TITLES[name], monthly=round(monthly, 2), tco=round(tco, 2),
                    capex=round(capex, 2), tco_present_value=round(pv, 2), choices=choices,
                    platforms=[p.platform.id for p in pooled], unserved=unserved)


def _why_none(ua: UseCaseAssessment, kind: str) -> Unserved:
    """Why a scenario cannot serve a use case with this kind of option."""
    from .assess import exclusion_message

    mine = [c for c in ua.candidates if c.candidate.kind == kind]
    suffix = "api" if kind == "api" else "self_hosted"
    if not mine:
        message = say(f"unserved.no_{suffix}")
    else:
        first = mine[0].score.exclusions[0] if mine[0].score.exclusions else None
        message = say(f"unserved.none_qualifies_{suffix}",
                      **nest("detail", exclusion_message(first) if first else "excluded"))
    return Unserved(use_case=ua.use_case, reason=english(message), message=message)


def _group_key(c: Candidate) -> tuple:
    return (c.model, c.accelerator, c.gpus, c.precision, c.kv_precision, c.engine, c.parallel, c.acquisition, c.cloud)


def scenarios(result: PortfolioAssessment, portfolio: Portfolio, cat, today: dt.date) -> None:
    """Fill `result.scenarios` (and `platforms` with the proposed ones); adopt the consolidation when it wins."""
    from .assess import totals

    rate = portfolio.organisation.cost_of_capital
    ucs = {uc.id: uc for uc in portfolio.use_cases}
    refs = _ref_lines(portfolio, cat)
    ok = [(ua, [c for c in ua.candidates if not c.score.excluded]) for ua in result.use_cases]

    # All API: the cheapest qualifying API per use case.
    picks, unserved = {}, []
    for ua, good in ok:
        apis = [c for c in good if c.candidate.kind == "api"]
        if apis:
            picks[ua.use_case] = min(apis, key=lambda c: c.cost.monthly_total)
        else:
            unserved.append(_why_none(ua, "api"))
    all_api = _sum("all_api", picks, [], unserved, rate, portfolio)

    # All self-hosted: the best qualifying self-hosted option per use case, one platform per distinct deployment.
    best: dict[str, CandidateAssessment] = {}
    unserved = []
    for ua, good in ok:
        own = [c for c in good if c.candidate.kind == "self-hosted"]
        if own:
            best[ua.use_case] = max(own, key=lambda c: c.score.total)
        else:
            unserved.append(_why_none(ua, "self-hosted"))
    groups: dict[tuple, list[str]] = {}
    for uc_id, ca in best.items():
        groups.setdefault(_group_key(ca.candidate), []).append(uc_id)
    singles, pooled = {}, []
    for n, (key, members) in enumerate(groups.items()):
        if len(members) == 1 or best[members[0]].platform:
            singles.update({u: best[u] for u in members})
            continue
        model = cat.model(key[0] or "")
        ms = [Member(ucs[u], best[u].candidate, model) for u in members]
        p = pool(f"pooled-{n + 1}", f"{model.id.split('/')[-1]} on {key[2]}× {key[1]}", False, ms,
                 best[members[0]].candidate, portfolio, cat, refs)
        if p.platform.fits:
            pooled.append(p)
        else:
            singles.update({u: best[u] for u in members})
    all_own = _sum("all_self_hosted", singles, pooled, unserved, rate, portfolio)

    # The recommended mix as ranked per use case.
    chosen: dict[str, CandidateAssessment] = {}
    for ua in result.use_cases:
        pick = ua.chosen
        if pick is not None:
            chosen[ua.use_case] = pick
    unserved = [Unserved(use_case=ua.use_case, reason=ua.summary, message=ua.summary_message)
                for ua in result.use_cases if ua.chosen is None]
    recommended = _sum("recommended", chosen, [], unserved, rate, portfolio)

    # Best consolidation: pool use cases whose qualifying self-hosted options run the same model.
    consolidated_pools: list[Pooled] = []
    remaining = {u: c for u, c in chosen.items() if not c.platform}
    while True:
        offer = _best_pool(result, remaining, ucs, portfolio, cat, refs, len(consolidated_pools))
        if offer is None:
            break
        consolidated_pools.append(offer)
        for m in offer.platform.members:
            remaining.pop(m.use_case, None)
    kept = {u: c for u, c in chosen.items() if u in remaining or c.platform}
    consolidated = _sum("consolidated", kept, consolidated_pools, list(unserved), rate, portfolio)

    result.platforms += [p.platform for p in consolidated_pools]
    if consolidated_pools and consolidated.tco < recommended.tco - 0.5:
        adopt(result, consolidated_pools, portfolio)
        result.recommended_scenario = "consolidated"
        saving = recommended.tco - consolidated.tco
        result.scenario_reason_message = say(
            "scenario.pooling_wins", platforms=", ".join(p.platform.name for p in consolidated_pools), saving=saving,
            currency=result.currency, months=result.horizon_months)
        recommended = consolidated.model_copy(update={"name": "recommended", "title": TITLES["recommended"]})
    else:
        result.scenario_reason_message = say("scenario.pooling_dearer" if consolidated_pools else "scenario.no_pooling")
        totals(result)
    result.scenario_reason = english(result.scenario_reason_message)
    result.scenarios = [all_api, all_own, recommended, consolidated]


def _best_pool(result: PortfolioAssessment, remaining: dict[str, CandidateAssessment], ucs: dict[str, UseCase],
               portfolio: Portfolio, cat, refs: dict[str, ApiLine], n: int) -> Pooled | None:
    """The pooling of remaining use cases on one model that saves the most per month, if any saves."""
    by_model: dict[str, list[tuple[str, CandidateAssessment]]] = {}
    for ua in result.use_cases:
        pick = remaining.get(ua.use_case)
        if pick is None:
            continue
        options: dict[str, CandidateAssessment] = {}
        for c in ua.candidates:
            if c.score.excluded or c.candidate.kind != "self-hosted" or c.platform:
                continue
            if c is not pick and pick.score.total - c.score.total > CONSOLIDATION_SCORE_MARGIN:
                continue
            model = (c.candidate.model or "").lower()
            if model not in options or c.score.total > options[model].score.total:
                options[model] = c
        for model, c in options.items():
            by_model.setdefault(model, []).append((ua.use_case, c))
    best: tuple[float, Pooled] | None = None
    for model_id, cands in by_model.items():
        if len(cands) < 2:
            continue
        model = cat.model(model_id)
        if model is None:
            continue
        members = [Member(ucs[u], c.candidate, model) for u, c in cands]
        current = sum(remaining[m.uc.id].cost.monthly_total for m in members)
        for hw in {_group_key(c.candidate): c.candidate for _, c in cands}.values():
            p = pool(f"consolidated-{n + 1}", f"{model.id.split('/')[-1]} on {hw.gpus}× {hw.accelerator}", False,
                     members, hw, portfolio, cat, refs)
            if not p.platform.fits:
                continue
            saving = current - p.breakdown.total
            if saving > 0.5 and (best is None or saving > best[0]):
                best = (saving, p)
    return best[1] if best else None


def adopt(result: PortfolioAssessment, pools: list[Pooled], portfolio: Portfolio) -> None:
    """The consolidation wins: pooled use cases switch to their pooled option, and the totals follow it."""
    from .assess import Money, totals

    rate = portfolio.organisation.cost_of_capital
    pooled: dict[str, Money] = {}
    for p in pools:
        flow = cash_flow(p.breakdown, p.capex, "self-hosted", portfolio.assumptions)
        for m in p.platform.members:
            ua = result.use_case(m.use_case)
            if ua is None:
                continue
            previous = ua.recommended_label
            ua.recommended = m.candidate
            chosen = ua.chosen
            ua.recommended_label = chosen.label if chosen else None
            ua.pooled_on = p.platform.id
            others = [u.name for u in result.use_cases
                      if u.use_case in {x.use_case for x in p.platform.members} - {m.use_case}]
            ua.reason_messages = [say("reason.pooled", others=", ".join(others), platform=p.platform.name,
                                      platform_monthly=p.platform.monthly_total, currency=result.currency,
                                      monthly=m.monthly), *ua.reason_messages][:3]
            ua.reasons = [english(x) for x in ua.reason_messages]
            if previous and previous != ua.recommended_label:
                ua.summary_message = say("summary.pooled_instead", label=ua.recommended_label,
                                         platform=p.platform.name, alone=previous)
            else:
                ua.summary_message = say("summary.pooled", label=ua.recommended_label, platform=p.platform.name)
            ua.summary = english(ua.summary_message)
            for c in ua.candidates:
                if c.candidate.id == m.candidate:
                    c.outcome_message = say("outcome.pooled")
                elif c.outcome.startswith("recommended"):
                    c.outcome_message = say("outcome.best_alone")
            tco = flow.tco
            pooled[m.use_case] = Money(m.monthly, (tco[-1] if tco else 0.0) * m.share, p.capex * m.share,
                                       flow.present_value(rate) * m.share, [y * m.share for y in flow.by_year()],
                                       _scaled(p.breakdown, m.share))
    totals(result, pooled)
