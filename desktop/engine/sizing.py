"""Question 2: does the model fit the planned hardware, and how fast does it run?

Memory: weights per tensor precision, KV cache per layer kind (GQA with config head_dim, MLA, sliding
window, chunked and linear-attention layers), the serving engine's own budget. Speed: a roofline —
decode is bounded by reading the active weights and the KV cache, prefill by tensor throughput.
Every figure can explain itself: the formula, the numbers put in, and where each constant comes from.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain import Accelerator, Model
from desktop.domain.vocabulary import Engine, KvPrecision, Parallel, Precision

from .constants import (
    ALLREDUCE_LATENCY_S,
    ENGINE_PROFILES,
    FALLBACK_FLOPS_PER_BYTE,
    GB,
    GGUF_DEQUANT_PER_LAYER_S,
    GGUF_KEPT_BITS,
    KV_BYTES,
    MOE_EXPERTS_SOURCE,
    PCIE_GBS,
    PRECISION_SPECS,
    VENDOR_GB,
    calibration,
    calibration_group,
    engine_runs_on,
)
from .speed_model import SpeedConstants, SpeedInputs, step_times

__all__ = ["SizingRequest", "SizingResult", "SpeedConstants", "SpeedInputs", "size", "speed_inputs", "step_times"]

QUESTION = 2
MAX_CONTEXT = 10_000_000
MAX_DEVICES = 1024


class SizingRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    precision: Precision = "bf16"
    kv_precision: KvPrecision = "bf16"
    gpus: int = Field(default=1, ge=1, le=MAX_DEVICES)
    parallel: Parallel = "tensor"
    engine: Engine = "vllm"
    checkpoint: str | None = Field(
        default=None, max_length=200,
        description="quantised checkpoint (HF repo id); none = the publisher's own at this precision, if recorded",
    )
    context: int = Field(default=8192, ge=1, le=MAX_CONTEXT, description="tokens per sequence (prompt + output)")
    concurrency: int = Field(default=1, ge=1, le=100_000)
    prompt: int = Field(default=1024, ge=1, le=MAX_CONTEXT)


class Memory(BaseModel):
    weights_gb: float
    kv_cache_gb: float
    overhead_gb: float
    total_gb: float
    usable_gb: float


class Step(BaseModel):
    """One line of an explanation: what, the formula with numbers, the result, and the source."""

    quantity: str
    formula: str
    result: str
    source: str = ""


class SizingResult(BaseModel):
    model: str
    accelerator: str
    gpus: int
    question: int = QUESTION
    fits: bool
    memory: Memory = Field(description="all devices together, GB = 10^9 bytes")
    memory_per_device: Memory
    max_concurrency_at_context: int
    decode_tokens_per_s: float = Field(description="one stream, at the requested concurrency")
    aggregate_tokens_per_s: float = Field(description="all streams together")
    serving_tokens_per_s: float = Field(
        default=0.0, description="output tokens/s in steady-state serving, new requests' prefill included"
    )
    prefill_tokens_per_s: float
    ttft_s: float
    bound: Literal["memory", "compute"]
    error_band: dict = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    explain: list[Step] = Field(default_factory=list)


# -- parameters and bytes -------------------------------------------------------------------------
def embedding_params(model: Model) -> tuple[float, float]:
    """(input embedding, lm_head) parameter counts; a tied head shares the input table."""
    a = model.architecture
    table = a.vocab_size * a.hidden_size
    return float(table), (0.0 if a.tie_word_embeddings else float(table))


def split_params(model: Model, precision: str, checkpoint: str | None = None) -> tuple[float, float]:
    """(params stored at the quantised width, params kept in BF16) for this precision and checkpoint."""
    a = model.architecture
    total = a.params_total_b * 1e9
    spec = PRECISION_SPECS[precision]
    if spec.bits >= 16:
        return total, 0.0
    recorded = a.kept_bf16_for(precision, checkpoint)
    if recorded is not None:
        kept = recorded.params_b * 1e9  # the published checkpoint says which tensors it keeps in BF16
    elif a.bf16_params_b is not None and precision == a.native_dtype:
        kept = a.bf16_params_b * 1e9  # the published checkpoint says what it keeps in BF16
    elif spec.keeps_embeddings_bf16:
        emb, head = embedding_params(model)
        kept = emb + head
    else:
        kept = 0.0
    kept = min(kept, total)
    return total - kept, kept


def kept_bits(engine: str) -> float:
    """Width of the tensors a checkpoint keeps unquantised: BF16, or Q8_0 in llama.cpp's GGUF files."""
    return GGUF_KEPT_BITS if engine == "llama.cpp" else 16.0


def weight_bytes(model: Model, precision: str, engine: str = "vllm", checkpoint: str | None = None) -> float:
    quantised, kept = split_params(model, precision, checkpoint)
    return quantised * PRECISION_SPECS[precision].bits / 8 + kept * kept_bits(engine) / 8


def expert_params(model: Model) -> float:
    """Parameters in routed experts; derived from total and active when the data lacks them."""
    a = model.architecture
    if not a.is_moe:
        return 0.0
    if a.expert_params_b is not None:
        return a.expert_params_b * 1e9
    share = a.experts_per_token / a.experts
    if share >= 1:
        return 0.0  # every expert is active: nothing to skip when reading, so no split is needed
    return (a.params_total_b - a.params_active_b) * 1e9 / (1 - share)


def expected_experts_touched(experts: int, top_k: int, batch: int) -> float:
    """Distinct experts a layer reads when `batch` tokens each pick top_k of `experts` at random."""
    if experts == 0:
        return 0.0
    return experts * (1 - (1 - top_k / experts) ** batch)


def decode_weight_bytes(
    model: Model, precision: str, batch: int, engine: str = "vllm", checkpoint: str | None = None
) -> float:
    """Weights read per decode step: all but the input embedding (one row is read), with MoE experts
    counted as the expected number touched by the batch."""
    total = weight_bytes(model, precision, engine, checkpoint)
    emb, head = embedding_params(model)
    quantised, kept = split_params(model, precision, checkpoint)
    bytes_per_param = total / (quantised + kept)
    # Only one row of the input table is read; if it is tied, the table is still read in full as lm_head.
    skip = 0.0 if model.architecture.tie_word_embeddings else emb * (kept_bits(engine) / 8 if kept >= emb else bytes_per_param)
    dense_bytes = total - skip
    a = model.architecture
    if not a.is_moe:
        return dense_bytes
    routed = expert_params(model)
    routed_bytes = routed * (bytes_per_param if precision != a.native_dtype or a.bf16_params_b is None
                             else PRECISION_SPECS[precision].bits / 8)
    touched = expected_experts_touched(a.experts, a.experts_per_token, batch) / a.experts
    return dense_bytes - routed_bytes * (1 - touched)


def kv_bytes_per_token_layers(model: Model, kv_precision: str) -> float:
    """KV bytes one token adds in one attention layer."""
    a = model.architecture
    b = KV_BYTES[kv_precision]
    if a.attention == "mla":
        return (a.kv_lora_rank + a.qk_rope_head_dim) * b  # type: ignore[operator]
    return 2 * a.kv_heads * a.head_dim * b


def kv_bytes_per_sequence(model: Model, kv_precision: str, tokens: int) -> float:
    """KV bytes for one sequence of `tokens`: local layers hold only their window or chunk;
    linear-attention layers keep a constant state (left out here: small against full layers)."""
    a = model.architecture
    per_layer = kv_bytes_per_token_layers(model, kv_precision)
    full = a.layers - a.sliding_window_layers - a.chunked_layers - a.linear_attention_layers
    total_tokens = full * tokens
    if a.sliding_window_layers:
        total_tokens += a.sliding_window_layers * min(tokens, a.sliding_window or tokens)
    if a.chunked_layers:
        total_tokens += a.chunked_layers * min(tokens, a.chunked_attention or tokens)
    return per_layer * total_tokens


def activation_bytes(model: Model, tokens: int) -> float:
    """Peak activations of one forward pass over `tokens` (the engine's profiling run)."""
    a = model.architecture
    inter = a.intermediate_size or 4 * a.hidden_size
    per_token = 2 * (2 * inter + 6 * a.hidden_size)
    logits = min(tokens, 256) * a.vocab_size * 4
    return tokens * per_token + logits


# -- the device -----------------------------------------------------------------------------------
def device_kind(acc: Accelerator) -> str:
    if acc.kind == "cpu":
        return "cpu"
    if acc.kind == "unified-memory":
        return "unified-memory"
    return "gpu"


def memory_class(acc: Accelerator) -> str:
    """What the calibration distinguishes: HBM and GDDR GPUs, unified memory (Apple, AMD; NVIDIA GB10), CPU."""
    if acc.kind == "cpu":
        return "cpu"
    if acc.kind == "unified-memory":
        return "unified-nvidia" if acc.vendor == "nvidia" else "unified"
    return "hbm" if "HBM" in acc.memory_type.upper() else "gddr"


def device_flops(acc: Accelerator, precision: str) -> tuple[float, str]:
    """Dense tensor FLOP/s for the precision's compute format on this device, and where it came from."""
    compute = PRECISION_SPECS[precision].compute
    candidates = {
        "fp4": [acc.fp4_tflops if acc.fp4_native else None, acc.fp8_tflops, acc.bf16_tflops],
        "fp8": [acc.fp8_tflops if acc.fp8_native or acc.fp8_tflops else None, acc.bf16_tflops],
        "int8": [acc.int8_tops, acc.bf16_tflops],
        "bf16": [acc.bf16_tflops],
    }[compute]
    for value in candidates:
        if value:
            return value * 1e12, f"{acc.name}: dense {compute} ≈ {value:g} TFLOPS (data sheet)"
    guess = acc.bandwidth_gbs * GB * FALLBACK_FLOPS_PER_BYTE
    return guess, f"no FLOPS figure for {acc.name}: assumed {FALLBACK_FLOPS_PER_BYTE:g} FLOP per byte of bandwidth"


def is_gguf_quant(precision: str) -> bool:
    return precision.startswith("q")


# -- the speed model's inputs ---------------------------------------------------------------------
def speed_inputs(model: Model, acc: Accelerator, req: SizingRequest, batch: int) -> SpeedInputs:
    a = model.architecture
    n = req.gpus
    tp = req.parallel == "tensor" and n > 1
    w_total = weight_bytes(model, req.precision, req.engine, req.checkpoint)
    w_read = decode_weight_bytes(model, req.precision, batch, req.engine, req.checkpoint)
    avg_tokens = (min(req.prompt, req.context) + req.context) / 2
    kv_read = kv_bytes_per_sequence(model, req.kv_precision, int(avg_tokens)) * batch
    active = a.params_active_b * 1e9
    mm_flops = 2 * active * batch
    flops, _ = device_flops(acc, req.precision)
    comm_latency, comm_per_token = 0.0, 0.0
    link = "nvlink" if acc.interconnect_gbs else "pcie"
    link_bw = (acc.interconnect_gbs or PCIE_GBS) * GB
    if tp:
        if a.attention == "mla":
            kv_share = 1.0
        else:
            kv_share = math.ceil(a.kv_heads / n) / a.kv_heads if a.kv_heads >= n else 1 / a.kv_heads
        w_read, mm_flops, kv_read = w_read / n, mm_flops / n, kv_read * kv_share
        comm_latency = a.layers * 2 * ALLREDUCE_LATENCY_S[link] * math.log2(n)
        comm_per_token = a.layers * 2 * 2 * (n - 1) / n * a.hidden_size * 2
    elif n > 1:
        # A layer split reads each device's share in turn: no single-stream speed-up, one hand-off per device.
        comm_latency = (n - 1) * 50e-6
    attn_layers = a.layers - a.linear_attention_layers
    attn_flops = 4 * attn_layers * req.prompt**2 * a.attention_heads * a.head_dim / 2
    dequant = a.layers * GGUF_DEQUANT_PER_LAYER_S[memory_class(acc)] if is_gguf_quant(req.precision) else 0.0
    return SpeedInputs(
        w_read=w_read, kv_read=kv_read, mm_flops=mm_flops, bw=acc.bandwidth_gbs * GB, flops=flops,
        layers=a.layers, batch=batch, comm_latency_s=comm_latency, comm_bytes_per_token=comm_per_token, link_bw=link_bw,
        dequant_s=dequant, moe=1 if a.is_moe else 0,
        fp4=1 if PRECISION_SPECS[req.precision].compute == "fp4" and acc.fp4_native and acc.fp4_tflops else 0,
        unified=1 if acc.kind == "unified-memory" and acc.vendor != "nvidia" else 0,
        prefill_flops=2 * active * req.prompt + attn_flops, prefill_scale=n * 0.9 if tp else 1,
        prefill_w=w_total / n if tp else w_total, out_len=max(1, req.context - req.prompt), prompt=req.prompt,
    )


# -- the estimate ---------------------------------------------------------------------------------
def size(
    model: Model, acc: Accelerator, req: SizingRequest, error_band: dict | None = None, explain: bool = True
) -> SizingResult:
    a = model.architecture
    profile = ENGINE_PROFILES[req.engine]
    n = req.gpus
    tp = req.parallel == "tensor" and n > 1
    steps: list[Step] = []
    warnings: list[str] = []
    spec = PRECISION_SPECS[req.precision]

    # Weights
    w_total = weight_bytes(model, req.precision, req.engine, req.checkpoint)
    quantised, kept = split_params(model, req.precision, req.checkpoint)
    if explain:
        steps.append(Step(
            quantity="weights",
            formula=f"{quantised / 1e9:.2f}B params × {spec.bits:g} bit / 8 + {kept / 1e9:.2f}B params kept at"
        f" {kept_bits(req.engine):g} bit",
            result=f"{w_total / GB:.2f} GB",
            source=f"{req.precision}: {spec.source}; parameter counts from {model.sources[0]}",
        ))
    w_dev = w_total / n

    # KV cache
    kv_seq = kv_bytes_per_sequence(model, req.kv_precision, req.context)
    per_layer_tok = kv_bytes_per_token_layers(model, req.kv_precision)
    kv_formula = (
        f"({a.kv_lora_rank} latent + {a.qk_rope_head_dim} rope) × {KV_BYTES[req.kv_precision]:g} B"
        if a.attention == "mla"
        else f"2 × {a.kv_heads} KV heads × head_dim {a.head_dim} × {KV_BYTES[req.kv_precision]:g} B"
    )
    local = []
    if a.sliding_window_layers:
        local.append(f"{a.sliding_window_layers} sliding layers capped at {a.sliding_window} tokens")
    if a.chunked_layers:
        local.append(f"{a.chunked_layers} chunked layers capped at {a.chunked_attention} tokens")
    if a.linear_attention_layers:
        local.append(f"{a.linear_attention_layers} linear-attention layers hold no growing cache")
    if explain:
        steps.append(Step(
            quantity="KV cache per sequence",
            formula=f"{kv_formula} = {per_layer_tok:,.0f} B per token per layer; {a.layers} layers × {req.context:,} tokens"
            + (f" ({'; '.join(local)})" if local else ""),
            result=f"{kv_seq / GB:.3f} GB",
            source="config.json num_key_value_heads and head_dim" + (", kv_lora_rank, qk_rope_head_dim" if a.attention == "mla" else ""),
        ))
    kv_all = kv_seq * req.concurrency
    if tp:
        # Heads split across ranks; with fewer KV heads than ranks they are replicated. MLA is replicated.
        if a.attention == "mla":
            kv_share = 1.0
        else:
            # With heads not divisible by the ranks, the busiest rank holds the rounded-up share.
            kv_share = math.ceil(a.kv_heads / n) / a.kv_heads if a.kv_heads >= n else 1 / a.kv_heads
    else:
        kv_share = 1 / n
    kv_dev = kv_all * kv_share

    # Overhead and budget
    batched = min(profile.batched_tokens, max(req.context, req.prompt))
    act = activation_bytes(model, batched) / (n if tp else 1)
    overhead_dev = (
        profile.fixed_overhead_gb * GB + profile.cuda_graphs_gb * GB + act
        + (profile.multi_gpu_overhead_gb * GB if tp else 0)
    )
    if device_kind(acc) != "gpu":
        overhead_dev -= profile.cuda_graphs_gb * GB  # no CUDA graphs off NVIDIA/AMD GPUs
    device_gb = acc.memory_gb * VENDOR_GB * acc.gpu_usable_share / GB
    usable_dev = device_gb * GB * profile.memory_fraction
    if explain:
        steps.append(Step(
            quantity="usable memory per device",
            formula=f"{acc.memory_gb:g} GiB (the vendor's 'GB') = {acc.memory_gb * VENDOR_GB / GB:.1f} GB × GPU-usable share"
        f" {acc.gpu_usable_share:g} × engine fraction {profile.memory_fraction:g}",
            result=f"{usable_dev / GB:.2f} GB",
            source=f"{profile.budget_rule} ({profile.source}); device memory from {acc.sources[0]}",
        ))
    if explain:
        steps.append(Step(
            quantity="overhead per device",
            formula=f"fixed {profile.fixed_overhead_gb:g} GB + CUDA graphs {profile.cuda_graphs_gb if device_kind(acc) == 'gpu' else 0:g} GB"
            f" + activations for {batched:,} tokens {act / GB:.2f} GB" + (f" + NCCL {profile.multi_gpu_overhead_gb:g} GB" if tp else ""),
            result=f"{overhead_dev / GB:.2f} GB",
            source=profile.source,
        ))
    total_dev = w_dev + kv_dev + overhead_dev
    fits = total_dev <= usable_dev
    free_for_kv = usable_dev - w_dev - overhead_dev
    kv_seq_dev = kv_seq * kv_share
    max_conc = max(0, math.floor(free_for_kv / kv_seq_dev)) if kv_seq_dev > 0 else 0
    if explain:
        steps.append(Step(
            quantity="maximum concurrency at context",
            formula=f"(usable {usable_dev / GB:.2f} − weights {w_dev / GB:.2f} − overhead {overhead_dev / GB:.2f}) GB"
            f" ÷ {kv_seq_dev / GB:.3f} GB per sequence",
            result=str(max_conc),
        ))
    if not engine_runs_on(req.engine, acc.vendor, acc.kind):
        warnings.append(f"{req.engine} does not run on {acc.name}; llama.cpp or the generic profile would")
    if req.prompt > req.context:
        warnings.append(f"prompt ({req.prompt:,}) is longer than the context ({req.context:,})")
    if req.context > model.context_length:
        warnings.append(f"context {req.context:,} exceeds the model's native {model.context_length:,} tokens")
    if not fits:
        warnings.append(
            f"needs {total_dev / GB:.1f} GB per device but {usable_dev / GB:.1f} GB is usable"
        )

    # Batch: a configuration serves at most what its KV cache holds; more requests wait in the queue.
    b = req.concurrency
    if 0 < max_conc < b:
        warnings.append(
            f"concurrency {b:,} exceeds what fits ({max_conc:,} sequences of {req.context:,} tokens): "
            f"the speeds are for a batch of {max_conc:,}; the rest wait in the queue"
        )
        b = max_conc
    group = calibration_group(acc.vendor, acc.kind, acc.memory_type)
    cal, cal_src = calibration(req.engine, group)
    inputs = speed_inputs(model, acc, req, b)
    k = SpeedConstants.from_tables(cal)
    t = step_times(inputs, k)
    t_step, t_prefill = float(t["step"]), float(t["prefill"])
    bound: Literal["memory", "compute"] = (
        "memory" if float(t["weights_memory"]) >= float(t["weights_compute"]) else "compute")
    decode = 1 / t_step
    aggregate = b / t_step
    flops, flops_src = device_flops(acc, req.precision)
    if explain:
        steps.append(Step(
            quantity="decode time per step",
            formula=(
                f"weight matmuls max(read {inputs.w_read / GB:.2f} GB ÷ ({acc.bandwidth_gbs:g} GB/s × η {cal.bandwidth_efficiency:.2f})"
                f" = {float(t['weights_memory']) * 1e3:.2f} ms, compute {inputs.mm_flops / 1e12:.2f} TFLOP ÷"
                f" ({k.matmul_efficiency * (k.moe_matmul_efficiency if inputs.moe else 1):.2f} × {flops / 1e12:.0f} TFLOPS)"
                f" = {float(t['weights_compute']) * 1e3:.2f} ms)"
                f" + KV read {inputs.kv_read / GB:.2f} GB at {k.kv_read_efficiency:.2f} of that rate"
                f" = {float(t['kv']) * 1e3:.2f} ms"
                + (f" + all-reduce {float(t['comm']) * 1e3:.2f} ms" if float(t["comm"]) else "")
                + f" + {a.layers} layers × {cal.layer_overhead_s * 1e6:.0f} µs"
                + f" + {b} sequences × {cal.sequence_overhead_s * 1e6:.0f} µs"
                + (" (per device, tensor-parallel)" if tp else "")
            ),
            result=f"{t_step * 1e3:.2f} ms → {decode:.1f} tok/s per stream, {aggregate:.1f} tok/s in all",
            source=f"constants: {cal_src}; {flops_src}",
        ))
    if a.is_moe:
        touched = expected_experts_touched(a.experts, a.experts_per_token, b)
        if explain:
            steps.append(Step(
                quantity="MoE experts read per layer",
                formula=f"{a.experts} × (1 − (1 − {a.experts_per_token}/{a.experts})^{b})",
                result=f"{touched:.1f} of {a.experts} experts (all are resident for fit)",
                source=MOE_EXPERTS_SOURCE,
            ))

    prefill = req.prompt / t_prefill
    ttft = t_prefill + t_step
    serving = 1 / float(t["serving_per_token"])
    if explain:
        moe_pf = inputs.moe and not inputs.unified
        steps.append(Step(
            quantity="prefill",
            formula=f"{inputs.prefill_flops / 1e12:.2f} TFLOP (2 × {a.params_active_b:.1f}B × {req.prompt:,} tokens + attention)"
            f" ÷ (MFU {cal.prefill_mfu:.2f}{f' × MoE {k.moe_prefill_efficiency:.2f}' if moe_pf else ''}"
            f" × {flops / 1e12:.0f} TFLOPS{f' × {inputs.prefill_scale:g}' if tp else ''})",
            result=f"{t_prefill:.3f} s → {prefill:,.0f} tok/s; time to first token {ttft:.3f} s",
            source=f"constants: {cal_src}",
        ))

    def memory(scale_by: float) -> Memory:
        return Memory(
            weights_gb=round(w_dev * scale_by / GB, 3),
            kv_cache_gb=round(kv_dev * scale_by / GB, 3),
            overhead_gb=round(overhead_dev * scale_by / GB, 3),
            total_gb=round(total_dev * scale_by / GB, 3),
            usable_gb=round(usable_dev * scale_by / GB, 3),
        )

    return SizingResult(
        model=model.id,
        accelerator=acc.id,
        gpus=n,
        fits=fits,
        memory=memory(n),
        memory_per_device=memory(1),
        max_concurrency_at_context=max_conc,
        decode_tokens_per_s=round(decode, 2),
        aggregate_tokens_per_s=round(aggregate, 2),
        serving_tokens_per_s=round(serving, 2),
        prefill_tokens_per_s=round(prefill, 1),
        ttft_s=round(ttft, 4),
        bound=bound,
        error_band=error_band or {},
        warnings=warnings,
        explain=steps,
    )


def smallest_fitting(model: Model, accelerators: list[Accelerator], req: SizingRequest, max_devices: int = 8) -> list[tuple[Accelerator, int, SizingResult]]:
    """Catalog configurations that fit, cheapest device count first, then by price."""
    found = []
    for acc in accelerators:
        if not engine_runs_on(req.engine, acc.vendor, acc.kind):
            continue
        counts = [1] if acc.kind in ("cpu", "unified-memory") else [c for c in (1, 2, 4, 8) if c <= max_devices]
        for count in counts:
            result = size(model, acc, req.model_copy(update={"gpus": count, "parallel": "tensor" if count > 1 else req.parallel}),
                          explain=False)
            if result.fits:
                found.append((acc, count, result))
                break
    # Devices without a price sort last; among equals, fewer devices first.
    found.sort(key=lambda f: ((f[0].price_usd or 1e12) * f[1], f[1]))
    return found
