"""`kb add-model`: models read from disk by their headers; license named by its text, not its file name."""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from modelfile_builders import TINY_CONFIG, llama_tensors, write_gguf, write_hf_folder, write_safetensors

from desktop.cli import main
from desktop.knowledge.modelfiles import ModelFileError, full_sha256, identify, match_text, weight_paths
from desktop.knowledge.modelfiles.license_match import references, words
from desktop.knowledge.overlay import Overlay

# The MIT text as published (DeepSeek-R1 LICENSE), used to build a modified copy.
MIT = """MIT License

Copyright (c) 2023 DeepSeek

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- license text identification -------------------------------------------------------------------
def test_mit_text_is_identified_whatever_the_copyright_line_and_layout():
    head, body = MIT.replace("2023 DeepSeek", "2025 Example GmbH").split("Permission", 1)
    text = (head + "Permission" + body.replace("\n", "  ")).upper().replace("\n", "\r\n")
    found = match_text(text)
    assert found.status == "identified" and found.license_id == "MIT" and found.confidence >= 0.95


def test_modified_mit_needs_review_and_shows_the_added_passage():
    text = MIT + "\nYou may not use the Software for any purpose in the banking sector.\n"
    found = match_text(text)
    assert found.status == "needs_review" and found.license_id is None and found.closest == "MIT"
    assert any("banking sector" in p for p in found.differing_passages)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=20, max_value=150), st.sampled_from(["never", "nowhere", "unpaid", "revocable"]))
def test_any_changed_word_in_a_known_text_needs_review(position, word):
    tokens = MIT.split()
    if tokens[position].lower().strip('.,"()') == word:
        return
    tokens[position] = word
    found = match_text(" ".join(tokens))
    assert found.status == "needs_review"
    assert any(word in p for p in found.differing_passages)


def test_unknown_text_needs_review_without_a_name():
    found = match_text("This model may be used by members of the Example Cooperative only, for any purpose. " * 3)
    assert found.status == "needs_review" and found.license_id is None and found.differing_passages


def test_no_text_is_reported_as_such():
    assert match_text("").status == "no_text" and match_text(None).status == "no_text"


def test_every_shipped_fingerprint_has_a_primary_source_and_a_known_license(catalog):
    ids = {lic.id for lic in catalog.records("licenses")}
    refs = references()
    assert len(refs) >= 8
    for ref in refs:
        assert ref.license_id in ids, ref.license_id
        assert ref.source.startswith("https://github.com/") and "/blob/" in ref.source
        assert ref.shingles and ref.words > 100


def test_words_normalise_case_punctuation_and_copyright_lines():
    assert words("Copyright (c) 2024 X\nHello,  WORLD!\n") == ["hello", "world"]


# -- Hugging Face folders --------------------------------------------------------------------------
def test_hf_folder_numbers_come_from_config_and_headers(tmp_path, catalog):
    params = write_hf_folder(tmp_path / "m", license_text=MIT, shards=3)
    disk = identify(tmp_path / "m", catalog.records("models"), catalog.records("licenses"))
    assert disk.format == "hf-safetensors" and disk.architecture_name == "LlamaForCausalLM"
    assert disk.params_total == params and disk.weights_bytes == 2 * params and disk.precision == "bf16"
    arch = disk.architecture
    assert (arch.layers, arch.hidden_size, arch.attention_heads, arch.kv_heads, arch.head_dim, arch.vocab_size) == (
        2, 64, 4, 2, 16, 256)
    assert disk.context_length == 8192 and len(disk.files) == 3
    assert disk.license_ids == ["MIT"] and disk.license_status == "identified"


def test_moe_active_parameters_come_from_expert_tensors(tmp_path):
    cfg = {**TINY_CONFIG, "num_local_experts": 8, "num_experts_per_tok": 2}
    write_hf_folder(tmp_path / "moe", config=cfg, experts=8)
    disk = identify(tmp_path / "moe")
    tensors = llama_tensors(cfg, experts=8)
    expert = sum(math.prod(s) for n, s in tensors.items() if ".experts." in n)
    assert disk.params_expert == expert
    assert disk.architecture.experts == 8 and disk.architecture.experts_per_token == 2
    expected_active = (disk.params_total - expert + expert * 2 / 8) / 1e9
    assert disk.architecture.params_active_b == pytest.approx(expected_active, abs=1e-6)


def test_fine_tune_inherits_its_base_models_licenses(tmp_path, catalog):
    write_hf_folder(tmp_path / "ft", license_text=MIT,
                    readme_front="license: mit\nbase_model:\n- meta-llama/Llama-3.1-8B-Instruct")
    disk = identify(tmp_path / "ft", catalog.records("models"), catalog.records("licenses"))
    assert disk.base_model_id == "meta-llama/Llama-3.1-8B-Instruct"
    assert disk.license_ids == ["MIT", "LicenseRef-Llama-3.1-Community"]


def test_base_model_from_config_name_or_path(tmp_path, catalog):
    write_hf_folder(tmp_path / "ft", config={**TINY_CONFIG, "_name_or_path": "Qwen/Qwen3-8B"})
    disk = identify(tmp_path / "ft", catalog.records("models"), catalog.records("licenses"))
    assert disk.base_model_id == "Qwen/Qwen3-8B" and "Apache-2.0" in disk.license_ids


def test_license_text_disagreeing_with_the_declared_tag_needs_review(tmp_path, catalog):
    write_hf_folder(tmp_path / "m", license_text=MIT, readme_front="license: apache-2.0")
    disk = identify(tmp_path / "m", catalog.records("models"), catalog.records("licenses"))
    assert disk.license_status == "needs_review"


def test_fingerprint_changes_with_config_license_or_header_not_with_tensor_data(tmp_path):
    write_hf_folder(tmp_path / "m", license_text=MIT)
    first = identify(tmp_path / "m").fingerprint
    shard = tmp_path / "m" / "model-00001-of-00002.safetensors"
    data = bytearray(shard.read_bytes())
    data[-1] ^= 0xFF
    shard.write_bytes(bytes(data))
    assert identify(tmp_path / "m").fingerprint == first
    (tmp_path / "m" / "LICENSE").write_text(MIT + " ")
    assert identify(tmp_path / "m").fingerprint != first


# -- GGUF ------------------------------------------------------------------------------------------
def test_gguf_parameters_and_memory_are_exact_for_a_quantisation_mix(tmp_path, catalog):
    params, nbytes = write_gguf(tmp_path / "m.gguf", quant="Q4_K", license="apache-2.0")
    disk = identify(tmp_path / "m.gguf", catalog.records("models"), catalog.records("licenses"))
    assert disk.format == "gguf" and disk.params_total == params and disk.weights_bytes == nbytes
    assert set(disk.bytes_by_type) == {"F16", "F32", "Q4_K"} and disk.precision == "Q4_K"
    assert disk.sizing_precision == "q4_k_m"
    assert disk.architecture.layers == 2 and disk.architecture.hidden_size == 256 and disk.context_length == 8192
    assert disk.declared_license == "apache-2.0" and disk.license_ids == ["Apache-2.0"]
    assert disk.license_status == "declared" and 0 < disk.license_confidence < 1


def test_gguf_base_model_metadata_links_to_the_catalog(tmp_path, catalog):
    write_gguf(tmp_path / "m.gguf", base_repo="meta-llama/Llama-3.3-70B-Instruct", license="llama3.3")
    disk = identify(tmp_path / "m.gguf", catalog.records("models"), catalog.records("licenses"))
    assert disk.base_model_id == "meta-llama/Llama-3.3-70B-Instruct"
    assert "LicenseRef-Llama-3.3-Community" in disk.license_ids


def test_gguf_moe_counts_experts(tmp_path):
    params, _ = write_gguf(tmp_path / "m.gguf", experts=8, experts_used=2)
    disk = identify(tmp_path / "m.gguf")
    assert disk.architecture.is_moe and disk.params_expert > 0
    assert disk.architecture.params_active_b < disk.architecture.params_total_b


def test_sparse_files_are_read_from_headers_only(tmp_path):
    """A folder whose tensors are holes: identification never touches the data."""
    write_hf_folder(tmp_path / "big", sparse=True)
    write_gguf(tmp_path / "big.gguf", sparse=True)
    assert identify(tmp_path / "big").params_total > 0
    assert identify(tmp_path / "big.gguf").params_total > 0


# -- bad input -------------------------------------------------------------------------------------
def _truncate(path: Path, size: int) -> None:
    path.write_bytes(path.read_bytes()[:size])


@pytest.mark.parametrize("case", ["gguf-cut-in-header", "gguf-cut-in-data", "shard-cut", "no-config", "text-file",
                                  "missing", "lone-safetensors", "bad-config", "garbage-gguf", "missing-shard"])
def test_bad_input_gets_a_clear_message_and_exit_2(tmp_path, capsys, case):
    target = tmp_path / "x"
    if case.startswith("gguf"):
        write_gguf(tmp_path / "m.gguf")
        target = tmp_path / "m.gguf"
        _truncate(target, 2000 if case == "gguf-cut-in-header" else target.stat().st_size - 1000)
    elif case == "shard-cut":
        write_hf_folder(target)
        _truncate(target / "model-00001-of-00002.safetensors", 300)
    elif case == "no-config":
        target.mkdir()
        (target / "model.safetensors").write_bytes(b"x")
    elif case == "text-file":
        target = tmp_path / "notes.txt"
        target.write_text("hello")
    elif case == "lone-safetensors":
        target = tmp_path / "model.safetensors"
        write_safetensors(target, {"w": [2, 2]})
    elif case == "bad-config":
        write_hf_folder(target)
        (target / "config.json").write_text("{not json")
    elif case == "garbage-gguf":
        target = tmp_path / "m.gguf"
        target.write_bytes(b"GGUF" + b"\xff" * 64)
    elif case == "missing-shard":
        write_hf_folder(target)
        (target / "model-00002-of-00002.safetensors").unlink()
    code, out, err = run(capsys, "kb", "add-model", str(target))
    assert code == 2
    assert err.startswith("error: ") and "Traceback" not in err and str(target.name) in err
    assert Overlay().count("models") == 0


def test_safetensors_header_beyond_the_file_is_truncation(tmp_path):
    path = tmp_path / "m"
    path.mkdir()
    (path / "config.json").write_text(json.dumps(TINY_CONFIG))
    (path / "model.safetensors").write_bytes(struct.pack("<Q", 10_000) + b"{}")
    with pytest.raises(ModelFileError, match="truncated"):
        identify(path)


def test_unreadable_file_is_bad_input(tmp_path, monkeypatch, capsys):
    write_gguf(tmp_path / "m.gguf")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == "m.gguf":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    code, _, err = run(capsys, "kb", "add-model", str(tmp_path / "m.gguf"))
    assert code == 2 and "Permission denied" in err and "m.gguf" in err


# -- CLI, overlay, assessment ----------------------------------------------------------------------
def test_cli_stores_in_overlay_and_license_check_assesses_it(tmp_path, capsys):
    write_hf_folder(tmp_path / "Acme-Llama-8B", license_text=MIT,
                    readme_front="license: mit\nbase_model: meta-llama/Llama-3.1-8B-Instruct")
    code, out, _ = run(capsys, "kb", "add-model", str(tmp_path / "Acme-Llama-8B"), "--json")
    data = json.loads(out)
    assert code == 0 and data["stored"] and data["record_id"] == "local/Acme-Llama-8B"
    assert data["sources"][0] == (tmp_path / "Acme-Llama-8B").resolve().as_uri()
    assert data["sources"][1] == f"user:sha256-headers:{data['fingerprint']}"
    code, out, _ = run(capsys, "kb", "show", "models", "local/Acme-Llama-8B", "--json")
    assert code == 0 and json.loads(out)["origin"] == "user"
    code, out, _ = run(capsys, "license-check", "local/Acme-Llama-8B", "--json")
    assert code == 0 and "LicenseRef-Llama-3.1-Community" in json.loads(out)["licenses"]


def test_modified_license_makes_the_verdict_needs_review(tmp_path, capsys):
    write_hf_folder(tmp_path / "m", license_text=MIT + "\nNot for use by public bodies.\n")
    code, out, _ = run(capsys, "kb", "add-model", str(tmp_path / "m"))
    assert code == 0 and "needs_review" in out and "public bodies" in out
    code, out, _ = run(capsys, "license-check", "local/m", "--json")
    assert json.loads(out)["verdict"] == "needs_review"


def test_dry_run_stores_nothing(tmp_path, capsys):
    write_gguf(tmp_path / "m.gguf")
    code, _, _ = run(capsys, "kb", "add-model", str(tmp_path / "m.gguf"), "--dry-run")
    assert code == 0 and Overlay().count("models") == 0


def test_full_file_hash_reports_progress_and_matches_hashlib(tmp_path, capsys):
    import hashlib

    write_gguf(tmp_path / "m.gguf")
    disk = identify(tmp_path / "m.gguf")
    seen = []
    digest = full_sha256(weight_paths(disk), lambda done, total: seen.append((done, total)))
    inner = hashlib.sha256((tmp_path / "m.gguf").read_bytes()).digest()
    assert digest == hashlib.sha256(b"m.gguf\0" + inner).hexdigest()
    assert seen and seen[-1][0] == seen[-1][1] == (tmp_path / "m.gguf").stat().st_size
    assert full_sha256(weight_paths(disk), cancelled=lambda: True) is None
    code, out, _ = run(capsys, "kb", "add-model", str(tmp_path / "m.gguf"), "--hash", "--json")
    assert code == 0 and f"user:sha256-files:{digest}" in json.loads(out)["sources"]


def test_pytorch_bin_folder_is_sized_from_its_index_without_unpickling(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(TINY_CONFIG))
    (folder / "pytorch_model-00001-of-00001.bin").write_bytes(b"\x80\x02not really a pickle")
    (folder / "pytorch_model.bin.index.json").write_text(json.dumps({"metadata": {"total_size": 2_000_000}, "weight_map": {}}))
    disk = identify(folder)
    assert disk.format == "hf-bin" and disk.weights_bytes == 2_000_000 and disk.params_total == 1_000_000


def test_two_different_folders_with_the_same_name_both_stay(tmp_path, capsys):
    write_hf_folder(tmp_path / "a" / "model", license_text=MIT)
    write_hf_folder(tmp_path / "b" / "model", license_text=MIT, config={**TINY_CONFIG, "num_hidden_layers": 3})
    for folder in ("a", "b", "a"):
        assert run(capsys, "kb", "add-model", str(tmp_path / folder / "model"))[0] == 0
    ids = sorted(r.id for r in Overlay().records("models"))
    assert len(ids) == 2 and ids[0] == "local/model" and ids[1].startswith("local/model-")
