"""What can be bought instead of hardware: per-token APIs and hourly cloud GPUs."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .license import UseCategory
from .model import Modality
from .provenance import Record, Verification

# ISO 4217 codes of the currencies providers publish prices in; the cost engine converts with the
# organisation's rates, so every value here needs a rate there.
Currency = Literal["USD", "EUR", "CHF"]

# The facts of an API contract that each carry their own source (see ApiContract.source_of).
ContractFact = Literal[
    "training", "retention", "dpa", "regions", "subprocessors", "prohibited_uses", "ai_act_role"
]

# Regions written in processing_regions: "EU" (EU/EEA data centres), "US", "global" (anywhere the
# vendor runs), or a vendor region name such as "eu-west-1" / "europe-west4" / "Sweden Central".
NON_EU_REGIONS = frozenset({"global", "us", "worldwide"})


def _is_url(value: str) -> bool:
    return value.startswith(("https://", "http://", "file:", "user:"))



def _text_only() -> list[Modality]:
    return ["text"]

class ApiContract(BaseModel):
    """What the API contract says about the customer's data and uses: question 1 for an API.

    One record per offer (offers of one vendor and tier usually share it). `sources`/`as_of` cover
    the contract as a whole; a fact read on another page names it in `fact_sources`, and `terms`
    holds the deciding wording per fact, in our words or a short clause quote.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    trains_on_prompts_by_default: bool | None = Field(
        default=None,  # TOML has no null: leaving the key out is how a source says "not stated"
        description="prompts/outputs used to train the vendor's models unless the customer opts out; None: not stated",
    )
    opt_out: str | None = Field(default=None, description="how training is switched off, or why it need not be")
    retention_days: int | None = Field(
        default=None, ge=0, description="days prompts and outputs are kept (abuse monitoring); None: not stated"
    )
    zero_data_retention: Literal["available", "on-request", "no", "unknown"] = Field(
        description="available: self-service; on-request: after approval by the vendor; no: not offered; "
        "unknown: not stated on the pages read"
    )
    dpa: bool = Field(description="a GDPR Art. 28 data-processing agreement is part of or offered with the terms")
    dpa_url: str | None = None
    processing_regions: list[str] = Field(min_length=1, description="where prompts are processed at this offer")
    eu_processing_contractual: bool = Field(
        description="the contract (not only a setting or a statement) keeps processing in the EU/EEA"
    )
    subprocessors_url: str | None = None
    prohibited_uses: list[UseCategory] = Field(
        default_factory=list,
        description="use categories the vendor's usage policy forbids outright, in our vocabulary",
    )
    conditional_uses: list[UseCategory] = Field(
        default_factory=list,
        description="use categories the policy allows only under conditions (human review, a licensed "
        "professional, disclosure to users); the condition is in terms['prohibited_uses']",
    )
    usage_policy_url: str | None = None
    usage_policy_encoded: bool = Field(
        default=True,
        description="False: the usage policy was not read clause by clause, so empty use lists mean "
        "'not known', and a declared use needs review against the policy at usage_policy_url",
    )
    ai_act_role_of_customer: Literal["deployer", "provider", "provider-and-deployer"] = Field(
        default="deployer",
        description="role the customer takes under the EU AI Act when building on the API "
        "(the vendor is the GPAI model provider)",
    )
    terms: dict[ContractFact, str] = Field(
        default_factory=dict, description="the deciding wording per fact, our words or a short quote"
    )
    fact_sources: dict[ContractFact, str] = Field(
        default_factory=dict, description="URL per fact where it was read elsewhere than sources[0]"
    )
    sources: list[str] = Field(min_length=1)
    as_of: dt.date
    verification: Verification
    note: str | None = None

    @field_validator("sources")
    @classmethod
    def _source_urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not _is_url(url):
                raise ValueError(f"source {url!r} is not a URL")
        return urls

    @field_validator("dpa_url", "subprocessors_url", "usage_policy_url")
    @classmethod
    def _optional_url(cls, url: str | None) -> str | None:
        if url is not None and not _is_url(url):
            raise ValueError(f"{url!r} is not a URL")
        return url

    @field_validator("fact_sources")
    @classmethod
    def _fact_urls(cls, urls: dict[str, str]) -> dict[str, str]:
        for fact, url in urls.items():
            if not _is_url(url):
                raise ValueError(f"source of {fact!r} ({url!r}) is not a URL")
        return urls

    @model_validator(mode="after")
    def _consistent(self) -> ApiContract:
        if self.dpa_url and not self.dpa:
            raise ValueError("dpa_url given but dpa = false")
        if both := set(self.prohibited_uses) & set(self.conditional_uses):
            raise ValueError(f"{', '.join(sorted(both))} both prohibited and conditional")
        if self.eu_processing_contractual and any(r.lower() in NON_EU_REGIONS for r in self.processing_regions):
            raise ValueError("eu_processing_contractual = true but processing_regions name a non-EU region")
        return self

    def source_of(self, fact: ContractFact) -> str:
        """The URL to quote for a fact: its own page, the page the fact's link points to, else the terms."""
        if fact in self.fact_sources:
            return self.fact_sources[fact]
        own = {"dpa": self.dpa_url, "subprocessors": self.subprocessors_url, "prohibited_uses": self.usage_policy_url}
        return own.get(fact) or self.sources[0]

    def term(self, fact: ContractFact) -> str | None:
        return self.terms.get(fact)


class ApiOffering(Record):
    """A model sold per token, proprietary or a hosted open-weight model."""

    vendor: str
    model_name: str
    open_weight_model: str | None = Field(
        default=None, description="HF repo id when the API hosts an open-weight model"
    )
    input_per_mtok: float = Field(ge=0, description="price per million input tokens")
    output_per_mtok: float = Field(ge=0)
    cached_input_per_mtok: float | None = Field(default=None, ge=0)
    currency: Currency = "USD"
    context_tokens: int | None = Field(default=None, gt=0)
    region: str = Field(description="'global', 'eu', 'us', or a vendor region name")
    eu_data_residency: bool = Field(description="data processed and stored in the EU at this price")
    quality_tier: Literal["frontier", "strong", "mid", "small"]
    modalities: list[Modality] = Field(default_factory=_text_only)
    typical_latency_ms: float | None = Field(default=None, gt=0, description="time to first token, if published")
    litellm_keys: list[str] = Field(
        default_factory=list, description="keys in LiteLLM's price map, for `kb import-prices`"
    )
    deprecation_date: dt.date | None = Field(
        default=None, description="date the vendor deprecates or retires this offering, where published"
    )
    contract: ApiContract | None = Field(
        default=None, description="the contract's data-use, region and usage-policy facts; None: not yet read"
    )


class CloudOffering(Record):
    """GPU capacity rented by the hour."""

    provider: str
    instance: str
    accelerator_id: str
    gpus: int = Field(gt=0)
    price_per_hour: float = Field(gt=0, description="for the whole instance")
    currency: Currency = "USD"
    region: str
    eu: bool
    billing: Literal["on-demand", "reserved", "spot"] = "on-demand"

    @property
    def price_per_gpu_hour(self) -> float:
        return self.price_per_hour / self.gpus
