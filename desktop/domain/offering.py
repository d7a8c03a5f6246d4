"""What can be bought instead of hardware: per-token APIs and hourly cloud GPUs."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from .provenance import Record

Currency = Literal["USD", "EUR", "CHF"]


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
    modalities: list[Literal["text", "image", "audio", "video"]] = Field(default_factory=lambda: ["text"])
    typical_latency_ms: float | None = Field(default=None, gt=0, description="time to first token, if published")
    litellm_keys: list[str] = Field(
        default_factory=list, description="keys in LiteLLM's price map, for `kb import-prices`"
    )
    deprecation_date: dt.date | None = Field(
        default=None, description="date the vendor deprecates or retires this offering, where published"
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
