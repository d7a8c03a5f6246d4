"""Suggest candidates for a use case: models the license allows that fit a catalog configuration the
organisation can pay for and run, and API offerings that match the quality need and, for confidential data,
keep it in the EU. Every suggestion says in its note why it was chosen."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.portfolio import Candidate, Organisation, UseCase, new_id

from .assess import Catalog, effective_context
from .cost import to_currency
from .license import Verdict
from .messages import Message, english, say
from .sizing import SizingRequest, smallest_fitting

TIER_RANK = {"frontier": 3, "strong": 2, "mid": 1, "small": 0}
NEED_RANK = {"frontier": 3, "strong": 2, "basic": 1}
# Below this many people able to run models, only one single-device deployment is suggested: a multi-GPU
# server needs someone on call (the same threshold as the "no team capacity" scenario rule).
SMALL_TEAM_FTE = 0.5


@dataclass(frozen=True)
class Suggestion:
    """A suggested candidate (its note in English) and why, as messages a view words in its language."""

    candidate: Candidate
    reasons: list[Message]


def note(reasons: list[Message]) -> str:
    """The English note: 'suggested: ' and the reasons."""
    return english(say("suggest.note", reasons="; ".join(english(r) for r in reasons)))


def suggest_candidates(uc: UseCase, org: Organisation, cat: Catalog, self_hosted: int = 3, apis: int = 2) -> list[Candidate]:
    return [s.candidate for s in suggestions(uc, org, cat, self_hosted, apis)]


def suggestions(uc: UseCase, org: Organisation, cat: Catalog, self_hosted: int = 3, apis: int = 2) -> list[Suggestion]:
    ctx = effective_context(uc, org)
    need = NEED_RANK[uc.quality_need]
    existing = {(c.model or c.api or "").lower() for c in uc.candidates}
    out: list[Suggestion] = []

    models = []
    for model in cat.models.values():
        if model.id.lower() in existing or TIER_RANK[model.quality_tier] + 1 < need:
            continue
        if "vision" in uc.needs and not model.multimodal:
            continue
        if cat.license_assessment(model, ctx).verdict == Verdict.blocked:
            continue
        models.append(model)
    # Best quality first, then the most recent: a consultant would start from these.
    models.sort(key=lambda m: (-TIER_RANK[m.quality_tier], -m.release_date.toordinal()))
    gpus = list(cat.accelerators.values())
    small_team = org.team_fte < SMALL_TEAM_FTE
    if small_team:
        self_hosted = min(self_hosted, 1)
    req = SizingRequest(precision="fp8", kv_precision="fp8", context=uc.workload.context_length,
                        prompt=min(uc.workload.prompt_tokens, uc.workload.context_length),
                        concurrency=min(uc.workload.peak_concurrency, 8))
    for model in models:
        if len([s for s in out if s.candidate.kind == "self-hosted"]) >= self_hosted:
            break
        precision = model.architecture.native_dtype if model.architecture.native_dtype in ("mxfp4", "fp8") else "fp8"
        # Suggestions are sized as proposed: vLLM on priced GPUs (Apple and CPU boxes are for llama.cpp;
        # add those by hand, where the sizing uses the engine you pick).
        fitting = smallest_fitting(model, [g for g in gpus if g.kind not in ("cpu", "unified-memory") and g.price_usd],
                                   req.model_copy(update={"precision": precision}), max_devices=1 if small_team else 8)
        fitting = [f for f in fitting if _within(f[0].price_usd or 0.0, f[1], org)]
        if not fitting:
            continue
        gpu, count, _ = fitting[0]
        price = to_currency((gpu.price_usd or 0.0) * count, "USD", org)
        why = [say("suggest.cheapest_fit", count=count, gpu=gpu.id, price=price, currency=org.currency),
               say("suggest.license", verdict=cat.license_assessment(model, ctx).verdict.value)]
        if org.hardware_budget is not None:
            why.append(say("suggest.budget", budget=org.hardware_budget, currency=org.currency))
        if small_team:
            why.append(say("suggest.one_device", fte=org.team_fte))
        out.append(Suggestion(Candidate(id=new_id(), kind="self-hosted", model=model.id, precision=precision,
                                        kv_precision="fp8", accelerator=gpu.id, gpus=count, engine="vllm",
                                        note=note(why)), why))

    wants_eu = uc.data_sensitivity in ("confidential", "secret") and not uc.must_stay_in_house
    offers = [a for a in cat.apis.values() if a.id.lower() not in existing and TIER_RANK[a.quality_tier] + 1 >= need
              and (not wants_eu or a.eu_data_residency) and ("vision" not in uc.needs or "image" in a.modalities)]
    if not uc.must_stay_in_house:
        w = uc.workload
        offers.sort(key=lambda a: (-TIER_RANK[a.quality_tier] if uc.quality_need == "frontier" else 0,
                                   a.input_per_mtok * w.input_tokens_per_month + a.output_per_mtok * w.output_tokens_per_month))
        for api in offers[:apis]:
            why = [say("suggest.cheapest_api" if uc.quality_need != "frontier" else "suggest.strongest_api")]
            if wants_eu:
                why.append(say("suggest.keeps_eu"))
            if small_team:
                why.append(say("suggest.nothing_in_house", fte=org.team_fte))
            out.append(Suggestion(Candidate(id=new_id(), kind="api", api=api.id, note=note(why)), why))
    return out


def _within(price_usd: float, count: int, org: Organisation) -> bool:
    """The devices' price fits the organisation's hardware budget (no budget: anything goes)."""
    return org.hardware_budget is None or to_currency(price_usd * count, "USD", org) <= org.hardware_budget
