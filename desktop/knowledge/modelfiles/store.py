"""Turn an identified disk model into a catalog record, keep it in the user overlay, hash the files."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import cast

from desktop.domain import Model, Support, Verification
from desktop.domain.model import Engine as ModelEngine
from desktop.domain.model import Modality
from desktop.knowledge.overlay import Overlay

from .errors import ModelFileError
from .identify import DiskModel

CHUNK = 8 * 1024 * 1024


def record_id(disk: DiskModel) -> str:
    """`local/<name>`: never collides with a Hugging Face repo id in the bundled catalog."""
    return "local/" + re.sub(r"[^A-Za-z0-9._-]+", "-", disk.name).strip("-")


def to_record(disk: DiskModel, base: Model | None = None, today: dt.date | None = None) -> Model:
    """A Model record whose sources are the files themselves (path + header fingerprint)."""
    if disk.architecture is None:
        raise ModelFileError(f"{disk.path}: cannot be added to the catalog: the files lack "
                             + ", ".join(disk.missing_numbers))
    today = today or dt.date.today()
    params_b = disk.architecture.params_total_b
    tier = base.quality_tier if base else ("small" if params_b < 10 else "mid" if params_b < 40 else "strong")
    engines = ["llama.cpp", "ollama"] if disk.format == "gguf" else ["vllm", "transformers"]
    note = (f"Read from the files on {today.isoformat()}: {disk.format}, {disk.precision}, "
            f"{disk.params_total / 1e9:.2f} B parameters, weights {disk.weights_gb:.2f} GB (tensor byte sizes"
            + (f"; size with precision {disk.sizing_precision}" if disk.sizing_precision else "") + "). "
            f"License: {disk.license_status} ({disk.license_basis}; confidence {disk.license_confidence:.2f})."
            + ("" if base else " Quality tier guessed from size.") + " " + " ".join(disk.notes))
    return Model(
        id=record_id(disk), name=disk.name, family=base.family if base else (disk.architecture_name or "local"),
        publisher=base.publisher if base else "(your files)",
        release_date=base.release_date if base else today,
        license_ids=disk.license_ids, base_model=base.id if base else None,
        modalities=cast("list[Modality]", disk.modalities), context_length=disk.context_length or (base.context_length if base else 4096),
        capabilities=list(base.capabilities) if base else [], quality_tier=tier,
        architecture=disk.architecture.model_copy(update={"native_dtype": disk.architecture.native_dtype}),
        support=Support(maintainer="(your files)", engines=cast("list[ModelEngine]", engines), community="small"),
        sources=[Path(disk.path).resolve().as_uri(), f"user:sha256-headers:{disk.fingerprint}"],
        as_of=today,
        verification=Verification.primary if disk.license_status == "identified" else Verification.unverified,
        note=note.strip(),
    )


def add_to_overlay(record: Model, overlay: Overlay | None = None) -> Model:
    """The overlay writer for disk models. The same files added again replace their entry; other files
    that happen to share a folder name get the header fingerprint appended, so nothing the user had is lost."""
    overlay = overlay or Overlay()
    same_id = [r for r in overlay.records("models") if r.id.lower() == record.id.lower()]
    if same_id and same_id[0].sources[0] != record.sources[0]:
        digest = next((s.rsplit(":", 1)[1] for s in record.sources if s.startswith("user:sha256-headers:")), "")
        record = record.model_copy(update={"id": f"{record.id}-{digest[:8]}"})
    overlay.put("models", record)
    return record


def with_file_hash(record: Model, digest: str) -> Model:
    """The record with the full-file SHA-256 among its sources (for the report)."""
    sources = [s for s in record.sources if not s.startswith("user:sha256-files:")]
    return record.model_copy(update={"sources": [*sources, f"user:sha256-files:{digest}"]})


def weight_paths(disk: DiskModel) -> list[Path]:
    root = Path(disk.path)
    return [root] if root.is_file() else [root / name for name in disk.files]


def full_sha256(paths: list[Path], progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> str | None:
    """SHA-256 over every weight file in order (each file's digest, then a digest of those).

    Slow by nature (reads every byte): run it in the background. `progress(done, total)` gets bytes;
    returns None when `cancelled()` turns true.
    """
    total = sum(p.stat().st_size for p in paths)
    done = 0
    outer = hashlib.sha256()
    for path in paths:
        inner = hashlib.sha256()
        try:
            with path.open("rb") as fh:
                while chunk := fh.read(CHUNK):
                    inner.update(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                    if cancelled and cancelled():
                        return None
        except OSError as exc:
            raise ModelFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
        outer.update(path.name.encode() + b"\0" + inner.digest())
    return outer.hexdigest()
