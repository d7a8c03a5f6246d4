"""Tensor inventories read from file headers only: safetensors JSON headers and GGUF tensor infos.

Parameter counts come from the tensor shapes and the weights' memory from the tensors' byte sizes, so
any precision or quantisation mix is counted exactly. Tensor data is never read.
"""

from __future__ import annotations

import builtins
import json
import math
import struct
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ModelFileError

# A safetensors header larger than this is not a header (the format caps it at 100 MB).
MAX_HEADER = 100 * 1024 * 1024
# Tensor names that hold routed MoE experts (HF: "...experts.N.", GGUF: "..._exps").
EXPERT_MARKERS = (".experts.", "_exps.", ".experts_")


@dataclass
class Inventory:
    """What the tensors add up to."""

    params: int = 0
    expert_params: int = 0
    bytes: int = 0
    bytes_by_type: dict[str, int] = field(default_factory=dict)
    tensors: int = 0
    names: list[str] = field(default_factory=list, repr=False)
    header_bytes: list[builtins.bytes] = field(default_factory=list, repr=False)

    def add(self, name: str, dtype: str, n_elements: int, n_bytes: int) -> None:
        self.params += n_elements
        self.bytes += n_bytes
        self.tensors += 1
        self.names.append(name)
        self.bytes_by_type[dtype] = self.bytes_by_type.get(dtype, 0) + n_bytes
        if any(marker in name for marker in EXPERT_MARKERS):
            self.expert_params += n_elements

    @property
    def main_type(self) -> str:
        return max(self.bytes_by_type, key=lambda k: self.bytes_by_type[k]) if self.bytes_by_type else "unknown"


def read_safetensors(path: Path, inventory: Inventory) -> dict:
    """Add one .safetensors file's tensors; return its __metadata__. Reads 8 bytes plus the JSON header."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
            if len(head) < 8:
                raise ModelFileError(f"{path}: too short to be a safetensors file ({size} bytes)")
            (length,) = struct.unpack("<Q", head)
            if length > MAX_HEADER or 8 + length > size:
                raise ModelFileError(f"{path}: truncated or not a safetensors file "
                                     f"(header claims {length} bytes, file has {size})")
            raw = fh.read(length)
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        header = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ModelFileError(f"{path}: the safetensors header is not valid JSON (damaged or not safetensors)") from None
    if not isinstance(header, dict):
        raise ModelFileError(f"{path}: the safetensors header is not a table of tensors")
    inventory.header_bytes.append(head + raw)
    data_size = size - 8 - length
    for name, info in header.items():
        if name == "__metadata__":
            continue
        try:
            dtype, shape, (start, end) = str(info["dtype"]), [int(d) for d in info["shape"]], info["data_offsets"]
        except (KeyError, TypeError, ValueError):
            raise ModelFileError(f"{path}: tensor {name!r} has no dtype/shape/data_offsets") from None
        if not 0 <= start <= end <= data_size:
            raise ModelFileError(f"{path}: tensor {name!r} lies beyond the end of the file (truncated download?)")
        inventory.add(name, dtype.lower(), math.prod(shape), end - start)
    meta = header.get("__metadata__")
    return meta if isinstance(meta, dict) else {}
