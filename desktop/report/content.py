"""The assessment report as a PDF (reportlab platypus): a decision memo, contents, one section per use case,
obligations checklist, EU AI Act, assumptions, sensitivity, sources and a signature page.

The sections live in desktop.report.sections (one module each) and share desktop.report.document's context;
this module keeps the public entry points the CLI, the pipeline and the GUI import.

The last page keeps the rectangle `signature_box(paper)` empty for the visible signature stamp that
desktop.report.sign adds afterwards; the signer's certificate fingerprint is printed on the cover and on
that page so a recipient can compare it over the phone.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.portfolio import Portfolio
from desktop.engine.result import PortfolioAssessment

from .document import Report, SignerInfo, signature_box

__all__ = ["SignerInfo", "build_report_pdf", "signature_box"]


def build_report_pdf(portfolio: Portfolio, assessment: PortfolioAssessment, kb, *, lang: str = "en",
                     paper: str = "a4", signer: SignerInfo | None = None,
                     generated: dt.datetime | None = None) -> bytes:
    """The assessment report as PDF bytes (unsigned; desktop.report.sign signs them)."""
    return Report(portfolio, assessment, kb, lang, paper, signer, generated).build()
