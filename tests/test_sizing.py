"""The sizing engine against what public calculators get wrong, and its properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.constants import PRECISIONS
from desktop.engine.sizing import (
    SizingRequest,
    decode_weight_bytes,
    expected_experts_touched,
    kv_bytes_per_sequence,
    kv_bytes_per_token_layers,
    size,
    weight_bytes,
)


def test_gqa_kv_matches_vllm_log(catalog):
    # vLLM issue #10517: Llama-3.1-8B BF16, 3.81 GiB KV cache = 31,232 tokens -> 128 KiB per token.
    model = catalog.model("meta-llama/Llama-3.1-8B-Instruct")
    per_token = kv_bytes_per_sequence(model, "bf16", 1)
    assert per_token == 131072
    assert abs(3.81 * 2**30 / per_token - 31232) < 50


def test_head_dim_comes_from_config_not_hidden_over_heads(catalog):
    gemma = catalog.model("google/gemma-3-27b-it")
    a = gemma.architecture
    assert a.head_dim != a.hidden_size // a.attention_heads
    assert kv_bytes_per_token_layers(gemma, "bf16") == 2 * a.kv_heads * a.head_dim * 2


def test_mla_kv_is_the_compressed_latent(catalog):
    r1 = catalog.model("deepseek-ai/DeepSeek-R1")
    # 61 layers x (512 latent + 64 rope) x 2 bytes = 70,272 bytes per token in BF16
    assert kv_bytes_per_sequence(r1, "bf16", 1) == 61 * 576 * 2
    assert kv_bytes_per_sequence(r1, "fp8", 1) == 61 * 576


def test_sliding_and_chunked_layers_cap_their_cache(catalog):
    oss = catalog.model("openai/gpt-oss-120b")
    a = oss.architecture
    assert a.sliding_window_layers and a.sliding_window == 128
    long, short = kv_bytes_per_sequence(oss, "bf16", 100_000), kv_bytes_per_sequence(oss, "bf16", 10_000)
    full_layers = a.layers - a.sliding_window_layers
    per_layer = kv_bytes_per_token_layers(oss, "bf16")
    assert long - short == pytest.approx(full_layers * per_layer * 90_000)
    scout = catalog.model("meta-llama/Llama-4-Scout-17B-16E-Instruct")
    assert scout.architecture.chunked_layers and scout.architecture.chunked_attention == 8192
    grow = kv_bytes_per_sequence(scout, "bf16", 200_000) - kv_bytes_per_sequence(scout, "bf16", 100_000)
    global_layers = scout.architecture.layers - scout.architecture.chunked_layers
    assert grow == pytest.approx(global_layers * kv_bytes_per_token_layers(scout, "bf16") * 100_000)


def test_moe_fit_counts_all_experts_decode_reads_active(catalog):
    moe = catalog.model("Qwen/Qwen3-30B-A3B")
    total = weight_bytes(moe, "bf16")
    assert total / 1e9 == pytest.approx(moe.architecture.params_total_b * 2, rel=0.01)
    one = decode_weight_bytes(moe, "bf16", 1)
    assert one < total * 0.25  # ~3B of 30B active
    many = decode_weight_bytes(moe, "bf16", 256)
    assert one < many <= total
    assert expected_experts_touched(128, 8, 1) == pytest.approx(8)
    assert expected_experts_touched(128, 8, 1000) == pytest.approx(128, rel=1e-3)


def test_quantised_checkpoints_keep_bf16_tensors(catalog):
    oss = catalog.model("openai/gpt-oss-120b")
    w = weight_bytes(oss, "mxfp4")
    naive = oss.architecture.params_total_b * 1e9 * 4.25 / 8
    assert w > naive  # attention, router and embeddings stay BF16
    assert 60e9 < w < 70e9  # the published checkpoint is about 65 GB
    llama = catalog.model("meta-llama/Llama-3.1-8B-Instruct")
    emb = llama.architecture.vocab_size * llama.architecture.hidden_size
    assert weight_bytes(llama, "int4") > (llama.architecture.params_total_b * 1e9 - 2 * emb) * 4.156 / 8 + 2 * emb * 2 - 1


def test_apple_unified_memory_is_not_all_usable(catalog):
    mac = catalog.accelerator("macbook-pro-m3-max-64gb")
    result = size(catalog.model("meta-llama/Llama-3.3-70B-Instruct"), mac, SizingRequest(precision="q4_k_m", engine="llama.cpp"))
    assert result.memory.usable_gb < 64 * 2**30 / 1e9 * 0.8  # 64 GiB, of which the GPU gets about 3/4
    assert result.fits and result.memory.weights_gb > 40  # 70B Q4_K_M runs on a 64 GB Mac
    long = size(catalog.model("meta-llama/Llama-3.3-70B-Instruct"), mac,
                SizingRequest(precision="q4_k_m", engine="llama.cpp", context=65536))
    assert not long.fits  # but not with 64k tokens of KV cache on top


def test_tensor_parallel_speeds_decode_layer_split_does_not(catalog):
    model, gpu = catalog.model("meta-llama/Llama-3.3-70B-Instruct"), catalog.accelerator("h100-sxm")
    one_req = SizingRequest(precision="fp8", gpus=1)
    tp = size(model, gpu, one_req.model_copy(update={"gpus": 2, "parallel": "tensor"}))
    layers = size(model, gpu, one_req.model_copy(update={"gpus": 2, "parallel": "layers"}))
    single = size(model, gpu, one_req)
    assert tp.decode_tokens_per_s > 1.4 * single.decode_tokens_per_s
    assert layers.decode_tokens_per_s <= single.decode_tokens_per_s
    assert layers.memory.usable_gb == pytest.approx(2 * single.memory.usable_gb, abs=0.01)


def test_vendor_gb_are_binary(catalog):
    h100 = catalog.accelerator("h100-sxm")
    result = size(catalog.model("Qwen/Qwen3-8B"), h100, SizingRequest())
    assert result.memory.usable_gb == pytest.approx(80 * 2**30 / 1e9 * 0.92, rel=1e-3)  # 81,920 MiB × 0.92


def test_tensor_parallel_with_indivisible_heads_uses_the_busiest_rank(catalog):
    model, gpu = catalog.model("meta-llama/Llama-3.3-70B-Instruct"), catalog.accelerator("h100-sxm")
    three = size(model, gpu, SizingRequest(gpus=3, context=32768))
    four = size(model, gpu, SizingRequest(gpus=4, context=32768))
    assert three.memory_per_device.kv_cache_gb > four.memory_per_device.kv_cache_gb  # ceil(8/3)=3 of 8 heads


def test_cpu_only_runs_on_ddr_bandwidth(catalog):
    cpu = catalog.accelerator("cpu-ddr5-6400-2ch")
    result = size(catalog.model("meta-llama/Llama-3.1-8B-Instruct"), cpu, SizingRequest(precision="q4_k_m", engine="llama.cpp", context=2048))
    assert result.fits
    assert 3 < result.decode_tokens_per_s < 25  # ~4.9 GB over ~100 GB/s


def test_explain_cites_numbers_and_sources(catalog):
    result = size(catalog.model("Qwen/Qwen3-8B"), catalog.accelerator("l40s"), SizingRequest())
    quantities = {s.quantity for s in result.explain}
    assert {"weights", "KV cache per sequence", "usable memory per device", "decode time per step", "prefill"} <= quantities
    weights = next(s for s in result.explain if s.quantity == "weights")
    assert "B params" in weights.formula and weights.source


def test_unfitting_and_long_context_warn(catalog):
    result = size(catalog.model("deepseek-ai/DeepSeek-R1"), catalog.accelerator("rtx-4090"), SizingRequest(context=500_000))
    assert not result.fits and result.warnings
    assert any("native" in w for w in result.warnings)


@settings(max_examples=60, deadline=None)
@given(
    precision=st.sampled_from(PRECISIONS),
    context=st.integers(min_value=256, max_value=262_144),
    concurrency=st.integers(min_value=1, max_value=64),
    extra=st.floats(min_value=1.0, max_value=8.0),
)
def test_more_memory_never_turns_fit_into_no_fit(catalog, precision, context, concurrency, extra):
    model, gpu = catalog.model("Qwen/Qwen3-32B"), catalog.accelerator("l40s")
    req = SizingRequest(precision=precision, context=context, concurrency=concurrency, prompt=min(1024, context))
    bigger = gpu.model_copy(update={"memory_gb": gpu.memory_gb * extra})
    small, large = size(model, gpu, req, explain=False), size(model, bigger, req, explain=False)
    if small.fits:
        assert large.fits
    assert large.max_concurrency_at_context >= small.max_concurrency_at_context


def test_every_catalog_model_sizes_without_error(catalog):
    gpu = catalog.accelerator("h200")
    for model in catalog.records("models"):
        result = size(model, gpu, SizingRequest(precision="fp8", gpus=8, context=4096), explain=False)
        assert result.memory.weights_gb > 0 and result.decode_tokens_per_s > 0, model.id
