"""Use cases × models, each cell coloured by the license verdict; the tooltip quotes the clause that
decided it and where it comes from. Models run down the side and use cases across the top: a
portfolio has a handful of use cases but many models, and a tall table scrolls better than a wide one."""

from __future__ import annotations

import textwrap
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.domain.vocabulary import VERDICT_COLOURS

from .data import LicenseMatrix, MatrixCell

DARK_CELLS = {"allowed", "blocked"}
# A symbol with every verdict: colour is never the only cue (grayscale print, colour-vision deficiencies).
SYMBOLS = {"allowed": "✓", "allowed_with_obligations": "✓!", "needs_review": "?", "blocked": "✕",
           "vendor_terms": "§"}


class LicenseMatrixTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(64)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setMinimumSize(320, 200)
        self.matrix: LicenseMatrix | None = None
        self.verdict_names = {
            "allowed": self.tr("allowed"),
            "allowed_with_obligations": self.tr("obligations"),
            "needs_review": self.tr("review"),
            "blocked": self.tr("blocked"),
            "vendor_terms": self.tr("vendor terms"),
        }

    def show_matrix(self, matrix: LicenseMatrix) -> None:
        if matrix == self.matrix:
            return  # most edits do not touch licenses: keep the table as it is
        self.matrix = matrix
        self.setUpdatesEnabled(False)
        self.setRowCount(len(matrix.columns))
        self.setColumnCount(len(matrix.rows))
        self.setVerticalHeaderLabels([_short(c) for c in matrix.columns])
        self.setHorizontalHeaderLabels([_wrapped(name) for _, name in matrix.rows])
        for i, model in enumerate(matrix.columns):
            self.verticalHeaderItem(i).setToolTip(model)
            for j, (uc_id, name) in enumerate(matrix.rows):
                if i == 0:
                    self.horizontalHeaderItem(j).setToolTip(name)
                item = self.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.setItem(i, j, item)
                cell = matrix.cells.get((uc_id, model))
                item.setText("" if cell is None else f"{SYMBOLS[cell.verdict]} {self.verdict_names[cell.verdict]}")
                item.setBackground(QBrush(QColor(VERDICT_COLOURS[cell.verdict])) if cell else QBrush())
                item.setForeground(QBrush(QColor("#FFFFFF" if cell and cell.verdict in DARK_CELLS else "#111111")))
                item.setToolTip(self.tooltip(cell, name, model) if cell else "")
                item.setData(Qt.ItemDataRole.UserRole, cell.verdict if cell else None)
        self.setUpdatesEnabled(True)

    def show_nothing(self) -> None:
        self.matrix = None
        self.setRowCount(0)
        self.setColumnCount(0)

    def item_for(self, use_case_id: str, model: str) -> QTableWidgetItem | None:
        """The cell of a use case (by id) and a model (or 'API <id>')."""
        if self.matrix is None or model not in self.matrix.columns:
            return None
        j = next((j for j, (uc_id, _) in enumerate(self.matrix.rows) if uc_id == use_case_id), None)
        return None if j is None else self.item(self.matrix.columns.index(model), j)

    def tooltip(self, cell: MatrixCell, use_case: str, column: str) -> str:
        parts = [f"<b>{escape(use_case)}</b> × <b>{escape(column)}</b>",
                 self.tr("Question 1 (license): {verdict}").format(verdict=escape(self.verdict_names[cell.verdict]))]
        if cell.verdict == "vendor_terms":
            parts.append(self.tr("A proprietary API: the vendor's commercial terms apply, not a model license."))
        else:
            parts.append(self.tr("Deciding clause: {clause} of {license}").format(
                clause=escape(cell.clause), license=escape(cell.license)))
            if cell.summary:
                parts.append(escape(cell.summary))
            if cell.quote:
                parts.append(f"<i>“{escape(cell.quote)}”</i>")
            if cell.source:
                parts.append(self.tr("Source: {url}").format(url=escape(cell.source)))
        parts.append(self.tr("Candidates: {names}").format(names=escape("; ".join(cell.candidates))))
        return "<qt>" + "<br>".join(parts) + "</qt>"

    def cell_verdict(self, use_case_id: str, column: str) -> str | None:
        cell = self.matrix.cells.get((use_case_id, column)) if self.matrix else None
        return cell.verdict if cell else None

    def has_data(self) -> bool:
        return self.rowCount() > 0 and self.columnCount() > 0


def _wrapped(text: str, width: int = 16) -> str:
    """The full title over as many lines as it takes: column titles are never cut."""
    return "\n".join(textwrap.wrap(text, width, break_long_words=False))


def _short(text: str, limit: int = 24) -> str:
    if len(text) > limit and "/" in text:
        prefix = "API " if text.startswith("API ") else ""
        text = prefix + text.split("/")[-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"
