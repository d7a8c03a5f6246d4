"""Signing identities: a certificate and its private key in a passphrase-protected PKCS#12 file.

`create_identity` makes a self-signed one (EC P-256, SHA-256); `load_identity` reads ours and those a
company CA issued alike, and fails with a clear message on a wrong passphrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.domain.portfolio_file import read_limited

VALID_YEARS = 3
MAX_IDENTITY_BYTES = 1024 * 1024  # a PKCS#12 with a certificate chain is a few KiB


class IdentityError(ValueError):
    """An identity that cannot be made or used; the message says why (in English and German)."""


@dataclass(frozen=True)
class Identity:
    path: Path | None
    certificate: x509.Certificate
    name: str
    organisation: str
    fingerprint_sha256: str
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool

    def as_dict(self) -> dict:
        return {
            "file": str(self.path) if self.path else None,
            "name": self.name,
            "organisation": self.organisation,
            "fingerprint_sha256": self.fingerprint_sha256,
            "valid_from": self.not_before.isoformat(),
            "valid_until": self.not_after.isoformat(),
            "self_signed": self.self_signed,
            "issuer": self.certificate.issuer.rfc4514_string(),
        }


def fingerprint(cert_der: bytes) -> str:
    """SHA-256 over the certificate's DER bytes, upper-case hex in colon-separated pairs."""
    digest = hashes.Hash(hashes.SHA256())
    digest.update(cert_der)
    return digest.finalize().hex(":").upper()


def cert_fingerprint(cert: x509.Certificate) -> str:
    return fingerprint(cert.public_bytes(serialization.Encoding.DER))


def _attribute(name: x509.Name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def describe(cert: x509.Certificate, path: Path | None = None) -> Identity:
    subject = cert.subject
    return Identity(
        path=path,
        certificate=cert,
        name=_attribute(subject, NameOID.COMMON_NAME) or subject.rfc4514_string(),
        organisation=_attribute(subject, NameOID.ORGANIZATION_NAME),
        fingerprint_sha256=cert_fingerprint(cert),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=cert.issuer == cert.subject,
    )


def _years_later(when: dt.datetime, years: int) -> dt.datetime:
    try:
        return when.replace(year=when.year + years)
    except ValueError:  # 29 February
        return when.replace(year=when.year + years, day=28)


def create_identity(name: str, organisation: str, passphrase: bytes,
                    now: dt.datetime | None = None) -> tuple[bytes, Identity]:
    """A self-signed identity as PKCS#12 bytes (encrypted with the passphrase) and its description."""
    name, organisation = name.strip(), organisation.strip()
    if not name:
        raise IdentityError("the name is empty / der Name ist leer")
    if not organisation:
        raise IdentityError("the organisation is empty / die Organisation ist leer")
    if not passphrase:
        raise IdentityError("the passphrase is empty / die Passphrase ist leer")
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
    ])
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(_years_later(now, VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, cert, None, serialization.BestAvailableEncryption(passphrase)
    )
    return data, describe(cert)


def load_identity(path: Path, passphrase: bytes) -> Identity:
    """Read a PKCS#12 file; IdentityError for a missing file, a wrong passphrase or no certificate."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_IDENTITY_BYTES)
    except ValueError as exc:  # a FIFO, a device, too large
        raise IdentityError(f"{path}: {exc} / keine reguläre Datei oder zu groß") from None
    except FileNotFoundError:
        raise IdentityError(f"{path}: no such file / Datei nicht gefunden") from None
    except OSError as exc:
        raise IdentityError(f"{path}: cannot be read / nicht lesbar ({exc.strerror})") from None
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        raise IdentityError(
            f"{path}: wrong passphrase, or not a PKCS#12 file / falsche Passphrase oder keine PKCS#12-Datei"
        ) from None
    if key is None or cert is None:
        raise IdentityError(f"{path}: holds no private key and certificate / enthält keinen Schlüssel "
                            "mit Zertifikat")
    return describe(cert, path)


def read_passphrase(path: Path) -> bytes:
    """The first line of a passphrase file (a trailing newline is not part of the passphrase)."""
    try:
        raw = read_limited(Path(path), 64 * 1024)
    except ValueError as exc:
        raise IdentityError(f"{path}: {exc} / keine reguläre Datei oder zu groß") from None
    except FileNotFoundError:
        raise IdentityError(f"{path}: no such passphrase file / Passphrasen-Datei nicht gefunden") from None
    except OSError as exc:
        raise IdentityError(f"{path}: cannot be read / nicht lesbar ({exc.strerror})") from None
    line = raw.split(b"\n", 1)[0]
    return line[:-1] if line.endswith(b"\r") else line


def check_usable(identity: Identity, now: dt.datetime | None = None) -> None:
    """An identity signs only while its certificate is valid and allows signing; `verify` refuses the rest,
    so signing with it would only make a report that fails."""
    now = now or dt.datetime.now(dt.UTC)
    if now < identity.not_before:
        raise IdentityError(f"{identity.path}: the certificate is not valid before {identity.not_before:%Y-%m-%d %H:%M} "
                            f"UTC / das Zertifikat gilt erst ab {identity.not_before:%Y-%m-%d %H:%M} UTC")
    if now > identity.not_after:
        raise IdentityError(f"{identity.path}: the certificate expired on {identity.not_after:%Y-%m-%d} / das "
                            f"Zertifikat ist am {identity.not_after:%Y-%m-%d} abgelaufen")
    try:
        usage = identity.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
        allowed = usage.digital_signature or usage.content_commitment
    except x509.ExtensionNotFound:
        allowed = False
    if not allowed:
        raise IdentityError(f"{identity.path}: the certificate does not allow signing (key usage) / das Zertifikat "
                            "erlaubt kein Signieren (Schlüsselverwendung)")
