"""What File ▸ Export / Print / Print preview / Verify and Settings ▸ Identities do, for the main window
and the report view alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.report.output import write_atomic
from desktop.report.pipeline import ReportRequest, draft_pdf
from desktop.report.workbook import build_workbook

from .export_dialog import ExportDialog
from .identities import IdentitiesDialog
from .jobs import Job, close_dialog, progress_dialog
from .printing import PdfPages, PrintError, ReportPreviewDialog, paint_pages, prepare_printer
from .verify_dialog import VerifyDialog


class ReportActions(QObject):
    def __init__(self, window: QWidget, doc, kb, language: str = "en"):
        super().__init__(window)
        self.window, self.doc, self.kb, self.language = window, doc, kb, language
        self.printer: QPrinter | None = None  # kept, so the chosen printer and paper stay for the session
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self._then = None

    def _assessed(self) -> bool:
        if self.doc.assessment is not None:
            return True
        QMessageBox.warning(self.window, self.tr("No report yet"), self.tr(
            "The report needs an assessment, and this portfolio has none: {0}").format(self.doc.assessment_error or ""))
        return False

    # -- dialogs ------------------------------------------------------------------------------------------
    def export_report(self) -> None:
        if not self._assessed():
            return
        dialog = ExportDialog(self.doc, self.kb, self.language, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def export_workbook(self, target: str | None = None) -> bool:
        """Export ▸ Excel workbook…: the cost model with live formulas for the client's controller. It is
        written in well under a second, so on this thread; the file dialog has asked before replacing."""
        if not self._assessed():
            return False
        if target is None:
            suggested = str(Path(self.doc.path).with_suffix(".xlsx")) if getattr(self.doc, "path", None) else ""
            target, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export Excel workbook"), suggested,
                                                    self.tr("Excel workbook (*.xlsx)"))
            if not target:
                return False
        path = Path(target)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            write_atomic(path, build_workbook(self.doc.portfolio, self.doc.assessment, lang=self.language),
                         force=True)
        except OSError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot export"), str(exc))
            return False
        return True

    def manage_identities(self) -> None:
        dialog = IdentitiesDialog(self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def verify_report(self) -> None:
        dialog = VerifyDialog(self.doc.catalog, self.language, self.window)
        try:
            dialog.show()
            dialog.choose_file()
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- print and preview --------------------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self.printer

    def _paper(self) -> str:
        size = self._printer().pageLayout().pageSize().id()
        return "letter" if size == QPageSize.PageSizeId.Letter else "a4"

    def print_report(self) -> None:
        self._with_draft(self.print_pages)

    def preview_report(self) -> None:
        self._with_draft(self.preview_pages)

    def _with_draft(self, then) -> bool:
        """Lay the report out (unsigned, in the UI language) on the thread pool, then hand its pages on."""
        if not self._assessed() or (self.job is not None and self.job.running):
            return False
        request = ReportRequest.of(self.doc.portfolio, self.doc.assessment, self.kb, lang=self.language,
                                   paper=self._paper())
        self._then = then
        self.job = Job(lambda progress: draft_pdf(request, progress))
        self.job.succeeded.connect(self._draft_ready)
        self.job.failed.connect(self._draft_failed)
        self.progress = progress_dialog(self.window, self.tr("Laying out the report…"), self.tr("Print"))
        self.job.start()
        return True

    def _close_progress(self) -> None:
        close_dialog(self.progress)
        self.progress = None

    @Slot(object)
    def _draft_ready(self, pdf: bytes) -> None:
        self._close_progress()
        pages = PdfPages(pdf)
        try:
            self._then(pages)
        finally:
            pages.close()

    @Slot(object)
    def _draft_failed(self, exc: Exception) -> None:
        self._close_progress()
        QMessageBox.critical(self.window, self.tr("Cannot print"),
                             self.tr("The report could not be laid out: {0}").format(exc))

    def print_pages(self, pages: PdfPages) -> int:
        printer = self._printer()
        prepare_printer(printer, pages)
        dialog = QPrintDialog(printer, self.window)
        dialog.setMinMax(1, len(pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        finally:
            dialog.deleteLater()
        return self.print_to(printer, pages)

    def print_to(self, printer: QPrinter, pages: PdfPages) -> int:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return paint_pages(printer, pages)
        except PrintError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot print"), self.tr(
                "The printer “{0}” could not be started. Check that it is connected, or print to a PDF file "
                "instead.").format(str(exc) or self.tr("(none)")))
            return 0
        finally:
            QApplication.restoreOverrideCursor()

    def preview_pages(self, pages: PdfPages) -> None:
        printer = self._printer()
        prepare_printer(printer, pages)
        dialog = ReportPreviewDialog(pages, printer, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
