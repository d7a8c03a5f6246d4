"""Question 1: what may the organisation do with this model, under which license, with what duties.

Every rule is read from the license records; nothing here names a model or a license.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

from desktop.domain import Clause, Effect, License, Model, Obligation
from desktop.domain.usage import UsageContext

QUESTION = 1


class Verdict(str, Enum):
    allowed = "allowed"
    allowed_with_obligations = "allowed_with_obligations"
    needs_review = "needs_review"
    blocked = "blocked"

    @property
    def rank(self) -> int:
        return list(Verdict).index(self)


class Reason(BaseModel):
    license: str
    clause: str = Field(description="section in the license text")
    kind: str = Field(description="which clause type decided, e.g. UserThreshold")
    impact: Literal["grants", "duty", "review", "blocks", "info"]
    summary: str
    quote: str | None = None
    source: str


class ObligationDue(BaseModel):
    id: str
    license: str
    kind: str
    text: str = Field(description="what to do, in actionable words")
    clause: str
    quote: str | None = None
    source: str


class RiskFlag(BaseModel):
    license: str
    kind: str
    summary: str
    clause: str
    source: str


class LicenseAssessment(BaseModel):
    model: str
    license: str = Field(description="license ids, joined with ' + ' when several apply")
    licenses: list[str]
    verdict: Verdict
    question: int = QUESTION
    obligations: list[ObligationDue] = Field(default_factory=list)
    reasons: list[Reason] = Field(default_factory=list)
    risk_flags: list[RiskFlag] = Field(default_factory=list)

    @property
    def deciding_reason(self) -> Reason | None:
        """The reason that set the verdict: the first blocking, else review, else duty, else grant."""
        order = {"blocks": 0, "review": 1, "duty": 2, "grants": 3, "info": 4}
        return min(self.reasons, key=lambda r: order[r.impact], default=None)


def _reason(lic: License, clause: Clause, impact: str, summary: str | None = None) -> Reason:
    return Reason(
        license=lic.id,
        clause=clause.section,
        kind=type(clause).__name__,
        impact=impact,
        summary=summary or clause.summary,
        quote=clause.quote,
        source=clause.source,
    )


def _impact(effect: Effect) -> str:
    return "blocks" if effect == Effect.blocked else "review"


def _triggered(ob: Obligation, ctx: UsageContext) -> bool:
    checks = {
        "always": True,
        "commercial": ctx.commercial,
        "distribute": ctx.redistribute_weights,
        "make_available": ctx.makes_available,
        "fine_tune": ctx.fine_tune,
        "train_other_models": ctx.train_other_models,
        "hosted_service": ctx.hosted_service,
    }
    return any(checks[t] for t in ob.triggers)


def _due(lic: License, ob: Obligation, text: str | None = None) -> ObligationDue:
    action = text or ob.summary
    if ob.text and not text:
        action = f"{ob.summary} Wording: “{ob.text}”" + (f" — where: {ob.where}." if ob.where else ".")
    elif ob.where and not text:
        action = f"{ob.summary} Where: {ob.where}."
    return ObligationDue(
        id=ob.id, license=lic.id, kind=ob.kind, text=action, clause=ob.section, quote=ob.quote, source=ob.source
    )


def _starts_with(name: str, prefix: str) -> bool:
    """'Llama-3-Acme' begins with 'Llama 3'; case and separators do not matter."""
    def norm(text: str) -> str:
        return " ".join(text.lower().replace("-", " ").replace("_", " ").split())

    return norm(name).startswith(norm(prefix))


def evaluate_license(lic: License, model: Model, ctx: UsageContext) -> tuple[list[Reason], list[ObligationDue], list[RiskFlag]]:
    """Apply one license's clauses to the context."""
    reasons: list[Reason] = []
    duties: list[ObligationDue] = []
    end_user = ctx.end_user_only

    # Commercial use
    c = lic.commercial
    if ctx.commercial and not (c.allowed and c.scope == "any"):
        if end_user:
            # The grant binds the provider of the service; its end user carries a risk, not a breach.
            reasons.append(_reason(lic, c, "review", f"The provider's license does not grant commercial use ({c.scope}):"
                                   f" check the service's own terms. {c.summary}"))
        else:
            reasons.append(_reason(lic, c, "blocks", f"Commercial use is not granted ({c.scope}). {c.summary}"))
    elif not ctx.commercial and c.scope in ("research-only", "non-production"):
        reasons.append(_reason(lic, c, "review", f"Only {c.scope} use is granted: confirm the use qualifies. {c.summary}"))
    else:
        reasons.append(_reason(lic, c, "grants"))

    # Thresholds bind the licensee; an end user of someone else's product is not the licensee.
    for t in lic.user_thresholds:
        if end_user or (t.commercial_only and not ctx.commercial):
            continue
        users = ctx.group_mau_at_release if t.measured == "release-month" and t.scope == "group" else ctx.product_mau
        if users > t.limit:
            reasons.append(_reason(lic, t, _impact(t.effect), f"{users:,} users exceed the {t.limit:,} limit. {t.summary}"))
    for r in lic.revenue_thresholds:
        if not end_user and ctx.group_monthly_revenue_usd > r.limit_usd_per_month:
            reasons.append(
                _reason(
                    lic, r, _impact(r.effect),
                    f"Monthly revenue USD {ctx.group_monthly_revenue_usd:,.0f} exceeds USD {r.limit_usd_per_month:,.0f}. {r.summary}",
                )
            )

    # Derivatives and redistribution
    d = lic.derivatives
    if ctx.fine_tune and not d.fine_tune:
        reasons.append(_reason(lic, d, "blocks", f"Fine-tuning is not permitted. {d.summary}"))
    if ctx.redistribute_weights and not (d.redistribute_derivatives if ctx.fine_tune else d.redistribute_weights):
        reasons.append(_reason(lic, d, "blocks", f"Redistributing the weights is not permitted. {d.summary}"))

    # Outputs used to train other models
    o = lic.outputs_training
    if ctx.train_other_models:
        if not o.allowed:
            reasons.append(_reason(lic, o, _impact(o.effect), f"Using outputs to train other models is not permitted. {o.summary}"))
        elif o.student_is_derivative:
            reasons.append(_reason(lic, o, "duty", f"A model trained on the outputs counts as a derivative. {o.summary}"))
            duties.append(ObligationDue(
                id=f"{lic.id}-student-is-derivative", license=lic.id, kind="pass-on-terms",
                text=f"Treat any model trained on the outputs as a derivative of this model: it carries {lic.short_name}'s"
                     " use restrictions and duties. " + (o.conditions or ""),
                clause=o.section, quote=o.quote, source=o.source,
            ))

    # Use restrictions (acceptable-use policies): they bind end users too.
    for u in lic.use_restrictions:
        if u.category in ctx.uses:
            reasons.append(_reason(lic, u, _impact(u.effect), f"Use '{u.category}': {u.summary}"))

    # Geography
    for g in lic.geographic:
        if g.region == "EU" and ctx.in_eu and (model.multimodal or not g.multimodal_only):
            if g.end_user_exception and end_user:
                reasons.append(_reason(lic, g, "info", f"EU restriction does not reach end users of a product. {g.summary}"))
            else:
                reasons.append(
                    _reason(lic, g, _impact(g.effect), f"Licensee in {ctx.licensee_country} (EU), model is multimodal. {g.summary}")
                )

    # Hosted service
    h = lic.hosted_service
    if h and ctx.hosted_service and not h.allowed:
        reasons.append(_reason(lic, h, _impact(h.effect), f"Offering it as a hosted service: {h.summary}"))

    # Duties
    if not end_user:
        for ob in lic.obligations:
            if not _triggered(ob, ctx) or (ob.only_if_made_available and not ctx.makes_available):
                continue
            if ob.kind == "naming":
                name = (ctx.derived_model_name or "").strip()
                prefix = ob.name_prefix or ""
                if name and prefix and not _starts_with(name, prefix):
                    reasons.append(
                        Reason(
                            license=lic.id, clause=ob.section, kind="Obligation", impact="blocks",
                            summary=f"The derived model name '{name}' must begin with '{prefix}'. {ob.summary}",
                            quote=ob.quote, source=ob.source,
                        )
                    )
                    continue
                duties.append(_due(lic, ob, f"Name the derived model so that it begins with “{prefix}”"
                                   + (f" (planned: '{name}' complies)." if name else ".")))
            else:
                duties.append(_due(lic, ob))
            reasons.append(
                Reason(license=lic.id, clause=ob.section, kind="Obligation", impact="duty", summary=ob.summary,
                       quote=ob.quote, source=ob.source)
            )

    risks = [RiskFlag(license=lic.id, kind=r.kind, summary=r.summary, clause=r.section, source=r.source) for r in lic.risks]
    risks += [
        RiskFlag(license=lic.id, kind=f"termination-{t.kind}", summary=t.summary, clause=t.section, source=t.source)
        for t in lic.termination
        if t.kind in ("guardrail-bypass",) or (t.kind == "litigation")
    ]
    return reasons, duties, risks


def assess_license(model: Model, licenses: list[License], ctx: UsageContext,
                   missing: list[str] | None = None) -> LicenseAssessment:
    """Every license of the model applies (a derived model carries its base's terms too). A license id the
    knowledge base does not hold can never come out as allowed: it needs review."""
    reasons: list[Reason] = [
        Reason(license=lic_id, clause="(not in the knowledge base)", kind="UnknownLicense", impact="review",
               summary=f"The model names license {lic_id!r}, which the knowledge base does not hold: read it before use.",
               source=model.sources[0])
        for lic_id in (missing or [])
    ]
    duties: list[ObligationDue] = []
    risks: list[RiskFlag] = []
    for lic in licenses:
        r, d, k = evaluate_license(lic, model, ctx)
        reasons += r
        duties += [x for x in d if x.id not in {y.id for y in duties}]
        risks += k
    if any(r.impact == "blocks" for r in reasons):
        verdict = Verdict.blocked
    elif any(r.impact == "review" for r in reasons):
        verdict = Verdict.needs_review
    elif duties:
        verdict = Verdict.allowed_with_obligations
    else:
        verdict = Verdict.allowed
    ids = [lic.id for lic in licenses] + list(missing or [])
    return LicenseAssessment(
        model=model.id, license=" + ".join(ids), licenses=ids, verdict=verdict,
        obligations=duties, reasons=reasons, risk_flags=risks,
    )
