"""What the charts draw, computed from the portfolio and its assessment: the chart widgets only turn
these numbers into plot items (so the numbers can be tested without painting)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop.domain import ApiOffering
from desktop.domain.portfolio import Portfolio, UseCase
from desktop.engine.assess import (
    CandidateAssessment,
    Catalog,
    SelfHostedCurve,
    UseCaseAssessment,
    api_cost_curve,
    self_hosted_curve,
)
from desktop.engine.sensitivity import MonteCarloBand, Tornado, monte_carlo, tornado

SAMPLES = 400
MIN_SCALE = 0.02
MIN_TOP_SCALE = 50.0
MAX_SCALE = 1e4


def short_label(ca: CandidateAssessment, separator: str = " · ") -> str:
    """Fits in a legend or under a bar: 'Qwen3-32B · 2× l40s (rented)' or 'API gpt-5-mini'."""
    c = ca.candidate
    if c.kind == "api":
        return "API " + (c.api or "").split("/")[-1]
    model = (c.model or "").split("/")[-1]
    if len(model) > 24:
        model = model[:23] + "…"
    rented = QCoreApplication.translate("Charts", " (rented)") if c.acquisition == "rent" else ""
    return f"{model}{separator}{c.gpus}× {c.accelerator}{rented}"


def table_label(ca: CandidateAssessment) -> str:
    """The full label without the publisher prefix: 'Qwen3-32B on 2× l40s (fp8, bought)'."""
    c = ca.candidate
    if c.kind == "api" or not c.model or "/" not in c.model:
        return ca.label
    return ca.label.replace(c.model, c.model.split("/")[-1], 1)


@dataclass
class CostCurve:
    candidate: str
    index: int  # position among the use case's candidates: the same colour in every chart
    label: str
    short: str
    kind: str
    tokens: np.ndarray
    monthly: np.ndarray
    at: Callable[[np.ndarray], np.ndarray]  # monthly cost at scales (1 = today's volume)
    break_even: tuple[float, float] | None = None  # (tokens per month, monthly cost there)
    recommended: bool = False


@dataclass
class CostPicture:
    volume: float  # today's tokens per month
    scales: np.ndarray
    curves: list[CostCurve] = field(default_factory=list)
    reference_api: str | None = None

    @property
    def tokens_min(self) -> float:
        return float(self.scales[0] * self.volume)

    @property
    def tokens_max(self) -> float:
        return float(self.scales[-1] * self.volume)


def resolved(portfolio: Portfolio, catalog: Catalog, uc: UseCase, ca: CandidateAssessment):
    """The engine object behind a candidate: ('curve', SelfHostedCurve) or ('api', ApiOffering), else None."""
    if ca.problems:
        return None
    c = ca.candidate
    if c.kind == "api":
        api = catalog.apis.get((c.api or "").lower())
        return ("api", api) if api is not None else None
    built = self_hosted_curve(c, uc, portfolio, catalog)
    return None if isinstance(built, list) else ("curve", built[0])


def cheapest_api(catalog: Catalog, ua: UseCaseAssessment) -> ApiOffering | None:
    """The API the engine compares self-hosting with: the lowest per-token bill among the use case's APIs."""
    apis = [c for c in ua.candidates if c.candidate.kind == "api" and not c.problems and c.cost.monthly.api > 0]
    best = min(apis, key=lambda c: c.cost.monthly.api, default=None)
    return catalog.apis.get((best.candidate.api or "").lower()) if best else None


def cost_picture(portfolio: Portfolio, catalog: Catalog, uc: UseCase, ua: UseCaseAssessment) -> CostPicture:
    volume = uc.workload.tokens_per_month
    if volume <= 0:
        return CostPicture(volume=0.0, scales=np.array([]))
    evens = [c.cost.break_even_tokens_per_month / volume for c in ua.candidates
             if c.cost.break_even_tokens_per_month]
    top = min(MAX_SCALE, max([MIN_TOP_SCALE, *(2 * e for e in evens)]))
    scales = np.geomspace(MIN_SCALE, top, SAMPLES)
    ref = cheapest_api(catalog, ua)
    picture = CostPicture(volume=volume, scales=scales, reference_api=ref.id if ref else None)
    for index, ca in enumerate(ua.candidates):
        engine = resolved(portfolio, catalog, uc, ca)
        if engine is None:
            continue
        kind, obj = engine
        if kind == "api":
            def at(s, api=obj):
                return api_cost_curve(api, uc, portfolio, np.asarray(s, dtype=float))
        else:
            if not obj.capacity.max_concurrency:
                continue  # does not fit: no volume can be served
            at = obj.monthly_at
        curve = CostCurve(candidate=ca.candidate.id, index=index, label=ca.label, short=short_label(ca), kind=ca.candidate.kind, tokens=scales * volume,
                          monthly=at(scales), at=at, recommended=ca.candidate.id == ua.recommended)
        be = ca.cost.break_even_tokens_per_month
        if be:
            curve.break_even = (be, float(at(np.array([be / volume]))[0]))
        picture.curves.append(curve)
    return picture


@dataclass
class MemoryBar:
    label: str
    weights: float
    kv_cache: float
    overhead: float
    usable: float
    fits: bool


def memory_bars(ua: UseCaseAssessment) -> list[MemoryBar]:
    out = []
    for ca in ua.candidates:
        if ca.sizing is None:
            continue
        m = ca.sizing.memory
        out.append(MemoryBar(short_label(ca, "\n"), m.weights_gb, m.kv_cache_gb, m.overhead_gb, m.usable_gb, ca.sizing.fits))
    return out


@dataclass
class Sensitivity:
    candidate: str
    label: str
    short: str
    tornado: Tornado | None = None
    band: MonteCarloBand | None = None
    reference_api: str | None = None
    problem: str | None = None


def sensitivity(portfolio: Portfolio, catalog: Catalog, uc: UseCase, ua: UseCaseAssessment,
                ca: CandidateAssessment) -> Sensitivity:
    out = Sensitivity(candidate=ca.candidate.id, label=ca.label, short=short_label(ca))
    engine = resolved(portfolio, catalog, uc, ca)
    if engine is None:
        out.problem = "; ".join(ca.problems)  # empty: the offering is unknown to the catalog
        return out
    kind, obj = engine
    curve: SelfHostedCurve | None = obj if kind == "curve" else None
    api: ApiOffering | None = obj if kind == "api" else None
    ref = cheapest_api(catalog, ua)
    out.reference_api = ref.id if ref else None
    out.tornado = tornado(ca.candidate.id, uc, portfolio, curve, api, reference_api=ref)
    out.band = monte_carlo(ca.candidate.id, uc, portfolio, curve, api)
    return out


@dataclass
class MatrixCell:
    verdict: str  # a Verdict value, or "vendor_terms" for a proprietary API
    candidates: list[str]
    license: str = ""
    clause: str = ""
    summary: str = ""
    quote: str | None = None
    source: str = ""


@dataclass
class LicenseMatrix:
    rows: list[tuple[str, str]]  # (use case id, name)
    columns: list[str]  # model or API ids, in order of first appearance
    cells: dict[tuple[str, str], MatrixCell]


RANK = {"allowed": 0, "vendor_terms": 0, "allowed_with_obligations": 1, "needs_review": 2, "blocked": 3}


def column_key(ca: CandidateAssessment) -> str:
    c = ca.candidate
    return (c.model or "?") if c.kind == "self-hosted" else f"API {c.api}"


def license_matrix(assessment) -> LicenseMatrix:
    """Use cases × models (a model's license answer depends on the use, not on the hardware); where
    one use case runs a model in several ways the strictest verdict shows."""
    rows, columns, cells = [], [], {}
    for ua in assessment.use_cases:
        rows.append((ua.use_case, ua.name))
        for ca in ua.candidates:
            key = column_key(ca)
            if key not in columns:
                columns.append(key)
            lic = ca.license
            if lic is None:
                cell = MatrixCell(verdict="vendor_terms", candidates=[ca.label])
            else:
                r = lic.deciding_reason
                cell = MatrixCell(verdict=lic.verdict.value, candidates=[ca.label], license=lic.license,
                                  clause=r.clause if r else "", summary=r.summary if r else "",
                                  quote=r.quote if r else None, source=r.source if r else "")
            old = cells.get((ua.use_case, key))
            if old is not None:
                cell.candidates = old.candidates + cell.candidates
                if RANK[old.verdict] > RANK[cell.verdict]:
                    old.candidates = cell.candidates
                    cell = old
            cells[(ua.use_case, key)] = cell
    return LicenseMatrix(rows=rows, columns=columns, cells=cells)
