"""Scenarios per license family, read off the license texts (each names its deciding clause).

Defaults: licensee DE, commercial, internal, self-hosted. Each row is run through the CLI contract.
"""

from __future__ import annotations

import json

import pytest

from desktop.cli import main

A, AO, NR, B = "allowed", "allowed_with_obligations", "needs_review", "blocked"
SCOUT = "meta-llama/Llama-4-Scout-17B-16E-Instruct"
SCENARIOS = [
    # Llama 4: AUP final paragraph (EU multimodal) with its end-user exception; §1.b.i naming
    (SCOUT, "--licensee-country DE --internal", B),
    (SCOUT, "--licensee-country DE --deployment third-party-service", A),
    ("meta-llama/Llama-4-Maverick-17B-128E-Instruct", "--licensee-country CH --customer-facing", AO),
    (SCOUT, "--licensee-country US --fine-tune --redistribute-weights --derived-model-name AcmeChat", B),
    (SCOUT, "--licensee-country US --fine-tune --redistribute-weights --derived-model-name Llama-Acme", AO),
    # Llama 3.1 / 3.3: §2 measured once at release; naming covers models trained on outputs
    ("meta-llama/Llama-3.3-70B-Instruct", "--licensee-country DE --internal", AO),
    ("meta-llama/Llama-3.1-70B-Instruct", "--licensee-country US --group-mau-at-release 750000000", B),
    ("meta-llama/Llama-3.1-70B-Instruct", "--licensee-country US --mau 800000000", AO),
    ("meta-llama/Llama-3.1-8B-Instruct", "--train-other-models --customer-facing --derived-model-name Foo", B),
    ("meta-llama/Llama-3.1-8B-Instruct", "--train-other-models --internal", AO),
    # Llama 3.2: the Vision model is multimodal, the 3B is not
    ("meta-llama/Llama-3.2-11B-Vision-Instruct", "--licensee-country FR --internal", B),
    ("meta-llama/Llama-3.2-3B-Instruct", "--licensee-country FR --internal", AO),
    ("meta-llama/Llama-3.2-11B-Vision-Instruct", "--licensee-country FR --deployment third-party-service", A),
    # Llama 3 and 2: no improving other LLMs; "Llama 3" prefix
    ("meta-llama/Meta-Llama-3-8B-Instruct", "--train-other-models", B),
    ("meta-llama/Meta-Llama-3-8B-Instruct", "--fine-tune --redistribute-weights --derived-model-name Llama-3-Acme", AO),
    ("meta-llama/Meta-Llama-3-8B-Instruct", "--fine-tune --redistribute-weights --derived-model-name Llama-Foo", B),
    ("meta-llama/Llama-2-13b-chat-hf", "--train-other-models", B),
    ("meta-llama/Llama-2-13b-chat-hf", "--redistribute-weights", AO),
    # Qwen License 2024: product MAU now, commercial only
    ("Qwen/Qwen2.5-72B-Instruct", "--customer-facing --mau 150000000", B),
    ("Qwen/Qwen2.5-72B-Instruct", "--non-commercial --customer-facing --mau 150000000", AO),
    ("Qwen/Qwen2.5-72B-Instruct", "--group-mau-at-release 150000000 --mau 1000", A),
    ("Qwen/Qwen2.5-72B-Instruct", "--train-other-models --customer-facing", AO),
    # Qwen Research, Tongyi Qianwen
    ("Qwen/Qwen2.5-3B-Instruct", "--commercial", B),
    ("Qwen/Qwen2.5-3B-Instruct", "--non-commercial", NR),
    ("Qwen/Qwen-7B-Chat", "--train-other-models", B),
    ("Qwen/Qwen-7B-Chat", "--mau 150000000", B),
    ("Qwen/Qwen-7B-Chat", "--mau 150000000 --non-commercial", A),
    # DeepSeek License 1.0: Attachment A travels, outputs make derivatives
    ("deepseek-ai/DeepSeek-V3", "--use military", B),
    ("deepseek-ai/DeepSeek-V3", "--use automated-legal-decisions", B),
    ("deepseek-ai/DeepSeek-V3", "--hosted-service", AO),
    ("deepseek-ai/DeepSeek-V3", "--train-other-models", AO),
    # MIT, and a distill that carries its Llama base's terms
    ("deepseek-ai/DeepSeek-R1", "--use military", A),
    ("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "--fine-tune --redistribute-weights --derived-model-name Foo", B),
    # Apache 2.0
    ("openai/gpt-oss-120b", "--fine-tune --redistribute-weights", AO),
    ("google/gemma-4-31B-it", "--use sexual-content", A),
    # Gemma Terms of Use + Prohibited Use Policy
    ("google/gemma-3-27b-it", "--use sexual-content", B),
    ("google/gemma-3-27b-it", "--use employment-decisions", NR),
    ("google/gemma-3-27b-it", "--use automated-legal-decisions", B),
    ("google/gemma-3-12b-it", "--hosted-service", AO),
    ("google/gemma-3-12b-it", "--train-other-models", AO),
    # Mistral Research License, Non-Production License, Modified MIT
    ("mistralai/Ministral-8B-Instruct-2410", "--commercial", B),
    ("mistralai/Ministral-8B-Instruct-2410", "--non-commercial --internal", NR),
    ("mistralai/Ministral-8B-Instruct-2410", "--non-commercial --hosted-service", NR),
    ("mistralai/Codestral-22B-v0.1", "--commercial --internal", B),
    ("mistralai/Codestral-22B-v0.1", "--non-commercial --hosted-service", B),
    ("mistralai/Devstral-2-123B-Instruct-2512", "--group-monthly-revenue-usd 25000000", B),
    ("mistralai/Devstral-2-123B-Instruct-2512", "--group-monthly-revenue-usd 25000000 --non-commercial", B),
    ("mistralai/Devstral-2-123B-Instruct-2512", "--group-monthly-revenue-usd 19000000 --redistribute-weights", AO),
    ("mistralai/Devstral-2-123B-Instruct-2512", "--group-monthly-revenue-usd 25000000 --deployment third-party-service", A),
    # CC BY-NC 4.0 (Command R+)
    ("CohereLabs/c4ai-command-r-plus-08-2024", "--commercial --internal", B),
    ("CohereLabs/c4ai-command-r-plus-08-2024", "--non-commercial --fine-tune --redistribute-weights", AO),
    ("CohereLabs/c4ai-command-r-plus-08-2024", "--commercial --deployment third-party-service", NR),
    # BigScience RAIL 1.0
    ("bigscience/bloom", "--use undisclosed-machine-text", B),
    ("bigscience/bloom", "--use medical-advice", B),
    ("bigscience/bloom", "--hosted-service", AO),
    # NVIDIA Open Model License (and a Llama-based Nemotron)
    ("nvidia/NVIDIA-Nemotron-Nano-9B-v2", "--use guardrail-removal", NR),
    ("nvidia/NVIDIA-Nemotron-Nano-9B-v2", "--redistribute-weights", AO),
    ("nvidia/Llama-3.1-Nemotron-Nano-8B-v1", "--fine-tune --redistribute-weights --derived-model-name Nemo", B),
    # Falcon 180B and TII Falcon 2.0
    ("tiiuae/falcon-180B", "--hosted-service", B),
    ("tiiuae/falcon-180B", "--customer-facing", AO),
    ("tiiuae/Falcon3-10B-Instruct", "--hosted-service", AO),
    ("tiiuae/Falcon3-10B-Instruct", "--fine-tune --redistribute-weights", AO),
]


@pytest.mark.parametrize("model,flags,expected", SCENARIOS, ids=[f"{m.split('/')[-1]}:{f}" for m, f, _ in SCENARIOS])
def test_scenario(capsys, model, flags, expected):
    code = main(["license-check", model, *flags.split(), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    deciding = [r for r in data["reasons"] if r["impact"] in ("blocks", "review")]
    assert data["verdict"] == expected, deciding[:2]
    if expected in (B, NR):
        assert deciding and all(r["source"].startswith("http") for r in deciding)
