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


def set_aside(path: Path, now: float | None = None) -> Path:
    """Move a damaged user file out of the way, keeping it (never deleting it): `name.damaged-<time>`.
    Returns where it went, so the message can name it."""
    import time

    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    return target


def prune_temporaries(folder: Path, patterns: tuple[str, ...], older_than_s: float = 3600.0) -> list[Path]:
    """Remove leftovers of interrupted writes (temporary files, staging folders) older than an hour: a
    younger one may belong to another running instance. Returns what was removed."""
    import shutil
    import time

    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    cutoff = time.time() - older_than_s
    for entry in entries:
        if not any(entry.match(p) for p in patterns):
            continue
        try:
            if entry.lstat().st_mtime > cutoff:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
        except OSError:
            continue
    return removed
