"""Question 5: what does each candidate cost per month and over the horizon, and when does
self-hosting break even with paying per token?

All money is in the organisation's currency; knowledge prices in USD are converted with the
user-set rate. Self-hosted capacity comes from the sizing engine: enough replicas for the peak
concurrency and for the token rate the workload needs at the assumed utilisation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, Field

from desktop.domain import Accelerator, ApiOffering, CloudOffering
from desktop.domain.portfolio import CostAssumptions, Organisation, Workload

QUESTION = 5
HOURS_PER_MONTH = 730.0
SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600
IDLE_POWER_SHARE = 0.3  # a GPU idles at roughly a third of its board power


def to_currency(amount: float, currency: str, org: Organisation) -> float:
    """Convert an amount in `currency` into the organisation's currency."""
    if currency == org.currency:
        return amount
    if currency == "USD":
        return amount / org.usd_per_unit
    if org.currency == "USD":
        return amount * _usd_per(currency, org)
    return amount * _usd_per(currency, org) / org.usd_per_unit


def _usd_per(currency: str, org: Organisation) -> float:
    # Only the organisation's own rate is user-set; other currencies use fixed reference rates.
    return {"EUR": 1.08, "CHF": 1.13, "USD": 1.0}[currency]


class CostBreakdown(BaseModel):
    """Monthly cost in the organisation's currency."""

    hardware: float = 0.0  # amortised capex (bought) or rent
    power: float = 0.0
    colocation: float = 0.0
    staff: float = 0.0
    maintenance: float = 0.0
    api: float = 0.0
    migration: float = 0.0  # model switches spread over the months between them

    @property
    def total(self) -> float:
        return self.hardware + self.power + self.colocation + self.staff + self.maintenance + self.api + self.migration


class CostResult(BaseModel):
    candidate: str
    kind: str
    question: int = QUESTION
    currency: str
    monthly: CostBreakdown
    monthly_total: float
    replicas: int = 1
    devices: int = 0
    capex: float = 0.0
    tco: list[float] = Field(description="cumulative cost at the end of each month of the horizon")
    tco_total: float
    cost_per_million_tokens: float
    break_even_tokens_per_month: float | None = Field(
        default=None, description="volume at which this self-hosted option costs the same as the compared API"
    )
    notes: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Capacity:
    """What one replica of a self-hosted deployment serves."""

    devices: int  # accelerators per replica
    max_concurrency: int  # sequences at the use case's context
    output_tokens_per_s: float  # aggregate decode at that concurrency
    prefill_tokens_per_s: float


def api_price_per_token(api: ApiOffering, workload: Workload, org: Organisation) -> tuple[float, float]:
    """(input, output) price per token in the organisation's currency, cache share folded into input."""
    cached = api.cached_input_per_mtok if api.cached_input_per_mtok is not None else api.input_per_mtok
    share = workload.cached_input_share
    p_in = ((1 - share) * api.input_per_mtok + share * cached) / 1e6
    p_out = api.output_per_mtok / 1e6
    return to_currency(p_in, api.currency, org), to_currency(p_out, api.currency, org)


def api_monthly(api: ApiOffering, input_tokens: float, output_tokens: float, workload: Workload, org: Organisation) -> float:
    p_in, p_out = api_price_per_token(api, workload, org)
    return input_tokens * p_in + output_tokens * p_out


def replicas_needed(capacity: Capacity, workload: Workload, scale: float, utilisation: float) -> int:
    """Replicas for the peak concurrency and for the token rate at the given utilisation.
    `scale` multiplies the workload's monthly volume (for cost-versus-volume curves)."""
    if capacity.max_concurrency < 1 or capacity.output_tokens_per_s <= 0:
        return 0  # does not fit: no number of replicas helps
    out_rate = workload.output_tokens_per_month * scale / SECONDS_PER_MONTH / utilisation
    in_rate = workload.input_tokens_per_month * scale / SECONDS_PER_MONTH / utilisation
    # Prefill and decode share the devices: the time fractions add up.
    busy = out_rate / capacity.output_tokens_per_s + in_rate / max(capacity.prefill_tokens_per_s, 1e-9)
    for_rate = math.ceil(busy) if busy > 0 else 1
    for_concurrency = math.ceil(workload.peak_concurrency / capacity.max_concurrency)
    return max(1, for_rate, for_concurrency)


def self_hosted_monthly(
    acc: Accelerator,
    capacity: Capacity,
    replicas: int,
    org: Organisation,
    assumptions: CostAssumptions,
    cloud: CloudOffering | None = None,
    utilisation: float | None = None,
    hardware_price_usd: float | None = None,
) -> tuple[CostBreakdown, float]:
    """Monthly cost and capex (bought) for `replicas` replicas; rent when a cloud offering is given."""
    u = assumptions.utilisation if utilisation is None else utilisation
    devices = capacity.devices * replicas
    staff = assumptions.ops_fte_self_hosted * org.staff_cost_per_fte_year / 12
    if cloud is not None:
        per_device_hour = to_currency(cloud.price_per_gpu_hour, cloud.currency, org)
        # Rented capacity is paid whether busy or not; devices are rented in whole instances.
        instances = math.ceil(devices / cloud.gpus)
        hardware = instances * cloud.gpus * per_device_hour * HOURS_PER_MONTH
        return CostBreakdown(hardware=hardware, staff=staff), 0.0
    price_usd = hardware_price_usd if hardware_price_usd is not None else (acc.price_usd or 0.0)
    servers = math.ceil(devices / assumptions.gpus_per_server) if acc.kind not in ("unified-memory", "cpu") else 0
    capex_usd = price_usd * devices + servers * assumptions.server_cost
    capex = to_currency(capex_usd, "USD", org)
    residual = capex * assumptions.residual_share
    hardware = (capex - residual) / assumptions.amortisation_months
    device_w = acc.tdp_w * (IDLE_POWER_SHARE + (1 - IDLE_POWER_SHARE) * u)
    watts = devices * (device_w + acc.host_w) + servers * assumptions.server_w
    kw = watts / 1000 * org.pue
    power = kw * HOURS_PER_MONTH * org.electricity_per_kwh
    colocation = kw * org.colocation_per_kw_month
    maintenance = capex * assumptions.maintenance_share_per_year / 12
    return CostBreakdown(
        hardware=hardware, power=power, colocation=colocation, staff=staff, maintenance=maintenance
    ), capex


def migration_monthly(kind: str, assumptions: CostAssumptions) -> float:
    cost = assumptions.migration_cost_self_hosted if kind == "self-hosted" else assumptions.migration_cost_api
    return cost / assumptions.model_switch_months


def tco_curve(monthly: float, capex: float, residual: float, kind: str, assumptions: CostAssumptions) -> list[float]:
    """Cumulative cash cost per month: bought hardware is paid up front and resold at the end;
    a model switch is paid every `model_switch_months`."""
    switch = assumptions.migration_cost_self_hosted if kind == "self-hosted" else assumptions.migration_cost_api
    running = monthly - (capex - residual) / assumptions.amortisation_months if capex else monthly
    running -= switch / assumptions.model_switch_months  # paid as lump sums instead
    total, curve = capex, []
    for month in range(1, assumptions.horizon_months + 1):
        total += running
        if month % assumptions.model_switch_months == 0:
            total += switch
        if month == assumptions.horizon_months and capex:
            # Hardware still owned at the end is worth its book value (straight line down to the residual).
            used = min(1.0, assumptions.horizon_months / assumptions.amortisation_months)
            total -= capex - (capex - residual) * used
        curve.append(round(total, 2))
    return curve


def break_even_volume(fixed_costs: list[float], bounds: list[float], price_per_token: float) -> float | None:
    """First volume V where step cost C(V) ≤ price × V.

    fixed_costs[i] is the cost for volumes in (bounds[i-1], bounds[i]] (bounds[-1] may be inf).
    The API line rises through each step; within a step the self-hosted cost is flat, so the
    crossing is at cost / price if that lies inside the step, or at the step's lower bound.
    """
    if price_per_token <= 0:
        return None
    lower = 0.0
    for cost, upper in zip(fixed_costs, bounds, strict=True):
        v = cost / price_per_token
        if v <= lower:
            return lower
        if v <= upper:
            return v
        lower = upper
    return None


def sensitivity_draws(rng: np.random.Generator, n: int, spread_pct: float) -> np.ndarray:
    """Multiplicative factors, triangular between −spread and +spread, mode 1."""
    s = spread_pct / 100
    return rng.triangular(1 - s, 1, 1 + s, size=n)
