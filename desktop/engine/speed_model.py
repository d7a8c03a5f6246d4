"""The time of one decode step and of one prefill, from their mechanisms.

Pure arithmetic on numbers that sizing.speed_inputs derives from the model, the device and the request, and on
the constants of constants.py. The same function serves one estimate (floats) and the fit over the whole ledger
(numpy arrays), so what validate checks is exactly what the app shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .constants import Calibration, global_constant


@dataclass
class SpeedInputs:
    """Everything the step-time model needs that does not depend on the fitted constants (per device).

    Fields are floats for one estimate, or numpy arrays when the fit evaluates the whole ledger at once."""

    w_read: Any  # weight bytes read per decode step (MoE: the experts the batch touches)
    kv_read: Any  # KV-cache bytes read per decode step
    mm_flops: Any  # matmul FLOPs per decode step (2 per active parameter and token)
    bw: Any  # peak memory bandwidth, bytes/s
    flops: Any  # peak dense tensor FLOP/s for the precision
    layers: Any
    batch: Any
    comm_latency_s: Any  # all-reduce latencies per step (tensor parallel) or hand-offs (layer split)
    comm_bytes_per_token: Any  # bytes each device sends in the all-reduces per token in the step
    link_bw: Any  # device-to-device bytes/s
    dequant_s: Any  # GGUF dequantisation per step
    moe: Any  # 1 for mixture-of-experts, else 0
    fp4: Any  # 1 when the matmuls run in FP4 on FP4 tensor cores, else 0
    unified: Any  # 1 on Apple-style unified memory (MoE prefill runs near dense speed there), else 0
    prefill_flops: Any
    prefill_scale: Any  # devices working on one prefill (tensor parallel: 0.9 per device)
    prefill_w: Any  # weight bytes each device reads once per prefill
    out_len: Any  # tokens generated per request (context − prompt)
    prompt: Any  # prompt tokens per request


@dataclass
class SpeedConstants:
    bandwidth_efficiency: Any
    kv_read_efficiency: Any
    matmul_efficiency: Any
    prefill_mfu: Any
    layer_overhead_s: Any
    sequence_overhead_s: Any
    link_efficiency: Any
    moe_matmul_efficiency: Any
    moe_prefill_efficiency: Any
    fp4_matmul_efficiency: Any

    @classmethod
    def from_tables(cls, cal: Calibration) -> SpeedConstants:
        return cls(
            cal.bandwidth_efficiency, cal.kv_read_efficiency, cal.matmul_efficiency, cal.prefill_mfu,
            cal.layer_overhead_s, cal.sequence_overhead_s, cal.link_efficiency,
            global_constant("moe_matmul_efficiency"), global_constant("moe_prefill_efficiency"),
            global_constant("fp4_matmul_efficiency"),
        )


def step_times(f: SpeedInputs, k: SpeedConstants) -> dict:
    """Decode step and prefill time from their mechanisms. The weight matmuls are one kernel each, bounded by
    reading the weights or by tensor throughput; attention reads the KV cache in its own kernel, so its time adds;
    the all-reduces, the per-layer launches and the per-sequence scheduling and sampling add on top."""
    bw = f.bw * k.bandwidth_efficiency
    weights_memory = f.w_read / bw
    fp4 = k.fp4_matmul_efficiency ** f.fp4
    weights_compute = f.mm_flops / (f.flops * k.matmul_efficiency * k.moe_matmul_efficiency ** f.moe * fp4)
    kv = f.kv_read / (bw * k.kv_read_efficiency)
    link = f.link_bw * k.link_efficiency
    comm = f.comm_latency_s + f.batch * f.comm_bytes_per_token / link
    fixed = f.layers * k.layer_overhead_s + f.batch * k.sequence_overhead_s + f.dequant_s
    step = np.maximum(weights_memory, weights_compute) + kv + comm + fixed
    prefill_eff = k.prefill_mfu * k.moe_prefill_efficiency ** (f.moe * (1 - f.unified)) * fp4
    # A prompt's activations are all-reduced too: its tokens x hidden size, twice per layer.
    prefill_comm = f.prompt * f.comm_bytes_per_token / link
    prefill_compute = f.prefill_flops / (prefill_eff * f.flops * f.prefill_scale) + prefill_comm
    prefill = np.maximum(prefill_compute, f.prefill_w / bw + prefill_comm) + f.comm_latency_s
    # In steady-state serving new prompts ride along in the decode steps (chunked prefill): the weights are read
    # for decode anyway, so a prompt costs its compute only, spread over the tokens it will generate.
    serving_per_token = step / f.batch + prefill_compute / f.out_len
    return {"step": step, "prefill": prefill, "serving_per_token": serving_per_token, "weights_memory": weights_memory, "weights_compute": weights_compute,
            "kv": kv, "comm": comm, "fixed": fixed}
