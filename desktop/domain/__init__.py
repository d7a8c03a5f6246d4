"""The shared vocabulary: pydantic models, no Qt, no I/O."""

from .hardware import Accelerator
from .license import (
    USE_CATEGORIES,
    Clause,
    CommercialUse,
    Derivatives,
    Effect,
    GeographicRestriction,
    GoverningLaw,
    HostedService,
    License,
    Obligation,
    OutputsTraining,
    RevenueThreshold,
    Risk,
    Termination,
    UseRestriction,
    UserThreshold,
)
from .measurement import Measurement
from .model import Architecture, KeptTensors, Model, Support
from .offering import ApiContract, ApiOffering, CloudOffering
from .provenance import Record, Verification
from .regulation import Provision, Signal
from .rule import Condition, ScenarioRule

# KIND names used by the CLI and the knowledge base tables.
KINDS: dict[str, type[Record]] = {
    "licenses": License,
    "models": Model,
    "gpus": Accelerator,
    "apis": ApiOffering,
    "clouds": CloudOffering,
    "measurements": Measurement,
    "rules": ScenarioRule,
    "regulation": Provision,
}

__all__ = [
    "KINDS",
    "USE_CATEGORIES",
    "Accelerator",
    "ApiContract",
    "ApiOffering",
    "Architecture",
    "KeptTensors",
    "Clause",
    "Condition",
    "CloudOffering",
    "CommercialUse",
    "Derivatives",
    "Effect",
    "GeographicRestriction",
    "GoverningLaw",
    "HostedService",
    "License",
    "Measurement",
    "Model",
    "Obligation",
    "OutputsTraining",
    "Provision",
    "Record",
    "RevenueThreshold",
    "ScenarioRule",
    "Signal",
    "Risk",
    "Support",
    "Termination",
    "UseRestriction",
    "UserThreshold",
    "Verification",
]
