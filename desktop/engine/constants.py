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

def engine_runs_on(engine: str, vendor: str, kind: str) -> bool:
    """Which engines serve on which devices (vLLM: NVIDIA, AMD and Intel GPUs; TensorRT-LLM: NVIDIA only;
    llama.cpp and the generic profile: everything, Apple and CPUs included)."""
    if engine == "trt-llm":
        return vendor == "nvidia"
    if engine == "vllm":
        return vendor in ("nvidia", "amd", "intel") and kind != "cpu"
    return True


# Calibration, by serving engine and memory class ("hbm", "gddr", "unified" = Apple/AMD unified memory,
# "unified-nvidia" = GB10, "cpu"). Fitted on the validation ledger (resources/knowledge/measurements);
# `model-strategy validate` prints how well they do. Examples of what the figures rest on:
#   llama.cpp reaches ~0.5 of HBM bandwidth (A100/H100 F16 and Q4_K_M) but 0.8-0.87 of GDDR (3090/4090/6000 Ada F16);
#   Apple Metal 0.75-0.85 with a large fixed cost per layer; GGUF k-quants add a per-layer dequantisation cost.
BANDWIDTH_EFFICIENCY: dict[tuple[str, str], float] = {
    ("vllm", "hbm"): 0.78, ("vllm", "gddr"): 0.80, ("vllm", "unified"): 0.70, ("vllm", "unified-nvidia"): 0.68,
    ("vllm", "cpu"): 0.55,
    ("trt-llm", "hbm"): 0.82, ("trt-llm", "gddr"): 0.82, ("trt-llm", "unified"): 0.70,
    ("trt-llm", "unified-nvidia"): 0.80, ("trt-llm", "cpu"): 0.55,
    ("llama.cpp", "hbm"): 0.50, ("llama.cpp", "gddr"): 0.84, ("llama.cpp", "unified"): 0.85,
    ("llama.cpp", "unified-nvidia"): 0.85, ("llama.cpp", "cpu"): 0.60,
    ("generic", "hbm"): 0.60, ("generic", "gddr"): 0.70, ("generic", "unified"): 0.65,
    ("generic", "unified-nvidia"): 0.70, ("generic", "cpu"): 0.55,
}
BANDWIDTH_EFFICIENCY_SOURCE = (
    "achieved share of peak bandwidth, calibrated on the validation ledger (e.g. llama.cpp F16: 0.81-0.87 of "
    "GDDR on RTX 3090/4090/6000 Ada, 0.42-0.54 of HBM on A100/H100; XiongjieDai GPU-Benchmarks-on-LLM-Inference)"
)
# Fixed time per layer and decode step (kernel launches, graph work, sampling), seconds.
STEP_OVERHEAD_PER_LAYER_S: dict[tuple[str, str], float] = {
    ("vllm", "hbm"): 12e-6, ("vllm", "gddr"): 12e-6, ("vllm", "unified"): 60e-6, ("vllm", "unified-nvidia"): 15e-6,
    ("vllm", "cpu"): 30e-6,
    ("trt-llm", "hbm"): 8e-6, ("trt-llm", "gddr"): 8e-6, ("trt-llm", "unified"): 60e-6,
    ("trt-llm", "unified-nvidia"): 10e-6, ("trt-llm", "cpu"): 30e-6,
    ("llama.cpp", "hbm"): 15e-6, ("llama.cpp", "gddr"): 10e-6, ("llama.cpp", "unified"): 180e-6,
    ("llama.cpp", "unified-nvidia"): 60e-6, ("llama.cpp", "cpu"): 30e-6,
    ("generic", "hbm"): 20e-6, ("generic", "gddr"): 20e-6, ("generic", "unified"): 120e-6,
    ("generic", "unified-nvidia"): 40e-6, ("generic", "cpu"): 40e-6,
}
# GGUF k-quants and legacy quants dequantise inside the matmul: an extra cost per layer on GPUs.
GGUF_DEQUANT_PER_LAYER_S: dict[str, float] = {"hbm": 20e-6, "gddr": 65e-6, "unified": 0.0, "unified-nvidia": 30e-6, "cpu": 0.0}
# Tensors a checkpoint keeps in BF16 are stored as Q8_0 in llama.cpp's GGUF conversions.
GGUF_KEPT_BITS = 8.5

# Model FLOPS utilisation in prefill: share of the dense tensor throughput in our catalog (for GeForce cards that
# is the FP32-accumulate rate, which llama.cpp's FP16-accumulate kernels exceed, hence values near 1 there).
PREFILL_MFU: dict[tuple[str, str], float] = {
    ("vllm", "hbm"): 0.50, ("vllm", "gddr"): 0.55, ("vllm", "unified"): 0.55, ("vllm", "unified-nvidia"): 0.50,
    ("vllm", "cpu"): 0.30,
    ("trt-llm", "hbm"): 0.60, ("trt-llm", "gddr"): 0.60, ("trt-llm", "unified"): 0.55,
    ("trt-llm", "unified-nvidia"): 0.55, ("trt-llm", "cpu"): 0.30,
    ("llama.cpp", "hbm"): 0.27, ("llama.cpp", "gddr"): 0.75, ("llama.cpp", "unified"): 0.65,
    ("llama.cpp", "unified-nvidia"): 0.30, ("llama.cpp", "cpu"): 0.30,
    ("generic", "hbm"): 0.35, ("generic", "gddr"): 0.45, ("generic", "unified"): 0.45,
    ("generic", "unified-nvidia"): 0.35, ("generic", "cpu"): 0.25,
}
# Mixture-of-experts matmuls are small and routed: prefill reaches a smaller share of peak.
MOE_PREFILL_EFFICIENCY = 0.6
MOE_DECODE_EFFICIENCY = 0.4  # large-batch MoE decode: grouped expert GEMMs and routing (TRT-LLM max-load runs)
DECODE_MFU = 0.35
KV_READ_EFFICIENCY = 0.6  # paged KV blocks are read at ~60 % of the rate of contiguous weights
MFU_SOURCE = (
    "calibrated on the validation ledger (llama.cpp pp512: RTX 4090 ≈ 114 TFLOPS effective, H100 PCIe ≈ 173, "
    "M2 Ultra ≈ 16; SGLang FP8 prefill on DGX Spark ≈ 128)"
)

# Two all-reduces per layer under tensor parallelism; latency grows with log2 of the ranks.
ALLREDUCE_LATENCY_S = {"nvlink": 8e-6, "pcie": 25e-6}
# Without a FLOPS figure (Apple, CPU), assume this many FLOPs per byte of bandwidth.
FALLBACK_FLOPS_PER_BYTE = 30.0

GB = 1e9
# Device memory as vendors state it ("80 GB" H100, "24 GB" RTX 4090, "64 GB" Mac) is binary: 80 GiB shows as
# 81,559 MiB in nvidia-smi. Our figures are GB = 10^9 bytes, so a vendor "GB" is 2^30 of our bytes.
VENDOR_GB = 2**30
