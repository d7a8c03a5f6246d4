"""Signed knowledge bundles for air-gapped sites: export, verify, install atomically, roll back.

A bundle is a zip of the knowledge sources with a manifest (version, release time, SHA-256 of every
file) signed with Ed25519. Import checks, in order: a readable zip, a manifest, a signature, a trusted
key, the signature itself, every file's hash (and no file the manifest does not name), newer than what
is installed, and that the sources validate. Only then is anything written; the previous version is
kept for rollback. The user overlay lives elsewhere and is never touched.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop.atomic import prune_temporaries, set_aside, write_atomic

from . import paths
from .sources import (
    KNOWLEDGE_DIR,
    RESOURCES,
    SourceError,
    Sources,
    content_version,
    load_sources,
    source_files,
)

FORMAT = "model-strategy-studio/knowledge-bundle"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
SHIPPED_KEYS = RESOURCES / "keys"
MAX_BUNDLE_BYTES = 200_000_000  # far above any real knowledge base; a zip bomb guard
MAX_FILES = 10_000
MAX_KEY_BYTES = 64 * 1024


class BundleError(ValueError):
    """A bundle that is refused; the message says which check failed."""


class Manifest(BaseModel):
    format: str = FORMAT
    format_version: int = 1
    version: str = Field(min_length=1, max_length=64)
    released: AwareDatetime
    publisher_key_id: str = Field(max_length=64)
    files: dict[str, str] = Field(min_length=1, max_length=MAX_FILES,
                                  description="path inside knowledge/ -> sha256 hex")
    counts: dict[str, int] = Field(default_factory=dict)

    @field_validator("files")
    @classmethod
    def _safe_paths(cls, files: dict[str, str]) -> dict[str, str]:
        for rel, digest in files.items():
            if not is_safe_source_path(rel):
                raise ValueError(f"unsafe or empty path {rel!r} (a relative path ending in .toml)")
            if not re.fullmatch(r"[0-9a-f]{64}", digest):
                raise ValueError(f"{rel}: {digest!r} is not a SHA-256 hex digest")
        return files


def is_safe_source_path(rel: str) -> bool:
    """A relative POSIX path to a .toml file, no empty, '.' or '..' parts, nothing absolute."""
    if not rel or len(rel) > 300 or "\\" in rel or rel.startswith("/") or "\x00" in rel:
        return False
    parts = rel.split("/")
    return all(p not in ("", ".", "..") for p in parts) and rel.endswith(".toml")


REQUIRED_KINDS = ("licenses", "models", "gpus", "apis")  # a bundle without any of these would erase them


def validate_sources(root: Path, origin: str) -> Sources:
    """The check both export and import run: the sources load, and hold every kind the app needs.
    Any problem is a BundleError naming the file and the reason."""
    try:
        sources = load_sources(root)
    except SourceError as exc:
        raise BundleError(f"{origin}: the sources fail validation: {str(exc).replace(str(root) + os.sep, '')}") from None
    except UnicodeDecodeError as exc:
        raise BundleError(f"{origin}: a source file is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except RecursionError:
        raise BundleError(f"{origin}: a source file is nested too deeply") from None
    except (ValueError, TypeError, AttributeError, KeyError, OSError) as exc:
        raise BundleError(f"{origin}: the sources cannot be read ({type(exc).__name__}: {str(exc)[:200]})") from None
    empty = [kind for kind in REQUIRED_KINDS if not sources.of(kind)]
    if empty:
        raise BundleError(f"{origin}: no {', '.join(empty)} in the sources: a bundle must carry the whole "
                          "knowledge base (is the sources folder right?)")
    return sources


# -- keys -----------------------------------------------------------------------------------------
def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_text(public: Ed25519PublicKey, comment: str = "") -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return f"ed25519 {base64.b64encode(raw).decode()} {comment}".strip() + "\n"


def parse_public_key(text: str, origin: str = "key") -> Ed25519PublicKey:
    parts = text.strip().split()
    if len(parts) < 2 or parts[0] != "ed25519":
        raise BundleError(f"{origin}: not an Ed25519 public key (expected 'ed25519 <base64> [comment]')")
    try:
        raw = base64.b64decode(parts[1], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise BundleError(f"{origin}: the key data is damaged") from None


def new_publisher_key(out: Path, comment: str = "knowledge publisher") -> str:
    """Write a private key (PEM) and its public half (OUT.pub); returns the key id."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    # A pair or nothing: a private key without its .pub (a full disk) would only block the next try.
    public_path = Path(str(out) + ".pub")
    _write_atomic(public_path, public_key_text(private.public_key(), comment).encode())
    try:
        _write_atomic(Path(out), pem, mode=0o600)
    except BaseException:
        public_path.unlink(missing_ok=True)
        raise
    return key_id(private.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(_read_regular(Path(path), MAX_KEY_BYTES), password=None)
    except FileNotFoundError:
        raise BundleError(f"{path}: no such key file") from None
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (ValueError, TypeError):
        raise BundleError(f"{path}: not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError(f"{path}: not an Ed25519 key")
    return key


def user_keys_dir() -> Path:
    folder = paths.data_dir() / "trusted-keys"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def trusted_keys() -> dict[str, Ed25519PublicKey]:
    keys = {}
    for folder in (SHIPPED_KEYS, user_keys_dir()):
        for path in sorted(folder.glob("*.pub")) if folder.exists() else []:
            try:
                public = parse_public_key(path.read_text(encoding="utf-8"), str(path))
            except BundleError:
                continue  # a damaged key file trusts nothing
            keys[key_id(public)] = public
    return keys


def trust_key(path: Path) -> str:
    try:
        text = _read_regular(Path(path), MAX_KEY_BYTES).decode("utf-8")
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise BundleError(f"{path}: cannot be read ({exc})") from None
    public = parse_public_key(text, str(path))
    kid = key_id(public)
    _write_atomic(user_keys_dir() / f"{kid}.pub", public_key_text(public, Path(path).stem).encode())
    return kid


# -- export ---------------------------------------------------------------------------------------
def export_bundle(private_key_path: Path, out: Path, root: Path = KNOWLEDGE_DIR,
                  released: dt.datetime | None = None) -> Manifest:
    private = load_private_key(private_key_path)
    root = Path(root)
    if not root.is_dir():
        raise BundleError(f"{root}: no such sources folder")
    if not source_files(root):
        raise BundleError(f"{root}: no knowledge sources (*.toml) in this folder")
    sources = validate_sources(root, str(root))  # never publish what import would refuse
    files = {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in source_files(root)}
    unsafe = [rel for rel in files if not is_safe_source_path(rel)]
    if unsafe:
        raise BundleError(f"{root}: file names a bundle cannot carry: {', '.join(unsafe[:3])}")
    manifest = Manifest(
        version=sources.version, released=released or dt.datetime.now(dt.UTC).replace(microsecond=0),
        publisher_key_id=key_id(private.public_key()), files=files,
        counts={kind: len(rows) for kind, rows in sources.records.items()},
    )
    body = manifest.model_dump_json(indent=2).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, body)
        archive.writestr(SIGNATURE, base64.b64encode(private.sign(body)))
        for rel in files:
            archive.write(root / rel, f"knowledge/{rel}")
    _write_atomic(Path(out), buffer.getvalue())
    return manifest


# -- verify ---------------------------------------------------------------------------------------
@dataclass
class VerifiedBundle:
    manifest: Manifest
    files: dict[str, bytes] = field(default_factory=dict)


def verify_bundle(path: Path, keys: dict[str, Ed25519PublicKey] | None = None) -> VerifiedBundle:
    keys = trusted_keys() if keys is None else keys
    try:
        data = _read_regular(Path(path), MAX_BUNDLE_BYTES)
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        names = archive.namelist()
        if len(infos) > MAX_FILES + 2 or sum(i.file_size for i in infos) > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path}: too large to be a knowledge bundle")
        for info in infos:
            if info.flag_bits & 0x1:
                raise BundleError(f"{path}: {info.filename} is encrypted; bundles are never encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleError(f"{path}: {info.filename} uses compression method {info.compress_type}; "
                                  "bundles use only stored or deflated members")
        if len(set(names)) != len(names):
            raise BundleError(f"{path}: a member name appears twice (re-packed?)")
        if archive.testzip() is not None:
            raise zipfile.BadZipFile("a member is damaged")
    except BundleError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError, zlib.error, ValueError) as exc:
        raise BundleError(f"{path}: not a readable bundle (truncated or damaged zip: {exc})") from None
    if MANIFEST not in names:
        raise BundleError(f"{path}: no manifest: not a knowledge bundle")
    if SIGNATURE not in names:
        raise BundleError(f"{path}: unsigned: the manifest has no signature")
    body = archive.read(MANIFEST)
    try:
        manifest = Manifest.model_validate_json(body)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise BundleError(f"{path}: the manifest is malformed ({where + ': ' if where else ''}{err['msg']})") from None
    if manifest.format != FORMAT or manifest.format_version != 1:
        raise BundleError(f"{path}: unsupported bundle format {manifest.format} v{manifest.format_version}")
    public = keys.get(manifest.publisher_key_id)
    if public is None:
        raise BundleError(f"{path}: signed by an untrusted key ({manifest.publisher_key_id}); "
                          "add the publisher's key with `model-strategy kb trust-key` if you trust it")
    try:
        public.verify(base64.b64decode(archive.read(SIGNATURE)), body)
    except (InvalidSignature, ValueError):
        raise BundleError(f"{path}: the signature does not match the manifest: tampered or re-signed") from None
    files: dict[str, bytes] = {}
    for name in names:
        if name in (MANIFEST, SIGNATURE) or name.endswith("/"):
            continue
        rel = name.removeprefix("knowledge/")
        if not name.startswith("knowledge/") or rel not in manifest.files:
            raise BundleError(f"{path}: contains {name}, which the signed manifest does not list (re-packed?)")
    for rel, digest in manifest.files.items():
        if not is_safe_source_path(rel):
            raise BundleError(f"{path}: unsafe path {rel!r} in the manifest")
        try:
            content = archive.read(f"knowledge/{rel}")
        except KeyError:
            raise BundleError(f"{path}: {rel} is listed in the manifest but missing") from None
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError, zlib.error,
                ValueError) as exc:
            raise BundleError(f"{path}: {rel} cannot be unpacked ({exc})") from None
        if hashlib.sha256(content).hexdigest() != digest:
            raise BundleError(f"{path}: {rel} does not match its signed hash: tampered")
        files[rel] = content
    return VerifiedBundle(manifest, files)


# -- install, rollback, the active knowledge ------------------------------------------------------
def _state_path() -> Path:
    return paths.data_dir() / "knowledge" / "active.json"


class Pointer(BaseModel):
    """One installed version: where it is, which version, when it was released."""
    model_config = ConfigDict(extra="ignore")
    path: str = Field(min_length=1, max_length=4096)
    version: str = Field(min_length=1, max_length=200)
    released: AwareDatetime


class ActiveState(BaseModel):
    model_config = ConfigDict(extra="ignore")
    current: Pointer | None = None
    previous: Pointer | None = None


MAX_STATE_BYTES = 64 * 1024
_notices: list[str] = []  # messages about set-aside state files, collected by KnowledgeBase.open


def take_notices() -> list[str]:
    """Messages about damaged state found since the last call (each shown once)."""
    out = list(dict.fromkeys(_notices))
    _notices.clear()
    return out


def _state() -> dict:
    """The installed-bundle pointer, validated; a damaged file is set aside (kept) and the bundled knowledge
    is used, with a message naming the file."""
    path = _state_path()
    try:
        if not path.exists():
            return {}
        if not path.is_file():
            raise ValueError("not a regular file")
        if path.stat().st_size > MAX_STATE_BYTES:
            raise ValueError(f"larger than {MAX_STATE_BYTES} bytes")
        state = ActiveState.model_validate_json(path.read_bytes())
    except (OSError, ValueError, ValidationError) as exc:
        reason = (f"{'.'.join(str(p) for p in exc.errors()[0]['loc']) or 'file'}: {exc.errors()[0]['msg']}"
                  if isinstance(exc, ValidationError) else (str(exc) or type(exc).__name__))
        try:
            moved = set_aside(path)
            _notices.append(f"the installed-knowledge pointer {path} was damaged ({reason}); moved aside to "
                            f"{moved}; using the bundled knowledge")
        except OSError:
            _notices.append(f"the installed-knowledge pointer {path} is damaged ({reason}); using the bundled "
                            "knowledge")
        return {}
    return state.model_dump(mode="json")


def _read_regular(path: Path, limit: int) -> bytes:
    """Bytes of a regular file of at most `limit` bytes; a FIFO or device is refused unread."""
    import stat

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, "not a regular file")
        if info.st_size > limit:
            raise OSError(0, f"larger than {limit // 10**6} MB: too large to be a knowledge bundle")
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(limit + 1)
    finally:
        os.close(fd)


def bundled_release() -> dt.datetime:
    """The bundled sources count as released on the newest fact's date."""
    newest = max((r.as_of for rows in load_sources(KNOWLEDGE_DIR).records.values() for r in rows), default=dt.date(2026, 1, 1))
    return dt.datetime.combine(newest, dt.time(), tzinfo=dt.UTC)


def active_root() -> Path:
    """The knowledge the app reads: the installed bundle if there is a usable one, else the bundled sources."""
    current = _state().get("current")
    if current:
        folder = Path(current["path"])
        # An app update may ship newer knowledge than an old bundle: the newer one wins.
        if folder.is_dir() and any(folder.rglob("*.toml")) and \
                dt.datetime.fromisoformat(current["released"]) > bundled_release():
            return folder
    return KNOWLEDGE_DIR


def active_release() -> tuple[dt.datetime, str]:
    current = _state().get("current")
    if current and Path(current["path"]).is_dir():
        return dt.datetime.fromisoformat(current["released"]), current["version"]
    return bundled_release(), content_version(KNOWLEDGE_DIR)


@dataclass
class Changes:
    added: dict[str, list[str]] = field(default_factory=dict)
    changed: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)

    def summary(self) -> str:
        parts = []
        for label, table in (("added", self.added), ("changed", self.changed), ("removed", self.removed)):
            for kind, ids in sorted(table.items()):
                if ids:
                    parts.append(f"{len(ids)} {kind} {label}")
        return ", ".join(parts) or "no record changed"


def compare(old_root: Path, new_root: Path) -> Changes:
    old, new = load_sources(old_root), load_sources(new_root)
    changes = Changes()
    for kind in sorted(set(old.records) | set(new.records)):
        before = {r.id: r.model_dump_json() for r in old.of(kind)}
        after = {r.id: r.model_dump_json() for r in new.of(kind)}
        changes.added[kind] = sorted(set(after) - set(before))
        changes.removed[kind] = sorted(set(before) - set(after))
        changes.changed[kind] = sorted(i for i in set(before) & set(after) if before[i] != after[i])
    return changes


@dataclass
class InstallResult:
    manifest: Manifest
    changes: Changes
    path: Path


def import_bundle(path: Path, keys: dict[str, Ed25519PublicKey] | None = None, allow_same: bool = False) -> InstallResult:
    bundle = verify_bundle(path, keys)
    manifest = bundle.manifest
    released, version = active_release()
    if manifest.version == version and not allow_same:
        raise BundleError(f"{path}: this knowledge version ({version}) is already installed")
    if manifest.released <= released:
        raise BundleError(f"{path}: older than the installed knowledge (bundle released {manifest.released:%Y-%m-%d %H:%M}, "
                          f"installed {released:%Y-%m-%d %H:%M}): downgrades are refused")
    base = paths.data_dir() / "knowledge" / "versions"
    base.mkdir(parents=True, exist_ok=True)
    prune_temporaries(base, (".staging-*",))  # left by an import that was killed
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=base))
    try:
        for rel, content in bundle.files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        validate_sources(staging, str(path))
        if content_version(staging) != manifest.version:
            raise BundleError(f"{path}: the files do not produce the signed version {manifest.version}")
        changes = compare(active_root(), staging)
        final = base / f"{manifest.released:%Y%m%dT%H%M%S}-{manifest.version}"
        if final.exists():
            shutil.rmtree(final)
        os.replace(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    state = _state()
    new_state = {
        "current": {"path": str(final), "version": manifest.version, "released": manifest.released.isoformat()},
        "previous": state.get("current"),
    }
    _write_atomic(_state_path(), json.dumps(new_state, indent=2).encode())
    _prune(base, keep={str(final), str((state.get("current") or {}).get("path", ""))})
    return InstallResult(manifest, changes, final)


def rollback() -> str:
    """Back to the previous knowledge (the bundled sources if there was none); returns its version."""
    state = _state()
    if not state.get("current"):
        raise BundleError("nothing to roll back: the bundled knowledge is in use")
    previous = state.get("previous")
    if previous and not Path(previous["path"]).is_dir():
        previous = None
    _write_atomic(_state_path(), json.dumps({"current": previous, "previous": None}, indent=2).encode())
    return previous["version"] if previous else content_version(KNOWLEDGE_DIR)


def _prune(base: Path, keep: set[str]) -> None:
    """Keep the current and previous versions only."""
    for folder in base.iterdir():
        if folder.is_dir() and str(folder) not in keep and not folder.name.startswith(".staging-"):
            shutil.rmtree(folder, ignore_errors=True)


def _write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data, mode=0o644 if mode is None else mode)
