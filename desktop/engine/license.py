"""Question 1: what may the organisation do with this model, under which license, with what duties.

Every rule is read from the license records; nothing here names a model or a license.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

from desktop.domain import Clause, Effect, License, Model, Obligation
from desktop.domain.usage import UsageContext

QUESTION = 1


Impact = Literal["grants", "duty", "review", "blocks", "info"]

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
    impact: Impact
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
    cure: bool = Field(default=False, description="fixes a planned use that does not comply yet; listed first")


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


def _reason(lic: License, clause: Clause, impact: Impact, summary: str | None = None) -> Reason:
    return Reason(
        license=lic.id,
        clause=clause.section,
        kind=type(clause).__name__,
        impact=impact,
        summary=summary or clause.summary,
        quote=clause.quote,
        source=clause.source,
    )


def _impact(effect: Effect) -> Impact:
    return "blocks" if effect == Effect.blocked else "review"


def _triggered(ob: Obligation, ctx: UsageContext) -> bool:
    checks = {
        "always": True,
        "end_user_facing": ctx.end_user_facing,
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


_TOKEN = re.compile(r"[a-z]+|[0-9]+")


def _name_tokens(text: str) -> list[str]:
    """'Llama3-Acme', 'Llama-3-Acme' and 'llama 3 acme' all give ['llama', '3', 'acme']: licensors write the
    same name with and without separators, so only the letters and numbers count."""
    return _TOKEN.findall(text.lower())


def name_begins_with(name: str, prefix: str) -> bool:
    """Does the model name begin with the prefix, as the licensor writes names?

    Letters and numbers are compared run by run, ignoring case and separators; a prefix ending in a word may
    run on into the next letters ('LlamaLaw' begins with 'Llama'), a number may not ('Llama 30B' does not
    begin with 'Llama 3').
    """
    want, have = _name_tokens(prefix), _name_tokens(name)
    if not want or len(have) < len(want):
        return False
    *whole, last = want
    if have[: len(whole)] != whole:
        return False
    got = have[len(whole)]
    return got == last or (last.isalpha() and got.startswith(last))


def compliant_name(name: str, prefix: str) -> str:
    """The planned name with the licensor's prefix in front ('Llama-3-…'). A name that already starts with part of
    the prefix ('Llama-Foo' for 'Llama 3') keeps its own words only: 'Llama-3-Foo', not 'Llama-3-Llama-Foo'."""
    want = _name_tokens(prefix)
    rest = name.strip()
    for k in range(len(want) - 1, 0, -1):
        lead = re.match(r"[\s\-_.]*".join(map(re.escape, want[:k])) + r"[\s\-_.]*", rest, re.IGNORECASE)
        if lead and rest[lead.end():]:
            rest = rest[lead.end():]
            break
    return "-".join(prefix.split()) + "-" + rest


def _cure_due(lic: License, clause: Clause, ident: str, kind: str, text: str) -> ObligationDue:
    return ObligationDue(id=ident, license=lic.id, kind=kind, text=text, clause=clause.section, quote=clause.quote,
                         source=clause.source, cure=True)


def _cure_text(clause: Clause, **names: str) -> str:
    return (clause.cure or clause.summary).format(**names) if names else (clause.cure or clause.summary)


def _commercial(lic: License, ctx: UsageContext, end_user: bool) -> list[Reason]:
    c = lic.commercial
    granted = c.allowed and c.scope == "any"
    if ctx.evaluation_only and ctx.commercial and not granted:
        # A company's pilot: whether the limited grant covers it is the license's own answer (non-commercial
        # evaluation falls under the ordinary non-commercial reading below).
        ev = lic.evaluation
        if ev is None:
            return [_reason(lic, c, "review", f"Only {c.scope} use is granted and the knowledge base has not encoded"
                            f" how the license treats an evaluation pilot: read {lic.text_url}. {c.summary}")]
        if ctx.end_user_facing and not ev.end_users_allowed:
            return [_reason(lic, ev, "blocks", f"An evaluation with end users leaves the grant. {ev.summary}")]
        impacts: dict[str, Impact] = {"grants": "grants", "needs_review": "review", "blocked": "blocks"}
        impact = impacts[ev.effect]
        prefix = {"grants": "Evaluation only (no production use): covered.",
                  "needs_review": "Evaluation only: whether it is covered needs review.",
                  "blocked": "Evaluation only does not help:"}[ev.effect]
        return [_reason(lic, ev, impact, f"{prefix} {ev.summary}")]
    if ctx.commercial and not granted:
        if end_user:
            # The grant binds the provider of the service; its end user carries a risk, not a breach.
            return [_reason(lic, c, "review", f"The provider's license does not grant commercial use ({c.scope}):"
                            f" check the service's own terms. {c.summary}")]
        return [_reason(lic, c, "blocks", f"Commercial use is not granted ({c.scope}). {c.summary}")]
    if not ctx.commercial and c.scope in ("research-only", "non-production"):
        return [_reason(lic, c, "review", f"Only {c.scope} use is granted: confirm the use qualifies. {c.summary}")]
    return [_reason(lic, c, "grants")]


def evaluate_license(lic: License, model: Model, ctx: UsageContext) -> tuple[list[Reason], list[ObligationDue], list[RiskFlag]]:
    """Apply one license's clauses to the context.

    A clause the use breaks either blocks (or needs review), or, when the data marks it curable, turns into an
    obligation that says how to comply; those cures come first among the obligations.
    """
    reasons: list[Reason] = _commercial(lic, ctx, ctx.end_user_only)
    cures: list[ObligationDue] = []
    duties: list[ObligationDue] = []
    end_user = ctx.end_user_only
    ev = lic.evaluation
    if ev is not None and any(r.kind == "EvaluationUse" and r.impact == "grants" for r in reasons):
        # The grant holds only while the pilot stays a pilot: that is the duty it carries.
        duties.append(ObligationDue(
            id=f"{lic.id}-evaluation-only", license=lic.id, kind="other",
            text=f"Keep the use an evaluation: no production work, no end users relying on it; going live needs a "
                 f"commercial license from the licensor ({lic.licensor}).",
            clause=ev.section, quote=ev.quote, source=ev.source,
        ))

    def breach(clause: Clause, impact: Impact, summary: str, ident: str, kind: str = "other", **names: str) -> None:
        """A clause the described use does not meet: a cure if the data gives one, else its effect."""
        if clause.curable and impact in ("blocks", "review"):
            reasons.append(_reason(lic, clause, "duty", f"{summary} Curable: {_cure_text(clause, **names)}"))
            cures.append(_cure_due(lic, clause, ident, kind, _cure_text(clause, **names)))
        else:
            reasons.append(_reason(lic, clause, impact, summary))

    # Thresholds bind the licensee; an end user of someone else's product is not the licensee, unless the
    # clause itself reaches every user of the model and its derivatives.
    for t in lic.user_thresholds:
        if end_user or (t.commercial_only and not ctx.commercial):
            continue
        users = ctx.group_mau_at_release if t.measured == "release-month" and t.scope == "group" else ctx.product_mau
        if users > t.limit:
            breach(t, _impact(t.effect), f"{users:,} users exceed the {t.limit:,} limit. {t.summary}", f"{lic.id}-users")
    for r in lic.revenue_thresholds:
        if (r.binds_end_users or not end_user) and ctx.group_monthly_revenue_usd > r.limit_usd_per_month:
            who = " It binds every user of the model and its derivatives, also through a third party's service." \
                if end_user else ""
            breach(r, _impact(r.effect),
                   f"Monthly revenue USD {ctx.group_monthly_revenue_usd:,.0f} exceeds USD {r.limit_usd_per_month:,.0f}."
                   f"{who} {r.summary}", f"{lic.id}-revenue")

    # Derivatives and redistribution
    d = lic.derivatives
    if ctx.fine_tune and not d.fine_tune:
        breach(d, "blocks", f"Fine-tuning is not permitted. {d.summary}", f"{lic.id}-fine-tune")
    if ctx.redistribute_weights and not (d.redistribute_derivatives if ctx.fine_tune else d.redistribute_weights):
        breach(d, "blocks", f"Redistributing the weights is not permitted. {d.summary}", f"{lic.id}-redistribute")

    # Outputs used to train other models
    o = lic.outputs_training
    if ctx.train_other_models:
        if not o.allowed:
            breach(o, _impact(o.effect), f"Using outputs to train other models is not permitted. {o.summary}",
                   f"{lic.id}-outputs-training")
        elif o.student_is_derivative:
            reasons.append(_reason(lic, o, "duty", f"A model trained on the outputs counts as a derivative. {o.summary}"))
            duties.append(ObligationDue(
                id=f"{lic.id}-student-is-derivative", license=lic.id, kind="pass-on-terms",
                text=f"Treat any model trained on the outputs as a derivative of this model: it carries {lic.short_name}'s"
                     " use restrictions and duties. " + (o.conditions or ""),
                clause=o.section, quote=o.quote, source=o.source,
            ))

    # Use restrictions (acceptable-use policies): they bind end users too. A declared use the policy was not
    # read for is never allowed silently: it needs review, naming the policy to read.
    restricted = {u.category for u in lic.use_restrictions}
    reviewed = {u.category for u in lic.uses_reviewed}
    for u in lic.use_restrictions:
        if u.category in ctx.uses:
            breach(u, _impact(u.effect), f"Use '{u.category}': {u.summary}", f"{lic.id}-use-{u.category}")
    for seen in lic.uses_reviewed:
        if seen.category in ctx.uses:
            reasons.append(_reason(lic, seen, "info", f"Use '{seen.category}': {seen.summary}"))
    if lic.has_use_policy:
        policy = lic.policy_url or next((u.policy_url or u.source for u in lic.use_restrictions), lic.text_url)
        for category in ctx.uses:
            if category not in restricted and category not in reviewed:
                reasons.append(Reason(
                    license=lic.id, clause="(use policy not encoded for this use)", kind="UnencodedUse",
                    impact="review",
                    summary=f"Use '{category}' is declared, and the knowledge base has not encoded what "
                            f"{lic.short_name}'s use policy says about it: read {policy} before use.",
                    source=policy,
                ))

    # Geography
    for g in lic.geographic:
        if g.region == "EU" and ctx.in_eu and (model.multimodal or not g.multimodal_only):
            if g.end_user_exception and end_user:
                reasons.append(_reason(lic, g, "info", f"EU restriction does not reach end users of a product. {g.summary}"))
            else:
                breach(g, _impact(g.effect), f"Licensee in {ctx.licensee_country} (EU), model is multimodal. {g.summary}",
                       f"{lic.id}-eu")

    # Hosted service
    h = lic.hosted_service
    if h and ctx.hosted_service and not h.allowed:
        breach(h, _impact(h.effect), f"Offering it as a hosted service: {h.summary}", f"{lic.id}-hosted-service")

    # Duties
    if not end_user:
        for ob in lic.obligations:
            if not _triggered(ob, ctx) or (ob.only_if_made_available and not ctx.makes_available):
                continue
            if ob.kind == "naming":
                name = (ctx.derived_model_name or "").strip()
                prefix = ob.name_prefix or ""
                if name and prefix and not name_begins_with(name, prefix):
                    fixed = compliant_name(name, prefix)
                    breach(ob, "blocks", f"The derived model name '{name}' must begin with '{prefix}'. {ob.summary}",
                           f"{ob.id}-rename", "naming", name=name, fixed_name=fixed, prefix=prefix)
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
    return reasons, cures + duties, risks


def _own_hardware(model: Model, ctx: UsageContext) -> list[Reason]:
    """--data and --eu-only for a self-hosted model: no vendor processes the data, so they add facts, not duties."""
    if ctx.end_user_only or (ctx.data == "public" and not ctx.eu_only):
        return []
    where = " Run it on hardware located in the EU/EEA to meet the EU-only requirement." if ctx.eu_only else ""
    return [Reason(license="(self-hosted)", clause="deployment", kind="SelfHosted", impact="info",
                   summary=f"Self-hosted: {ctx.data} data stays on hardware you control and no model vendor processes "
                           f"it, so no data-processing agreement with the licensor is needed.{where}",
                   source=model.sources[0])]


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
    duties.sort(key=lambda x: not x.cure)  # what must change in the plan comes before the routine duties
    reasons += _own_hardware(model, ctx)
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


# -- Question 1 for an API offer: the contract, not "vendor terms" --------------------------------------------
# The rules below read only the offer's contract facts (desktop.domain.offering.ApiContract) and the usage
# context; no vendor is named. Each rule quotes the contract fact that decides it, with that fact's own URL.

ApiCondition = Literal[
    "data_sensitive", "data_personal", "trains_by_default", "training_unstated", "dpa", "no_dpa", "opt_out_given",
    "no_opt_out", "eu_only", "eu_contractual", "not_eu_contractual", "end_user_facing", "customer_is_provider",
]


class ApiRule(BaseModel):
    """One contract rule: when all conditions hold, it adds a reason of this impact (and, for a duty, the duty)."""

    id: str
    when: tuple[ApiCondition, ...]
    fact: Literal["training", "retention", "dpa", "regions", "subprocessors", "prohibited_uses", "ai_act_role"]
    impact: Literal["blocks", "review", "duty", "info"]
    summary: str = Field(description="why, filled with {data}, {regions}, {opt_out}, {dpa_url}, {role}, {retention}, "
                         "{zdr}")
    duty: str | None = Field(default=None, description="what to do, for impact=duty")


API_RULES: tuple[ApiRule, ...] = (
    ApiRule(id="training-without-dpa", when=("data_sensitive", "trains_by_default", "no_dpa"), fact="training",
            impact="blocks",
            summary="Prompts are used to train the vendor's models by default and there is no data-processing "
                    "agreement: {data} data would leave your control with no contract limiting its use."),
    ApiRule(id="personal-data-without-dpa", when=("data_personal", "no_dpa"), fact="dpa", impact="blocks",
            summary="Personal data may go to a processor only under a GDPR Art. 28 contract, and this offer has no "
                    "data-processing agreement."),
    ApiRule(id="training-unstated", when=("data_sensitive", "training_unstated"), fact="training", impact="review",
            summary="The terms read do not say whether prompts train the vendor's models: confirm before sending "
                    "{data} data."),
    ApiRule(id="training-no-opt-out", when=("data_sensitive", "trains_by_default", "dpa", "no_opt_out"),
            fact="training", impact="review",
            summary="Prompts train the vendor's models by default and the terms read do not say how to switch it "
                    "off: confirm an opt-out before sending {data} data."),
    ApiRule(id="eu-not-contractual", when=("eu_only", "not_eu_contractual"), fact="regions", impact="blocks",
            summary="Processing must stay in the EU/EEA, and this offer's contract does not keep it there "
                    "(processing regions: {regions})."),
    ApiRule(id="sign-dpa", when=("data_sensitive", "dpa"), fact="dpa", impact="duty",
            summary="A data-processing agreement (GDPR Art. 28) is offered.",
            duty="Sign or accept the vendor's data-processing agreement (GDPR Art. 28) before sending {data} data: "
                 "{dpa_url}."),
    ApiRule(id="switch-off-training", when=("data_sensitive", "trains_by_default", "dpa", "opt_out_given"),
            fact="training", impact="duty",
            summary="Prompts train the vendor's models unless you opt out.",
            duty="Switch off training on your prompts before sending {data} data: {opt_out}."),
    ApiRule(id="configure-eu-region", when=("eu_only", "eu_contractual"), fact="regions", impact="duty",
            summary="The contract keeps processing in the EU/EEA.",
            duty="Configure the EU region the contract covers ({regions}) for every request, and keep the "
                 "contract document that says so."),
    ApiRule(id="retention", when=("data_sensitive",), fact="retention", impact="info",
            summary="Prompts and outputs are kept {retention}; zero data retention: {zdr}."),
    ApiRule(id="ai-act-transparency", when=("end_user_facing", "customer_is_provider"), fact="ai_act_role",
            impact="duty",
            summary="Building on this API you are the {role} of the AI system under the EU AI Act.",
            duty="As provider of an AI system that talks to people (EU AI Act Art. 50(1)), make clear to them "
                 "that they are interacting with an AI system."),
)


# Use categories added to the vocabulary after the API contracts were read (2026-12-02): the contracts' prohibited
# and conditional lists could not name them, so a declared use needs review until a contract is re-read.
USES_NEWER_THAN_CONTRACTS = frozenset({"personal-data-profiling"})


def _api_conditions(contract, ctx: UsageContext) -> set[str]:
    trains = contract.trains_on_prompts_by_default
    return {name for name, holds in {
        "data_sensitive": ctx.data != "public",
        "data_personal": ctx.data == "personal",
        "trains_by_default": trains is True,
        "training_unstated": trains is None,
        "dpa": contract.dpa,
        "no_dpa": not contract.dpa,
        "opt_out_given": bool(contract.opt_out),
        "no_opt_out": not contract.opt_out,
        "eu_only": ctx.eu_only,
        "eu_contractual": contract.eu_processing_contractual,
        "not_eu_contractual": not contract.eu_processing_contractual,
        "end_user_facing": ctx.end_user_facing,
        "customer_is_provider": contract.ai_act_role_of_customer in ("provider", "provider-and-deployer"),
    }.items() if holds}


def api_terms_id(api) -> str:
    return f"API contract: {api.id}"


def evaluate_api_contract(api, ctx: UsageContext) -> tuple[list[Reason], list[ObligationDue]]:
    """Apply the contract rules to one API offer; an offer whose contract was not read needs review."""
    terms = api_terms_id(api)
    contract = api.contract
    if contract is None:
        return [Reason(license=terms, clause="(contract facts not in the knowledge base)", kind="ApiContract",
                       impact="review",
                       summary=f"The knowledge base holds no contract facts for {api.vendor} {api.model_name}: read the "
                               "vendor's terms, data-processing agreement and usage policy before use.",
                       source=api.sources[0])], []
    holds = _api_conditions(contract, ctx)
    names = {
        "data": ctx.data, "regions": ", ".join(contract.processing_regions),
        "opt_out": contract.opt_out or "", "dpa_url": contract.dpa_url or contract.source_of("dpa"),
        "role": contract.ai_act_role_of_customer.replace("-", " and "),
        "retention": "for a period the terms read do not state" if contract.retention_days is None
        else "not at all" if contract.retention_days == 0 else f"{contract.retention_days} days",
        "zdr": contract.zero_data_retention.replace("-", " "),
    }
    reasons: list[Reason] = []
    duties: list[ObligationDue] = []
    for rule in API_RULES:
        if not set(rule.when) <= holds:
            continue
        quote = contract.term(rule.fact)
        source = contract.source_of(rule.fact)
        reasons.append(Reason(license=terms, clause=rule.fact, kind="ApiContract", impact=rule.impact,
                              summary=rule.summary.format(**names), quote=quote, source=source))
        if rule.impact == "duty" and rule.duty:
            duties.append(ObligationDue(id=f"api-{rule.id}", license=terms, kind="other",
                                        text=rule.duty.format(**names), clause=rule.fact, quote=quote, source=source))
    policy = contract.source_of("prohibited_uses")
    for use in ctx.uses:
        if use in contract.prohibited_uses:
            reasons.append(Reason(license=terms, clause="prohibited_uses", kind="ApiContract", impact="blocks",
                                  summary=f"Use '{use}' is prohibited by the vendor's usage policy.",
                                  quote=contract.term("prohibited_uses"), source=policy))
        elif use in contract.conditional_uses:
            condition = contract.term("prohibited_uses") or f"the conditions in the usage policy at {policy}"
            reasons.append(Reason(license=terms, clause="prohibited_uses", kind="ApiContract", impact="duty",
                                  summary=f"Use '{use}' is allowed only under the usage policy's conditions.",
                                  quote=contract.term("prohibited_uses"), source=policy))
            duties.append(ObligationDue(id=f"api-use-{use}", license=terms, kind="other",
                                        text=f"Use '{use}' only under the usage policy's conditions: {condition}",
                                        clause="prohibited_uses", quote=contract.term("prohibited_uses"), source=policy))
        elif not contract.usage_policy_encoded or use in USES_NEWER_THAN_CONTRACTS:
            reasons.append(Reason(license=terms, clause="prohibited_uses", kind="UnencodedUse", impact="review",
                                  summary=f"Use '{use}' is declared, and the knowledge base has not encoded what the "
                                          f"vendor's usage policy says about it: read {policy} before use.",
                                  source=policy))
        elif contract.usage_policy_url:
            reasons.append(Reason(license=terms, clause="prohibited_uses", kind="ApiContract", impact="info",
                                  summary=f"Use '{use}' is not among the usage policy's prohibited or conditional uses.",
                                  source=policy))
    if not any(r.impact in ("blocks", "review", "duty") for r in reasons):
        reasons.append(Reason(license=terms, clause="training", kind="ApiContract", impact="grants",
                              summary="Nothing in the contract facts read restricts this use.",
                              quote=contract.term("training"), source=contract.source_of("training")))
    return reasons, duties


def assess_api(api, ctx: UsageContext, model: Model | None = None, licenses: list[License] | None = None,
               missing: list[str] | None = None) -> LicenseAssessment:
    """Question 1 for an API offer: its contract against the use and, when it serves an open-weight model, that
    model's license as it binds an end user of the service. Same verdict scale as for a self-hosted model."""
    reasons, duties = evaluate_api_contract(api, ctx)
    ids = [api_terms_id(api)]
    risks: list[RiskFlag] = []
    if model is not None:
        hosted = assess_license(model, licenses or [], ctx.model_copy(update={"deployment": "third-party-service"}),
                                missing)
        reasons += hosted.reasons
        duties += [d for d in hosted.obligations if d.id not in {x.id for x in duties}]
        risks += hosted.risk_flags
        ids += hosted.licenses
    verdict = _verdict(reasons, duties)
    return LicenseAssessment(model=api.id, license=" + ".join(ids), licenses=ids, verdict=verdict,
                             obligations=duties, reasons=reasons, risk_flags=risks)


def _verdict(reasons: list[Reason], duties: list[ObligationDue]) -> Verdict:
    if any(r.impact == "blocks" for r in reasons):
        return Verdict.blocked
    if any(r.impact == "review" for r in reasons):
        return Verdict.needs_review
    return Verdict.allowed_with_obligations if duties else Verdict.allowed
