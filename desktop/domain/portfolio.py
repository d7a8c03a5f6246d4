"""The portfolio file: an organisation, its use cases, and the candidates considered for each.

Versioned JSON. `schema_version` names the layout; files from older versions are migrated in order,
files from a newer version are refused with a message, never half-read.
"""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .usage import UsageContext
from .vocabulary import Acquisition, Engine, KvPrecision, Parallel, Precision

SCHEMA_VERSION = 2  # 2: platforms, owned hardware, cost of capital
# Caps on free text and lists: far above real portfolios, low enough that a report lays them out.
MAX_DESCRIPTION, MAX_NOTE, MAX_USE_CASES, MAX_CANDIDATES = 5_000, 1_000, 50, 30
MAX_CANDIDATES_TOTAL = 500  # over all use cases (50 × 10): assess + report of any valid file stays well under 20 s

Sensitivity = Literal["public", "internal", "confidential", "secret"]
QualityNeed = Literal["basic", "strong", "frontier"]
Need = Literal["reasoning", "coding", "vision", "tool-use", "multilingual", "long-context", "chat"]


def new_id() -> str:
    return uuid.uuid4().hex[:8]


class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    name: str = Field(default="Example GmbH", max_length=200)
    country: str = Field(default="DE", min_length=2, max_length=2)
    currency: Literal["EUR", "USD", "CHF"] = "EUR"
    usd_per_unit: float = Field(default=1.08, ge=0.01, le=100, description="how many USD one unit of the currency buys")
    electricity_per_kwh: float = Field(default=0.18, ge=0, le=5, description="in the organisation's currency")
    pue: float = Field(default=1.5, ge=1.0, le=4.0, description="power usage effectiveness of the server room")
    staff_cost_per_fte_year: float = Field(default=95_000, ge=0, le=5_000_000)
    team_fte: float = Field(default=1.0, ge=0, le=1000, description="people able to run models in production")
    colocation_per_kw_month: float = Field(default=0, ge=0, le=10_000)
    group_mau: int = Field(default=0, ge=0, le=20_000_000_000)
    group_monthly_revenue_usd: float = Field(default=0, ge=0, le=1e13)
    cost_of_capital: float = Field(
        default=0.0, ge=0, le=1, description="annual rate at which future cash is discounted (0.06 = 6 %)"
    )


class Workload(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    input_tokens_per_month: float = Field(default=50e6, ge=0, le=1e15)
    output_tokens_per_month: float = Field(default=10e6, ge=0, le=1e15)
    cached_input_share: float = Field(default=0.0, ge=0, le=1)
    peak_concurrency: int = Field(default=4, ge=1, le=100_000)
    context_length: int = Field(default=8192, ge=128, le=10_000_000)
    prompt_tokens: int = Field(default=1500, ge=1, le=10_000_000)
    latency_target_ms: float | None = Field(default=None, gt=0, le=600_000, description="time to first token")
    min_tokens_per_s: float | None = Field(default=None, gt=0, le=100_000, description="per-stream decode speed")

    @property
    def tokens_per_month(self) -> float:
        return self.input_tokens_per_month + self.output_tokens_per_month


class Candidate(BaseModel):
    """A way to serve a use case: a self-hosted deployment or an API offering."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    kind: Literal["self-hosted", "api"]
    # self-hosted
    model: str | None = Field(default=None, max_length=200)
    precision: Precision = "bf16"
    kv_precision: KvPrecision = "bf16"
    accelerator: str | None = Field(default=None, max_length=200)
    gpus: int = Field(default=1, ge=1, le=1024)
    parallel: Parallel = "tensor"
    engine: Engine = "vllm"
    acquisition: Acquisition = Field(
        default="buy", description="owned: hardware the organisation already has (no capex)"
    )
    cloud: str | None = Field(default=None, max_length=200, description="cloud offering id when rented")
    platform: str | None = Field(
        default=None, max_length=64,
        description="a shared platform of the portfolio that serves this candidate (its hardware wins)",
    )
    # api
    api: str | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=MAX_NOTE)

    @model_validator(mode="after")
    def _complete(self) -> Candidate:
        if self.kind == "self-hosted" and not (self.model and (self.accelerator or self.platform)):
            raise ValueError("a self-hosted candidate needs a model and an accelerator (or a platform)")
        if self.kind == "api" and not self.api:
            raise ValueError("an API candidate needs an api offering id")
        return self

    @property
    def label(self) -> str:
        if self.kind == "api":
            return f"API {self.api}"
        if self.platform and not self.accelerator:
            return f"{self.model} on platform {self.platform} ({self.precision})"
        how = {"rent": "rented", "owned": "owned"}.get(self.acquisition, "bought")
        return f"{self.model} on {self.gpus}× {self.accelerator} ({self.precision}, {how})"


class UseCase(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=MAX_DESCRIPTION)
    usage: UsageContext = Field(default_factory=UsageContext)
    workload: Workload = Field(default_factory=Workload)
    data_sensitivity: Sensitivity = "internal"
    must_stay_in_house: bool = False
    quality_need: QualityNeed = "strong"
    needs: list[Need] = Field(default_factory=list, max_length=20)
    candidates: list[Candidate] = Field(default_factory=list, max_length=MAX_CANDIDATES)
    evaluations: dict[str, float] = Field(
        default_factory=dict, max_length=MAX_CANDIDATES, description="candidate id -> the user's own evaluation score, 0-100"
    )
    pinned: str | None = Field(default=None, max_length=64, description="candidate id the user chose, overruling the ranking")

    @model_validator(mode="after")
    def _refs(self) -> UseCase:
        ids = {c.id for c in self.candidates}
        if self.pinned and self.pinned not in ids:
            raise ValueError(f"pinned candidate {self.pinned!r} is not among the candidates")
        for cid, score in self.evaluations.items():
            if not 0 <= score <= 100:
                raise ValueError(f"evaluation score {score} for {cid!r} is outside 0-100")
        return self


class Platform(BaseModel):
    """A self-hosted deployment shared by several use cases: one or more models loaded together on the
    same devices. Staff and power are counted once; the cost is split across use cases by tokens."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    name: str = Field(default="Shared platform", min_length=1, max_length=200)
    accelerator: str = Field(min_length=1, max_length=200)
    gpus: int = Field(default=1, ge=1, le=1024)
    parallel: Parallel = "tensor"
    engine: Engine = "vllm"
    acquisition: Acquisition = "buy"
    cloud: str | None = Field(default=None, max_length=200)


class QuestionWeights(BaseModel):
    """How much each of the five questions counts in the ranking."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    license: float = Field(default=1.0, ge=0, le=10)
    hardware: float = Field(default=1.0, ge=0, le=10)
    use_case: float = Field(default=1.0, ge=0, le=10)
    support: float = Field(default=0.5, ge=0, le=10)
    cost: float = Field(default=1.0, ge=0, le=10)


class CostAssumptions(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    horizon_months: int = Field(default=36, ge=1, le=240)
    amortisation_months: int = Field(default=36, ge=1, le=240)
    residual_share: float = Field(default=0.2, ge=0, le=1, description="resale value at the end of amortisation")
    maintenance_share_per_year: float = Field(default=0.08, ge=0, le=1, description="of hardware price")
    server_cost: float = Field(default=9_000, ge=0, le=1e7, description="host per server, USD, for 1-8 GPUs")
    server_w: float = Field(default=450, ge=0, le=20_000, description="host power per server")
    gpus_per_server: int = Field(default=8, ge=1, le=64)
    utilisation: float = Field(default=0.4, ge=0.01, le=1, description="average share of serving capacity in use")
    ops_fte_self_hosted: float = Field(default=0.25, ge=0, le=100, description="per self-hosted deployment")
    ops_fte_api: float = Field(default=0.03, ge=0, le=100, description="per API integration")
    model_switch_months: int = Field(default=18, ge=1, le=240, description="a model switch or migration every ...")
    migration_cost_self_hosted: float = Field(default=12_000, ge=0, le=1e8, description="per switch, in currency")
    migration_cost_api: float = Field(default=4_000, ge=0, le=1e8)
    sensitivity_pct: float = Field(default=20, gt=0, le=90)


class Portfolio(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    schema_version: int = SCHEMA_VERSION
    name: str = Field(default="Untitled portfolio", min_length=1, max_length=200)
    consultant: str = Field(default="", max_length=200)
    organisation: Organisation = Field(default_factory=Organisation)
    use_cases: list[UseCase] = Field(default_factory=list, max_length=MAX_USE_CASES)
    weights: QuestionWeights = Field(default_factory=QuestionWeights)
    assumptions: CostAssumptions = Field(default_factory=CostAssumptions)
    platforms: list[Platform] = Field(default_factory=list, max_length=MAX_USE_CASES)

    @model_validator(mode="after")
    def _unique(self) -> Portfolio:
        ids = [u.id for u in self.use_cases]
        if len(ids) != len(set(ids)):
            raise ValueError("use case ids must be unique")
        platforms = {p.id for p in self.platforms}
        if len(platforms) != len(self.platforms):
            raise ValueError("platform ids must be unique")
        for uc in self.use_cases:
            for c in uc.candidates:
                if c.platform and c.platform not in platforms:
                    raise ValueError(f"candidate {c.id!r} of {uc.id!r} names platform {c.platform!r}, which is not declared")
        if sum(len(u.candidates) for u in self.use_cases) > MAX_CANDIDATES_TOTAL:
            raise ValueError(f"more than {MAX_CANDIDATES_TOTAL} candidates in all use cases together")
        return self

    def platform(self, platform_id: str | None) -> Platform | None:
        return next((p for p in self.platforms if p.id == platform_id), None)
