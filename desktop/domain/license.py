"""Licenses as data: every clause the license engine evaluates is one typed record here.

A clause never names a model; the engine applies a license's clauses to a usage context.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .provenance import Record

# The use categories the engine knows; acceptable-use policies map onto them. Defined once: the tuple
# (CLI choices, GUI check boxes) is read off the type.
UseCategory = Literal[
    "military",
    "sexual-content",
    "automated-legal-decisions",
    "undisclosed-machine-text",
    "medical-advice",
    "critical-infrastructure",
    "employment-decisions",
    "guardrail-removal",
    "personal-data-profiling",  # processing personal data about individuals, monitoring or profiling people
]
USE_CATEGORIES: tuple[str, ...] = get_args(UseCategory)


class Effect(str, Enum):
    """What a matched restriction does to the verdict."""

    blocked = "blocked"
    needs_review = "needs_review"


# When a duty applies. "make_available" is wider than "distribute": it covers offering a
# product or service (customer-facing or hosted) that contains the model. "end_user_facing" is narrower:
# people outside the organisation interact with the model's output (a customer-facing product or a hosted
# service), which is when duties towards end users (disclosures) bind.
Trigger = Literal[
    "always",
    "end_user_facing",
    "distribute",
    "make_available",
    "fine_tune",
    "train_other_models",
    "hosted_service",
    "commercial",
]


class Clause(BaseModel):
    """Common part of every clause: where it stands and what it says."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    section: str = Field(min_length=1, description="section number or heading in the license text")
    summary: str = Field(min_length=1, description="the clause in our own words")
    quote: str | None = Field(default=None, description="short verbatim quote, under 40 words")
    source: str = Field(description="URL of the text the quote was read in")
    curable: bool = Field(
        default=False,
        description="a condition the user can meet: when the described use breaks it, the verdict carries the "
        "cure as an obligation instead of a block (only uses with no path but a separate license block)",
    )
    cure: str | None = Field(
        default=None,
        description="how to meet the condition, in plain words; '{name}' and '{fixed_name}' are filled in for "
        "naming rules",
    )

    @model_validator(mode="after")
    def _cure_given(self):
        if self.curable and not self.cure:
            raise ValueError(f"clause {self.section!r} is curable but says not how (cure is empty)")
        return self

    @field_validator("quote")
    @classmethod
    def _short(cls, quote: str | None) -> str | None:
        if quote is not None and len(quote.split()) >= 40:
            raise ValueError(f"quote has {len(quote.split())} words; keep it under 40")
        return quote


class CommercialUse(Clause):
    """Whether and how far commercial use is granted.

    scope: any = commercial use allowed; non-commercial = only non-commercial use;
    research-only = research/evaluation only; non-production = testing and evaluation,
    never in production.
    """

    allowed: bool
    scope: Literal["any", "non-commercial", "research-only", "non-production"] = "any"


class UserThreshold(Clause):
    """Above this many users the license does not apply; a separate license is needed."""

    limit: int = Field(gt=0)
    counted: str = Field(description="what is counted, in the license's terms")
    measured: Literal["release-month", "current"] = Field(
        description="release-month: once, in the calendar month before the version's release; "
        "current: whenever the use happens"
    )
    scope: Literal["group", "product"] = Field(
        description="group: licensee and its affiliates together; product: the one product or service"
    )
    commercial_only: bool = False
    effect: Effect = Effect.blocked


class RevenueThreshold(Clause):
    """Above this revenue the license grants no rights."""

    limit_usd_per_month: float = Field(gt=0)
    counted: str
    scope: Literal["group", "licensee"] = "group"
    binds_end_users: bool = Field(
        default=False,
        description="binds everyone who uses the model or a derivative, also through someone else's product or "
        "service, not only the party that downloaded it",
    )
    effect: Effect = Effect.blocked


class Obligation(Clause):
    """A duty the licensee must fulfil when the trigger applies."""

    id: str = Field(min_length=1, description="stable id, e.g. 'llama4-built-with'")
    kind: Literal["attribution", "notice", "license-copy", "modification-notice", "pass-on-terms", "naming", "other"]
    triggers: list[Trigger] = Field(min_length=1, description="the duty applies when any of these holds")
    only_if_made_available: bool = Field(
        default=False,
        description="and only when the resulting model or product is distributed or made available to others "
        "(e.g. naming rules for fine-tunes; 'Built with Qwen' for distributed derivatives)",
    )
    text: str | None = Field(default=None, description="exact wording to display or ship, if any")
    where: str | None = Field(default=None, description="where the wording must appear")
    name_prefix: str | None = Field(
        default=None, description="for kind=naming: derived model names must begin with this"
    )


class Derivatives(Clause):
    fine_tune: bool
    redistribute_weights: bool
    redistribute_derivatives: bool
    terms_travel: bool = Field(description="derivatives must carry this license's restrictions")


class OutputsTraining(Clause):
    """May the model's outputs train another model?"""

    allowed: bool
    conditions: str | None = Field(default=None, description="what follows if allowed")
    student_is_derivative: bool = Field(
        default=False, description="a model trained on the outputs counts as a derivative of this model"
    )
    effect: Effect = Effect.blocked


class UseRestriction(Clause):
    """A field-of-use restriction (from the license or its acceptable-use policy)."""

    category: UseCategory
    effect: Effect
    policy_url: str | None = None


class UseReviewed(Clause):
    """A use category the license and its use policy were read for and found not to restrict.

    Without such a record (or a UseRestriction), a declared use under a license with a use policy is
    needs_review: we have not encoded what the policy says about it.
    """

    category: UseCategory


class EvaluationUse(Clause):
    """How a non-production evaluation (a pilot that serves no real work or end users) stands under a license
    whose grant is limited (non-commercial, research-only, non-production)."""

    effect: Literal["grants", "needs_review", "blocked"]
    end_users_allowed: bool = Field(
        default=False, description="the evaluation may involve end users (customers) without leaving the grant"
    )


class GeographicRestriction(Clause):
    region: Literal["EU"] = "EU"
    multimodal_only: bool = Field(description="applies only to multimodal models of the family")
    end_user_exception: bool = Field(
        description="end users of a product or service that incorporates the model are exempt"
    )
    effect: Effect = Effect.blocked


class HostedService(Clause):
    """Restrictions on offering the model to third parties as a hosted service."""

    allowed: bool
    effect: Effect = Effect.needs_review


class Risk(Clause):
    """Something the licensor can do later: a risk flag, not a verdict."""

    kind: Literal["terms-may-change", "policy-may-change", "remote-restriction", "revocable", "no-warranty"]


class Termination(Clause):
    kind: Literal["litigation", "patent", "breach", "guardrail-bypass", "other"]


class GoverningLaw(Clause):
    law: str
    venue: str | None = None


class License(Record):
    """One license family at one version."""

    name: str
    short_name: str
    version: str | None = None
    spdx_id: str | None = Field(default=None, description="SPDX identifier, only where SPDX lists one")
    hf_tags: list[str] = Field(default_factory=list, description="license: values seen on Hugging Face")
    text_url: str
    policy_url: str | None = Field(default=None, description="acceptable or prohibited use policy")
    summary: str
    licensor: str
    open_source: bool = Field(
        description="OSI-style free and open-source license (matters for the EU AI Act exemption)"
    )
    commercial: CommercialUse
    user_thresholds: list[UserThreshold] = Field(default_factory=list)
    revenue_thresholds: list[RevenueThreshold] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)
    derivatives: Derivatives
    outputs_training: OutputsTraining
    use_restrictions: list[UseRestriction] = Field(default_factory=list)
    uses_reviewed: list[UseReviewed] = Field(
        default_factory=list, description="use categories the use policy was read for and does not restrict"
    )
    evaluation: EvaluationUse | None = None
    geographic: list[GeographicRestriction] = Field(default_factory=list)
    hosted_service: HostedService | None = None
    risks: list[Risk] = Field(default_factory=list)
    termination: list[Termination] = Field(default_factory=list)
    governing_law: GoverningLaw | None = None

    @property
    def has_use_policy(self) -> bool:
        """The license restricts fields of use (itself or through a policy it incorporates)."""
        return bool(self.policy_url or self.use_restrictions)

    @property
    def license_id(self) -> str:
        """SPDX id where one exists, else our LicenseRef- id."""
        return self.spdx_id or self.id

    def clauses(self) -> list[Clause]:
        """Every clause, for full-text search and the browser."""
        out: list[Clause] = [self.commercial, self.derivatives, self.outputs_training]
        for group in (self.user_thresholds, self.revenue_thresholds, self.obligations, self.use_restrictions,
                      self.uses_reviewed, self.geographic, self.risks, self.termination):
            out.extend(group)
        if self.evaluation:
            out.append(self.evaluation)
        if self.hosted_service:
            out.append(self.hosted_service)
        if self.governing_law:
            out.append(self.governing_law)
        return out
