"""Build, sign and write a report from plain data: the one path both `model-strategy report` and the
GUI's export take (the GUI runs it on a worker thread; there is no Qt in here).

The steps: unlock the identity first (a wrong passphrase stops before any work and nothing is written),
lay out the PDF, embed the assessment, sign, write atomically.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.portfolio import Portfolio
from desktop.engine.result import PortfolioAssessment
from desktop.knowledge.build import KIND_TABLES
from desktop.report import content
from desktop.report.attachment import build_attachment, encode
from desktop.report.identity import Identity
from desktop.report.output import check_target, write_atomic
from desktop.report.sign import Signer, finish_report

Progress = Callable[[str], None]  # called with a step: "unlock", "layout", "sign", "attach", "write"


class KnowledgeSnapshot:
    """The part of the knowledge base the report reads, taken on the GUI thread.

    The user overlay's SQLite connection belongs to the thread that opened it, so a worker gets records
    and facts as plain data instead of the KnowledgeBase itself."""

    def __init__(self, version: str, records: dict[str, list], info: dict):
        self.version = version
        self._records = records
        self._info = info

    @classmethod
    def take(cls, kb, today: dt.date) -> KnowledgeSnapshot:
        return cls(kb.version, {kind: kb.records(kind) for kind in KIND_TABLES}, kb.info(today=today))

    def records(self, kind: str) -> list:
        return list(self._records[kind])

    def info(self, today: dt.date | None = None) -> dict:
        return dict(self._info)


@dataclass(frozen=True)
class ReportRequest:
    portfolio: Portfolio  # replaced, never mutated, by the document
    assessment: PortfolioAssessment
    knowledge: KnowledgeSnapshot
    generated: dt.datetime
    lang: str = "en"
    paper: str = "a4"
    identity: Path | None = None
    passphrase: bytes = b""

    @classmethod
    def of(cls, portfolio, assessment, kb, **choices) -> ReportRequest:
        generated = dt.datetime.now().astimezone().replace(microsecond=0)
        return cls(portfolio, assessment, KnowledgeSnapshot.take(kb, generated.date()), generated, **choices)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    identity: Identity | None
    seconds: float


def _quiet(_step: str) -> None:
    pass


def draft_pdf(request: ReportRequest, progress: Progress = _quiet) -> bytes:
    """The report as laid out, unsigned and without the attachment: what print and print preview show."""
    progress("layout")
    return content.build_report_pdf(request.portfolio, request.assessment, request.knowledge, lang=request.lang,
                                    paper=request.paper, generated=request.generated)


def unlock(request: ReportRequest) -> Signer | None:
    """The signer of a request (IdentityError on a wrong passphrase), or None for an unsigned report."""
    return Signer(Path(request.identity), request.passphrase) if request.identity is not None else None


def finished_pdf(request: ReportRequest, progress: Progress = _quiet,
                 signer: Signer | None = None) -> tuple[bytes, Identity | None]:
    """The report's final bytes (attachment embedded, signed when an identity is given) and the signer."""
    if signer is None and request.identity is not None:
        progress("unlock")
        signer = Signer(Path(request.identity), request.passphrase)  # IdentityError on a wrong passphrase
    info = None
    if signer is not None:
        ident = signer.identity
        info = content.SignerInfo(name=ident.name, organisation=ident.organisation,
                                  fingerprint_sha256=ident.fingerprint_sha256)
    progress("layout")
    pdf = content.build_report_pdf(request.portfolio, request.assessment, request.knowledge, lang=request.lang,
                                   paper=request.paper, signer=info, generated=request.generated)
    attachment = encode(build_attachment(request.portfolio, request.assessment, request.knowledge.version,
                                         request.generated))
    progress("sign" if signer else "attach")
    data = finish_report(pdf, attachment, signer=signer, box=content.signature_box(request.paper),
                         lang=request.lang, generated=request.generated)
    return data, signer.identity if signer else None


def export_report(request: ReportRequest, target: Path, *, replace: bool = False,
                  progress: Progress = _quiet, signer: Signer | None = None) -> ExportResult:
    """Write the finished report to `target`: all of it or nothing (OutputError, IdentityError, SigningError).
    `signer` is an identity already unlocked by the caller."""
    started = time.perf_counter()
    target = Path(target)
    check_target(target, replace)  # a missing folder shows before the work, not after
    data, identity = finished_pdf(request, progress, signer)
    progress("write")
    write_atomic(target, data, force=replace)
    return ExportResult(target, len(data), identity, time.perf_counter() - started)
