"""Where the app keeps its files. Environment variables override for tests and portable installs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "model-strategy-studio"


def cache_dir() -> Path:
    """Rebuildable files (the built knowledge base)."""
    path = Path(os.environ.get("MSS_CACHE_DIR") or platformdirs.user_cache_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's own files (the overlay, identities, settings): never deleted by the app."""
    path = Path(os.environ.get("MSS_DATA_DIR") or platformdirs.user_data_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path
