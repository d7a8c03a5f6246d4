"""Finish a report PDF: embed the assessment attachment, then (optionally) sign it as PAdES B-B with a
visible stamp on the last page. One incremental update holds both, so the signature covers the attachment.
"""

from __future__ import annotations

import datetime as dt
import logging
from io import BytesIO
from pathlib import Path
from typing import cast

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle

from .attachment import embed_attachment
from .identity import Identity, IdentityError, check_usable, load_identity  # noqa: F401 - re-exported
from .output import SigningError  # noqa: F401 - re-exported: callers catch it without loading pyHanko
from .stampfont import StampFont

FIELD_NAME = "Signature"

STAMP_TEXT = {
    "en": ("Digitally signed by %(signer)s\n%(org)s\nSigned: %(ts)s\n"
           "Certificate SHA-256:\n%(fp1)s\n%(fp2)s"),
    "de": ("Digital signiert von %(signer)s\n%(org)s\nSigniert: %(ts)s\n"
           "Zertifikat SHA-256:\n%(fp1)s\n%(fp2)s"),
}
REASON = {
    "en": "Model Strategy Studio assessment report",
    "de": "Model-Strategy-Studio-Bewertungsbericht",
}


class Signer:
    """A loaded signing identity: pyHanko's signer and our description of its certificate."""

    def __init__(self, path: Path, passphrase: bytes, now: dt.datetime | None = None):
        self.identity: Identity = load_identity(path, passphrase)  # clear error on a wrong passphrase
        check_usable(self.identity, now)
        # Keyword arguments: the second positional parameter is not the passphrase.
        # pyHanko logs and returns None (instead of raising) when it cannot decrypt the file.
        logger = logging.getLogger("pyhanko")
        level = logger.level
        logger.setLevel(logging.CRITICAL)
        try:
            signer = signers.SimpleSigner.load_pkcs12(pfx_file=str(path), passphrase=passphrase)
        finally:
            logger.setLevel(level)
        if signer is None:
            raise IdentityError(f"{path}: wrong passphrase, or not a PKCS#12 file / falsche Passphrase oder "
                                "keine PKCS#12-Datei")
        self.pyhanko = signer


def stamp_style(lang: str = "en", font_size: int = 8) -> TextStampStyle:
    """Our stamp: the bundled DejaVu font (embedded, subset) instead of pyHanko's unembedded Courier."""
    return TextStampStyle(
        stamp_text=STAMP_TEXT.get(lang, STAMP_TEXT["en"]),
        text_box_style=TextBoxStyle(font=StampFont(font_size=font_size),
                                    font_size=font_size, leading=font_size + 2),
        border_width=1,
        inner_content_layout=layout.SimpleBoxLayoutRule(  # left-aligned; shrinks to fit a small box
            x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(8),
        ),
        timestamp_format="%Y-%m-%d %H:%M:%S %Z",  # pyHanko fills %(ts)s with the signing time it records
    )


def stamp_params(identity: Identity) -> dict[str, str]:
    fp = identity.fingerprint_sha256
    half = len(fp) // 2 + 1  # 16 pairs on the first line, 16 on the second
    return {"signer": identity.name, "org": identity.organisation or "—", "fp1": fp[:half].rstrip(":"),
            "fp2": fp[half:]}


def finish_report(pdf: bytes, attachment: bytes, *, signer: Signer | None = None,
                  box: tuple[float, float, float, float] | None = None, lang: str = "en",
                  generated: dt.datetime | None = None) -> bytes:
    """The report's final bytes: `pdf` plus the attachment, signed when a signer is given.

    `box` is the visible signature field on the last page (x1, y1, x2, y2 in points); None signs invisibly."""
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError, IndexError) as exc:
        raise SigningError(f"the report PDF cannot be read ({exc})") from None
    embed_attachment(writer, attachment, generated)
    out = BytesIO()
    if signer is None:
        writer.write(out)
        return out.getvalue()
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,  # ETSI.CAdES.detached: PAdES baseline B-B
        md_algorithm="sha256",
        reason=REASON.get(lang, REASON["en"]),
        name=signer.identity.name,
    )
    spec = fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=-1, box=cast("tuple[int, int, int, int]", tuple(box))) if box else None
    pdf_signer = signers.PdfSigner(meta, signer=signer.pyhanko, stamp_style=stamp_style(lang), new_field_spec=spec)
    pdf_signer.sign_pdf(writer, output=out, appearance_text_params=stamp_params(signer.identity))
    return out.getvalue()
