"""What the charts draw, computed from the portfolio and its assessment: the chart widgets only turn
these numbers into plot items (so the numbers can be tested without painting)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from desktop.engine import curves
from desktop.engine.curves import MonteCarloBand, Tornado
from desktop.engine.result import CandidateAssessment, UseCaseAssessment

from .format import full_label


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
    """The full label in the UI language, without the publisher prefix: 'Qwen3-32B on 2× l40s (fp8, bought)'."""
    from desktop.i18n.messages import candidate_label

    from .format import current

    c = ca.candidate
    label = candidate_label(c, current().lang)
    if c.kind == "api" or not c.model or "/" not in c.model:
        return label
    return label.replace(c.model, c.model.split("/")[-1], 1)


@dataclass
class CostCurve(curves.CostCurve):
    short: str = ""


@dataclass
class CostPicture(curves.CostPicture):
    curves: list = field(default_factory=list)


def cost_picture(portfolio, catalog, assessment, ua: UseCaseAssessment) -> CostPicture:
    """The engine's cost picture of a use case, with the short labels the legend needs."""
    engine = curves.cost_picture(portfolio, catalog, assessment, ua.use_case)
    picture = CostPicture(volume=engine.volume, scales=engine.scales, reference_api=engine.reference_api)
    for c in engine.curves:
        ca = ua.candidate(c.candidate)
        picture.curves.append(CostCurve(**{k: getattr(c, k) for k in c.__dataclass_fields__},
                                        short=short_label(ca) if ca else c.label))
    return picture


@dataclass
class Sensitivity:
    candidate: str
    label: str
    short: str
    tornado: Tornado | None = None
    band: MonteCarloBand | None = None
    reference_api: str | None = None
    problem: str | None = None


def sensitivity(portfolio, catalog, assessment, ua: UseCaseAssessment, ca: CandidateAssessment) -> Sensitivity:
    s = curves.sensitivity(portfolio, catalog, assessment, ua.use_case, ca.candidate.id)
    return Sensitivity(candidate=s.candidate, label=s.label, short=short_label(ca), tornado=s.tornado, band=s.band,
                       reference_api=s.reference_api, problem=s.problem)


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
                cell = MatrixCell(verdict="vendor_terms", candidates=[full_label(ca.candidate)])
            else:
                r = lic.deciding_reason
                cell = MatrixCell(verdict=lic.verdict.value, candidates=[full_label(ca.candidate)], license=lic.license,
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
