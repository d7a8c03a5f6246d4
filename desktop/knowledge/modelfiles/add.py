"""The one entry point the CLI and the GUI share: identify against the catalog, build the record."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from desktop.domain import Model

from .identify import DiskModel, identify
from .store import to_record


class AddResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    disk: DiskModel
    record: Model | None = None
    problem: str | None = None


def read_model(path: Path | str, kb) -> AddResult:
    """Identify the files against the knowledge base's models and licenses. Raises ModelFileError."""
    models = kb.records("models")
    disk = identify(path, catalog=models, licenses=kb.records("licenses"))
    base = next((m for m in models if m.id == disk.base_model_id), None)
    if disk.architecture is None:
        return AddResult(disk=disk, problem="the files lack " + ", ".join(disk.missing_numbers))
    return AddResult(disk=disk, record=to_record(disk, base))
