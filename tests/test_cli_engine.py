"""The engine's command-line contract: flags, JSON field names and exit codes are fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"






def test_license_check_json_contract(cli):
    data = cli.json("license-check", "meta-llama/Llama-4-Scout-17B-16E-Instruct", "--licensee-country", "DE",
                    "--commercial", "--internal", "--deployment", "self-hosted", "--mau", "1000",
                    "--group-mau-at-release", "1000", "--group-monthly-revenue-usd", "100000", "--multimodal",
                    "--use", "medical-advice", "--use", "employment-decisions")
    assert {"model", "license", "verdict", "obligations", "reasons"} <= set(data)
    assert data["verdict"] == "blocked" and data["license"] == "LicenseRef-Llama-4-Community"
    for reason in data["reasons"]:
        assert {"clause", "quote", "source"} <= set(reason)


def test_license_check_all_flags_parse(cli):
    data = cli.json("license-check", "meta-llama/Llama-3.1-8B-Instruct", "--non-commercial", "--customer-facing",
                    "--deployment", "third-party-service", "--hosted-service", "--fine-tune", "--redistribute-weights",
                    "--derived-model-name", "Llama-Acme", "--train-other-models")
    assert data["verdict"] in {"allowed", "allowed_with_obligations", "needs_review", "blocked"}


@pytest.mark.parametrize("argv,needle", [
    (["license-check", "meta-llama/Llama-3.3-70B-Instrct"], "not found"),
    (["license-check", "Qwen/Qwen3-8B", "--mau", "-5"], "negative"),
    (["license-check", "Qwen/Qwen3-8B", "--licensee-country", "Germany"], "licensee-country"),
    (["license-check", "Qwen/Qwen3-8B", "--use", "astrology"], "invalid choice"),
    (["size", "Qwen/Qwen3-8B", "--gpu", "h100-sxmm"], "not found"),
    (["size", "Qwen/Qwen3-8B", "--gpu", "h100-sxm", "--gpus", "0"], "gpus"),
    (["size", "Qwen/Qwen3-8B", "--gpu", "h100-sxm", "--context", "99999999999"], "context"),
    (["size", "Qwen/Qwen3-8B", "--gpu", "h100-sxm", "--precision", "int3"], "invalid choice"),
])
def test_bad_input_exits_2_with_a_message(cli, argv, needle):
    code, _, err = cli(*argv)
    assert code == 2
    assert needle in err and "Traceback" not in err


def test_unknown_model_suggests_close_matches(cli):
    _, _, err = cli("license-check", "meta-llama/Llama-3.3-70B-Instrct")
    assert "meta-llama/Llama-3.3-70B-Instruct" in err


def test_size_json_contract(cli):
    data = cli.json("size", "meta-llama/Llama-3.3-70B-Instruct", "--gpu", "h100-sxm", "--gpus", "2",
                    "--parallel", "tensor", "--precision", "fp8", "--kv-precision", "fp8", "--engine", "vllm",
                    "--context", "32768", "--concurrency", "8", "--prompt", "2000")
    assert {"fits", "memory", "max_concurrency_at_context", "decode_tokens_per_s", "aggregate_tokens_per_s",
            "prefill_tokens_per_s", "ttft_s", "error_band", "explain"} <= set(data)
    assert set(data["memory"]) == {"weights_gb", "kv_cache_gb", "overhead_gb", "total_gb", "usable_gb"}
    assert data["fits"] is True and data["memory"]["weights_gb"] == pytest.approx(70.6, rel=0.05)
    assert data["aggregate_tokens_per_s"] > data["decode_tokens_per_s"]


def test_size_explain_text(cli):
    code, out, _ = cli("size", "Qwen/Qwen3-8B", "--gpu", "rtx-4090", "--explain")
    assert code == 0 and "how each figure was made" in out and "source:" in out


def test_size_explain_json_has_formulas(cli):
    data = cli.json("size", "Qwen/Qwen3-8B", "--gpu", "rtx-4090", "--explain")
    assert all({"quantity", "formula", "result", "source"} <= set(step) for step in data["explain"])


def test_assess_sample(cli):
    data = cli.json("assess", str(SAMPLES / "de-manufacturing-sme.json"))
    assert data["use_cases"] and data["mix"] and data["total_monthly"] > 0
    assert data["knowledge_base_version"]


def test_assess_bad_files_exit_2(cli, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{ nope", encoding="utf-8")
    code, _, err = cli("assess", str(broken))
    assert code == 2 and "not valid JSON" in err
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"schema_version": 7}), encoding="utf-8")
    code, _, err = cli("assess", str(newer))
    assert code == 2 and "newer version" in err


def test_validate_json_contract(cli):
    data = cli.json("validate")
    assert {"points", "classes"} <= set(data)
    for point in data["points"]:
        assert {"id", "source", "hardware_class", "metric", "predicted", "measured", "error_pct"} <= set(point)
    for cls in data["classes"]:
        assert {"hardware_class", "points", "mape_pct", "mape_out_of_source_pct", "few_points"} <= set(cls)
    assert {"overall_mape_pct", "mape_out_of_source_pct"} <= set(data)
