"""The license-relevant usage context: one model shared by the GUI form, the CLI and portfolios."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .license import UseCategory

# EU member states (ISO 3166-1 alpha-2) as of 2026. EEA-only states (NO, IS, LI), CH and GB are not in it:
# the Llama multimodal clause names the European Union, not the EEA.
EU_MEMBER_STATES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)

MAX_USERS = 20_000_000_000  # more than everyone alive: anything above is a typo
MAX_REVENUE_USD = 1e13


class UsageContext(BaseModel):
    """How the organisation means to use a model; the license engine reads nothing else."""

    model_config = ConfigDict(extra="forbid")

    licensee_country: str = Field(default="DE", min_length=2, max_length=2, description="ISO 3166-1 alpha-2")
    commercial: bool = True
    customer_facing: bool = False
    deployment: Literal["self-hosted", "third-party-service"] = Field(
        default="self-hosted",
        description="third-party-service: the organisation is only an end user of someone else's product",
    )
    hosted_service: bool = Field(default=False, description="offers the model to third parties as a hosted service")
    product_mau: int = Field(default=0, ge=0, le=MAX_USERS, description="monthly active users of the product")
    group_mau_at_release: int = Field(
        default=0, ge=0, le=MAX_USERS,
        description="MAU of licensee plus affiliates in the calendar month before the model version's release",
    )
    group_monthly_revenue_usd: float = Field(default=0, ge=0, le=MAX_REVENUE_USD)
    fine_tune: bool = False
    redistribute_weights: bool = False
    derived_model_name: str | None = Field(default=None, max_length=200)
    train_other_models: bool = Field(default=False, description="uses the model's outputs to train other models")
    multimodal: bool = Field(default=False, description="uses image, audio or video input")
    uses: list[UseCategory] = Field(default_factory=list)
    evaluation_only: bool = Field(
        default=False,
        description="a non-production pilot: testing and evaluating the model, not real work and no end users relying "
        "on it",
    )
    data: Literal["public", "personal", "confidential"] = Field(
        default="public",
        description="the most sensitive data sent to the model: confidential (trade secrets, client data under NDA), "
        "personal (data about individuals, GDPR), public",
    )
    eu_only: bool = Field(default=False, description="processing must stay in the EU/EEA, contractually")

    @field_validator("licensee_country")
    @classmethod
    def _upper(cls, value: str) -> str:
        if not value.isalpha():
            raise ValueError(f"{value!r} is not an ISO country code")
        return value.upper()

    @property
    def in_eu(self) -> bool:
        return self.licensee_country in EU_MEMBER_STATES

    @property
    def makes_available(self) -> bool:
        """Distributes the model or offers a product or service containing it to others."""
        return self.redistribute_weights or self.customer_facing or self.hosted_service

    @property
    def end_user_facing(self) -> bool:
        """People outside the organisation see or rely on the model's output."""
        return self.customer_facing or self.hosted_service

    @property
    def end_user_only(self) -> bool:
        return self.deployment == "third-party-service"
