"""Identify a model handed over on disk: what it is, how big, under which license, derived from what.

Headers only: config and index JSON, safetensors headers, GGUF metadata and tensor infos, README and
LICENSE. A 140 GB folder is identified as fast as a 1 GB one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain import Architecture, License, Model

from . import gguf_file, hf_folder
from .errors import ModelFileError
from .license_match import LicenseMatch, match_text
from .weights import Inventory

_DTYPES = {"bfloat16": "bf16", "float16": "fp16", "float32": "fp32", "bf16": "bf16", "f16": "fp16", "f32": "fp32",
           "fp8": "fp8", "f8_e4m3": "fp8", "float8_e4m3fn": "fp8", "u8": "mxfp4"}


# The sizing precision (`size --precision`) closest to the bytes the files actually hold.
SIZING_PRECISION = {"bf16": "bf16", "f16": "fp16", "fp16": "fp16", "f32": "bf16", "fp32": "bf16", "F16": "fp16",
                    "BF16": "bf16", "F32": "bf16", "Q8_0": "q8_0", "Q6_K": "q6_k", "Q5_K": "q5_k_m", "Q5_0": "q5_k_m",
                    "Q4_K": "q4_k_m", "Q4_0": "q4_0", "Q4_1": "q4_0", "MXFP4": "mxfp4", "f8_e4m3": "fp8", "u8": "mxfp4"}


class DiskModel(BaseModel):
    """Everything read from the files, before it becomes a catalog record."""

    model_config = ConfigDict(frozen=True)

    path: str
    format: str = Field(description="hf-safetensors | hf-bin | gguf")
    name: str
    architecture_name: str | None = None
    architecture: Architecture | None = None
    missing_numbers: list[str] = Field(default_factory=list, description="architecture numbers the files lack")
    context_length: int | None = None
    precision: str = Field(description="dtype or quantisation holding most of the bytes, e.g. bf16, Q4_K")
    bytes_by_type: dict[str, int] = Field(default_factory=dict)
    sizing_precision: str | None = Field(default=None, description="the `size --precision` matching the files")
    params_total: int
    params_expert: int = 0
    weights_bytes: int = Field(description="sum of the tensors' byte sizes: the weights' memory")
    tensors: int
    files: list[str] = Field(default_factory=list)
    modalities: list[str] = Field(default_factory=lambda: ["text"])
    declared_license: str | None = Field(default=None, description="README license tag or GGUF general.license")
    license_file: str | None = None
    license_match: LicenseMatch
    license_ids: list[str] = Field(description="licenses that apply, the base model's included")
    license_status: str = Field(description="identified | declared | needs_review")
    license_confidence: float
    license_basis: str
    base_model: str | None = Field(default=None, description="base model as the files name it")
    base_model_id: str | None = Field(default=None, description="the catalog model it matched")
    fingerprint: str = Field(description="SHA-256 of config, license and header bytes")
    notes: list[str] = Field(default_factory=list)

    @property
    def weights_gb(self) -> float:
        return self.weights_bytes / 1e9


def identify(path: Path | str, catalog: Iterable[Model] = (), licenses: Iterable[License] = ()) -> DiskModel:
    """Read a HF model folder or a GGUF file. Raises ModelFileError with a clear message on bad input."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ModelFileError(f"{path}: no such file or folder")
    catalog, licenses = list(catalog), list(licenses)
    if path.is_dir():
        ggufs = sorted(path.glob("*.gguf"))
        if not (path / "config.json").is_file() and len(ggufs) == 1:
            path = ggufs[0]
        elif not (path / "config.json").is_file():
            raise ModelFileError(f"{path}: a model folder needs a config.json (none found)"
                                 + (f"; it holds {len(ggufs)} GGUF files, name one" if ggufs else ""))
        else:
            return _from_folder(path, catalog, licenses)
    if path.suffix.lower() == ".gguf" or gguf_file.is_gguf(path):
        return _from_gguf(path, catalog, licenses)
    if path.name == "config.json":
        return _from_folder(path.parent, catalog, licenses)
    if path.suffix.lower() in (".safetensors", ".bin"):
        raise ModelFileError(f"{path}: a weights file alone lacks the architecture: give the folder that holds "
                             "it and its config.json")
    raise ModelFileError(f"{path}: not a model (expected a Hugging Face model folder or a .gguf file)")


# -- Hugging Face folder ---------------------------------------------------------------------------
def _from_folder(folder: Path, catalog: list[Model], licenses: list[License]) -> DiskModel:
    config_bytes = _read_bytes(folder / "config.json")
    config = hf_folder.read_json(folder / "config.json")
    inventory = Inventory()
    kind, files = hf_folder.read_weights(folder, inventory, config)
    text_config = {**config, **(config.get("text_config") or {})}
    front = hf_folder.front_matter(folder)
    lic_path = hf_folder.license_file(folder)
    lic_bytes = _read_bytes(lic_path) if lic_path else b""
    declared = front.get("license_name") or front.get("license")  # license_name accompanies "license: other"
    base = _first(front.get("base_model")) or _name_or_path(config, folder)
    modalities = ["text"] + (["image"] if ("vision_config" in config or "image_token_index" in config
                                           or "image_token_id" in config) else [])
    numbers = {
        "layers": text_config.get("num_hidden_layers") or text_config.get("n_layers"),
        "hidden_size": text_config.get("hidden_size") or text_config.get("d_model"),
        "attention_heads": text_config.get("num_attention_heads"),
        "kv_heads": text_config.get("num_key_value_heads") or text_config.get("num_attention_heads"),
        "head_dim": text_config.get("head_dim"),
        "vocab_size": text_config.get("vocab_size") or config.get("vocab_size"),
        "intermediate_size": text_config.get("moe_intermediate_size") or text_config.get("intermediate_size"),
        "experts": text_config.get("num_local_experts") or text_config.get("n_routed_experts")
        or text_config.get("num_experts") or 0,
        "experts_per_token": text_config.get("num_experts_per_tok") or text_config.get("moe_topk") or 0,
        "shared_experts": text_config.get("n_shared_experts") or 0,
        "kv_lora_rank": text_config.get("kv_lora_rank"),
        "qk_rope_head_dim": text_config.get("qk_rope_head_dim"),
        "tie_word_embeddings": bool(config.get("tie_word_embeddings", text_config.get("tie_word_embeddings", False))),
    }
    dtype = str(text_config.get("torch_dtype") or config.get("torch_dtype") or config.get("dtype") or "")
    return _finish(
        path=folder, fmt=f"hf-{kind}", name=folder.name, arch_name=_first(config.get("architectures")),
        numbers=numbers, context=text_config.get("max_position_embeddings"), inventory=inventory,
        native=_DTYPES.get(dtype.lower()), files=[f.name for f in files], modalities=modalities,
        declared=str(declared) if declared else None, lic_path=lic_path,
        lic_text=lic_bytes.decode("utf-8", errors="replace") if lic_bytes else None,
        base=base, hashed=[config_bytes, lic_bytes], catalog=catalog, licenses=licenses,
    )


def _name_or_path(config: dict, folder: Path) -> str | None:
    """config `_name_or_path` names the base only when it is a repo id, not a local path or this folder."""
    value = config.get("_name_or_path")
    if not isinstance(value, str) or not value or value.startswith(("/", ".", "~")) or "\\" in value:
        return None
    return None if value.rstrip("/").split("/")[-1] == folder.name else value


# -- GGUF ------------------------------------------------------------------------------------------
def _from_gguf(path: Path, catalog: list[Model], licenses: list[License]) -> DiskModel:
    inventory = Inventory()
    meta = gguf_file.read_gguf(path, inventory)
    arch = str(meta.get("general.architecture") or "")

    def key(name: str):
        return meta.get(f"{arch}.{name}")

    heads = _scalar(key("attention.head_count"))
    hidden = key("embedding_length")
    numbers = {
        "layers": key("block_count"),
        "hidden_size": hidden,
        "attention_heads": heads,
        "kv_heads": _scalar(key("attention.head_count_kv")) or heads,
        "head_dim": key("attention.key_length"),
        "vocab_size": key("vocab_size") or meta.get("tokenizer.ggml.tokens.count"),
        "intermediate_size": key("expert_feed_forward_length") or _scalar(key("feed_forward_length")),
        "experts": key("expert_count") or 0,
        "experts_per_token": key("expert_used_count") or 0,
        "shared_experts": key("expert_shared_count") or 0,
        "kv_lora_rank": key("attention.kv_lora_rank"),
        "qk_rope_head_dim": key("rope.dimension_count") if key("attention.kv_lora_rank") else None,
        "tie_word_embeddings": not any(n == "output.weight" for n in inventory.names),
    }
    base = None
    if meta.get("general.base_model.count"):
        base = (meta.get("general.base_model.0.repo_url") or _join(meta.get("general.base_model.0.organization"),
                                                                   meta.get("general.base_model.0.name")))
    declared = meta.get("general.license.name") or meta.get("general.license")
    name = str(meta.get("general.name") or path.stem)
    return _finish(
        path=path, fmt="gguf", name=name, arch_name=arch or None, numbers=numbers, context=key("context_length"),
        inventory=inventory, native=None, files=[path.name], modalities=["text"],
        declared=str(declared) if declared else None, lic_path=None, lic_text=None,
        base=str(base) if base else None, hashed=[], catalog=catalog, licenses=licenses,
    )


def _scalar(value):
    """GGUF stores per-layer arrays for some models (e.g. head_count_kv); the largest value sizes the KV."""
    if isinstance(value, list):
        return max(value) if value else None
    return value


def _join(org, name) -> str | None:
    if not name:
        return None
    return f"{org}/{name}" if org else str(name)


# -- common ----------------------------------------------------------------------------------------
def _finish(*, path: Path, fmt: str, name: str, arch_name, numbers: dict, context, inventory: Inventory, native,
            files: list[str], modalities: list[str], declared: str | None, lic_path: Path | None,
            lic_text: str | None, base: str | None, hashed: list[bytes], catalog: list[Model],
            licenses: list[License]) -> DiskModel:
    if inventory.params <= 0:
        raise ModelFileError(f"{path}: the files hold no tensors")
    notes: list[str] = []
    base_record = _find_base(base, catalog)
    if base and not base_record:
        notes.append(f"Base model {base!r} is not in the knowledge base: its license duties could not be inherited.")
    architecture, missing = _architecture(numbers, inventory, native)
    if missing:
        notes.append("The files lack " + ", ".join(missing) + ": sizing needs them.")
    lic = match_text(lic_text)
    ids, status, confidence, basis = _licenses(lic, declared, base_record, licenses)
    digest = hashlib.sha256()
    for chunk in [*hashed, *inventory.header_bytes]:
        digest.update(hashlib.sha256(chunk).digest())
    return DiskModel(
        path=str(path.resolve()), format=fmt, name=name, architecture_name=arch_name, architecture=architecture,
        missing_numbers=missing, context_length=int(context) if context else None, precision=inventory.main_type,
        sizing_precision=SIZING_PRECISION.get(inventory.main_type), bytes_by_type=inventory.bytes_by_type, params_total=inventory.params, params_expert=inventory.expert_params,
        weights_bytes=inventory.bytes, tensors=inventory.tensors, files=files,
        modalities=_union(modalities, base_record.modalities if base_record else []),
        declared_license=declared, license_file=lic_path.name if lic_path else None, license_match=lic,
        license_ids=ids, license_status=status, license_confidence=confidence, license_basis=basis,
        base_model=base, base_model_id=base_record.id if base_record else None,
        fingerprint=digest.hexdigest(), notes=notes,
    )


def _architecture(numbers: dict, inventory: Inventory, native) -> tuple[Architecture | None, list[str]]:
    numbers = {k: (int(v) if isinstance(v, int | float) and not isinstance(v, bool) else v) for k, v in numbers.items()}
    if numbers.get("head_dim") is None and numbers.get("hidden_size") and numbers.get("attention_heads"):
        numbers["head_dim"] = numbers["hidden_size"] // numbers["attention_heads"]
    required = ("layers", "hidden_size", "attention_heads", "kv_heads", "head_dim", "vocab_size")
    missing = [k for k in required if not numbers.get(k)]
    if missing:
        return None, missing
    experts, k = numbers.get("experts") or 0, numbers.get("experts_per_token") or 0
    total = inventory.params
    active = total - inventory.expert_params + (inventory.expert_params * k / experts if experts and k else 0)
    if not (experts and k):
        active = total
    mla = bool(numbers.get("kv_lora_rank") and numbers.get("qk_rope_head_dim"))
    kv = numbers["kv_heads"]
    attention = "mla" if mla else ("mha" if kv == numbers["attention_heads"] else ("mqa" if kv == 1 else "gqa"))
    try:
        arch = Architecture.model_validate(dict(
            layers=numbers["layers"], hidden_size=numbers["hidden_size"], attention_heads=numbers["attention_heads"],
            kv_heads=1 if mla else kv, head_dim=numbers["head_dim"], vocab_size=numbers["vocab_size"],
            intermediate_size=numbers.get("intermediate_size") or None,
            params_total_b=round(total / 1e9, 6), params_active_b=round(active / 1e9, 6),
            attention=attention, experts=experts if k else 0, experts_per_token=k if experts else 0,
            shared_experts=numbers.get("shared_experts") or 0,
            expert_params_b=round(inventory.expert_params / 1e9, 6) if inventory.expert_params else None,
            kv_lora_rank=numbers.get("kv_lora_rank") if mla else None,
            qk_rope_head_dim=numbers.get("qk_rope_head_dim") if mla else None,
            tie_word_embeddings=bool(numbers.get("tie_word_embeddings")),
            native_dtype=native or _DTYPES.get(inventory.main_type.lower(), "bf16"),
        ))
    except ValueError as exc:
        return None, [f"consistent numbers ({exc})"]
    return arch, []


def _find_base(base: str | None, catalog: list[Model]) -> Model | None:
    if not base:
        return None
    wanted = base.strip().rstrip("/")
    for prefix in ("https://huggingface.co/", "http://huggingface.co/", "hf.co/"):
        if wanted.lower().startswith(prefix):
            wanted = wanted[len(prefix):]
    wanted = wanted.lower()
    for model in catalog:
        names = [model.id.lower(), *(a.lower() for a in model.aliases)]
        if wanted in names or any(n.split("/")[-1] == wanted for n in names):
            return model
    return None


def _licenses(lic: LicenseMatch, declared: str | None, base: Model | None,
              licenses: list[License]) -> tuple[list[str], str, float, str]:
    """The licenses that apply, how they were found, and how sure we are."""
    by_tag = {t.lower(): x.id for x in licenses for t in [x.id, x.spdx_id or "", *getattr(x, "hf_tags", [])] if t}
    declared_id = by_tag.get(declared.strip().lower()) if declared else None
    inherited = list(base.license_ids) if base else []
    ids: list[str]
    if lic.status == "identified" and lic.license_id:
        ids, status, conf = [lic.license_id], "identified", lic.confidence
        basis = f"LICENSE text matches {lic.license_id} (similarity {lic.similarity:.2f})"
        if declared and declared_id and declared_id != lic.license_id:
            status, conf = "needs_review", 0.0
            basis += f", but the model card declares {declared!r} ({declared_id})"
    elif lic.status == "needs_review":
        ids, status, conf = [_review_id(lic)], "needs_review", 0.0
        basis = ("LICENSE text is a changed copy of " + lic.closest if lic.closest and lic.similarity >= 0.5
                 else "LICENSE text matches no license we know")
    elif declared_id:
        ids, status, conf = [declared_id], "declared", 0.6
        basis = f"no LICENSE text; the files declare {declared!r}"
    elif inherited and base is not None:
        ids, status, conf = [], "declared", 0.5
        basis = f"no LICENSE text or declaration; the base model {base.id} sets the terms"
    else:
        ids, status, conf = [f"LicenseRef-unidentified-{(declared or 'none').lower()}"], "needs_review", 0.0
        basis = "no LICENSE text, and the declared license is " + (repr(declared) if declared else "missing")
    for lic_id in inherited:
        if lic_id not in ids:
            ids.append(lic_id)
    if inherited and base is not None:
        basis += f"; inherits {', '.join(inherited)} from base {base.id}"
    return ids, status, conf, basis


def _review_id(lic: LicenseMatch) -> str:
    """An id no license record has, so the license engine can only answer needs_review."""
    return f"LicenseRef-modified-{lic.closest}" if lic.closest and lic.similarity >= 0.5 else "LicenseRef-unidentified"


def _union(mine: Sequence[str], base: Sequence[str]) -> list[str]:
    order = ["text", "image", "audio", "video"]
    return sorted(set(mine) | set(base), key=order.index)


def _first(value) -> str | None:
    if isinstance(value, list):
        return str(value[0]) if value else None
    return str(value) if value else None


def _read_bytes(path: Path | None) -> bytes:
    if path is None:
        return b""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
