"""The bundled knowledge sources: valid, sourced, dated, cross-referenced and complete enough."""

from __future__ import annotations

import pytest

from desktop.domain import USE_CATEGORIES, License, Model
from desktop.knowledge.sources import KNOWLEDGE_DIR, load_sources

MINIMUMS = {"licenses": 18, "models": 40, "gpus": 40, "apis": 20, "clouds": 5}

REQUIRED_LICENSES = [
    "LicenseRef-Llama-4-Community",
    "LicenseRef-Llama-3.3-Community",
    "LicenseRef-Llama-3.2-Community",
    "LicenseRef-Llama-3.1-Community",
    "LicenseRef-Llama-3-Community",
    "LicenseRef-Llama-2-Community",
    "Apache-2.0",
    "MIT",
    "LicenseRef-DeepSeek-License-1.0",
    "LicenseRef-Qwen-License-2024",
    "LicenseRef-Tongyi-Qianwen-2023",
    "LicenseRef-Qwen-Research-2024",
    "LicenseRef-Mistral-Research-License-0.1",
    "LicenseRef-Mistral-Non-Production-License-0.1",
    "LicenseRef-Mistral-Modified-MIT",
    "LicenseRef-Gemma-Terms-of-Use",
    "CC-BY-NC-4.0",
    "LicenseRef-BigScience-RAIL-1.0",
    "LicenseRef-NVIDIA-Open-Model-License",
    "LicenseRef-Falcon-180B-TII-1.0",
    "LicenseRef-TII-Falcon-2.0",
]

REQUIRED_GPUS = (
    "h100-sxm h100-pcie h100-nvl h200 b200 a100-80gb a100-40gb l40s l4 a10 t4 rtx-3090 rtx-4090 rtx-5090 "
    "rtx-6000-ada rtx-pro-6000 mi300x mi325x dgx-spark mac-studio-m3-ultra-512gb mac-studio-m2-ultra-192gb "
    "macbook-pro-m3-max-64gb macbook-pro-m4-max-128gb mac-mini-m4-pro-24gb cpu-ddr5-6400-2ch"
).split()

REQUIRED_MODELS = [
    "meta-llama/Llama-4-Scout-17B-16E-Instruct",
    "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
    "meta-llama/Llama-3.3-70B-Instruct",
    "meta-llama/Llama-3.2-3B-Instruct",
    "meta-llama/Llama-3.2-11B-Vision-Instruct",
    "meta-llama/Llama-3.1-8B-Instruct",
    "meta-llama/Llama-3.1-405B-Instruct",
    "meta-llama/Meta-Llama-3-8B-Instruct",
    "Qwen/Qwen3-0.6B",
    "Qwen/Qwen3-32B",
    "Qwen/Qwen3-30B-A3B",
    "Qwen/Qwen3-235B-A22B",
    "Qwen/Qwen2.5-72B-Instruct",
    "Qwen/Qwen2.5-3B-Instruct",
    "deepseek-ai/DeepSeek-R1",
    "deepseek-ai/DeepSeek-V3",
    "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
    "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
    "mistralai/Mistral-Small-3.2-24B-Instruct-2506",
    "mistralai/Mistral-Small-Instruct-2409",
    "mistralai/Mixtral-8x7B-Instruct-v0.1",
    "mistralai/Mixtral-8x22B-Instruct-v0.1",
    "mistralai/Mistral-Large-Instruct-2407",
    "mistralai/Codestral-22B-v0.1",
    "google/gemma-3-1b-it",
    "google/gemma-3-27b-it",
    "microsoft/phi-4",
    "openai/gpt-oss-20b",
    "openai/gpt-oss-120b",
]


@pytest.fixture(scope="module")
def sources():
    return load_sources(KNOWLEDGE_DIR)


def test_every_source_file_validates(sources):
    assert sources.files, "no knowledge source files found"


@pytest.mark.parametrize("kind,minimum", sorted(MINIMUMS.items()))
def test_minimum_counts(sources, kind, minimum):
    assert len(sources.of(kind)) >= minimum


def test_every_record_has_source_and_date(sources):
    for kind, records in sources.records.items():
        for record in records:
            assert record.sources and all(s.startswith("http") for s in record.sources), (kind, record.id)
            assert record.as_of.year >= 2023, (kind, record.id)


def test_required_licenses_present(sources):
    ids = {r.id for r in sources.of("licenses")}
    assert not [lic for lic in REQUIRED_LICENSES if lic not in ids]


def test_required_gpus_present(sources):
    ids = {r.id for r in sources.of("gpus")}
    assert not [g for g in REQUIRED_GPUS if g not in ids]


def test_required_models_present(sources):
    ids = {r.id.lower() for r in sources.of("models")} | {
        a.lower() for m in sources.of("models") for a in m.aliases
    }
    assert not [m for m in REQUIRED_MODELS if m.lower() not in ids]


def test_models_reference_known_licenses(sources):
    licenses = {r.id for r in sources.of("licenses")}
    for model in sources.of("models"):
        assert isinstance(model, Model)
        unknown = [lic for lic in model.license_ids if lic not in licenses]
        assert not unknown, f"{model.id} names unknown license(s) {unknown}"


def test_base_models_and_offerings_reference_catalog(sources):
    models = {r.id for r in sources.of("models")}
    gpus = {r.id for r in sources.of("gpus")}
    for cloud in sources.of("clouds"):
        assert cloud.accelerator_id in gpus, f"cloud {cloud.id} names unknown accelerator {cloud.accelerator_id}"
    for api in sources.of("apis"):
        if api.open_weight_model:
            assert api.open_weight_model in models, f"api {api.id} names unknown model {api.open_weight_model}"
    for m in sources.of("measurements"):
        assert m.model in models and m.accelerator_id in gpus, m.id


def test_obligation_ids_unique_and_categories_known(sources):
    seen = set()
    for lic in sources.of("licenses"):
        assert isinstance(lic, License)
        for ob in lic.obligations:
            assert ob.id not in seen, f"duplicate obligation id {ob.id}"
            seen.add(ob.id)
        for restriction in lic.use_restrictions:
            assert restriction.category in USE_CATEGORIES


def test_llama4_eu_multimodal_clause_is_data(sources):
    llama4 = next(r for r in sources.of("licenses") if r.id == "LicenseRef-Llama-4-Community")
    assert any(g.region == "EU" and g.multimodal_only and g.end_user_exception for g in llama4.geographic)
    assert any(t.limit == 700_000_000 and t.scope == "group" for t in llama4.user_thresholds)
    assert any(o.kind == "naming" and o.name_prefix == "Llama" for o in llama4.obligations)


def test_non_commercial_licenses_say_so(sources):
    by_id = {r.id: r for r in sources.of("licenses")}
    for lic_id in ("CC-BY-NC-4.0", "LicenseRef-Qwen-Research-2024", "LicenseRef-Mistral-Research-License-0.1",
                   "LicenseRef-Mistral-Non-Production-License-0.1"):
        assert by_id[lic_id].commercial.scope != "any" or not by_id[lic_id].commercial.allowed, lic_id


def test_apple_machines_have_gpu_share(sources):
    for gpu in sources.of("gpus"):
        if gpu.vendor == "apple":
            assert 0.5 <= gpu.gpu_usable_share < 1.0, gpu.id
