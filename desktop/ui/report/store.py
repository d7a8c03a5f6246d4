"""The user's signing identities: PKCS#12 files in <data dir>/identities, each with a small JSON note.

A PKCS#12 file shows nothing without its passphrase, not even the certificate. The note (name,
organisation, validity, fingerprint as they were when the identity was created or imported) lets the
lists name an identity before it is unlocked; what counts is what the certificate says once unlocked.
No Qt in here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.knowledge import paths
from desktop.report.identity import Identity, IdentityError, create_identity, load_identity
from desktop.report.output import write_atomic

SUFFIXES = (".p12", ".pfx")
FOLDING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


class IdentityExists(IdentityError):
    """The same certificate is already among the user's identities."""

    def __init__(self, existing: StoredIdentity):
        self.existing = existing
        super().__init__(f"{existing.path.name}: the same certificate is already there / ist schon vorhanden")


@dataclass(frozen=True)
class StoredIdentity:
    path: Path
    name: str
    organisation: str
    valid_from: str | None
    valid_until: str | None
    fingerprint_sha256: str | None

    @property
    def note_path(self) -> Path:
        return self.path.with_suffix(".json")


def grouped(fingerprint: str | None) -> str:
    """The 32 pairs of a SHA-256 fingerprint in two lines of 16, as the report prints them, to read out."""
    if not fingerprint:
        return ""
    pairs = fingerprint.split(":")
    return ":".join(pairs[:16]) + "\n" + ":".join(pairs[16:]) if len(pairs) > 16 else fingerprint


def identities_dir() -> Path:
    folder = paths.data_dir() / "identities"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _read_note(path: Path) -> dict:
    try:
        note = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return note if isinstance(note, dict) else {}


def stored(path: Path) -> StoredIdentity:
    note = _read_note(path)
    return StoredIdentity(
        path=path,
        name=str(note.get("name") or path.stem),
        organisation=str(note.get("organisation") or ""),
        valid_from=note.get("valid_from"),
        valid_until=note.get("valid_until"),
        fingerprint_sha256=note.get("fingerprint_sha256"),
    )


def list_identities(folder: Path | None = None) -> list[StoredIdentity]:
    folder = folder or identities_dir()
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES]
    return sorted((stored(p) for p in files), key=lambda s: (s.name.casefold(), s.path.name))


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(FOLDING)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60] or "identity"


def _free_path(folder: Path, identity: Identity) -> Path:
    stem = _slug(f"{identity.name} {identity.organisation}")
    path, n = folder / f"{stem}.p12", 2
    while path.exists() or path.with_suffix(".json").exists():
        path, n = folder / f"{stem}-{n}.p12", n + 1
    return path


def _keep(data: bytes, identity: Identity, folder: Path) -> StoredIdentity:
    """Write the PKCS#12 bytes (readable by the user only) and the note beside them."""
    path = _free_path(folder, identity)
    note = {k: v for k, v in identity.as_dict().items() if k != "file"}
    write_atomic(path, data, mode=0o600)
    write_atomic(path.with_suffix(".json"), json.dumps(note, ensure_ascii=False, indent=1).encode("utf-8"),
                 mode=0o600)
    return stored(path)


def create(name: str, organisation: str, passphrase: bytes, folder: Path | None = None) -> StoredIdentity:
    data, identity = create_identity(name, organisation, passphrase)  # IdentityError for empty fields
    return _keep(data, identity, folder or identities_dir())


def import_file(source: Path, passphrase: bytes, folder: Path | None = None) -> StoredIdentity:
    """Copy a PKCS#12 file (e.g. from a company CA) in, after checking that the passphrase unlocks it."""
    folder = folder or identities_dir()
    identity = load_identity(Path(source), passphrase)  # IdentityError: wrong passphrase, no key, unreadable
    for existing in list_identities(folder):
        if existing.fingerprint_sha256 == identity.fingerprint_sha256:
            raise IdentityExists(existing)
    return _keep(Path(source).read_bytes(), identity, folder)


def unlock(entry: StoredIdentity, passphrase: bytes) -> Identity:
    return load_identity(entry.path, passphrase)


def remove(entry: StoredIdentity) -> None:
    entry.path.unlink(missing_ok=True)
    entry.note_path.unlink(missing_ok=True)
