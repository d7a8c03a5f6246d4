"""Write a file all at once or not at all: a temporary file in the target's folder, flushed to disk,
then renamed over the target. A crash, a full disk or a read-only folder leaves nothing half-written.
Portfolios, reports, knowledge bundles and keys all go through here."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int | None = None,
                 before_replace: Callable[[], None] | None = None) -> None:
    """`mode` None keeps the target's mode, or the umask default for a new file (mkstemp's 0600 would
    make a portfolio private by accident). `before_replace` may raise to abandon the write."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode is None:
            try:
                mode = path.stat().st_mode & 0o777
            except FileNotFoundError:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
