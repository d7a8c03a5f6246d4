"""Serving many users at once: the mechanisms of a batched decode step, each checked on its own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.constants import ENGINES, KV_PRECISIONS, PRECISIONS, calibration, engine_runs_on
from desktop.engine.sizing import (
    SizingRequest,
    SpeedConstants,
    decode_weight_bytes,
    expected_experts_touched,
    size,
    speed_inputs,
    step_times,
    weight_bytes,
)


def _constants(engine: str, group: str) -> SpeedConstants:
    return SpeedConstants.from_tables(calibration(engine, group)[0])


def test_precision_and_engine_names_stay_importable():
    assert "fp8" in PRECISIONS and "fp8" in KV_PRECISIONS
    assert "mlx" in ENGINES and {"vllm", "trt-llm", "llama.cpp", "generic"} <= set(ENGINES)


def test_batch_is_capped_at_what_the_configuration_holds(catalog):
    model, gpu = catalog.model("meta-llama/Llama-3.3-70B-Instruct"), catalog.accelerator("h100-sxm")
    req = SizingRequest(precision="fp8", kv_precision="fp8", gpus=2, context=8192, prompt=1024)
    capacity = size(model, gpu, req).max_concurrency_at_context
    assert capacity > 1
    at_capacity = size(model, gpu, req.model_copy(update={"concurrency": capacity}))
    beyond = size(model, gpu, req.model_copy(update={"concurrency": capacity * 10}))
    assert beyond.aggregate_tokens_per_s == pytest.approx(at_capacity.aggregate_tokens_per_s)
    assert any("exceeds what fits" in w and f"{capacity:,}" in w for w in beyond.warnings)
    assert not any("exceeds what fits" in w for w in at_capacity.warnings)


@settings(max_examples=25, deadline=None)
@given(batch=st.integers(min_value=1, max_value=512))
def test_kv_read_adds_to_the_matmuls_even_when_compute_bound(catalog, batch):
    """Attention reads the cache in its own kernel: a longer context always costs step time."""
    model, gpu = catalog.model("meta-llama/Llama-3.1-8B-Instruct"), catalog.accelerator("h100-sxm")
    short = SizingRequest(precision="fp8", context=1024, prompt=512, concurrency=batch)
    long = short.model_copy(update={"context": 8192, "prompt": 4096})
    k = _constants("vllm", "hbm")
    t_short = step_times(speed_inputs(model, gpu, short, batch), k)
    t_long = step_times(speed_inputs(model, gpu, long, batch), k)
    assert float(t_long["step"]) - float(t_short["step"]) == pytest.approx(float(t_long["kv"]) - float(t_short["kv"]))
    assert float(t_long["kv"]) > float(t_short["kv"]) > 0


def test_all_reduce_grows_with_batch_and_hidden_size(catalog):
    gpu = catalog.accelerator("h100-sxm")
    k = _constants("vllm", "hbm")
    small, big = catalog.model("meta-llama/Llama-3.1-8B-Instruct"), catalog.model("meta-llama/Llama-3.1-70B-Instruct")
    req = SizingRequest(precision="fp8", gpus=4, context=2048, prompt=1024)
    comm = {b: float(step_times(speed_inputs(big, gpu, req, b), k)["comm"]) for b in (1, 64, 256)}
    assert comm[1] < comm[64] < comm[256]
    per_token_small = speed_inputs(small, gpu, req, 1).comm_bytes_per_token / small.architecture.layers
    per_token_big = speed_inputs(big, gpu, req, 1).comm_bytes_per_token / big.architecture.layers
    assert per_token_big / per_token_small == pytest.approx(big.architecture.hidden_size / small.architecture.hidden_size)
    one_gpu = speed_inputs(big, gpu, req.model_copy(update={"gpus": 1}), 64)
    assert one_gpu.comm_bytes_per_token == 0 and one_gpu.comm_latency_s == 0


def test_every_sequence_in_the_batch_costs_step_time(catalog):
    model, gpu = catalog.model("Qwen/Qwen3-8B"), catalog.accelerator("l40s")
    k = _constants("vllm", "gddr")
    req = SizingRequest(context=2048, prompt=1024)
    fixed = {b: float(step_times(speed_inputs(model, gpu, req, b), k)["fixed"]) for b in (1, 100)}
    assert fixed[100] - fixed[1] == pytest.approx(99 * k.sequence_overhead_s)
    results = [size(model, gpu, req.model_copy(update={"concurrency": b}), explain=False) for b in (1, 8, 64)]
    per_stream = [r.decode_tokens_per_s for r in results]
    assert per_stream == sorted(per_stream, reverse=True)  # each stream slows as the batch grows
    aggregate = [r.aggregate_tokens_per_s for r in results]
    assert aggregate == sorted(aggregate) and aggregate[2] < 64 * aggregate[0]


def test_bandwidth_efficiency_depends_on_engine_and_vendor():
    nvidia, amd = calibration("vllm", "hbm")[0], calibration("vllm", "hbm-amd")[0]
    assert nvidia.bandwidth_efficiency != amd.bandwidth_efficiency
    assert calibration("trt-llm", "hbm")[0] != calibration("vllm", "hbm")[0]
    for engine in ENGINES:
        for group in ("hbm", "hbm-amd", "gddr", "unified", "unified-nvidia", "cpu"):
            cal, source = calibration(engine, group)
            assert 0 < cal.bandwidth_efficiency <= 1.2 and source


def test_moe_reads_more_experts_as_the_batch_grows(catalog):
    moe = catalog.model("Qwen/Qwen3-30B-A3B")
    a = moe.architecture
    reads = [decode_weight_bytes(moe, "bf16", b) for b in (1, 4, 16, 64, 256, 4096)]
    assert reads == sorted(reads)
    assert reads[-1] == pytest.approx(decode_weight_bytes(moe, "bf16", 10**6), rel=1e-3)
    assert reads[-1] <= weight_bytes(moe, "bf16")
    for b in (1, 2, 10, 100):
        expected = a.experts * (1 - (1 - a.experts_per_token / a.experts) ** b)
        assert expected_experts_touched(a.experts, a.experts_per_token, b) == pytest.approx(expected)
    assert expected_experts_touched(a.experts, a.experts_per_token, 1) == pytest.approx(a.experts_per_token)


def test_a_checkpoint_record_says_which_tensors_stay_bf16(catalog):
    llama = catalog.model("meta-llama/Llama-3.1-405B-Instruct")
    kept = llama.architecture.kept_bf16_for("fp8")
    assert kept is not None and "attention" in kept.tensors
    meta = weight_bytes(llama, "fp8")
    full_fp8 = weight_bytes(llama, "fp8", checkpoint="nvidia/Llama-3.1-405B-Instruct-FP8")
    assert meta - full_fp8 == pytest.approx((kept.params_b - 4.2027) * 1e9, rel=0.01)
    # vLLM issue #6746: Meta's FP8 405B loads 8 x 57.75 GiB = 496 GB of weights.
    assert meta / 1e9 == pytest.approx(496.1, rel=0.03)
    assert llama.architecture.kept_bf16_for("int4") is None


def test_apple_devices_have_tflops_and_an_mlx_profile(catalog):
    macs = [g for g in catalog.records("gpus") if g.vendor == "apple"]
    assert macs and all(g.bf16_tflops for g in macs)
    assert engine_runs_on("mlx", "apple", "unified-memory") and not engine_runs_on("mlx", "nvidia", "datacenter-gpu")
    mac = catalog.accelerator("macbook-pro-m4-max-128gb")
    result = size(catalog.model("Qwen/Qwen3-30B-A3B"), mac, SizingRequest(precision="int4", engine="mlx"))
    assert result.fits and "mlx" not in " ".join(result.warnings)
    assert any("mlx" in s.source for s in result.explain if s.quantity == "decode time per step")


def test_moe_prefill_penalty_is_not_applied_on_apple_unified_memory(catalog):
    moe = catalog.model("Qwen/Qwen3-30B-A3B")
    mac, spark = catalog.accelerator("mac-studio-m4-max-128gb"), catalog.accelerator("dgx-spark")
    req = SizingRequest(precision="q8_0", engine="llama.cpp", context=4096, prompt=2048)
    k = _constants("llama.cpp", "unified")
    on_mac = speed_inputs(moe, mac, req, 1)
    assert on_mac.unified == 1 and speed_inputs(moe, spark, req, 1).unified == 0
    t = step_times(on_mac, k)
    dense_rate = on_mac.prefill_flops / (k.prefill_mfu * on_mac.flops)
    assert float(t["prefill"]) == pytest.approx(max(dense_rate, on_mac.prefill_w / (on_mac.bw * k.bandwidth_efficiency)))


@settings(max_examples=30, deadline=None)
@given(
    precision=st.sampled_from(PRECISIONS),
    concurrency=st.integers(min_value=1, max_value=4096),
    gpus=st.sampled_from([1, 2, 4, 8]),
    engine=st.sampled_from(["vllm", "trt-llm", "llama.cpp", "generic"]),
)
def test_serving_never_beats_decode_alone_and_speeds_stay_positive(catalog, precision, concurrency, gpus, engine):
    model, gpu = catalog.model("Qwen/Qwen3-235B-A22B"), catalog.accelerator("h200")
    req = SizingRequest(precision=precision, gpus=gpus, engine=engine, context=4096, prompt=1024, concurrency=concurrency)
    r = size(model, gpu, req, explain=False)
    assert r.decode_tokens_per_s > 0 and r.prefill_tokens_per_s > 0 and r.ttft_s > 0
    assert r.serving_tokens_per_s <= r.aggregate_tokens_per_s * (1 + 1e-6)


@settings(max_examples=30, deadline=None)
@given(
    model_id=st.sampled_from(["Qwen/Qwen3-30B-A3B", "meta-llama/Llama-3.1-8B-Instruct", "openai/gpt-oss-120b"]),
    gpu_id=st.sampled_from(["h100-sxm", "mi300x", "rtx-4090", "mac-studio-m3-ultra-512gb", "dgx-spark"]),
    low=st.integers(min_value=1, max_value=2000),
    extra=st.integers(min_value=0, max_value=2000),
)
def test_more_users_never_lower_total_throughput(catalog, model_id, gpu_id, low, extra):
    """Batching amortises the weight reads: the total rate grows with the batch until the cache is full, then
    stays flat (the extra requests queue)."""
    model, gpu = catalog.model(model_id), catalog.accelerator(gpu_id)
    engine = "vllm" if gpu.vendor in ("nvidia", "amd") and gpu.kind != "unified-memory" else "llama.cpp"
    req = SizingRequest(precision="q4_k_m" if engine == "llama.cpp" else "fp8", engine=engine, context=2048, prompt=512)
    a = size(model, gpu, req.model_copy(update={"concurrency": low}), explain=False)
    b = size(model, gpu, req.model_copy(update={"concurrency": low + extra}), explain=False)
    assert b.aggregate_tokens_per_s >= a.aggregate_tokens_per_s * (1 - 1e-9)
    assert b.decode_tokens_per_s <= a.decode_tokens_per_s * (1 + 1e-9)
