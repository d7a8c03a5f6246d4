"""Check a report: its signature and signer, changes after signing, and whether its embedded assessment
still comes out the same with the knowledge base at hand. Offline: no certificate fetching, no OCSP."""

from __future__ import annotations

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
}


def say(key: str, lang: str = "en") -> str:
    en, de = MESSAGES[key]
    return de if lang == "de" else en


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

    @property
    def exit_code(self) -> int:
        if self.problem in ("unreadable", "not_pdf", "truncated", "not_ours", "unsigned"):
            return EXIT_UNUSABLE
        return EXIT_VALID if self.valid else EXIT_INVALID

    def message(self, lang: str = "en") -> str:
        parts = [say(self.problem, lang)] if self.problem else []
        if self.signed and self.valid:
            parts.append(say("valid_extended" if self.modified_after_signing else "valid", lang))
        parts += [say(n, lang) for n in self.notes]
        return "; ".join(parts)

    def as_dict(self, lang: str = "en") -> dict:
        return {
            "file": self.file, "signed": self.signed, "valid": self.valid, "intact": self.intact,
            "modified_after_signing": self.modified_after_signing, "modification_level": self.modification_level,
            "signer": self.signer, "signed_at": self.signed_at, "signature_count": self.signature_count,
            "attachment": self.attachment, "reproduction": self.reproduction, "exit_code": self.exit_code,
            "problem": self.problem, "message": self.message(lang),
        }


def _looks_truncated(data: bytes) -> bool:
    return b"%%EOF" not in data[-2048:]


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


def _validate(sig):
    """pyHanko's validation of one embedded signature: integrity, certificate, difference analysis."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    # No trust roots (no OS trust list, no network): trust is not claimed, the fingerprint tells.
    context = ValidationContext(trust_roots=[], allow_fetching=False, revocation_mode="soft-fail")
    return validate_pdf_signature(sig, signer_validation_context=context)


def verify_bytes(data: bytes, catalog=None, name: str = "report.pdf") -> Verification:
    """Everything `verify` reports; `catalog` (desktop.engine.assess.Catalog) enables the re-run."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    result = Verification(file=name)
    if b"%PDF-" not in data[:1024]:
        result.problem = "not_pdf"
        return result
    if _looks_truncated(data):
        result.problem = "truncated"
        return result
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # we report problems ourselves
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        signatures = list(reader.embedded_regular_signatures)
    except Exception:  # noqa: BLE001 - any parser failure means a damaged file
        result.problem = "truncated"
        return result

    try:
        attachment = read_attachment(reader)
    except AttachmentError as exc:
        attachment, result.attachment = None, {"present": False, "error": str(exc)}
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
            result.modified_after_signing = status.coverage != SignatureCoverageLevel.ENTIRE_FILE
            level = status.modification_level
            result.modification_level = level.name.lower() if level is not None else None
        # Our reports carry exactly one signature and nothing after it: a second signature (even a valid
        # one, by anyone) can carry a stamp that draws over the report, so it makes the report tampered.
        acceptable = len(signatures) == 1 and all(
            s is not None and s.modification_level is not None
            and s.modification_level <= ModificationLevel.LTA_UPDATES and s.docmdp_ok is not False
            and s.coverage >= SignatureCoverageLevel.ENTIRE_REVISION
            for s in statuses
        )
        result.valid = crypto_ok and acceptable
        if not crypto_ok:
            result.problem = "broken"
        elif not acceptable:
            result.problem = "tampered"
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
        if rep["same"] is True:
            result.notes.append("same")
        elif rep["same"] is False:
            result.notes.append("differs")
        if rep["knowledge_base_version_report"] != rep["knowledge_base_version_now"]:
            result.notes.append("kb_differs")
    return result


def verify_file(path: Path, catalog=None) -> Verification:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        return Verification(file=str(path), problem="unreadable")
    return verify_bytes(data, catalog, str(path))
