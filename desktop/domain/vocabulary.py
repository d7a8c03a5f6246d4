"""Words the whole app shares, each defined once: precisions, engines, acquisition kinds, verdicts and
their colours, how old a fact may be before it is called stale."""

from __future__ import annotations

from typing import Literal, get_args

Precision = Literal[
    "bf16", "fp16", "fp8", "int8", "int4", "mxfp4", "nvfp4", "q4_0", "q4_k_m", "q5_k_m", "q6_k", "q8_0"
]
KvPrecision = Literal["bf16", "fp16", "fp8", "int8", "q8_0", "q4_0"]
Engine = Literal["vllm", "trt-llm", "llama.cpp", "mlx", "generic"]
Acquisition = Literal["buy", "rent", "owned"]
Parallel = Literal["tensor", "layers"]

PRECISIONS: tuple[str, ...] = get_args(Precision)
KV_PRECISIONS: tuple[str, ...] = get_args(KvPrecision)
ENGINES: tuple[str, ...] = get_args(Engine)
ACQUISITIONS: tuple[str, ...] = get_args(Acquisition)

# A price or fact older than this is shown as stale and named as a risk.
STALE_DAYS = 365

# Verdict colours, shared by the GUI and the report (colour-blind-safe: Okabe-Ito hues).
VERDICT_COLOURS: dict[str, str] = {
    "allowed": "#009E73",
    "allowed_with_obligations": "#56B4E9",
    "needs_review": "#E69F00",
    "blocked": "#D55E00",
    "vendor_terms": "#999999",
}
