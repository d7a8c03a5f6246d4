"""How much each assumption moves the answer: a tornado (one at a time, ±X %) and a Monte Carlo
band (all at once, 1,000 draws) on the monthly cost of a candidate."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel

from desktop.domain import ApiOffering
from desktop.domain.portfolio import Portfolio, UseCase

from .assess import SelfHostedCurve, api_cost_curve

ASSUMPTIONS = {
    "volume": "monthly token volume",
    "utilisation": "average utilisation of serving capacity",
    "hardware_price": "hardware price (or rent)",
    "electricity": "electricity price",
    "pue": "power usage effectiveness",
    "staff": "staff cost",
    "api_price": "API price per token",
}


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
    bars: list[TornadoBar]


class MonteCarloBand(BaseModel):
    candidate: str
    draws: int
    p5: float
    p50: float
    p95: float
    mean: float


PARTS = ("hardware", "power", "colocation", "staff", "maintenance", "migration")


def _self_hosted_components(curve: SelfHostedCurve, replicas: np.ndarray) -> dict[str, np.ndarray]:
    """Each cost part for each replica count; computed once per distinct count, then spread by index."""
    unique, inverse = np.unique(replicas, return_inverse=True)
    table = np.array([[getattr(curve.cost_for_replicas(int(r))[0], part) for part in PARTS] for r in unique])
    spread = table[inverse.reshape(replicas.shape)]
    return {part: spread[..., i] for i, part in enumerate(PARTS)}


def self_hosted_monthly_factors(curve: SelfHostedCurve, f: dict[str, np.ndarray]) -> np.ndarray:
    """Monthly cost with multiplicative factors on each assumption (arrays broadcast together)."""
    volume, util = f["volume"], f["utilisation"]
    replicas = np.maximum(np.maximum(np.ceil(curve.busy_per_scale * volume / util), curve.min_replicas), 1).astype(int)
    parts = _self_hosted_components(curve, replicas)
    hardware = parts["hardware"] * f["hardware_price"]
    maintenance = parts["maintenance"] * f["hardware_price"]
    power = parts["power"] * f["electricity"] * f["pue"]
    colocation = parts["colocation"] * f["pue"]
    staff = parts["staff"] * f["staff"]
    migration = parts["migration"] * f["staff"]
    return hardware + maintenance + power + colocation + staff + migration


def api_monthly_factors(api: ApiOffering, uc: UseCase, portfolio: Portfolio, f: dict[str, np.ndarray]) -> np.ndarray:
    fixed = api_cost_curve(api, uc, portfolio, np.array([0.0]))[0]
    variable = api_cost_curve(api, uc, portfolio, np.array([1.0]))[0] - fixed
    return fixed * f["staff"] + variable * f["volume"] * f["api_price"]


def _ones(n: int = 1) -> dict[str, np.ndarray]:
    return {k: np.ones(n) for k in ASSUMPTIONS}


def tornado(
    candidate_id: str, uc: UseCase, portfolio: Portfolio, curve: SelfHostedCurve | None, api: ApiOffering | None,
    reference_api: ApiOffering | None = None,
) -> Tornado:
    """One bar per assumption: the monthly cost (and break-even, for self-hosting against the
    reference API) with that assumption at −X % and +X %, all others at their base values."""
    spread = portfolio.assumptions.sensitivity_pct / 100

    def monthly(f: dict[str, np.ndarray]) -> float:
        if curve is not None:
            return float(self_hosted_monthly_factors(curve, f)[0])
        assert api is not None
        return float(api_monthly_factors(api, uc, portfolio, f)[0])

    def break_even(f: dict[str, np.ndarray]) -> float | None:
        if curve is None or reference_api is None:
            return None
        # Break-even moves with every cost factor; volume does not move it (it is the unknown).
        scale = np.geomspace(0.01, 200, 600)
        ff = {k: np.full_like(scale, v[0]) for k, v in f.items()}
        ff["volume"] = scale
        own = self_hosted_monthly_factors(curve, ff)
        ref = api_monthly_factors(reference_api, uc, portfolio, ff)
        idx = np.nonzero(own <= ref)[0]
        return float(scale[idx[0]] * uc.workload.tokens_per_month) if idx.size else None

    base = _ones()
    bars = []
    for key, label in ASSUMPTIONS.items():
        if key == "api_price" and curve is not None and reference_api is None:
            continue
        if key in ("hardware_price", "electricity", "pue", "utilisation") and curve is None:
            continue
        lo, hi = dict(base), dict(base)
        lo[key] = np.array([1 - spread])
        hi[key] = np.array([1 + spread])
        bars.append(TornadoBar(
            assumption=key, label=label, low_monthly=round(monthly(lo), 2), high_monthly=round(monthly(hi), 2),
            low_break_even=break_even(lo), high_break_even=break_even(hi),
        ))
    bars.sort(key=lambda b: -b.swing)
    return Tornado(candidate=candidate_id, spread_pct=portfolio.assumptions.sensitivity_pct,
                   base_monthly=round(monthly(base), 2), base_break_even=break_even(base), bars=bars)


def monte_carlo(
    candidate_id: str, uc: UseCase, portfolio: Portfolio, curve: SelfHostedCurve | None, api: ApiOffering | None,
    draws: int = 1000, seed: int = 2026,
) -> MonteCarloBand:
    """Every assumption drawn at once from a triangular distribution within ±X %."""
    rng = np.random.default_rng(seed)
    s = portfolio.assumptions.sensitivity_pct / 100
    f = {k: rng.triangular(1 - s, 1, 1 + s, size=draws) for k in ASSUMPTIONS}
    values = self_hosted_monthly_factors(curve, f) if curve is not None else api_monthly_factors(api, uc, portfolio, f)
    p5, p50, p95 = np.percentile(values, [5, 50, 95])
    return MonteCarloBand(candidate=candidate_id, draws=draws, p5=round(float(p5), 2), p50=round(float(p50), 2),
                          p95=round(float(p95), 2), mean=round(float(values.mean()), 2))
