"""Write a finished file all at once or not at all: a temporary file in the target's folder, flushed to
disk, then renamed over the target. A full disk or a read-only folder leaves nothing half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(OSError):
    """The target cannot be written; the message names it and the reason (English / German)."""


class TargetExists(OutputError):
    pass


def check_target(path: Path, force: bool) -> None:
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder / ist ein Ordner")
    if path.exists() and not force:
        raise TargetExists(f"{path}: exists; use --force to replace it / existiert bereits; "
                           "--force ersetzt die Datei")
    if not path.parent.is_dir():
        raise OutputError(f"{path.parent}: no such folder / Ordner nicht gefunden")


def write_atomic(path: Path, data: bytes, *, force: bool = False, mode: int | None = None) -> None:
    """Write `data` to `path`. `mode` None keeps the target's mode or uses the umask default."""
    path = Path(path)
    check_target(path, force)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written / kann nicht geschrieben werden ({exc.strerror})") from None
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
        if not force and path.exists():  # appeared while we were writing
            raise TargetExists(f"{path}: exists; use --force to replace it / existiert bereits; "
                               "--force ersetzt die Datei")
        os.replace(tmp, path)
    except OutputError:
        Path(tmp).unlink(missing_ok=True)
        raise
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written / kann nicht geschrieben werden ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
