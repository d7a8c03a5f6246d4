"""Constants the sizing engine uses, each with where it comes from, so `--explain` can cite it.

The speed constants (efficiencies and overheads per serving engine x hardware group) are fitted on the validation
ledger in resources/knowledge/measurements by scripts/fit_sizing.py; `model-strategy validate` prints how well they
do, in sample and with each source left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The vocabulary is the domain's (one definition); the sizing engine re-exports it.
from desktop.domain.vocabulary import ENGINES, KV_PRECISIONS, PRECISIONS, Precision  # noqa: E402, F401


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
    "mlx": EngineProfile(
        "mlx", 1.0, 0.3, 0.0, 2048, 0.0,
        "no fraction: weights + KV + activations for a 2,048-token prefill step inside Metal's working set",
        "mlx-lm generate: prefill_step_size 2048; Metal recommendedMaxWorkingSetSize bounds the GPU's share",
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
    if engine == "mlx":
        return vendor == "apple"
    return True


# -- calibration -----------------------------------------------------------------------------------
# The decode step is modelled from its mechanisms (sizing.step_times): the weight matmuls (a roofline of reading
# the weights and doing 2 FLOPs per active parameter and token), the attention kernel reading the KV cache (a
# separate kernel, so its time adds), the tensor-parallel all-reduces (latency plus bytes that grow with
# batch x hidden size), a fixed cost per layer (kernel launches) and a cost per sequence in the batch (scheduler,
# sampling, detokenisation). Five constants per serving engine x hardware group, and four global ones, are fitted
# on the validation ledger (resources/knowledge/measurements) by scripts/fit_sizing.py; `model-strategy validate`
# shows how well they do in sample and with each source left out.
#
# Hardware groups: "hbm" (NVIDIA data-centre GPUs), "hbm-amd" (Instinct), "gddr" (GeForce / RTX workstation),
# "unified" (Apple; AMD Strix Halo falls back to it), "unified-nvidia" (GB10 / DGX Spark), "cpu".
CALIBRATION_GROUPS = ("hbm", "hbm-amd", "gddr", "unified", "unified-nvidia", "cpu")


@dataclass(frozen=True)
class Calibration:
    bandwidth_efficiency: float  # achieved share of peak memory bandwidth when streaming weights
    kv_read_efficiency: float  # the attention kernel's rate of reading the KV cache, relative to the weights'
    matmul_efficiency: float  # share of peak tensor FLOPS the decode matmuls reach when compute-bound
    prefill_mfu: float  # share of peak tensor FLOPS in prefill (for GeForce: of the FP32-accumulate rate)
    layer_overhead_s: float  # fixed time per layer and step (kernel launches, graph replay)
    sequence_overhead_s: float  # time per sequence in the batch and step (scheduling, sampling, detokenising)
    link_efficiency: float  # share of the device link's nominal rate the all-reduces reach


def _c(
    eta: float, mm: float, pf: float, layer_us: float, seq_us: float, kv: float = 0.6, link: float = 0.5
) -> Calibration:
    return Calibration(eta, kv, mm, pf, layer_us * 1e-6, seq_us * 1e-6, link)


# Starting values (the priors of the fit, and the answer where the ledger has no point of the group): the
# hand-calibrated figures of the previous model, e.g. llama.cpp reaches ~0.5 of HBM bandwidth (A100/H100 F16) but
# 0.8-0.87 of GDDR (3090/4090/6000 Ada); Apple Metal 0.75-0.85 with a large fixed cost per layer.
PRIORS: dict[tuple[str, str], Calibration] = {
    ("vllm", "hbm"): _c(0.78, 0.50, 0.50, 12, 20), ("vllm", "hbm-amd"): _c(0.65, 0.40, 0.40, 15, 30),
    ("vllm", "gddr"): _c(0.80, 0.50, 0.55, 12, 20), ("vllm", "unified"): _c(0.70, 0.40, 0.55, 60, 30),
    ("vllm", "unified-nvidia"): _c(0.68, 0.40, 0.50, 15, 30), ("vllm", "cpu"): _c(0.55, 0.30, 0.30, 30, 50),
    ("trt-llm", "hbm"): _c(0.82, 0.55, 0.60, 8, 10), ("trt-llm", "hbm-amd"): _c(0.70, 0.45, 0.50, 10, 15),
    ("trt-llm", "gddr"): _c(0.82, 0.55, 0.60, 8, 10), ("trt-llm", "unified"): _c(0.70, 0.45, 0.55, 60, 15),
    ("trt-llm", "unified-nvidia"): _c(0.80, 0.50, 0.55, 10, 10), ("trt-llm", "cpu"): _c(0.55, 0.30, 0.30, 30, 50),
    ("llama.cpp", "hbm"): _c(0.50, 0.27, 0.27, 15, 200), ("llama.cpp", "hbm-amd"): _c(0.45, 0.25, 0.25, 20, 200),
    ("llama.cpp", "gddr"): _c(0.84, 0.60, 0.75, 10, 200), ("llama.cpp", "unified"): _c(0.85, 0.60, 0.65, 180, 200),
    ("llama.cpp", "unified-nvidia"): _c(0.85, 0.30, 0.30, 60, 200), ("llama.cpp", "cpu"): _c(0.60, 0.30, 0.30, 30, 200),
    ("mlx", "unified"): _c(0.80, 0.70, 0.70, 60, 100),
    ("generic", "hbm"): _c(0.60, 0.35, 0.35, 20, 50), ("generic", "hbm-amd"): _c(0.55, 0.30, 0.30, 20, 50),
    ("generic", "gddr"): _c(0.70, 0.45, 0.45, 20, 50), ("generic", "unified"): _c(0.65, 0.45, 0.45, 120, 50),
    ("generic", "unified-nvidia"): _c(0.70, 0.35, 0.35, 40, 50), ("generic", "cpu"): _c(0.55, 0.25, 0.25, 40, 50),
}
# KV blocks are read at a lower share of bandwidth than contiguous weights (paged attention; prior 0.6).
# Global constants and their priors: block-scaled FP4 GEMMs reach a smaller share of their (doubled) peak than
# FP8 ones; MoE grouped GEMMs reach a smaller share of peak than dense ones (decode and prefill; the
# prefill penalty is not applied on Apple unified memory, where MLX and llama.cpp run MoE prefill near dense speed).
GLOBAL_PRIORS: dict[str, float] = {
    "moe_matmul_efficiency": 0.4, "moe_prefill_efficiency": 0.6, "fp4_matmul_efficiency": 0.7,
}
PRIOR_SPREAD = 1.0  # log-normal spread of the priors: how far the fit may move a constant without much evidence
# Overheads are known a priori only to an order of magnitude (efficiencies are bounded by 1): a wider spread.
OVERHEAD_PRIOR_SPREAD = 3.0

# Written by scripts/fit_sizing.py (do not edit by hand): the fitted constants and the ledger sources they rest on.
FITTED: dict[tuple[str, str], Calibration] = {
    ('generic', 'gddr'): Calibration(0.5861, 0.5981, 0.45, 0.4551, 2.654e-05, 5.115e-05, 0.5),
    ('generic', 'hbm'): Calibration(0.6458, 0.6, 0.35, 0.35, 1.844e-05, 4.966e-05, 0.5),
    ('generic', 'unified-nvidia'): Calibration(0.7113, 0.6002, 0.35, 0.35, 3.972e-05, 4.998e-05, 0.5),
    ('llama.cpp', 'cpu'): Calibration(0.563, 0.5993, 0.3, 0.3, 3.028e-05, 0.0002004, 0.5),
    ('llama.cpp', 'gddr'): Calibration(0.8438, 0.6001, 0.6, 0.7836, 9.987e-06, 0.0002006, 0.5),
    ('llama.cpp', 'hbm'): Calibration(0.537, 0.5998, 0.27, 0.2687, 1.555e-05, 0.0002052, 0.5),
    ('llama.cpp', 'unified'): Calibration(0.8726, 0.6001, 0.6, 0.606, 0.0002049, 0.0002003, 0.5),
    ('llama.cpp', 'unified-nvidia'): Calibration(0.9661, 0.5935, 0.3, 0.297, 6.681e-05, 0.0002062, 0.5),
    ('mlx', 'unified'): Calibration(0.8, 0.6, 0.7, 0.6842, 6e-05, 0.0001, 0.5),
    ('trt-llm', 'gddr'): Calibration(0.9819, 0.7302, 0.5795, 0.6588, 7.968e-06, 5.592e-06, 0.8097),
    ('trt-llm', 'hbm'): Calibration(0.6391, 0.9265, 0.5689, 0.675, 9.277e-06, 5.688e-06, 0.4272),
    ('vllm', 'hbm-amd'): Calibration(0.57, 0.6399, 0.3769, 0.3452, 2.059e-05, 8.382e-05, 0.4464),
    ('vllm', 'unified-nvidia'): Calibration(0.6979, 0.6345, 0.4, 0.5108, 1.506e-05, 2.973e-05, 0.5),
}
FIT_SOURCES: dict[tuple[str, str], str] = {
    ('generic', 'gddr'): 'fitted on 3 ledger points from https://github.com/lm-sys/lm-sys.github.io/blob/304936053ec495e26d7b83f0ceb85e9a0787ba14/blog/2025-10-13-nvidia-dgx-spark.md',
    ('generic', 'hbm'): 'fitted on 3 ledger points from https://github.com/meta-pytorch/gpt-fast/blob/5b78df61e136de4c8c4ac03baf937f3159240a01/mixtral-moe/README.md',
    ('generic', 'unified-nvidia'): 'fitted on 1 ledger points from https://github.com/lm-sys/lm-sys.github.io/blob/304936053ec495e26d7b83f0ceb85e9a0787ba14/blog/2025-10-13-nvidia-dgx-spark.md',
    ('llama.cpp', 'cpu'): 'fitted on 2 ledger points from https://github.com/geerlingguy/ai-benchmarks/issues/33',
    ('llama.cpp', 'gddr'): 'fitted on 12 ledger points from https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/aa72e0ec86c356c41f8281c9733e9a13c3675800/README.md; https://github.com/geerlingguy/ai-benchmarks/blob/bdf94413f5f273c985c164ac0abfafa312c4390f/README.md',
    ('llama.cpp', 'hbm'): 'fitted on 7 ledger points from https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/aa72e0ec86c356c41f8281c9733e9a13c3675800/README.md',
    ('llama.cpp', 'unified'): 'fitted on 11 ledger points from https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/aa72e0ec86c356c41f8281c9733e9a13c3675800/README.md; https://github.com/geerlingguy/ai-benchmarks/blob/bdf94413f5f273c985c164ac0abfafa312c4390f/README.md; https://github.com/geerlingguy/beowulf-ai-cluster/issues/17',
    ('llama.cpp', 'unified-nvidia'): 'fitted on 14 ledger points from https://github.com/geerlingguy/ai-benchmarks/blob/bdf94413f5f273c985c164ac0abfafa312c4390f/README.md; https://github.com/ggml-org/llama.cpp/blob/4c7e9893c4ca8eec35d032726d14b74fae76cff8/benches/dgx-spark.md',
    ('mlx', 'unified'): 'fitted on 2 ledger points from https://github.com/ml-explore/mlx-lm/pull/406',
    ('trt-llm', 'gddr'): 'fitted on 10 ledger points from https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/source/performance/perf-overview.md; https://github.com/NVIDIA/TensorRT-LLM/blob/03e27c7d5ff0c6e89f8328838c0a8e64f1b34f9d/docs/source/developer-guide/perf-overview.md',
    ('trt-llm', 'hbm'): 'fitted on 78 ledger points from https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance.md; https://github.com/NVIDIA/TensorRT-LLM/blob/00f37686aa854010d68bcbd0f4ab000221541ca6/docs/source/performance/perf-overview.md; https://github.com/NVIDIA/TensorRT-LLM/blob/03e27c7d5ff0c6e89f8328838c0a8e64f1b34f9d/docs/source/developer-guide/perf-overview.md',
    ('vllm', 'hbm-amd'): 'fitted on 40 ledger points from https://blogs.oracle.com/cloud-infrastructure/post/serving-llama-31-405b-model-with-amd-mi300x-gpus; https://github.com/ROCm/vllm/blob/040de12d45c16d6de6ad386cc57dd68b8c5b805e/docs/dev-docker/README.md; https://github.com/vllm-project/vllm/blob/0f2300e3d831de673f4b2aef96aff2d38c499263/docs/dev-docker/README.md',
    ('vllm', 'unified-nvidia'): 'fitted on 4 ledger points from https://github.com/lm-sys/lm-sys.github.io/blob/304936053ec495e26d7b83f0ceb85e9a0787ba14/blog/2025-10-13-nvidia-dgx-spark.md',
}
GLOBAL_FITTED: dict[str, float] = {'moe_matmul_efficiency': 0.4436, 'moe_prefill_efficiency': 0.6538, 'fp4_matmul_efficiency': 0.5712}

# Two all-reduces per layer under tensor parallelism; each costs a latency that grows with log2 of the ranks,
# plus 2(n-1)/n of the batch's activations (batch x hidden x 2 bytes) over the link (ring all-reduce; NCCL docs,
# "Performance: bus bandwidth").
ALLREDUCE_LATENCY_S = {"nvlink": 8e-6, "pcie": 25e-6}
PCIE_GBS = 32.0  # PCIe 4.0 x16 per direction, for GPUs without a device link
# GGUF k-quants and legacy quants dequantise inside the matmul: an extra cost per layer on GPUs.
GGUF_DEQUANT_PER_LAYER_S: dict[str, float] = {"hbm": 20e-6, "gddr": 65e-6, "unified": 0.0, "unified-nvidia": 30e-6, "cpu": 0.0}
# Tensors a checkpoint keeps in BF16 are stored as Q8_0 in llama.cpp's GGUF conversions.
GGUF_KEPT_BITS = 8.5
# Without a FLOPS figure (CPU), assume this many FLOPs per byte of bandwidth.
FALLBACK_FLOPS_PER_BYTE = 30.0
MOE_EXPERTS_SOURCE = (
    "expected distinct experts when each of B tokens picks k of E: one token misses an expert with probability "
    "1-k/E, all B miss it with (1-k/E)^B, so E(1-(1-k/E)^B) are read (independent uniform routing; skewed real "
    "routers read somewhat fewer)"
)


def calibration_group(vendor: str, kind: str, memory_type: str) -> str:
    if kind == "cpu":
        return "cpu"
    if kind == "unified-memory":
        return "unified-nvidia" if vendor == "nvidia" else "unified"
    if "HBM" in memory_type.upper():
        return "hbm-amd" if vendor == "amd" else "hbm"
    return "gddr"


def _base(group: str) -> str:
    return {"hbm-amd": "hbm"}.get(group, group)


def calibration_key(engine: str, group: str) -> tuple[str, str]:
    """The table row that answers for this engine and hardware group (the nearest one that exists)."""
    for key in ((engine, group), (engine, _base(group)), ("generic", group), ("generic", _base(group))):
        if key in PRIORS:
            return key
    return ("generic", "gddr")


def calibration(engine: str, group: str) -> tuple[Calibration, str]:
    """The constants for this engine on this hardware group, and where they come from."""
    key = calibration_key(engine, group)
    if key in FITTED:
        return FITTED[key], FIT_SOURCES.get(key, "fitted on the validation ledger")
    return PRIORS[key], "prior (no ledger point of this engine and hardware group): " + "/".join(key)


def global_constant(name: str) -> float:
    return GLOBAL_FITTED.get(name, GLOBAL_PRIORS[name])

GB = 1e9
# Device memory as vendors state it ("80 GB" H100, "24 GB" RTX 4090, "64 GB" Mac) is binary: 80 GiB shows as
# 81,559 MiB in nvidia-smi. Our figures are GB = 10^9 bytes, so a vendor "GB" is 2^30 of our bytes.
VENDOR_GB = 2**30
