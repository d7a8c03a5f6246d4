"""Build, sign and write a report from plain data: the one path both `model-strategy report` and the
GUI's export take (the GUI runs it on a worker thread; there is no Qt in here).

The steps: unlock the identity first (a wrong passphrase stops before any work and nothing is written),
lay out the PDF, embed the assessment, sign, write atomically.

A command-line run on Linux lays the PDF out in a forked child while this process loads the signing library
(pyHanko and its font tools, about a third of a cold run): the two take about as long, and a laptop has two
cores. The child only lays out and hands back the bytes; anything it cannot do is done again here, so the
result and its errors are those of the plain path. The app (threads) and other systems take the plain path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.portfolio import Portfolio
from desktop.engine.result import PortfolioAssessment
from desktop.knowledge.build import KIND_TABLES
from desktop.report import content
from desktop.report.attachment import build_attachment, encode
from desktop.report.identity import Identity, check_usable, load_identity
from desktop.report.output import check_target, write_atomic

if TYPE_CHECKING:
    from desktop.report.sign import Signer

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
    from desktop.report.sign import Signer

    return Signer(Path(request.identity), request.passphrase) if request.identity is not None else None


def finished_pdf(request: ReportRequest, progress: Progress = _quiet, signer: Signer | None = None,
                 fork_layout: bool = False) -> tuple[bytes, Identity | None]:
    """The report's final bytes (attachment embedded, signed when an identity is given) and the signer.
    `fork_layout`: the caller is a single-threaded command and allows the layout to run in a forked child."""
    identity = signer.identity if signer is not None else None
    if identity is None and request.identity is not None:
        progress("unlock")
        identity = load_identity(Path(request.identity), request.passphrase)  # IdentityError: wrong passphrase
        check_usable(identity)
    info = None
    if identity is not None:
        info = content.SignerInfo(name=identity.name, organisation=identity.organisation,
                                  fingerprint_sha256=identity.fingerprint_sha256)
    progress("layout")
    layout = _ForkedLayout.start(request, info) if fork_layout and identity is not None and signer is None else None
    try:
        if identity is not None and signer is None:
            signer = unlock(request)  # loads pyHanko, here while a forked child lays out
            _warm_stamp()
        pdf = layout.result() if layout is not None else None
        if pdf is None:
            pdf = content.build_report_pdf(request.portfolio, request.assessment, request.knowledge,
                                           lang=request.lang, paper=request.paper, signer=info,
                                           generated=request.generated)
    finally:
        if layout is not None:
            layout.close()
    attachment = encode(build_attachment(request.portfolio, request.assessment, request.knowledge.version,
                                         request.generated))
    progress("sign" if signer else "attach")
    from desktop.report.sign import finish_report

    data = finish_report(pdf, attachment, signer=signer, box=content.signature_box(request.paper),
                         lang=request.lang, generated=request.generated)
    return data, signer.identity if signer else None


def _warm_stamp() -> None:
    """What the signature stamp loads (the OpenType engine and our cached font), loaded now."""
    from pyhanko.pdf_utils.font import opentype  # noqa: F401, PLC0415

    from desktop.report.stampfont import font_bytes

    font_bytes()


class _ForkedLayout:
    """The report laid out by a forked child. `result()` is the PDF, or None when the child did not make it
    (then the caller lays it out itself and meets any error the plain way)."""

    def __init__(self, pid: int, read_fd: int):
        self.pid, self.read_fd, self.done = pid, read_fd, False

    @classmethod
    def start(cls, request: ReportRequest, info) -> _ForkedLayout | None:
        if not cls.worthwhile():
            return None
        import signal

        try:
            read_fd, write_fd = os.pipe()
        except OSError:  # out of file descriptors: the plain way
            return None
        # Ctrl-C between fork and the child's `try` would unwind the child through the parent's handlers: the
        # child never sees it (the parent kills it on the way out), the parent gets it back after the fork.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pid = os.fork()
        except OSError:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: lay out, hand the bytes over, end without running the parent's exit handlers
            status = 1
            try:
                os.close(read_fd)
                pdf = content.build_report_pdf(request.portfolio, request.assessment, request.knowledge,
                                               lang=request.lang, paper=request.paper, signer=info,
                                               generated=request.generated)
                with os.fdopen(write_fd, "wb") as out:
                    out.write(pdf)
                status = 0
            finally:
                os._exit(status)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        os.close(write_fd)
        return cls(pid, read_fd)

    @staticmethod
    def worthwhile() -> bool:
        """Only where it helps and is safe: Linux (fork without exec is unsafe with macOS frameworks), a
        process without threads (the app signs on a worker thread), pyHanko not yet loaded, more than one core."""
        return (sys.platform.startswith("linux") and threading.current_thread() is threading.main_thread()
                and threading.active_count() == 1 and "pyhanko.sign" not in sys.modules
                and (os.cpu_count() or 1) > 1 and not os.environ.get("MSS_NO_FORK"))

    def result(self) -> bytes | None:
        chunks = []
        read_fd, self.read_fd = self.read_fd, -1  # the file object closes it from here on
        with os.fdopen(read_fd, "rb") as inp:
            while chunk := inp.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        self.done = True
        data = b"".join(chunks)
        return data if status == 0 and data.startswith(b"%PDF") else None

    def close(self) -> None:
        """Reap the child if the result was never read (an error on the way): no zombie, no stray pipe."""
        if self.done:
            return
        import signal

        if self.read_fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.read_fd)
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self.done = True


def export_report(request: ReportRequest, target: Path, *, replace: bool = False,
                  progress: Progress = _quiet, signer: Signer | None = None, fork_layout: bool = False) -> ExportResult:
    """Write the finished report to `target`: all of it or nothing (OutputError, IdentityError, SigningError).
    `signer` is an identity already unlocked by the caller."""
    started = time.perf_counter()
    target = Path(target)
    check_target(target, replace)  # a missing folder shows before the work, not after
    data, identity = finished_pdf(request, progress, signer, fork_layout=fork_layout)
    progress("write")
    write_atomic(target, data, force=replace)
    return ExportResult(target, len(data), identity, time.perf_counter() - started)
