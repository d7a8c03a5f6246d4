"""Models handed over on disk (`kb add-model`, File ▸ Add model from disk…): read headers, name the license."""

from .add import AddResult, read_model
from .errors import ModelFileError
from .identify import DiskModel, identify
from .license_match import LicenseMatch, match_text
from .store import add_to_overlay, full_sha256, record_id, to_record, weight_paths, with_file_hash

__all__ = [
    "AddResult",
    "DiskModel",
    "LicenseMatch",
    "ModelFileError",
    "add_to_overlay",
    "full_sha256",
    "identify",
    "match_text",
    "read_model",
    "record_id",
    "to_record",
    "weight_paths",
    "with_file_hash",
]
