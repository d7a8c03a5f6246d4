"""A GGUF file's metadata and tensor infos, read with the `gguf` package (memory-mapped, tensors untouched)."""

from __future__ import annotations

from pathlib import Path

from .errors import ModelFileError
from .weights import Inventory

GGUF_MAGIC = b"GGUF"


def is_gguf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == GGUF_MAGIC
    except OSError:
        return False


def read_gguf(path: Path, inventory: Inventory) -> dict[str, object]:
    """Metadata key -> value (token lists left out), and the tensors added to `inventory`."""
    import gguf  # imported here: only add-model needs it

    try:
        size = path.stat().st_size
        reader = gguf.GGUFReader(path, "r")
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, IndexError, KeyError, TypeError, OverflowError, MemoryError) as exc:
        # the reader walks the header with numpy views: a cut-off file shows up as a short view
        raise ModelFileError(f"{path}: not a readable GGUF file (truncated or damaged header: {exc})") from None
    meta: dict[str, object] = {}
    for key, fld in reader.fields.items():
        if key.startswith("tokenizer.ggml.") and key not in ("tokenizer.ggml.model",):
            if key == "tokenizer.ggml.tokens":
                meta["tokenizer.ggml.tokens.count"] = len(fld.data)
            continue
        try:
            meta[key] = fld.contents()
        except (ValueError, UnicodeDecodeError, IndexError):
            meta[key] = None
    end = reader.data_offset
    for tensor in reader.tensors:
        end = max(end, tensor.data_offset + tensor.n_bytes)
        inventory.add(tensor.name, tensor.tensor_type.name, int(tensor.n_elements), int(tensor.n_bytes))
    if end > size:
        raise ModelFileError(f"{path}: the tensors end at byte {end:,} but the file has {size:,} (truncated copy?)")
    with path.open("rb") as fh:
        inventory.header_bytes.append(fh.read(reader.data_offset))
    return meta
