"""Regulation as data: the provisions the engine applies, each with its legal source and status.

The EU AI Act in four types of provision, plus the data-protection duties of the organisation's own law:
- application_date: from when a group of provisions applies (Art. 113), or an amendment that moves
  such a date (`amends`), e.g. the Digital Omnibus on AI;
- role: when an organisation is a provider, a deployer or the provider of a general-purpose AI model;
- high_risk_area: an Annex III (or Annex I) area in our use-case vocabulary and words;
- duty: what a role must do (Art. 4, 5, 50, 53, 55, high-risk duties), from which date;
- data_protection: a duty of the data-protection or secrecy law of the countries in `jurisdictions`
  (GDPR in the EU/EEA, the Swiss FADP, professional secrecy in criminal law) that a deployment brings,
  e.g. a processing agreement when a vendor processes personal data (desktop/engine/data_protection.py).

Conditions are plain fact names (all must hold). A fact the engine cannot know from the portfolio
stays unknown; the provision then applies "possibly" and its `question` is put to the user.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .license import UseCategory
from .provenance import Record

# in_force: in the Official Journal and applicable law; adopted_amendment: an amending act adopted
# (and published) that changes the text or a date; proposal: not law, shown but never applied.
LegalStatus = Literal["in_force", "adopted_amendment", "proposal"]
AiActRole = Literal["provider", "deployer", "gpai_provider"]
ProvisionType = Literal["application_date", "role", "high_risk_area", "duty", "data_protection"]

# The facts a provision may name. The first group comes from the use case and its candidate; the
# roles and `high_risk` are the engine's own findings; the rest the portfolio does not record, so
# they stay unknown and turn a provision into an open question.
AiActFact = Literal[
    "customer_facing",
    "hosted_service",
    "redistribute_weights",
    "fine_tune",
    "commercial",
    "generates_content",
    "self_hosted",
    "provider",
    "deployer",
    "gpai_provider",
    "high_risk",
    "modification_over_third_of_compute",
    "systemic_risk_model",
    # data protection: a vendor or a rented machine processes the data; the data are personal (certain only
    # when a declared use says so); they go to a state the organisation's law does not deem adequate;
    # profiling or decisions about people by machine (from the declared uses)
    "provider_processes",
    "personal_data",
    "outside_adequate",
    "profiling",
    "automated_decisions",
]
LEGAL_STATUSES: tuple[str, ...] = ("in_force", "adopted_amendment", "proposal")


class Signal(BaseModel):
    """How a use case points to an area or a duty: a usage category it declares (certain) or a word in
    its name or description (possible). Keywords are regular-expression alternatives, matched as whole
    words without regard to case."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    uses: list[UseCategory] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)

    @field_validator("keywords")
    @classmethod
    def _compiles(cls, words: list[str]) -> list[str]:
        for word in words:
            try:
                re.compile(word)
            except re.error as exc:
                raise ValueError(f"keyword {word!r} is not a valid pattern: {exc}") from None
        return words


class Provision(Record):
    """One provision of a regulation as we apply it, in our own words."""

    type: ProvisionType
    regulation: str = Field(default="Regulation (EU) 2024/1689", description="the act this provision belongs to")
    instrument: str = Field(
        default="Regulation (EU) 2024/1689",
        description="the act that says it: the regulation itself, an amending act or a proposal",
    )
    article: str = Field(min_length=1, description="e.g. 'Art. 50(2)' or 'Annex III point 4'")
    title: str = Field(min_length=1)
    text: str = Field(min_length=1, description="English rendering shown to the user")
    message: str = Field(min_length=1, description="message id for translations of `text`")
    status: LegalStatus = "in_force"
    # application_date
    date: dt.date | None = None
    amends: str | None = Field(default=None, description="id of the application_date this amendment moves")
    # role
    role: AiActRole | None = None
    # duty
    bearers: list[AiActRole] = Field(default_factory=list, description="the roles that carry the duty")
    applies_from: str | None = Field(
        default=None,
        description="id of the application_date; for high-risk duties left empty: the matched area's date",
    )
    # role, duty
    when: list[AiActFact] = Field(default_factory=list, description="facts that must all hold")
    question: str | None = Field(default=None, description="asked when a fact is unknown or only a word matched")
    # high_risk_area, duty, data_protection
    signal: Signal | None = None
    # data_protection
    jurisdictions: list[str] = Field(
        default_factory=list, description="ISO country codes where the law applies; 'EU' for the EU/EEA states"
    )
    topic: str | None = Field(default=None, description="what it is about, e.g. 'processor_contract', so a "
                              "contract term saying the same is not listed twice")

    @model_validator(mode="after")
    def _complete(self) -> Provision:
        if self.type == "application_date" and self.date is None:
            raise ValueError("an application_date needs a date")
        if self.amends and (self.type != "application_date" or self.status == "in_force"):
            raise ValueError("only an amendment or a proposal (status adopted_amendment/proposal) amends a date")
        if self.amends == self.id:
            raise ValueError("an application_date cannot amend itself")
        if self.type == "role" and self.role is None:
            raise ValueError("a role provision needs a role")
        if self.type == "data_protection" and (not self.jurisdictions or self.bearers or self.applies_from):
            raise ValueError("a data_protection provision names its jurisdictions, and no AI Act roles or dates")
        if self.type == "duty" and not self.bearers:
            raise ValueError("a duty needs bearers")
        if self.type == "high_risk_area" and (self.signal is None or not self.applies_from):
            raise ValueError("a high_risk_area needs a signal and applies_from")
        if self.type == "duty" and not self.applies_from and "high_risk" not in self.when:
            raise ValueError("a duty needs applies_from unless it is a high-risk duty (when = ['high_risk', ...])")
        return self
