"""Check a report: its signature and signer, changes after signing, and whether its embedded assessment
still comes out the same with the knowledge base at hand. Offline: no certificate fetching, no OCSP."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from .attachment import AttachmentError, read_attachment

EXIT_VALID, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2

MESSAGES = {
    "unreadable": ("the file cannot be read", "die Datei ist nicht lesbar"),
    "not_pdf": ("not a PDF file", "keine PDF-Datei"),
    "truncated": ("the PDF is truncated or damaged", "die PDF-Datei ist abgeschnitten oder beschädigt"),
    "not_ours": ("not a Model Strategy Studio report (no embedded assessment)",
                 "kein Bericht von Model Strategy Studio (keine eingebettete Bewertung)"),
    "unsigned": ("the report is not signed", "der Bericht ist nicht signiert"),
    "broken": ("the signature is invalid: the signed content was changed",
               "die Signatur ist ungültig: der signierte Inhalt wurde verändert"),
    "tampered": ("the report was changed after signing", "der Bericht wurde nach dem Signieren verändert"),
    "valid": ("the signature is valid and covers the whole file",
              "die Signatur ist gültig und deckt die ganze Datei ab"),
    "valid_extended": ("the signature is valid; later additions only add signatures or validation data",
                       "die Signatur ist gültig; spätere Ergänzungen fügen nur Signaturen oder Prüfdaten hinzu"),
    "untrusted": ("signer not trusted by a CA; compare the fingerprint with the signer",
                  "Signierende:r nicht durch eine CA bestätigt; Fingerabdruck mit der Person abgleichen"),
    "same": ("re-running the assessment gives the same verdicts and costs",
             "die erneute Bewertung ergibt dieselben Urteile und Kosten"),
    "differs": ("re-running the assessment gives different results",
                "die erneute Bewertung ergibt andere Ergebnisse"),
    "kb_differs": ("the knowledge base version differs from the report's",
                   "die Version der Wissensbasis weicht von der des Berichts ab"),
    "malformed": ("the PDF's structure is malformed and cannot be checked",
                  "die Struktur der PDF-Datei ist fehlerhaft und kann nicht geprüft werden"),
    "too_large": ("the file is larger than a report can be", "die Datei ist größer als ein Bericht sein kann"),
    "cert_invalid": ("the signing certificate was not usable for signing",
                     "das Signaturzertifikat war zum Signieren nicht verwendbar"),
    "not_reproduced": ("the embedded assessment does not reproduce under the knowledge base version it names",
                       "die eingebettete Bewertung lässt sich mit der genannten Wissensbasis-Version nicht "
                       "nachvollziehen"),
    "unexpected_signer": ("signed by someone other than the expected signer (fingerprint differs)",
                          "von jemand anderem als erwartet signiert (Fingerabdruck weicht ab)"),
    "trusted_signer": ("signed by {name} (trusted)", "signiert von {name} (vertrauenswürdig)"),
    "lookalike": ("signed by a different, untrusted signer who uses the name of trusted signer {name}",
                  "von einer anderen, nicht vertrauenswürdigen Person signiert, die den Namen von {name} trägt"),
}

MAX_PDF_BYTES = 16 * 1024 * 1024  # a report is a few hundred KiB (300 candidates: 0.6 MiB)


def say(key: str, lang: str = "en", **params) -> str:
    en, de = MESSAGES[key]
    return (de if lang == "de" else en).format(**params) if params else (de if lang == "de" else en)


@dataclass
class Verification:
    file: str
    signed: bool = False
    valid: bool = False
    intact: bool | None = None
    modified_after_signing: bool | None = None
    modification_level: str | None = None
    signer: dict | None = None
    signed_at: str | None = None
    signature_count: int = 0
    attachment: dict = field(default_factory=lambda: {"present": False})
    reproduction: dict | None = None
    problem: str | None = None  # a key of MESSAGES when the file is unusable, unsigned or invalid
    notes: list[str] = field(default_factory=list)  # keys of MESSAGES
    changes: list[str] = field(default_factory=list)  # what a later update changed, in words
    details: list[str] = field(default_factory=list)  # why: the loop found, the certificate's dates, …

    @property
    def exit_code(self) -> int:
        if self.problem in ("unreadable", "not_pdf", "truncated", "not_ours", "unsigned", "malformed",
                            "too_large"):
            return EXIT_UNUSABLE
        return EXIT_VALID if self.valid else EXIT_INVALID

    def message(self, lang: str = "en") -> str:
        parts = [say(self.problem, lang)] if self.problem else []
        if self.changes:
            parts.append(("geändert: " if lang == "de" else "changed: ") + ", ".join(self.changes))
        parts += self.details
        if self.signed and self.valid:
            parts.append(say("valid_extended" if self.modified_after_signing else "valid", lang))
        name = (self.signer or {}).get("name") or "?"
        lookalike = (self.signer or {}).get("lookalike_of") or "?"
        parts += [say(n, lang, name=lookalike if n == "lookalike" else name) for n in self.notes]
        return "; ".join(parts)

    def as_dict(self, lang: str = "en") -> dict:
        return {
            "file": self.file, "signed": self.signed, "valid": self.valid, "intact": self.intact,
            "modified_after_signing": self.modified_after_signing, "modification_level": self.modification_level,
            "signer": self.signer, "signed_at": self.signed_at, "signature_count": self.signature_count,
            "attachment": self.attachment, "reproduction": self.reproduction, "exit_code": self.exit_code,
            "problem": self.problem, "changes": self.changes, "details": self.details,
            "message": self.message(lang),
        }


def _looks_truncated(data: bytes) -> bool:
    return b"%%EOF" not in data[-2048:]


def _eof_ends(data: bytes) -> list[int]:
    """Offsets just after each %%EOF marker (and its line end), last first."""
    ends: list[int] = []
    at = len(data)
    while len(ends) < 8:
        at = data.rfind(b"%%EOF", 0, at)
        if at < 0:
            break
        end = at + 5
        while end < len(data) and data[end:end + 1] in (b"\r", b"\n"):
            end += 1
        ends.append(end)
    return ends


def _appended(data: bytes) -> bool:
    """Bytes after the last %%EOF that are not just white space: a viewer ignores them, a signature does
    not cover them, and they can carry anything."""
    ends = _eof_ends(data)
    return bool(ends) and bool(data[ends[0]:].strip(b" \t\r\n\x00"))


def _name_part(name, key: str) -> str:
    try:
        return str(name.native.get(key) or "")
    except AttributeError:
        return ""


def _signer_details(cert, trusted: bool) -> dict:
    return {
        "name": _name_part(cert.subject, "common_name") or cert.subject.human_friendly,
        "organisation": _name_part(cert.subject, "organization_name"),
        "issuer": cert.issuer.human_friendly,
        "self_signed": cert.self_signed != "no",
        "fingerprint_sha256": hashlib.sha256(cert.dump()).digest().hex(":").upper(),
        "trusted": bool(trusted),
    }


def _certificate_problems(cert_der: bytes, signed_at: dt.datetime | None) -> list[str]:
    """Validity at signing time and key usage: what pyHanko's check without trust roots leaves out."""
    from cryptography import x509

    try:
        cert = x509.load_der_x509_certificate(cert_der)
    except ValueError:
        return ["the signing certificate cannot be read"]
    problems = []
    when = signed_at or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    if when < cert.not_valid_before_utc:
        problems.append(f"the certificate was not yet valid at signing time ({when:%Y-%m-%d %H:%M} UTC; "
                        f"valid from {cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC)")
    if when > cert.not_valid_after_utc:
        problems.append(f"the certificate had expired at signing time ({when:%Y-%m-%d %H:%M} UTC; "
                        f"valid until {cert.not_valid_after_utc:%Y-%m-%d %H:%M} UTC)")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            problems.append("the certificate's key usage does not allow signing (no digitalSignature or "
                            "nonRepudiation)")
    except x509.ExtensionNotFound:
        problems.append("the certificate states no key usage (digitalSignature or nonRepudiation required)")
    return problems


def _validate(sig):
    """pyHanko's validation of one embedded signature: integrity, certificate, difference analysis."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    # No trust roots (no OS trust list, no network): trust is not claimed, the fingerprint tells.
    context = ValidationContext(trust_roots=[], allow_fetching=False, revocation_mode="soft-fail")
    return validate_pdf_signature(sig, signer_validation_context=context)


def _open(data: bytes):
    """(reader, signatures) or raises; logs of pyHanko are ours to report."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from . import structure

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    reader = PdfFileReader(BytesIO(data), strict=False)
    structure.check(reader)  # before anything follows a tree: loops end here, as StructureError
    return reader, list(reader.embedded_regular_signatures)


def signer_certificate(data: bytes):
    """The first signature's certificate (cryptography x509) of a PDF, None when there is none."""
    from cryptography import x509

    try:
        _reader, signatures = _open(data)
        return x509.load_der_x509_certificate(signatures[0].signer_cert.dump()) if signatures else None
    except Exception:  # noqa: BLE001 - an unreadable PDF has no signer we could trust
        return None


def _apply_trust(result: Verification, trusted, expect_fingerprint: str | None) -> None:
    signer = result.signer
    if not signer:
        if expect_fingerprint:
            result.valid = False
            result.problem = result.problem or "unexpected_signer"
        return
    fp = signer["fingerprint_sha256"]
    known = {t.fingerprint_sha256: t for t in (trusted or [])}
    signer["trusted_signer"] = fp in known
    same_name = [t for t in known.values() if t.name.casefold() == str(signer["name"]).casefold()]
    signer["lookalike_of"] = same_name[0].name if same_name and fp not in known else None
    if expect_fingerprint is not None:
        signer["expected"] = fp == expect_fingerprint
        if fp != expect_fingerprint:
            result.valid = False
            result.problem = result.problem or "unexpected_signer"
            result.details.append(f"expected {expect_fingerprint}, found {fp}")
    if not result.valid:
        if signer["lookalike_of"]:
            result.notes.append("lookalike")
        return
    if fp in known or signer.get("expected"):
        result.notes = [n for n in result.notes if n != "untrusted"]
        result.notes.insert(0, "trusted_signer")
    elif signer["lookalike_of"]:
        result.notes.insert(0, "lookalike")


def _signed_before(data: bytes, result: Verification) -> bool:
    """Whether an earlier revision (cut at an earlier %%EOF) reads cleanly and is signed; fills in the
    signer so the message can name who signed what was later changed."""

    for end in _eof_ends(data)[1:]:
        try:
            _reader, signatures = _open(data[:end])
        except Exception:  # noqa: BLE001 - try the revision before (a loop there too, or damage)
            continue
        if signatures:
            result.signed, result.signature_count = True, len(signatures)
            try:
                result.signer = _signer_details(signatures[0].signer_cert, False)
            except Exception:  # noqa: BLE001
                result.signer = None
            return True
        return False
    return False


def verify_bytes(data: bytes, catalog=None, name: str = "report.pdf", *, trusted=None,
                 expect_fingerprint: str | None = None) -> Verification:
    """Everything `verify` reports; `catalog` (desktop.engine.assess.Catalog) enables the re-run.

    `trusted`: the user's trusted signers (desktop.report.trust); `expect_fingerprint`: the signer the user
    expects (normalised upper-case colon form); another one makes the report invalid."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from .structure import StructureError, changes_after

    result = Verification(file=name)
    if len(data) > MAX_PDF_BYTES:
        result.problem = "too_large"
        return result
    if b"%PDF-" not in data[:1024]:
        result.problem = "not_pdf"
        return result
    if not _eof_ends(data):
        result.problem = "truncated"
        return result
    appended = _appended(data)
    try:
        try:
            if appended:
                data = data[:_eof_ends(data)[0]]
            reader, signatures = _open(data)
        except StructureError:
            raise
        except Exception:  # noqa: BLE001 - maybe an unreadable update was appended to a good file
            for end in _eof_ends(data)[1:]:
                try:
                    reader, signatures = _open(data[:end])
                except StructureError:
                    raise
                except Exception:  # noqa: BLE001, S112 - try the revision before
                    continue
                data, appended = data[:end], True
                break
            else:
                raise
    except StructureError as exc:
        if _signed_before(data, result):
            # The signed revision reads fine; a later update added the loop: tampering, not damage.
            result.problem = "tampered"
            result.modified_after_signing = True
            result.changes = [f"a malformed update ({exc})"]
            return result
        result.problem = "malformed"
        result.details.append(str(exc))
        return result
    except Exception:  # noqa: BLE001 - any parser failure (RecursionError too) means a damaged file
        result.problem = "truncated"
        return result

    try:
        attachment = read_attachment(reader)
    except AttachmentError as exc:
        attachment, result.attachment = None, {"present": False, "error": str(exc)}
    except StructureError as exc:
        result.problem = "malformed"
        result.details.append(str(exc))
        return result
    except Exception:  # noqa: BLE001
        attachment = None
    if attachment is not None:
        result.attachment = {"present": True, "generated": attachment.get("generated"),
                             "knowledge_base_version": attachment.get("knowledge_base_version"),
                             "portfolio": (attachment.get("assessment") or {}).get("portfolio")}

    result.signature_count = len(signatures)
    result.signed = bool(signatures)
    if signatures:
        for sig in signatures:
            byte_range = [int(x) for x in sig.byte_range]
            end = byte_range[2] + byte_range[3] if len(byte_range) == 4 else 0
            if end > len(data):
                result.problem = "truncated"
                return result
        statuses = []
        for sig in signatures:
            try:
                statuses.append(_validate(sig))
            except Exception:  # noqa: BLE001 - a signature pyHanko cannot process is not a valid one
                statuses.append(None)
        first, status = signatures[0], statuses[0]
        try:
            result.signer = _signer_details(first.signer_cert, bool(status and status.trusted))
        except Exception:  # noqa: BLE001
            result.signer = None
        when = first.self_reported_timestamp
        result.signed_at = when.isoformat() if when else None
        result.intact = all(s is not None and s.intact for s in statuses)
        crypto_ok = all(s is not None and s.intact and s.valid for s in statuses)
        if status is not None:
            result.modified_after_signing = status.coverage != SignatureCoverageLevel.ENTIRE_FILE or appended
            level = status.modification_level
            result.modification_level = level.name.lower() if level is not None else None
        # Our own look at what came after the signed revision: pyHanko counts a changed title or author
        # as harmless, and bytes after the last %%EOF as outside any revision.
        try:
            result.changes = changes_after(reader, first.signed_revision)
        except StructureError as exc:
            result.changes = [f"a malformed update ({exc})"]
        except Exception as exc:  # noqa: BLE001 - an update we cannot read is not an acceptable one
            result.changes = [f"an unreadable update ({type(exc).__name__})"]
        if appended:
            result.changes.append("bytes appended after the end of the file")
        cert_problems = _certificate_problems(first.signer_cert.dump(), when)
        # Our reports carry exactly one signature and nothing after it: a second signature (even a valid
        # one, by anyone) can carry a stamp that draws over the report, so it makes the report tampered.
        acceptable = len(signatures) == 1 and not result.changes and all(
            s is not None and s.modification_level is not None
            and s.modification_level <= ModificationLevel.LTA_UPDATES and s.docmdp_ok is not False
            and s.coverage >= SignatureCoverageLevel.ENTIRE_REVISION
            for s in statuses
        )
        result.valid = crypto_ok and acceptable and not cert_problems
        if not crypto_ok:
            result.problem = "broken"
        elif not acceptable:
            result.problem = "tampered"
            if result.changes:
                result.modified_after_signing = True
        elif cert_problems:
            result.problem = "cert_invalid"
            result.details += cert_problems
        if result.signer and not result.signer["trusted"]:
            result.notes.append("untrusted")

    if attachment is None:
        result.problem = "not_ours"
        return result
    if not signatures:
        result.problem = "unsigned"
    if catalog is not None:
        from .reproduce import reproduce

        result.reproduction = reproduce(attachment, catalog)
        rep = result.reproduction
        same_kb = rep["knowledge_base_version_report"] == rep["knowledge_base_version_now"]
        if rep["same"] is True:
            result.notes.append("same")
        elif rep["same"] is False:
            result.notes.append("differs")
        if not same_kb:
            result.notes.append("kb_differs")
        elif rep["same"] is not True and result.signed:
            # The knowledge base it names is here, and its results do not come out: the report claims
            # what its own inputs do not give.
            result.valid = False
            result.problem = result.problem or "not_reproduced"
            if rep.get("error"):
                result.details.append(rep["error"])
    if result.signed:
        _apply_trust(result, trusted, expect_fingerprint)
    return result


def verify_file(path: Path, catalog=None, *, trusted=None, expect_fingerprint: str | None = None) -> Verification:
    """`trusted` None reads the user's trusted-signers list."""
    import os
    import stat

    path = Path(path)
    try:
        with open(path, "rb", opener=lambda p, f: os.open(p, f | os.O_NONBLOCK)) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return Verification(file=str(path), problem="unreadable", details=["not a regular file"])
            if info.st_size > MAX_PDF_BYTES:
                return Verification(file=str(path), problem="too_large")
            data = handle.read(MAX_PDF_BYTES + 1)
    except OSError:
        return Verification(file=str(path), problem="unreadable")
    if trusted is None:
        from .trust import load_trusted

        trusted, _problem = load_trusted()
    return verify_bytes(data, catalog, str(path), trusted=trusted, expect_fingerprint=expect_fingerprint)
