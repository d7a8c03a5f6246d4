"""A GGUF file's metadata and tensor infos, walked straight from the header (tensors untouched).

The `gguf` package supplies the format's constants (value types, quantisation block sizes). Its
GGUFReader builds a numpy view per token string, which took 2.8-4 s on a 128k-vocabulary header;
walking the header with struct takes well under a second and never reads past the tensor infos.
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

from .errors import ModelFileError
from .weights import Inventory

GGUF_MAGIC = b"GGUF"
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
# Arrays longer than this (token lists, merges, scores) are skipped, only their length is kept.
_KEEP_ARRAY = 1024


class _Truncated(Exception):
    pass


def is_gguf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == GGUF_MAGIC
    except OSError:
        return False


class _Cursor:
    def __init__(self, buf, size: int):
        self.buf, self.size, self.pos = buf, size, 0

    def unpack(self, fmt: str):
        n = struct.calcsize(fmt)
        if self.pos + n > self.size:
            raise _Truncated
        value = struct.unpack_from(fmt, self.buf, self.pos)[0]
        self.pos += n
        return value

    def string(self, keep: bool = True) -> str:
        length = self.unpack("<Q")
        if self.pos + length > self.size:
            raise _Truncated
        start = self.pos
        self.pos += length
        return bytes(self.buf[start:self.pos]).decode("utf-8", errors="replace") if keep else ""

    def value(self, vtype: int, keep: bool = True):
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string(keep)
        if vtype == _ARRAY:
            sub, count = self.unpack("<I"), self.unpack("<Q")
            keep_items = keep and count <= _KEEP_ARRAY
            if sub in _SCALARS and not keep_items:  # fixed width: jump over it
                self.pos += struct.calcsize(_SCALARS[sub]) * count
                if self.pos > self.size:
                    raise _Truncated
                return count
            items = [self.value(sub, keep_items) for _ in range(count)]
            return items if keep_items else count
        raise ValueError(f"unknown metadata value type {vtype}")


def read_gguf(path: Path, inventory: Inventory) -> dict[str, object]:
    """Metadata key -> value (long arrays as their length), and the tensors added to `inventory`."""
    from gguf import GGML_QUANT_SIZES, GGMLQuantizationType  # the format's constants

    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            if size < 24:
                raise ModelFileError(f"{path}: too short to be a GGUF file ({size} bytes)")
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _walk(path, buf, size, inventory, GGML_QUANT_SIZES, GGMLQuantizationType)
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except _Truncated:
        raise ModelFileError(f"{path}: the GGUF header is cut off (truncated copy?)") from None
    except (ValueError, struct.error, OverflowError, MemoryError) as exc:
        raise ModelFileError(f"{path}: not a readable GGUF file (damaged header: {exc})") from None


def _walk(path: Path, buf, size: int, inventory: Inventory, quant_sizes, qtypes) -> dict[str, object]:
    cur = _Cursor(buf, size)
    if cur.unpack("<4s") != GGUF_MAGIC:
        raise ModelFileError(f"{path}: does not start with the GGUF signature")
    version = cur.unpack("<I")
    if version not in (2, 3):
        raise ModelFileError(f"{path}: GGUF version {version} is not supported (2 and 3 are; "
                             "a huge number means a big-endian file)")
    n_tensors, n_kv = cur.unpack("<Q"), cur.unpack("<Q")
    if n_tensors > 10_000_000 or n_kv > 10_000_000:
        raise ModelFileError(f"{path}: implausible GGUF header counts (damaged file)")
    meta: dict[str, object] = {"GGUF.version": version}
    for _ in range(n_kv):
        key = cur.string()
        vtype = cur.unpack("<I")
        value = cur.value(vtype)
        if key == "tokenizer.ggml.tokens":
            meta["tokenizer.ggml.tokens.count"] = value if isinstance(value, int) else len(value)
        meta[key] = value
    infos = []
    for _ in range(n_tensors):
        name = cur.string()
        n_dims = cur.unpack("<I")
        if n_dims > 8:
            raise ValueError(f"tensor {name!r} has {n_dims} dimensions")
        dims = [cur.unpack("<Q") for _ in range(n_dims)]
        raw_type, offset = cur.unpack("<I"), cur.unpack("<Q")
        infos.append((name, dims, raw_type, offset))
    declared = meta.get("general.alignment")
    alignment = declared if isinstance(declared, int) and declared > 0 else 32
    data_offset = cur.pos + (-cur.pos % alignment)
    end = data_offset
    for name, dims, raw_type, offset in infos:
        try:
            qtype = qtypes(raw_type)
        except ValueError:
            raise ValueError(f"tensor {name!r} has unknown type {raw_type}") from None
        block, type_size = quant_sizes[qtype]
        n = 1
        for d in dims:
            n *= d
        nbytes = n * type_size // block
        end = max(end, data_offset + offset + nbytes)
        inventory.add(name, qtype.name, n, nbytes)
    if end > size:
        raise ModelFileError(f"{path}: the tensors end at byte {end:,} but the file has {size:,} (truncated copy?)")
    inventory.header_bytes.append(bytes(buf[:cur.pos]))
    return meta
