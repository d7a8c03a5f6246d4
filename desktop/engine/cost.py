"""Question 5: what does each candidate cost per month and over the horizon, and when does
self-hosting break even with paying per token?

All money is in the organisation's currency; knowledge prices in USD are converted with the
user-set rate. Self-hosted capacity comes from the sizing engine: enough replicas for the peak
concurrency and for the token rate the workload needs at the assumed utilisation.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

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


# USD per unit for currencies other than the organisation's own (whose rate the user sets). Reference
# rates of late 2026 (ECB reference rates, rounded); prices are converted only where a provider publishes
# in a currency other than the organisation's.
REFERENCE_USD_PER: dict[str, float] = {"USD": 1.0, "EUR": 1.08, "CHF": 1.13, "GBP": 1.27}


def _usd_per(currency: str, org: Organisation) -> float:
    if currency == org.currency:
        return org.usd_per_unit
    return REFERENCE_USD_PER[currency]


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
        default=None, description="volume at which this self-hosted option costs the same as the reference API "
        "(the exact crossing of the two step curves; None when they never cross)"
    )
    break_even_against: str | None = Field(default=None, description="the reference API of the break-even")
    acquisition: str | None = Field(default=None, description="buy, rent or owned (self-hosted); None for APIs")
    running_monthly: float = Field(
        default=0.0, description="monthly cost without hardware already paid for (amortisation of bought or owned devices)"
    )
    cash_out_by_year: list[float] = Field(
        default_factory=list, description="cash paid in each year of the horizon; capex falls in year 1"
    )
    end_book_value: float = Field(default=0.0, description="book value of bought hardware at the end of the horizon")
    tco_present_value: float = Field(
        default=0.0, description="cash out discounted at the organisation's cost of capital, less the discounted book value"
    )
    forced_migration_month: int | None = Field(
        default=None, description="month of the horizon in which a vendor deprecation forces a switch"
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


class Parts(NamedTuple):
    """A month's self-hosting cost by part, before it becomes a CostBreakdown (this runs for every replica
    count the break-even search tries, so it stays a plain tuple)."""

    hardware: float
    power: float
    colocation: float
    staff: float
    maintenance: float

    def breakdown(self, migration: float = 0.0) -> CostBreakdown:
        return CostBreakdown(hardware=self.hardware, power=self.power, colocation=self.colocation, staff=self.staff,
                             maintenance=self.maintenance, migration=migration)


def self_hosted_parts(
    acc: Accelerator,
    capacity: Capacity,
    replicas: int,
    org: Organisation,
    assumptions: CostAssumptions,
    cloud: CloudOffering | None = None,
    utilisation: float | None = None,
    hardware_price_usd: float | None = None,
    owned: bool = False,
    staff_fte: float | None = None,
) -> tuple[Parts, float]:
    """Monthly cost by part and capex for `replicas` replicas: bought (capex, amortised), rented (a cloud
    offering given) or owned (already paid for: no capex and no amortisation; power, staff and upkeep remain)."""
    u = assumptions.utilisation if utilisation is None else utilisation
    devices = capacity.devices * replicas
    fte = assumptions.ops_fte_self_hosted if staff_fte is None else staff_fte
    staff = fte * org.staff_cost_per_fte_year / 12
    if cloud is not None:
        per_device_hour = to_currency(cloud.price_per_gpu_hour, cloud.currency, org)
        # Rented capacity is paid whether busy or not; devices are rented in whole instances.
        instances = math.ceil(devices / cloud.gpus)
        return Parts(instances * cloud.gpus * per_device_hour * HOURS_PER_MONTH, 0.0, 0.0, staff, 0.0), 0.0
    price_usd = hardware_price_usd if hardware_price_usd is not None else (acc.price_usd or 0.0)
    servers = math.ceil(devices / assumptions.gpus_per_server) if acc.kind not in ("unified-memory", "cpu") else 0
    value = to_currency(price_usd * devices + servers * assumptions.server_cost, "USD", org)
    capex = 0.0 if owned else value
    hardware = 0.0 if owned else (capex - capex * assumptions.residual_share) / assumptions.amortisation_months
    device_w = acc.tdp_w * (IDLE_POWER_SHARE + (1 - IDLE_POWER_SHARE) * u)
    watts = devices * (device_w + acc.host_w) + servers * assumptions.server_w
    kw = watts / 1000 * org.pue
    power = kw * HOURS_PER_MONTH * org.electricity_per_kwh
    colocation = kw * org.colocation_per_kw_month
    maintenance = value * assumptions.maintenance_share_per_year / 12
    return Parts(hardware, power, colocation, staff, maintenance), capex


def self_hosted_monthly(acc: Accelerator, capacity: Capacity, replicas: int, org: Organisation,
                        assumptions: CostAssumptions, cloud: CloudOffering | None = None,
                        **options) -> tuple[CostBreakdown, float]:
    """Monthly cost (a CostBreakdown) and capex for `replicas` replicas; see `self_hosted_parts`."""
    parts, capex = self_hosted_parts(acc, capacity, replicas, org, assumptions, cloud, **options)
    return parts.breakdown(), capex


def migration_monthly(kind: str, assumptions: CostAssumptions) -> float:
    """The switching reserve: model switches spread over the months between them."""
    return switch_cost(kind, assumptions) / assumptions.model_switch_months


def switch_cost(kind: str, assumptions: CostAssumptions) -> float:
    return assumptions.migration_cost_self_hosted if kind == "self-hosted" else assumptions.migration_cost_api


@dataclass(frozen=True)
class CashFlow:
    """What is paid when: capex at month 0, then each month's cash (switches as lump sums)."""

    capex: float
    months: np.ndarray  # cash paid in months 1..horizon
    end_book_value: float  # bought hardware still owned at the end, straight line down to the residual

    @property
    def tco(self) -> list[float]:
        """Cumulative cost at the end of each month; the last month credits the book value."""
        if not len(self.months):
            return []
        curve = np.cumsum(self.months) + self.capex
        curve[-1] -= self.end_book_value
        return np.round(curve, 2).tolist()

    def by_year(self) -> list[float]:
        months = np.asarray(self.months, dtype=float)
        years = np.add.reduceat(months, np.arange(0, len(months), 12)) if len(months) else np.zeros(0)
        if len(years):
            years[0] += self.capex
        return np.round(years, 2).tolist()

    def present_value(self, annual_rate: float) -> float:
        """Cash out discounted monthly at the annual cost of capital, less the discounted book value."""
        if annual_rate == 0:
            return round(float(self.capex + self.months.sum() - self.end_book_value), 2)
        factors = _discount_factors(annual_rate, len(self.months))
        pv = self.capex + float(self.months @ factors)
        return round(pv - self.end_book_value * (float(factors[-1]) if len(factors) else 1.0), 2)


@lru_cache(maxsize=32)
def _discount_factors(annual_rate: float, months: int) -> np.ndarray:
    return (1 + annual_rate) ** (-np.arange(1, months + 1) / 12)


def cash_flow(
    breakdown: CostBreakdown, capex: float, kind: str, assumptions: CostAssumptions,
    forced_switch_month: int | None = None,
) -> CashFlow:
    """Cash per month: the monthly cost without amortisation (capex is paid at month 0 instead) and
    without the switching reserve (switches are paid when they happen, at every `model_switch_months`
    strictly inside the horizon, and at a vendor's deprecation)."""
    horizon = assumptions.horizon_months
    switch = switch_cost(kind, assumptions)
    running = breakdown.total - breakdown.migration - (breakdown.hardware if capex else 0.0)
    months = np.full(horizon, running)
    months[assumptions.model_switch_months - 1:horizon - 1:assumptions.model_switch_months] += switch
    if forced_switch_month is not None and 1 <= forced_switch_month <= horizon:
        months[forced_switch_month - 1] += switch
    book = 0.0
    if capex:
        residual = capex * assumptions.residual_share
        used = min(1.0, horizon / assumptions.amortisation_months)
        book = capex - (capex - residual) * used
    return CashFlow(capex=capex, months=months, end_book_value=book)


def step_crossing(
    cost_of: Callable[[int], float], first: int, per_replica: float, api_fixed: float, price: float,
    window: int = 4,
) -> float | None:
    """Exact break-even of a step cost curve with a straight API line.

    Self-hosting with r replicas costs `cost_of(r)` and serves up to r × `per_replica` tokens a month
    (never fewer than `first` replicas); the API costs `api_fixed + price × tokens`. Returns the smallest
    volume at which self-hosting is no dearer, or None if the lines never cross. Past the first steps the
    cost grows by a near-constant amount per replica, so the crossing is located analytically and then
    checked exactly on the steps around it."""
    if price <= 0:
        return None
    first = max(first, 1)
    if not math.isfinite(per_replica) or per_replica <= 0:
        return break_even_volume([cost_of(first) - api_fixed], [math.inf], price)

    def steps(lo: int, hi: int) -> float | None:
        lower = (lo - 1) * per_replica if lo > first else 0.0
        costs = [cost_of(r) - api_fixed for r in range(lo, hi + 1)]
        bounds = [r * per_replica for r in range(lo, hi + 1)]
        found = break_even_volume(costs, bounds, price)
        return max(found, lower) if found is not None else None

    found = steps(first, first + window)
    if found is not None:
        return found
    a, b = first + window, first + 2 * window
    slope = (cost_of(b) - cost_of(a)) / (b - a)
    earns = price * per_replica
    if earns <= slope:
        return None  # each extra replica costs more than the tokens it serves are worth at API prices
    fixed = cost_of(a) - api_fixed - slope * a
    guess = max(a, math.ceil(fixed / (earns - slope)))
    return steps(max(first, guess - window), guess + window)


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
