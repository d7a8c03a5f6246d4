"""Constants the sizing engine uses, each with where it comes from, so `--explain` can cite it.

Efficiencies (η) are calibrated against the validation ledger in resources/knowledge/measurements;
`model-strategy validate` prints how well they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Precision = Literal[
    "bf16", "fp16", "fp8", "int8", "int4", "mxfp4", "nvfp4", "q4_0", "q4_k_m", "q5_k_m", "q6_k", "q8_0"
]
PRECISIONS: tuple[str, ...] = Precision.__args__  # type: ignore[attr-defined]
KV_PRECISIONS = ("bf16", "fp16", "fp8", "int8", "q8_0", "q4_0")
ENGINES = ("vllm", "trt-llm", "llama.cpp", "generic")


@dataclass(frozen=True)
class PrecisionSpec:
    bits: float  # bits per weight including block scales
    keeps_embeddings_bf16: bool  # checkpoint formats that leave embeddings / lm_head unquantised
    compute: Literal["bf16", "fp8", "int8", "fp4"]  # tensor-core format used for the matmuls
    source: str


PRECISION_SPECS: dict[str, PrecisionSpec] = {
    "bf16": PrecisionSpec(16, False, "bf16", "2 bytes per weight"),
    "fp16": PrecisionSpec(16, False, "bf16", "2 bytes per weight"),
    "fp8": PrecisionSpec(8.0, True, "fp8", "E4M3 with per-tensor/channel scales (negligible); embeddings BF16"),
    "int8": PrecisionSpec(8.0, True, "int8", "W8 per-channel; embeddings BF16"),
    "int4": PrecisionSpec(
        4.156, True, "bf16", "GPTQ/AWQ group 128: 4 bits + (16-bit scale + 4-bit zero)/128; W4A16 compute"
    ),
    "mxfp4": PrecisionSpec(4.25, True, "bf16", "OCP MX: E2M1 + one E8M0 scale per 32 weights"),
    "nvfp4": PrecisionSpec(4.5, True, "fp4", "E2M1 + FP8 scale per 16 weights"),
    "q4_0": PrecisionSpec(4.5, False, "bf16", "GGUF block_q4_0: 18 bytes per 32 weights"),
    "q4_k_m": PrecisionSpec(
        4.85, False, "bf16", "GGUF Q4_K_M file-level mix: Llama-3-70B 39.60 GiB for 70.55B params = 4.82 bpw"
    ),
    "q5_k_m": PrecisionSpec(5.69, False, "bf16", "GGUF Q5_K_M file-level mix (Q5_K 5.5 bpw + Q6_K tensors)"),
    "q6_k": PrecisionSpec(6.5625, False, "bf16", "GGUF block_q6_K: 210 bytes per 256 weights"),
    "q8_0": PrecisionSpec(8.5, False, "int8", "GGUF block_q8_0: 34 bytes per 32 weights"),
}

KV_BYTES: dict[str, float] = {
    "bf16": 2.0, "fp16": 2.0, "fp8": 1.0, "int8": 1.0, "q8_0": 34 / 32, "q4_0": 18 / 32,
}


@dataclass(frozen=True)
class EngineProfile:
    """How a serving engine budgets memory and how close it gets to the hardware roofline."""

    name: str
    memory_fraction: float  # share of device memory the engine lets itself use
    fixed_overhead_gb: float  # CUDA context, non-torch allocations, runtime buffers per device
    cuda_graphs_gb: float  # captured graphs per device (vLLM)
    batched_tokens: int  # tokens in one forward pass at the activation peak
    multi_gpu_overhead_gb: float  # NCCL buffers per device when tensor-parallel
    budget_rule: str
    source: str


ENGINE_PROFILES: dict[str, EngineProfile] = {
    "vllm": EngineProfile(
        "vllm", 0.92, 0.5, 0.7, 8192, 0.6,
        "usable = 0.92 × device memory (gpu_memory_utilization); KV gets usable − weights − activation peak "
        "− non-torch − CUDA graphs",
        "vllm/config/cache.py default gpu_memory_utilization 0.92; vllm issue #10517 (non-torch 0.35 GiB); "
        "PR #21489 (CUDA graphs 0.65-1.3 GB)",
    ),
    "trt-llm": EngineProfile(
        "trt-llm", 0.95, 1.0, 0.0, 8192, 0.6,
        "KV cache gets kv_cache_free_gpu_mem_fraction 0.90 of the memory left after weights and runtime",
        "TensorRT-LLM perf-overview: kv_cache_free_gpu_mem_fraction default 0.90",
    ),
    "llama.cpp": EngineProfile(
        "llama.cpp", 1.0, 0.45, 0.0, 512, 0.2,
        "no fraction: weights + KV + compute buffer (n_ubatch 512 × logits and activations) + context",
        "llama.cpp defaults n_ubatch 512; CUDA context ≈ 0.3-0.5 GB",
    ),
    "generic": EngineProfile(
        "generic", 0.90, 0.5, 0.0, 2048, 0.5,
        "usable = 0.90 × device memory; overhead = 0.5 GB + activations for 2,048 tokens",
        "rule of thumb: HF accelerate's 'add up to 20 %' for inference",
    ),
}

# Achieved share of peak memory bandwidth in batch-1 decode, by engine and hardware kind.
# Calibrated on the validation ledger (see `model-strategy validate`).
BANDWIDTH_EFFICIENCY: dict[tuple[str, str], float] = {
    ("vllm", "gpu"): 0.78,
    ("trt-llm", "gpu"): 0.82,
    ("llama.cpp", "gpu"): 0.70,
    ("generic", "gpu"): 0.65,
    ("vllm", "unified-memory"): 0.65,
    ("trt-llm", "unified-memory"): 0.70,
    ("llama.cpp", "unified-memory"): 0.70,
    ("generic", "unified-memory"): 0.60,
    ("llama.cpp", "cpu"): 0.65,
    ("vllm", "cpu"): 0.5,
    ("trt-llm", "cpu"): 0.5,
    ("generic", "cpu"): 0.55,
}
# Quantised GGUF kernels dequantise on the fly and reach less of the roofline than F16 does.
GGUF_QUANT_EFFICIENCY = 0.85
BANDWIDTH_EFFICIENCY_SOURCE = (
    "calibrated on the validation ledger; llama.cpp F16 on RTX 3090/4090 reaches 0.75-0.81 of peak, "
    "Q4 0.49-0.57 (XiongjieDai GPU-Benchmarks-on-LLM-Inference)"
)

# Model FLOPS utilisation: share of dense tensor throughput reached.
PREFILL_MFU: dict[str, float] = {"vllm": 0.55, "trt-llm": 0.65, "llama.cpp": 0.35, "generic": 0.40}
DECODE_MFU = 0.45
MFU_SOURCE = "llm-analysis validation used 0.7 flops efficiency; llama.cpp pp512 on RTX 4090 ≈ 114 TFLOPS of 330"

# Per-layer fixed time per decode step (kernel launches, sampling), seconds.
STEP_OVERHEAD_PER_LAYER_S: dict[str, float] = {"vllm": 12e-6, "trt-llm": 8e-6, "llama.cpp": 15e-6, "generic": 20e-6}
# Two all-reduces per layer under tensor parallelism.
ALLREDUCE_LATENCY_S = {"nvlink": 10e-6, "pcie": 30e-6}
# Without a FLOPS figure (Apple, CPU), assume this many FLOPs per byte of bandwidth.
FALLBACK_FLOPS_PER_BYTE = 30.0

GB = 1e9
