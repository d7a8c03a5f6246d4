"""Small synthetic model files for `kb add-model` tests and the bench: safetensors, GGUF, HF folders.

`sparse=True` writes only the headers and extends the file to its full length with a hole, so a
140 GB model costs no disk space.
"""

from __future__ import annotations

import json
import math
import os
import struct
from pathlib import Path

import numpy as np

DTYPE_BYTES = {"BF16": 2, "F16": 2, "F32": 4, "F8_E4M3": 1, "U8": 1}

# A tiny Llama-shaped model: 2 layers, hidden 64, 4 heads (2 KV), FFN 128, vocab 256.
TINY_CONFIG = {
    "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 64, "intermediate_size": 128,
    "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 16,
    "vocab_size": 256, "max_position_embeddings": 8192, "torch_dtype": "bfloat16", "tie_word_embeddings": False,
}


def llama_tensors(cfg: dict, experts: int = 0) -> dict[str, list[int]]:
    h, f, v, layers = cfg["hidden_size"], cfg["intermediate_size"], cfg["vocab_size"], cfg["num_hidden_layers"]
    kv = cfg["num_key_value_heads"] * cfg["head_dim"]
    q = cfg["num_attention_heads"] * cfg["head_dim"]
    out = {"model.embed_tokens.weight": [v, h], "lm_head.weight": [v, h], "model.norm.weight": [h]}
    for i in range(layers):
        p = f"model.layers.{i}."
        out |= {p + "self_attn.q_proj.weight": [q, h], p + "self_attn.k_proj.weight": [kv, h],
                p + "self_attn.v_proj.weight": [kv, h], p + "self_attn.o_proj.weight": [h, q],
                p + "input_layernorm.weight": [h], p + "post_attention_layernorm.weight": [h]}
        if experts:
            out[p + "mlp.gate.weight"] = [experts, h]
            for e in range(experts):
                for name, shape in (("gate_proj", [f, h]), ("up_proj", [f, h]), ("down_proj", [h, f])):
                    out[f"{p}mlp.experts.{e}.{name}.weight"] = shape
        else:
            out |= {p + "mlp.gate_proj.weight": [f, h], p + "mlp.up_proj.weight": [f, h],
                    p + "mlp.down_proj.weight": [h, f]}
    return out


def write_safetensors(path: Path, tensors: dict[str, list[int]], dtype: str = "BF16", sparse: bool = False,
                      metadata: dict | None = None) -> int:
    """Write a valid safetensors file (zeros); returns the number of parameters."""
    header: dict = {"__metadata__": metadata or {"format": "pt"}}
    offset = 0
    for name, shape in tensors.items():
        size = math.prod(shape) * DTYPE_BYTES[dtype]
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    with path.open("wb") as fh:
        fh.write(struct.pack("<Q", len(raw)) + raw)
        if sparse:
            fh.truncate(8 + len(raw) + offset)
        else:
            fh.write(bytes(offset))
    return sum(math.prod(s) for s in tensors.values())


def write_hf_folder(folder: Path, config: dict | None = None, shards: int = 2, license_text: str | None = None,
                    readme_front: str | None = None, sparse: bool = False, experts: int = 0,
                    dtype: str = "BF16") -> int:
    """A folder laid out like a Hugging Face download: config, index, shards, LICENSE, README, tokenizer."""
    cfg = dict(config or TINY_CONFIG)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(cfg, indent=2))
    (folder / "generation_config.json").write_text(json.dumps({"bos_token_id": 1, "eos_token_id": 2}))
    (folder / "tokenizer.json").write_text(json.dumps({"version": "1.0", "model": {"type": "BPE"}}))
    (folder / "tokenizer_config.json").write_text(json.dumps({"model_max_length": cfg["max_position_embeddings"]}))
    tensors = llama_tensors(cfg, experts)
    names = list(tensors)
    per = math.ceil(len(names) / shards)
    weight_map, total_params, total_size = {}, 0, 0
    for i in range(shards):
        part = {n: tensors[n] for n in names[i * per:(i + 1) * per]}
        if not part:
            continue
        shard = f"model-{i + 1:05d}-of-{shards:05d}.safetensors"
        total_params += write_safetensors(folder / shard, part, dtype=dtype, sparse=sparse)
        total_size += sum(math.prod(s) for s in part.values()) * DTYPE_BYTES[dtype]
        weight_map |= dict.fromkeys(part, shard)
    (folder / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {"total_size": total_size}, "weight_map": weight_map}))
    if license_text is not None:
        (folder / "LICENSE").write_text(license_text)
    if readme_front is not None:
        (folder / "README.md").write_text(f"---\n{readme_front}\n---\n\n# Model card\n")
    return total_params


def write_gguf(path: Path, *, arch: str = "llama", layers: int = 2, hidden: int = 256, heads: int = 4,
               kv_heads: int = 2, ffn: int = 512, vocab: int = 256, context: int = 8192, experts: int = 0,
               experts_used: int = 0, quant: str = "Q4_K", license: str | None = "apache-2.0",
               name: str = "Tiny", base_repo: str | None = None, sparse: bool = False) -> tuple[int, int]:
    """A GGUF file with a quantisation mix (F32 norms, F16 embeddings, `quant` elsewhere).

    Returns (parameters, tensor bytes). sparse=True writes only the header and leaves a hole for the data.
    """
    import gguf

    qtype = gguf.GGMLQuantizationType[quant]
    block, type_size = gguf.GGML_QUANT_SIZES[qtype]
    writer = gguf.GGUFWriter(path, arch)
    writer.add_name(name)
    writer.add_block_count(layers)
    writer.add_embedding_length(hidden)
    writer.add_head_count(heads)
    writer.add_head_count_kv(kv_heads)
    writer.add_feed_forward_length(ffn)
    writer.add_context_length(context)
    writer.add_file_type(15)  # MOSTLY_Q4_K_M
    if experts:
        writer.add_expert_count(experts)
        writer.add_expert_used_count(experts_used)
    if license:
        writer.add_license(license)
    if base_repo:
        writer.add_base_model_count(1)
        writer.add_base_model_name(0, base_repo.split("/")[-1])
        writer.add_base_model_organization(0, base_repo.split("/")[0])
        writer.add_base_model_repo_url(0, f"https://huggingface.co/{base_repo}")
    writer.add_token_list([f"t{i}" for i in range(vocab)])

    tensors: list[tuple[str, list[int], object]] = [("token_embd.weight", [vocab, hidden], np.float16),
                                                      ("output_norm.weight", [hidden], np.float32),
                                                      ("output.weight", [vocab, hidden], qtype)]
    for i in range(layers):
        b = f"blk.{i}."
        tensors += [(b + "attn_norm.weight", [hidden], np.float32), (b + "ffn_norm.weight", [hidden], np.float32),
                    (b + "attn_q.weight", [hidden, hidden], qtype),
                    (b + "attn_k.weight", [kv_heads * hidden // heads, hidden], qtype),
                    (b + "attn_v.weight", [kv_heads * hidden // heads, hidden], qtype),
                    (b + "attn_output.weight", [hidden, hidden], qtype)]
        if experts:
            tensors += [(b + "ffn_gate_inp.weight", [experts, hidden], np.float32),
                        (b + "ffn_gate_exps.weight", [experts, ffn, hidden], qtype),
                        (b + "ffn_up_exps.weight", [experts, ffn, hidden], qtype),
                        (b + "ffn_down_exps.weight", [experts, hidden, ffn], qtype)]
        else:
            tensors += [(b + "ffn_gate.weight", [ffn, hidden], qtype), (b + "ffn_up.weight", [ffn, hidden], qtype),
                        (b + "ffn_down.weight", [hidden, ffn], qtype)]
    params = total = 0
    for tname, shape, kind in tensors:
        n = math.prod(shape)
        params += n
        if kind in (np.float16, np.float32):
            nbytes = n * np.dtype(kind).itemsize
            if sparse:
                writer.add_tensor_info(tname, shape, np.dtype(kind), nbytes)
            else:
                writer.add_tensor(tname, np.zeros(shape, dtype=kind))
        else:
            nbytes = n // block * type_size
            byte_shape = [*shape[:-1], shape[-1] // block * type_size]
            if sparse:
                writer.add_tensor_info(tname, byte_shape, np.dtype(np.uint8), nbytes, raw_dtype=kind)
            else:
                writer.add_tensor(tname, np.zeros(byte_shape, dtype=np.uint8), raw_dtype=kind)
        total += nbytes
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    if sparse:
        writer.write_ti_data_to_file()
        writer.close()
        align = writer.data_alignment
        end = os.path.getsize(path)
        size = end + (-end % align) + sum(n + (-n % align) for n in _sizes(tensors, block, type_size))
        os.truncate(path, size)
    else:
        writer.write_tensors_to_file()
        writer.close()
    return params, total


def _sizes(tensors, block: int, type_size: int) -> list[int]:
    out = []
    for _, shape, kind in tensors:
        n = math.prod(shape)
        out.append(n * np.dtype(kind).itemsize if kind in (np.float16, np.float32) else n // block * type_size)
    return out
