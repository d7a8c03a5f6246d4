"""Accelerators: GPUs, Apple machines, DGX Spark-style boxes and CPU-only servers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .provenance import Record


class Accelerator(Record):
    """One device (or, for Apple and CPU-only, one machine configuration)."""

    name: str
    vendor: Literal["nvidia", "amd", "apple", "intel", "cpu"]
    kind: Literal["datacenter-gpu", "workstation-gpu", "consumer-gpu", "unified-memory", "cpu"]
    memory_gb: float = Field(gt=0, description="memory per device as the vendor states it (binary: GiB)")
    memory_type: str
    bandwidth_gbs: float = Field(gt=0, description="peak memory bandwidth, GB/s")
    bf16_tflops: float | None = Field(default=None, gt=0, description="dense BF16 (or FP16) tensor TFLOPS")
    fp8_tflops: float | None = Field(default=None, gt=0, description="dense FP8 TFLOPS")
    int8_tops: float | None = Field(default=None, gt=0, description="dense INT8 TOPS")
    fp4_tflops: float | None = Field(default=None, gt=0, description="dense FP4 TFLOPS")
    tdp_w: float = Field(gt=0, description="board power (for Apple/CPU: the machine under load)")
    host_w: float = Field(default=0, ge=0, description="extra host power per device when known")
    price_usd_low: float | None = Field(default=None, gt=0)
    price_usd_high: float | None = Field(default=None, gt=0)
    price_note: str | None = None
    gpu_usable_share: float = Field(
        default=1.0, gt=0, le=1, description="share of memory the GPU may use by default (Apple ≈ 0.67-0.75)"
    )
    interconnect_gbs: float | None = Field(default=None, gt=0, description="device-to-device, e.g. NVLink")
    fp8_native: bool = False
    fp4_native: bool = False
    release_year: int | None = Field(default=None, ge=2015, le=2030)
    generation: str | None = Field(
        default=None,
        description="architecture generation, e.g. 'hopper', 'ada', 'cdna3', 'apple-m3', 'zen4': "
        "groups devices into hardware classes for the sizing error band",
    )

    @property
    def hardware_class(self) -> str:
        return f"{self.vendor}-{self.generation or self.kind}"

    @model_validator(mode="after")
    def _prices(self) -> Accelerator:
        if self.price_usd_low and self.price_usd_high and self.price_usd_low > self.price_usd_high:
            raise ValueError("price_usd_low is above price_usd_high")
        return self

    @property
    def usable_memory_gb(self) -> float:
        return self.memory_gb * self.gpu_usable_share

    @property
    def price_usd(self) -> float | None:
        """Mid price for cost defaults."""
        if self.price_usd_low and self.price_usd_high:
            return (self.price_usd_low + self.price_usd_high) / 2
        return self.price_usd_low or self.price_usd_high
