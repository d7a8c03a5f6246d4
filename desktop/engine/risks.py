"""The risk register: what could go wrong with each option, from facts the assessment already holds."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.domain.portfolio import Portfolio, UseCase
from desktop.domain.vocabulary import STALE_DAYS

from .findings import Risk
from .license import Verdict
from .messages import built

if TYPE_CHECKING:
    from .assess import Resolved
    from .result import CandidateAssessment, UseCaseAssessment

# How much a license's risk flag weighs: a right that can be taken away outweighs a policy update.
# Flags every license carries (no warranty) or that are duties, not risks, are left out of the register.
FLAG_SEVERITY = {"remote-restriction": "high", "revocable": "medium", "terms-may-change": "medium",
                 "guardrail-bypass": "medium", "policy-may-change": "low", "litigation": "low", "patent": "low",
                 "breach": "low"}
QUALITY_GAP = 70.0  # a use-case score below this, without the user's own evaluation, is a gap
CLOSE_CALL_POINTS = 2.0
NEAR_BREAK_EVEN = (0.8, 1.25)  # today's volume within this factor of the break-even


def candidate_risks(ca: CandidateAssessment, found: Resolved, uc: UseCase, portfolio: Portfolio,
                    today: dt.date) -> list[Risk]:
    subject = f"{uc.name} · {ca.label}"
    out: list[Risk] = []

    def add(kind: str, severity: str, message: str, source: str = "", **params) -> None:
        out.append(built(Risk, kind=kind, severity=severity, subject=subject, message=message, source=source,
                         params=params, use_case=uc.id, candidate=ca.candidate.id, recommended=False))

    lic = ca.license
    if lic is not None:
        if lic.verdict == Verdict.needs_review:
            d = lic.deciding_reason
            add("license_review", "high", f"the license needs legal review ({lic.license}"
                + (f", {d.clause}: {d.summary}" if d else "") + ")", d.source if d else "", license=lic.license)
        for flag in lic.risk_flags:
            if flag.kind not in FLAG_SEVERITY:
                continue
            add(f"license_{flag.kind}", FLAG_SEVERITY.get(flag.kind, "low"),
                f"{flag.license} {flag.clause}: {flag.summary}", flag.source, license=flag.license, clause=flag.clause)
    api = found.api
    if api is not None and api.deprecation_date is not None and api.deprecation_date > today:
        month = ca.cost.forced_migration_month
        if month is not None:
            add("deprecation", "high" if month <= 6 else "medium",
                f"the vendor deprecates {api.id} on {api.deprecation_date.isoformat()} (month {month} of the "
                f"horizon): a forced switch is priced in that month", api.sources[0] if api.sources else "",
                api=api.id, date=api.deprecation_date.isoformat(), month=month)
    stale_before = today - dt.timedelta(days=STALE_DAYS)
    for record, what in ((api, "API price"), (found.acc, "hardware price"), (found.cloud, "rental price")):
        if record is not None and record.as_of < stale_before:
            add("stale_price", "low", f"the {what} of {record.id} dates from {record.as_of.isoformat()}, more than "
                f"{STALE_DAYS} days ago: check it before relying on it", record.sources[0] if record.sources else "",
                record=record.id, as_of=record.as_of.isoformat())
    for e in ca.score.exclusions:
        if e.kind == "unpriced_hardware":
            add("unpriced_hardware", "medium", e.reason, accelerator=str(e.params.get("accelerator")))
    if api is not None and uc.data_sensitivity in ("confidential", "secret"):
        add("data_to_api", "medium" if api.eu_data_residency else "high",
            f"{uc.data_sensitivity} data would be sent to {api.vendor}"
            + (" (processed in the EU)" if api.eu_data_residency else " without contractual EU processing"),
            sensitivity=uc.data_sensitivity, api=api.id)
    q3 = next((s for s in ca.score.subscores if s.question == 3), None)
    if q3 is not None and ca.candidate.id not in uc.evaluations and q3.score < QUALITY_GAP:
        add("quality_gap", "high" if q3.score < 40 else "medium",
            f"generic quality falls short of the use case's {uc.quality_need} need ({q3.score:.0f}/100): "
            "evaluate it on your own examples", need=uc.quality_need, score=round(q3.score))
    w = uc.workload
    sz = ca.sizing
    band = sz.error_band if sz is not None else {}
    if band.get("few_points"):
        points, trust = int(band.get("points", 0)), float(band.get("mape_pct", 0))
        hardware_class = str(band.get("hardware_class"))
        if points:
            add("few_measurements", "low", f"speed figures for {hardware_class} rest on {points} public "
                f"measurement(s): trust them to about ±{trust:.0f} %", hardware_class=hardware_class, points=points,
                mape_pct=trust)
        else:
            add("no_measurements", "low", f"no public measurement of {hardware_class} hardware in the validation "
                f"ledger: trust its speed figures to about ±{trust:.0f} %", hardware_class=hardware_class,
                points=points, mape_pct=trust)
    if sz is not None and sz.fits:
        if w.latency_target_ms and sz.ttft_s * 1000 > w.latency_target_ms:
            add("latency", "medium", f"time to first token {sz.ttft_s * 1000:.0f} ms misses the "
                f"{w.latency_target_ms:g} ms target", ttft_ms=round(sz.ttft_s * 1000), target_ms=w.latency_target_ms)
        if w.min_tokens_per_s and sz.decode_tokens_per_s < w.min_tokens_per_s:
            add("latency", "medium", f"{sz.decode_tokens_per_s:.0f} tokens/s per user is below the "
                f"{w.min_tokens_per_s:g} tokens/s target", tokens_per_s=round(sz.decode_tokens_per_s))
    if api is not None and w.latency_target_ms:
        if api.typical_latency_ms is None:
            add("latency_unknown", "low", f"{api.id} publishes no latency; the {w.latency_target_ms:g} ms target "
                "is unchecked", target_ms=w.latency_target_ms)
        elif api.typical_latency_ms > w.latency_target_ms:
            add("latency", "medium", f"{api.id}'s published latency {api.typical_latency_ms:g} ms misses the "
                f"{w.latency_target_ms:g} ms target", target_ms=w.latency_target_ms)
    return out


def use_case_risks(ua: UseCaseAssessment, uc: UseCase) -> list[Risk]:
    """Risks of the use case as a whole: nothing qualifies, a pin the engine excludes, a close call."""
    out: list[Risk] = []

    def add(kind: str, severity: str, message: str, **params) -> None:
        out.append(built(Risk, kind=kind, severity=severity, subject=ua.name, message=message, source="",
                         params=params, use_case=ua.use_case, candidate=ua.recommended, recommended=True))

    chosen = ua.chosen
    if chosen is None:
        add("unserved", "high", ua.summary or "no candidate qualifies")
        return out
    if ua.pinned and chosen.score.excluded:
        add("pinned_excluded", "high", f"the pinned option is excluded: {chosen.score.exclusions[0].reason}")
    others = sorted((c for c in ua.candidates if c is not chosen and not c.score.excluded),
                    key=lambda c: -c.score.total)
    if others and not ua.pinned and chosen.score.total - others[0].score.total < CLOSE_CALL_POINTS:
        add("close_call", "low", f"a close call: {others[0].label} scores within "
            f"{chosen.score.total - others[0].score.total:.1f} points", other=others[0].label)
    volume = uc.workload.tokens_per_month
    for c in ua.candidates:
        be = c.cost.break_even_tokens_per_month
        if be and volume and not c.score.excluded and NEAR_BREAK_EVEN[0] <= volume / be <= NEAR_BREAK_EVEN[1]:
            add("near_break_even", "low", f"today's volume is within 25 % of {c.label}'s break-even: a change in "
                "volume can change the answer", candidate=c.candidate.id)
            break
    if chosen.candidate.id not in uc.evaluations:
        add("no_evaluation", "low", "the recommendation rests on generic quality tiers, not your own evaluation")
    return out
