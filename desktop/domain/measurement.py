"""Public measurements that the sizing engine is checked against (the validation ledger)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .provenance import Record

Metric = Literal[
    "decode_tokens_per_s", "aggregate_tokens_per_s", "serving_tokens_per_s", "prefill_tokens_per_s", "memory_gb"
]
# serving_tokens_per_s: output tokens per second of a steady-state serving benchmark (prefill of new requests
# included), as trtllm-bench or an end-to-end latency run reports; aggregate_tokens_per_s is decode only.


class Measurement(Record):
    """One measured figure on named hardware with a named engine."""

    model: str = Field(description="HF repo id in our catalog")
    accelerator_id: str
    gpus: int = Field(default=1, gt=0)
    parallel: Literal["tensor", "layers"] = "tensor"
    engine: Literal["vllm", "sglang", "trt-llm", "llama.cpp", "mlx", "generic"]
    precision: str = Field(description="weight precision as the sizing engine names it")
    checkpoint: str | None = Field(
        default=None, description="quantised checkpoint measured (HF repo id), when it matters for the weights"
    )
    kv_precision: str = "bf16"
    context: int = Field(gt=0, description="context (prompt + generated) at which it was measured")
    prompt: int = Field(default=512, ge=0)
    concurrency: int = Field(default=1, gt=0)
    metric: Metric
    value: float = Field(gt=0)
