"""A Hugging Face model folder: config.json, weight index, README front matter and LICENSE text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .errors import ModelFileError
from .weights import Inventory, read_safetensors

LICENSE_NAMES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "LICENSE-MODEL", "COPYING")
# Byte widths of torch dtypes, for .bin checkpoints whose index gives only a total size.
DTYPE_BYTES = {"float32": 4, "float16": 2, "bfloat16": 2, "float8_e4m3fn": 1}


def read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelFileError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ModelFileError(f"{path}: expected a JSON object")
    return data


def weight_files(folder: Path) -> tuple[list[Path], str]:
    """The safetensors shards (from the index when there is one) or, failing that, the .bin shards."""
    index = folder / "model.safetensors.index.json"
    if index.is_file():
        names = sorted(set(read_json(index).get("weight_map", {}).values()))
        missing = [n for n in names if not (folder / n).is_file()]
        if missing:
            raise ModelFileError(f"{folder}: the weight index names {len(missing)} missing shard(s), e.g. {missing[0]}")
        return [folder / n for n in names], "safetensors"
    shards = sorted(folder.glob("*.safetensors"))
    if shards:
        return shards, "safetensors"
    bins = sorted(folder.glob("pytorch_model*.bin"))
    if bins:
        return bins, "bin"
    return [], "none"


def read_weights(folder: Path, inventory: Inventory, config: dict) -> tuple[str, list[Path]]:
    files, kind = weight_files(folder)
    if kind == "safetensors":
        for shard in files:
            read_safetensors(shard, inventory)
    elif kind == "bin":
        # pickled checkpoints cannot be read without running them: size from the index or the files
        index = folder / "pytorch_model.bin.index.json"
        total = read_json(index).get("metadata", {}).get("total_size") if index.is_file() else None
        total = int(total or sum(f.stat().st_size for f in files))
        width = DTYPE_BYTES.get(str(config.get("torch_dtype", "bfloat16")), 2)
        inventory.add("(pytorch .bin)", str(config.get("torch_dtype", "bf16")), total // width, total)
    else:
        raise ModelFileError(f"{folder}: no weights found (no *.safetensors, index or pytorch_model*.bin)")
    return kind, files


def license_file(folder: Path) -> Path | None:
    for name in LICENSE_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def front_matter(folder: Path) -> dict[str, object]:
    """The YAML front matter of README.md (license, license_name, base_model, language, pipeline_tag)."""
    readme = folder / "README.md"
    if not readme.is_file():
        return {}
    try:
        text = readme.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    match = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    if not match:
        return {}
    import yaml  # PyYAML comes with the gguf package

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}
