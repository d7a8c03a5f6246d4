"""Write a finished file all at once or not at all: a temporary file in the target's folder, flushed to
disk, then renamed over the target. A full disk or a read-only folder leaves nothing half-written."""

from __future__ import annotations

from pathlib import Path

from desktop.atomic import write_atomic as replace_atomically


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

    def still_free() -> None:
        if not force and path.exists():  # appeared while we were writing
            raise TargetExists(f"{path}: exists; use --force to replace it / existiert bereits; "
                               "--force ersetzt die Datei")

    try:
        replace_atomically(path, data, mode=mode, before_replace=still_free)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written / kann nicht geschrieben werden ({exc.strerror})") from None


class SigningError(ValueError):
    """The report cannot be finished (the PDF is unusable or signing failed)."""
