"""Trusted signers: the certificates the user has said they know (`identity trust FILE`).

A self-signed identity proves nothing by its name: anyone can make one called "Jürgen Weiß". What tells
signers apart is the certificate's SHA-256 fingerprint, so the list pins fingerprints, and `verify` says
"signed by <name> (trusted)" only when the fingerprint is on it. A look-alike with the same name and
another fingerprint is named as a different, untrusted signer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.atomic import set_aside, write_atomic
from desktop.knowledge.paths import data_dir

from .identity import IdentityError, cert_fingerprint

FINGERPRINT = r"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"
MAX_SIGNERS = 1000
MAX_FILE_BYTES = 1024 * 1024
MAX_CERT_FILE_BYTES = 16 * 1024 * 1024  # a signed report may be trusted too


class TrustedSigner(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fingerprint_sha256: str = Field(pattern=FINGERPRINT)
    name: str = Field(max_length=500)
    organisation: str = Field(default="", max_length=500)
    added: dt.datetime


class TrustedSigners(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: str = Field(default="model-strategy-studio/trusted-signers", pattern="^model-strategy-studio/trusted-signers$")
    signers: list[TrustedSigner] = Field(default_factory=list, max_length=MAX_SIGNERS)


def trust_file() -> Path:
    return data_dir() / "trusted-signers.json"


def normalise_fingerprint(text: str) -> str:
    """'0b78…', '0B:78:…' or with spaces → '0B:78:…'; ValueError when it is not 32 bytes of hex."""
    digits = re.sub(r"[\s:]", "", str(text)).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        raise ValueError(f"{text!r} is not a SHA-256 fingerprint (64 hex digits, colons optional)")
    return ":".join(digits[i:i + 2] for i in range(0, 64, 2))


def load_trusted(path: Path | None = None) -> tuple[list[TrustedSigner], str | None]:
    """The trusted signers, and a message when the file was damaged (it is then set aside, kept)."""
    path = path or trust_file()
    try:
        if not path.is_file():
            if path.exists():
                moved = set_aside(path)
                return [], f"{path} was not a regular file; moved aside to {moved}"
            return [], None
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValueError(f"larger than {MAX_FILE_BYTES} bytes")
        data = TrustedSigners.model_validate(json.loads(path.read_bytes().decode("utf-8")))
    except FileNotFoundError:
        return [], None
    except (OSError, ValueError, ValidationError, RecursionError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        try:
            moved = set_aside(path)
        except OSError:
            return [], f"the trusted-signers list {path} is damaged ({reason}) and cannot be moved aside"
        return [], f"the trusted-signers list {path} was damaged ({reason}); moved aside to {moved}, starting empty"
    return data.signers, None


def _save(signers: list[TrustedSigner], path: Path) -> None:
    body = TrustedSigners(signers=signers).model_dump_json(indent=1).encode("utf-8")
    write_atomic(path, body, mode=0o600)


def certificate_from_file(path: Path, passphrase: bytes | None = None) -> x509.Certificate:
    """A certificate from a PEM or DER file, a PKCS#12 identity (with its passphrase) or a signed report."""
    path = Path(path)
    try:
        if not path.is_file():
            raise IdentityError(f"{path}: not a regular file / keine reguläre Datei")
        if path.stat().st_size > MAX_CERT_FILE_BYTES:
            raise IdentityError(f"{path}: larger than {MAX_CERT_FILE_BYTES // 2**20} MiB / zu groß")
        data = path.read_bytes()
    except OSError as exc:
        raise IdentityError(f"{path}: cannot be read / nicht lesbar ({exc.strerror})") from None
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        from .verify import signer_certificate

        cert = signer_certificate(data)
        if cert is None:
            raise IdentityError(f"{path}: a PDF without a readable signature / PDF ohne lesbare Signatur")
        return cert
    for loader in (x509.load_pem_x509_certificate, x509.load_der_x509_certificate):
        try:
            return loader(data)
        except ValueError:
            continue
    if passphrase is not None:
        try:
            _key, cert, _extra = pkcs12.load_key_and_certificates(data, passphrase)
        except ValueError:
            raise IdentityError(f"{path}: wrong passphrase, or not a PKCS#12 file / falsche Passphrase oder "
                                "keine PKCS#12-Datei") from None
        if cert is not None:
            return cert
    raise IdentityError(f"{path}: not a certificate (PEM or DER), a signed report, or a PKCS#12 identity with "
                        "--passphrase-file / kein Zertifikat")


def trust(cert: x509.Certificate, path: Path | None = None,
          now: dt.datetime | None = None) -> tuple[TrustedSigner, bool]:
    """Add a certificate to the list; (entry, True when it was new)."""
    from .identity import describe

    path = path or trust_file()
    signers, _problem = load_trusted(path)
    ident = describe(cert)
    for s in signers:
        if s.fingerprint_sha256 == ident.fingerprint_sha256:
            return s, False
    entry = TrustedSigner(fingerprint_sha256=ident.fingerprint_sha256, name=ident.name[:500],
                          organisation=ident.organisation[:500], added=now or dt.datetime.now(dt.UTC))
    if len(signers) >= MAX_SIGNERS:
        raise IdentityError(f"the trusted-signers list holds {MAX_SIGNERS} entries already")
    _save([*signers, entry], path)
    return entry, True


def fingerprint_of(cert: x509.Certificate) -> str:
    return cert_fingerprint(cert)
