"""Print and print preview of a report PDF.

QtPdf is not in PySide6-Essentials, so PDFium (pypdfium2) rasterises each page and the image is painted
onto the printer's page at the printer's resolution (capped: past 300 dpi a raster gains nothing but
memory), keeping the aspect ratio and centred. PDFium is not thread-safe: pages are rendered on the GUI
thread only.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Slot
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300
PREVIEW_DPI = 150


class PrintError(RuntimeError):
    """The printer could not be started (no printer, a file that cannot be written)."""


class PdfPages:
    """A PDF's pages as images, rendered on demand."""

    def __init__(self, data: bytes):
        self.data = data
        self.pdf = pdfium.PdfDocument(data)

    def __len__(self) -> int:
        return len(self.pdf)

    def size_points(self, index: int) -> QSizeF:
        width, height = self.pdf[index].get_size()
        return QSizeF(width, height)

    def image(self, index: int, dpi: float) -> QImage:
        page = self.pdf[index]
        bitmap = page.render(scale=dpi / 72.0, prefer_bgrx=True, draw_annots=True)
        # BGRX in memory is QImage's RGB32 on little-endian machines; copy() detaches it from PDFium's buffer.
        fmt = QImage.Format.Format_RGB32 if bitmap.mode == "BGRX" else QImage.Format.Format_BGR888
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        page.close()
        return image

    def paper(self) -> str:
        """"letter" or "a4", from the first page's size (what page size the printer should default to)."""
        size = self.size_points(0) if len(self) else QSizeF(595, 842)
        return "letter" if abs(size.width() - 612) < 3 and abs(size.height() - 792) < 3 else "a4"

    def close(self) -> None:
        self.pdf.close()


def page_size_for(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def prepare_printer(printer: QPrinter, pages: PdfPages) -> None:
    """The report's paper, no margins of the printer's own (the report has its margins), the page count."""
    printer.setPageSize(page_size_for(pages.paper()))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    printer.setFromTo(0, 0)
    printer.setDocName("Model Strategy Studio report")


def page_indices(printer: QPrinter, count: int) -> list[int]:
    """The pages the print dialog asked for (fromPage/toPage are 1-based, 0 means all)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return list(range(count))
    last = count if last <= 0 else min(last, count)
    return list(range(first - 1, last))


def target_rect(printer: QPrinter, page: QSizeF) -> QRectF:
    """The page's place on the paper in device pixels: as large as fits, aspect kept, centred."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    if not printer.fullPage():  # the painter's origin is then the printable area's corner
        paper.translate(-printer.pageRect(QPrinter.Unit.DevicePixel).topLeft())
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2, width, height)


def paint_pages(printer: QPrinter, pages: PdfPages, max_dpi: float | None = None) -> int:
    """Paint the chosen pages onto the printer; the number painted. PrintError if the printer will not start.

    Without `max_dpi`, a print preview (Qt records it as pictures) gets PREVIEW_DPI, paper PRINT_DPI."""
    indices = page_indices(printer, len(pages))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.outputFileName() or printer.printerName())
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if max_dpi is None:
            preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
            max_dpi = PREVIEW_DPI if preview else PRINT_DPI
        dpi = min(float(printer.resolution()), max_dpi)
        for n, index in enumerate(indices):
            if n and not printer.newPage():
                raise PrintError(printer.outputFileName() or printer.printerName())
            painter.drawImage(target_rect(printer, pages.size_points(index)), pages.image(index, dpi))
    finally:
        painter.end()
    return len(indices)


class ReportPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview (zoom, page setup, print) over the report's pages."""

    def __init__(self, pages: PdfPages, printer: QPrinter, parent: QWidget | None = None):
        super().__init__(printer, parent)
        self.pages = pages
        self.painted = 0
        self.error: str | None = None
        self.setWindowTitle(self.tr("Print preview — report"))
        self.resize(900, 1000)
        self.paintRequested.connect(self.paint)

    @Slot(QPrinter)
    def paint(self, printer: QPrinter) -> None:
        # Called for the preview and again when the user prints from it; paint_pages tells them apart.
        try:
            self.painted = paint_pages(printer, self.pages)
        except PrintError as exc:
            self.error = str(exc)
            self.painted = 0
