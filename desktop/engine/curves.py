"""Cost as a function of volume, the exact break-even, and how the assumptions move both.

One headless module for everything that is drawn: the assessment computes its break-even volumes with
these functions, and the GUI's charts and the PDF's charts and sensitivity section call them with the
same grid, so a figure read off a chart is the figure in the tables.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from pydantic import BaseModel

from desktop.domain import Accelerator, ApiOffering, CloudOffering
from desktop.domain.portfolio import Portfolio, UseCase

from .cost import (
    SECONDS_PER_MONTH,
    Capacity,
    CostBreakdown,
    Parts,
    api_price_per_token,
    migration_monthly,
    self_hosted_parts,
    step_crossing,
)

# The grid every cost-versus-volume chart uses (scales of today's volume).
SAMPLES = 400
MIN_SCALE = 0.02
MIN_TOP_SCALE = 50.0
MAX_SCALE = 1e4
MC_DRAWS = 1000
MC_SEED = 2026

# What the sensitivity analysis varies, each as a multiplicative factor around 1.
ASSUMPTIONS = {
    "volume": "monthly token volume",
    "utilisation": "average utilisation of serving capacity",
    "hardware_price": "hardware price (or rent)",
    "electricity": "electricity price",
    "pue": "power usage effectiveness",
    "staff": "staff cost",
    "api_price": "API price per token",
}
PARTS = (*Parts._fields, "migration")  # hardware, power, colocation, staff, maintenance, migration
Factors = dict[str, float]
ONES: Factors = dict.fromkeys(ASSUMPTIONS, 1.0)


@dataclass(frozen=True)
class ApiLine:
    """An API's monthly cost: fixed (staff, switching reserve) plus a price per token."""

    offering: str
    fixed: float
    variable_at_volume: float  # the per-token bill at today's volume
    volume: float

    def at(self, scale: np.ndarray, f: Factors = ONES) -> np.ndarray:
        s = np.asarray(scale, dtype=float)
        return self.fixed * f["staff"] + self.variable_at_volume * f["api_price"] * f["volume"] * s

    def price_per_token(self, f: Factors = ONES) -> float:
        return self.variable_at_volume * f["api_price"] / self.volume if self.volume > 0 else 0.0


def api_line(api: ApiOffering, uc: UseCase, portfolio: Portfolio) -> ApiLine:
    org, a = portfolio.organisation, portfolio.assumptions
    p_in, p_out = api_price_per_token(api, uc.workload, org)
    w = uc.workload
    fixed = a.ops_fte_api * org.staff_cost_per_fte_year / 12 + migration_monthly("api", a)
    return ApiLine(api.id, fixed, w.input_tokens_per_month * p_in + w.output_tokens_per_month * p_out,
                   w.tokens_per_month)


class SelfHostedCurve:
    """Monthly self-hosting cost as a function of volume: a step function (replicas as load grows).

    `busy_per_scale` is the replicas' worth of work at today's volume; `min_replicas` the replicas the
    peak concurrency needs whatever the volume."""

    def __init__(self, acc: Accelerator, capacity: Capacity, busy_per_scale: float, min_replicas: int,
                 volume: float, portfolio: Portfolio, cloud: CloudOffering | None, owned: bool = False,
                 models: int = 1):
        self.acc, self.capacity, self.cloud, self.owned = acc, capacity, cloud, owned
        self.busy_per_scale, self.min_replicas, self.volume = busy_per_scale, min_replicas, volume
        self.portfolio = portfolio
        # Each model a deployment holds is switched on its own schedule.
        self.migration = migration_monthly("self-hosted", portfolio.assumptions) * models

    @lru_cache(maxsize=256)  # noqa: B019 - a curve lives as long as one assessment
    def parts_for_replicas(self, replicas: int) -> tuple[Parts, float]:
        return self_hosted_parts(self.acc, self.capacity, replicas, self.portfolio.organisation,
                                 self.portfolio.assumptions, self.cloud, owned=self.owned)

    def cost_for_replicas(self, replicas: int) -> tuple[CostBreakdown, float]:
        parts, capex = self.parts_for_replicas(replicas)
        return parts.breakdown(self.migration), capex

    def cost_with(self, replicas: int, f: Factors = ONES) -> float:
        b = self.parts_for_replicas(replicas)[0]
        if f is ONES:  # the assessment's own break-even: no factors to apply
            return b.hardware + b.maintenance + b.power + b.colocation + b.staff + self.migration
        return ((b.hardware + b.maintenance) * f["hardware_price"] + b.power * f["electricity"] * f["pue"]
                + b.colocation * f["pue"] + (b.staff + self.migration) * f["staff"])

    def replicas_today(self) -> int:
        """Replicas at today's volume (the scalar case of `replicas_at`, without numpy's overhead)."""
        return max(math.ceil(self.busy_per_scale), self.min_replicas, 1)

    def replicas_at(self, scale: np.ndarray, f: Factors = ONES) -> np.ndarray:
        needed = np.ceil(self.busy_per_scale * np.asarray(scale, dtype=float) * f["volume"] / f["utilisation"])
        return np.maximum(np.maximum(needed, self.min_replicas), 1).astype(int)

    def monthly_at(self, scale: np.ndarray, f: Factors = ONES) -> np.ndarray:
        replicas = self.replicas_at(np.asarray(scale, dtype=float), f)
        unique, inverse = np.unique(replicas, return_inverse=True)
        costs = np.array([self.cost_with(int(r), f) for r in unique])
        return costs[inverse.reshape(replicas.shape)]

    def break_even(self, line: ApiLine, f: Factors = ONES) -> float | None:
        """Tokens per month at which this costs no more than the API line (exact on the steps)."""
        if self.volume <= 0 or not self.capacity.max_concurrency:
            return None
        busy = self.busy_per_scale / f["utilisation"]
        per_replica = self.volume / busy if busy > 0 else math.inf
        found = step_crossing(lambda r: self.cost_with(r, f), self.min_replicas, per_replica,
                              line.fixed * f["staff"], line.price_per_token(f))
        return float(round(found)) if found is not None else None  # whole tokens: every view shows the same


def busy_per_scale(capacity: Capacity, input_tokens: float, output_tokens: float, utilisation: float) -> float:
    """Replicas' worth of work for a month's tokens: prefill and decode share the devices' time."""
    if capacity.output_tokens_per_s <= 0:
        return 0.0
    seconds = output_tokens / capacity.output_tokens_per_s + input_tokens / max(capacity.prefill_tokens_per_s, 1e-9)
    return seconds / (SECONDS_PER_MONTH * utilisation)


# -- sensitivity ---------------------------------------------------------------------------------------
class TornadoBar(BaseModel):
    assumption: str
    label: str
    low_monthly: float  # monthly cost with the assumption at −X %
    high_monthly: float  # at +X %
    low_break_even: float | None = None
    high_break_even: float | None = None

    @property
    def swing(self) -> float:
        return abs(self.high_monthly - self.low_monthly)


class Tornado(BaseModel):
    candidate: str
    spread_pct: float
    base_monthly: float
    base_break_even: float | None
    reference_api: str | None = None
    bars: list[TornadoBar]


class MonteCarloBand(BaseModel):
    candidate: str
    draws: int
    p5: float
    p50: float
    p95: float
    mean: float


Engine = SelfHostedCurve | ApiLine


def _monthly(engine: Engine, f: Factors) -> float:
    return float(engine.monthly_at(np.array([1.0]), f)[0] if isinstance(engine, SelfHostedCurve)
                 else engine.at(np.array([1.0]), f)[0])


def tornado(candidate_id: str, engine: Engine, spread_pct: float, reference: ApiLine | None) -> Tornado:
    """One bar per assumption: monthly cost (and, for self-hosting, the break-even with the reference
    API) with that assumption at −X % and +X %, all others at their base values."""
    spread = spread_pct / 100
    curve = engine if isinstance(engine, SelfHostedCurve) else None

    def break_even(f: Factors) -> float | None:
        return curve.break_even(reference, f) if curve is not None and reference is not None else None

    bars = []
    for key, label in ASSUMPTIONS.items():
        if key == "api_price" and curve is not None and reference is None:
            continue
        if key in ("hardware_price", "electricity", "pue", "utilisation") and curve is None:
            continue
        lo, hi = {**ONES, key: 1 - spread}, {**ONES, key: 1 + spread}
        bars.append(TornadoBar(
            assumption=key, label=label, low_monthly=round(_monthly(engine, lo), 2),
            high_monthly=round(_monthly(engine, hi), 2), low_break_even=break_even(lo), high_break_even=break_even(hi),
        ))
    bars.sort(key=lambda b: -b.swing)
    return Tornado(candidate=candidate_id, spread_pct=spread_pct, base_monthly=round(_monthly(engine, ONES), 2),
                   base_break_even=break_even(ONES), reference_api=reference.offering if reference else None,
                   bars=bars)


def monte_carlo(candidate_id: str, engine: Engine, spread_pct: float, draws: int = MC_DRAWS,
                seed: int = MC_SEED) -> MonteCarloBand:
    """Every assumption drawn at once from a triangular distribution within ±X %."""
    rng = np.random.default_rng(seed)
    s = spread_pct / 100
    f = {k: rng.triangular(1 - s, 1, 1 + s, size=draws) for k in ASSUMPTIONS}
    if isinstance(engine, SelfHostedCurve):
        replicas = np.maximum(np.maximum(np.ceil(engine.busy_per_scale * f["volume"] / f["utilisation"]),
                                         engine.min_replicas), 1).astype(int)
        unique, inverse = np.unique(replicas, return_inverse=True)
        table = np.array([[*engine.parts_for_replicas(int(r))[0], engine.migration] for r in unique])
        parts = {p: table[inverse, i] for i, p in enumerate(PARTS)}
        values = ((parts["hardware"] + parts["maintenance"]) * f["hardware_price"]
                  + parts["power"] * f["electricity"] * f["pue"] + parts["colocation"] * f["pue"]
                  + (parts["staff"] + parts["migration"]) * f["staff"])
    else:
        values = engine.fixed * f["staff"] + engine.variable_at_volume * f["volume"] * f["api_price"]
    p5, p50, p95 = np.percentile(values, [5, 50, 95])
    return MonteCarloBand(candidate=candidate_id, draws=draws, p5=round(float(p5), 2), p50=round(float(p50), 2),
                          p95=round(float(p95), 2), mean=round(float(values.mean()), 2))


# -- what the cost charts draw ---------------------------------------------------------------------------
@dataclass
class CostCurve:
    candidate: str
    index: int  # position among the use case's candidates: the same colour in every chart
    label: str
    kind: str
    tokens: np.ndarray
    monthly: np.ndarray
    at: Callable[[np.ndarray], np.ndarray]  # monthly cost at scales (1 = today's volume)
    break_even: tuple[float, float] | None = None  # (tokens per month, monthly cost there)
    recommended: bool = False
    reference: bool = False  # the use case's reference API


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


def grid(volume: float, break_evens: list[float], samples: int = SAMPLES) -> np.ndarray:
    """Scales of today's volume that every cost chart samples: wide enough to show each break-even."""
    evens = [b / volume for b in break_evens if b and volume]
    top = min(MAX_SCALE, max([MIN_TOP_SCALE, *(2 * e for e in evens)]))
    return np.geomspace(MIN_SCALE, top, samples)



# -- what the views ask for ---------------------------------------------------------------------------------
@dataclass
class Sensitivity:
    candidate: str
    label: str
    tornado: Tornado | None = None
    band: MonteCarloBand | None = None
    reference_api: str | None = None
    problem: str | None = None


def engines(portfolio: Portfolio, catalog, assessment, use_case_id: str) -> tuple[UseCase, dict[str, Engine]]:
    """The engine objects behind a use case's candidates, rebuilt the way the assessment built them."""
    import datetime as dt

    from .assess import build_candidate, effective_context

    uc = next(u for u in portfolio.use_cases if u.id == use_case_id)
    today = dt.date.fromisoformat(assessment.assessed_on) if assessment.assessed_on else dt.date.today()
    ctx = effective_context(uc, portfolio.organisation)
    out: dict[str, Engine] = {}
    for cand in uc.candidates:
        built = build_candidate(cand, uc, portfolio, catalog, ctx, today, {})
        if built.engine is not None:
            out[cand.id] = built.engine
    return uc, out


def _reference(ua, engines: dict[str, Engine]) -> ApiLine | None:
    for ca in ua.candidates:
        e = engines.get(ca.candidate.id)
        if isinstance(e, ApiLine) and e.offering == ua.reference_api:
            return e
    return None


def plotted(ca, ua) -> bool:
    """Excluded options are not drawn as if they were candidates (a pinned one is, being the choice)."""
    return not ca.score.excluded or ca.candidate.id == ua.recommended


def cost_picture(portfolio: Portfolio, catalog, assessment, use_case_id: str, samples: int = SAMPLES) -> CostPicture:
    """Monthly cost against volume for every plotted candidate of a use case, on the shared grid."""
    ua = assessment.use_case(use_case_id)
    uc, built = engines(portfolio, catalog, assessment, use_case_id)
    volume = uc.workload.tokens_per_month
    if volume <= 0 or ua is None:
        return CostPicture(volume=0.0, scales=np.array([]))
    evens = [c.cost.break_even_tokens_per_month for c in ua.candidates
             if c.cost.break_even_tokens_per_month and plotted(c, ua)]
    scales = grid(volume, evens, samples)
    picture = CostPicture(volume=volume, scales=scales, reference_api=ua.reference_api)
    for index, ca in enumerate(ua.candidates):
        engine = built.get(ca.candidate.id)
        if engine is None or not plotted(ca, ua):
            continue
        if isinstance(engine, SelfHostedCurve):
            if not engine.capacity.max_concurrency:
                continue  # does not fit: no volume can be served
            at = engine.monthly_at
        else:
            at = engine.at
        curve = CostCurve(candidate=ca.candidate.id, index=index, label=ca.label, kind=ca.candidate.kind,
                          tokens=scales * volume, monthly=np.asarray(at(scales), dtype=float), at=at,
                          recommended=ca.candidate.id == ua.recommended,
                          reference=isinstance(engine, ApiLine) and engine.offering == ua.reference_api)
        be = ca.cost.break_even_tokens_per_month
        if be:
            curve.break_even = (be, float(at(np.array([be / volume]))[0]))
        picture.curves.append(curve)
    return picture


def sensitivity(portfolio: Portfolio, catalog, assessment, use_case_id: str, candidate_id: str,
                draws: int = MC_DRAWS) -> Sensitivity:
    """Tornado (with the break-even against the use case's reference API) and Monte Carlo band of a candidate."""
    ua = assessment.use_case(use_case_id)
    ca = ua.candidate(candidate_id) if ua else None
    out = Sensitivity(candidate=candidate_id, label=ca.label if ca else candidate_id)
    if ua is None or ca is None:
        out.problem = "unknown candidate"
        return out
    _, built = engines(portfolio, catalog, assessment, use_case_id)
    engine = built.get(candidate_id)
    if engine is None or ca.problems:
        out.problem = "; ".join(ca.problems) or "not in the knowledge base"
        return out
    if isinstance(engine, SelfHostedCurve) and not engine.capacity.max_concurrency:
        out.problem = "does not fit the planned hardware"
        return out
    reference = _reference(ua, built)
    spread = portfolio.assumptions.sensitivity_pct
    out.reference_api = reference.offering if reference else None
    out.tornado = tornado(candidate_id, engine, spread, reference)
    out.band = monte_carlo(candidate_id, engine, spread, draws)
    return out
