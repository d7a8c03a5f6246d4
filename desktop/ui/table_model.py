"""A table model over rows of the portfolio (use cases, candidates), edited through the document.

setData never changes the portfolio directly: it asks the document for one undoable, validated edit.
A refused value stays out, and the reason is shown (editRefused -> status bar, and the cell's tooltip).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from .charts.format import current as current_formats
from .document import PortfolioDocument

Index = QModelIndex | QPersistentModelIndex

# Values of the portfolio's fixed choices as a table shows them; the file keeps the English value.
CHOICE_LABELS = {
    "public": QT_TRANSLATE_NOOP("RowTableModel", "public"),
    "internal": QT_TRANSLATE_NOOP("RowTableModel", "internal"),
    "confidential": QT_TRANSLATE_NOOP("RowTableModel", "confidential"),
    "secret": QT_TRANSLATE_NOOP("RowTableModel", "secret"),
    "basic": QT_TRANSLATE_NOOP("RowTableModel", "basic"),
    "strong": QT_TRANSLATE_NOOP("RowTableModel", "strong"),
    "frontier": QT_TRANSLATE_NOOP("RowTableModel", "frontier"),
    "buy": QT_TRANSLATE_NOOP("RowTableModel", "buy"),
    "rent": QT_TRANSLATE_NOOP("RowTableModel", "rent"),
    "self-hosted": QT_TRANSLATE_NOOP("RowTableModel", "self-hosted"),
    "api": QT_TRANSLATE_NOOP("RowTableModel", "API"),
}


def choice_label(value: Any) -> str:
    """A fixed choice as shown (a Column's `fmt`); other values as they are."""
    if isinstance(value, str) and value in CHOICE_LABELS:
        return QCoreApplication.translate("RowTableModel", CHOICE_LABELS[value])
    return "" if value is None else str(value)


@dataclass
class Column:
    header: str
    path: tuple[str, ...]  # inside the row, e.g. ("workload", "peak_concurrency")
    kind: str = "text"  # text | int | float | bool | choice | millions
    choices: Callable[[], list[str]] | None = None
    editable: bool = True
    tip: str = ""
    fmt: Callable[[Any], str] | None = field(default=None)


class RowTableModel(QAbstractTableModel):
    """Rows are dicts (model_dump of pydantic rows) with an `id`; `row_path(row_id)` addresses one.

    Its own texts use QCoreApplication.translate("RowTableModel", ...): self.tr() in PySide6 looks the
    text up under the subclass's name, where lupdate never put it."""

    def __init__(self, doc: PortfolioDocument, columns: list[Column], parent=None):
        super().__init__(parent)
        self.doc = doc
        self.columns = columns
        self.rows: list[dict] = []
        self.refusals: dict[tuple[str, int], str] = {}

    # subclasses say where their rows live
    def fetch_rows(self) -> list[dict]:
        raise NotImplementedError

    def row_path(self, row_id: str) -> tuple:
        raise NotImplementedError

    def reload(self) -> None:
        new_rows = self.fetch_rows()
        if new_rows == self.rows:
            return  # an edit elsewhere in the portfolio: nothing to repaint here
        if [r.get("id") for r in new_rows] == [r.get("id") for r in self.rows]:
            self.rows = new_rows
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = new_rows
        self.refusals.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not column.editable:
            return base
        if column.kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def value(self, row: dict, column: Column) -> Any:
        node: Any = row
        for step in column.path:
            if node is None:
                return None
            node = node.get(step)
        return node

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = self.value(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "bool":
                return None
            if column.fmt:
                return column.fmt(value)
            if column.kind == "millions" and value is not None:  # edited in millions; shown the local way
                fmt = current_formats()
                return f"{fmt.num(value / 1e6, 1)}\u00a0{'Mio.' if fmt.lang == 'de' else 'M'}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "millions" and value is not None:
                return value / 1e6
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            refusal = self.refusals.get((row.get("id"), index.column()))
            return refusal or column.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int", "float", "millions"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        value = self.convert(column, value)
        if isinstance(value, Exception):
            self.refuse(row, index, str(value))
            return False
        refused: list[str] = []
        self.doc.editRefused.connect(refused.append)
        try:
            ok = self.doc.set_value(self.row_path(row["id"]) + column.path, value,
                                    QCoreApplication.translate("RowTableModel", "Edit “{0}”").format(column.header))
        finally:
            self.doc.editRefused.disconnect(refused.append)
        if not ok:
            self.refuse(row, index, refused[0] if refused else QCoreApplication.translate("RowTableModel", "refused"))
            return False
        self.refusals.pop((row["id"], index.column()), None)
        return True

    def refuse(self, row: dict, index: Index, reason: str) -> None:
        self.refusals[(row["id"], index.column())] = QCoreApplication.translate("RowTableModel", "Refused: {0}").format(reason)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])

    @staticmethod
    def convert(column: Column, value: Any) -> Any:
        try:
            if column.kind == "int":
                return int(value)
            if column.kind == "float":
                return None if value in ("", None) else float(value)
            if column.kind == "millions":
                return float(value) * 1e6
        except (TypeError, ValueError):
            return ValueError(QCoreApplication.translate("RowTableModel", "{0} is not a number").format(repr(value)))
        return value

    def row_id(self, row: int) -> str | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None
