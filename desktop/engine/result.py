"""The assessment's result: the one answer every view renders.

Every decision is made once, in the engine, and carried here: verdicts, fits, exclusions with the
question that answered them, rule points, break-even volumes, cost breakdowns and cash by year, risks,
the recommendation with its reasons, shared platforms and the portfolio scenarios. The GUI, the PDF and
the CLI read these fields and decide nothing again.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

from desktop.domain.portfolio import Candidate

from .ai_act import AiActAssessment
from .cost import CostBreakdown, CostResult
from .data_protection import DataProtectionAssessment
from .findings import Exclusion, Risk
from .license import LicenseAssessment, Verdict
from .messages import Message, english
from .recommend import CandidateScore, RuleHit, SubScore
from .sizing import SizingResult

__all__ = [
    "AiActAssessment", "CandidateAssessment", "DataProtectionAssessment", "CandidateScore", "CostBreakdown", "CostResult", "Exclusion", "LicenseAssessment",
    "Message", "MixItem", "PlatformAssessment", "PlatformMember", "PortfolioAssessment", "Risk", "RuleHit", "Scenario",
    "SizingResult", "SubScore", "Unserved", "UseCaseAssessment", "Verdict",
]


class CandidateAssessment(BaseModel):
    candidate: Candidate
    label: str
    license: LicenseAssessment | None = Field(default=None, description="None for proprietary APIs (vendor terms)")
    sizing: SizingResult | None = None
    cost: CostResult
    score: CandidateScore
    problems: list[str] = Field(default_factory=list, description="unknown ids and other input problems")
    notes: list[str] = Field(default_factory=list, description="facts worth knowing that exclude nothing")
    risks: list[Risk] = Field(default_factory=list)
    platform: str | None = Field(default=None, description="the shared platform that serves it, if any")
    cloud: str | None = Field(default=None, description="the cloud offering it is priced with, when rented")
    outcome_message: Message | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def outcome(self) -> str:
        """One line: recommended, or why it lost or is out (English; views render `outcome_message`)."""
        return english(self.outcome_message) if self.outcome_message is not None else ""


class UseCaseAssessment(BaseModel):
    use_case: str
    name: str
    candidates: list[CandidateAssessment]
    recommended: str | None = None
    recommended_label: str | None = None
    pinned: bool = False
    summary: str = ""
    reasons: list[str] = Field(default_factory=list, description="up to three reasons that decided it, in words")
    reason_messages: list[Message] = Field(default_factory=list, description="the reasons as message ids")
    summary_message: Message | None = None
    reference_api: str | None = Field(
        default=None, description="the cheapest qualifying API: what self-hosting is compared with"
    )
    pooled_on: str | None = Field(default=None, description="platform id when the recommendation shares one")
    ai_act: AiActAssessment | None = Field(default=None, description="the EU AI Act judgement for this use case")
    data_protection: DataProtectionAssessment | None = Field(
        default=None, description="the duties of the organisation's data-protection law for the recommendation"
    )

    def candidate(self, candidate_id: str | None) -> CandidateAssessment | None:
        return next((c for c in self.candidates if c.candidate.id == candidate_id), None)

    @property
    def chosen(self) -> CandidateAssessment | None:
        return self.candidate(self.recommended)


class MixItem(BaseModel):
    use_case: str
    name: str
    candidate: str | None
    label: str | None
    monthly: float
    share: float = Field(description="of the recommended mix's monthly cost; the shares add up to 1")


class PlatformMember(BaseModel):
    use_case: str
    candidate: str
    model: str
    tokens_per_month: float
    share: float = Field(description="of the platform's cost, by tokens")
    monthly: float
    capex: float


class PlatformAssessment(BaseModel):
    """A self-hosted deployment that serves several use cases (declared, or proposed by a scenario)."""

    id: str
    name: str
    declared: bool = Field(description="declared in the portfolio (else proposed by a scenario)")
    accelerator: str
    gpus: int
    engine: str
    acquisition: str
    models: list[str]
    members: list[PlatformMember]
    fits: bool
    memory_needed_gb: float
    memory_usable_gb: float
    replicas: int
    monthly: CostBreakdown
    monthly_total: float
    capex: float
    tco_total: float
    tokens_per_month: float
    break_even_tokens_per_month: float | None = Field(
        default=None, description="pooled volume at which the platform costs the same as the use cases' APIs"
    )
    problems: list[str] = Field(default_factory=list)


class Unserved(BaseModel):
    use_case: str
    reason: str
    message: Message | None = None


ScenarioName = Literal["all_api", "all_self_hosted", "recommended", "consolidated"]


class Scenario(BaseModel):
    name: ScenarioName
    title: str
    monthly: float
    tco: float
    capex: float
    tco_present_value: float = 0.0
    choices: dict[str, str] = Field(default_factory=dict, description="use case id -> candidate id")
    platforms: list[str] = Field(default_factory=list, description="platform ids it pools use cases on")
    unserved: list[Unserved] = Field(default_factory=list)


class PortfolioAssessment(BaseModel):
    portfolio: str
    knowledge_base_version: str
    assessed_on: str = ""
    currency: str
    horizon_months: int
    use_cases: list[UseCaseAssessment]
    mix: list[MixItem]
    total_monthly: float
    total_tco: float
    total_capex: float = 0.0
    total_tco_present_value: float = 0.0
    cash_out_by_year: list[float] = Field(default_factory=list)
    monthly_breakdown: CostBreakdown = Field(default_factory=CostBreakdown)
    risks: list[Risk] = Field(default_factory=list, description="the risk register, recommended options first")
    scenarios: list[Scenario] = Field(default_factory=list)
    platforms: list[PlatformAssessment] = Field(default_factory=list)
    recommended_scenario: ScenarioName = "recommended"
    scenario_reason: str = ""
    scenario_reason_message: Message | None = None
    warnings: list[str] = Field(default_factory=list, description="knowledge rows skipped and other notices")

    def use_case(self, use_case_id: str) -> UseCaseAssessment | None:
        return next((u for u in self.use_cases if u.use_case == use_case_id), None)

    def scenario(self, name: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.name == name), None)
