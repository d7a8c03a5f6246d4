"""Candidates of the selected use case: self-hosted deployments and API offerings, picked from the
knowledge base, with a "Suggest" that asks the engine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.portfolio import Candidate
from desktop.domain.vocabulary import ENGINES, KV_PRECISIONS, PRECISIONS
from desktop.engine.suggest import suggest_candidates

from ..document import PortfolioDocument
from ..table_model import Column, RowTableModel, choice_label


class CandidateTableModel(RowTableModel):
    def __init__(self, doc: PortfolioDocument, parent=None):
        cat = doc.catalog
        columns = [
            Column(self.tr("Kind"), ("kind",), editable=False, fmt=choice_label),
            Column(self.tr("Model"), ("model",), "choice", choices=lambda: sorted(m.id for m in cat.models.values())),
            Column(self.tr("API offering"), ("api",), "choice", choices=lambda: sorted(a.id for a in cat.apis.values())),
            Column(self.tr("Precision"), ("precision",), "choice", choices=lambda: list(PRECISIONS)),
            Column(self.tr("KV cache"), ("kv_precision",), "choice", choices=lambda: list(KV_PRECISIONS)),
            Column(self.tr("Accelerator"), ("accelerator",), "choice",
                   choices=lambda: sorted(g.id for g in cat.accelerators.values())),
            Column(self.tr("Devices"), ("gpus",), "int"),
            Column(self.tr("Engine"), ("engine",), "choice", choices=lambda: list(ENGINES)),
            Column(self.tr("Bought / rented"), ("acquisition",), "choice", choices=lambda: ["buy", "rent"],
                   fmt=choice_label),
        ]
        super().__init__(doc, columns, parent)
        self.use_case_id = ""
        doc.portfolioChanged.connect(lambda _parts: self.reload())
        doc.portfolioLoaded.connect(self.reload)

    def applies(self, index) -> bool:
        """API rows have no model or hardware; self-hosted rows have no API offering."""
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column.path == ("kind",):
            return True
        return (column.path == ("api",)) == (row["kind"] == "api")

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and not self.applies(index):
            return Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole and not self.applies(index):
            return ""
        return super().data(index, role)

    def fetch_rows(self) -> list[dict]:
        uc = self.doc.use_case(self.use_case_id)
        return [c.model_dump(mode="json") for c in uc.candidates] if uc else []

    def row_path(self, row_id: str) -> tuple:
        return ("use_cases", self.use_case_id, "candidates", row_id)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns with a fixed list of values (catalog ids, precisions, engines)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        column = index.model().columns[index.column()]
        if column.kind != "choice" or column.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if column.fmt is not None:  # a fixed choice, shown translated
            for value in column.choices():
                combo.addItem(column.fmt(value), value)
            return combo
        combo.setEditable(True)  # type to filter long catalog lists
        combo.addItems(column.choices())
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            value = str(index.data(Qt.ItemDataRole.EditRole) or "")
            if editor.isEditable():
                editor.setCurrentText(value)
            else:
                editor.setCurrentIndex(editor.findData(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            value = editor.currentText() if editor.isEditable() else editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class CandidatesView(QWidget):
    def __init__(self, doc: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.model = CandidateTableModel(doc, self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add &self-hosted…"), self.add_self_hosted),
            (self.tr("Add &API…"), self.add_api),
            (self.tr("&Remove"), self.remove),
            (self.tr("Su&ggest"), self.suggest),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        doc.portfolioChanged.connect(lambda _parts: self._update_title())
        self.set_use_case("")

    def set_use_case(self, use_case_id: str) -> None:
        self.model.use_case_id = use_case_id
        self.model.reload()
        self._update_title()

    def _update_title(self) -> None:
        uc = self.doc.use_case(self.model.use_case_id)
        self.title.setText(self.tr("Candidates for: {0}").format(uc.name) if uc else self.tr("Select a use case first"))
        self.setEnabled(True)
        self.hint.setText(self.tr("Suggest adds models the license allows on the cheapest configuration that fits, "
                                  "and matching API offerings.") if uc else "")

    def _add(self, candidate: Candidate) -> None:
        uc_id = self.model.use_case_id
        data = candidate.model_dump(mode="json")
        self.doc.change(lambda d: next(u for u in d["use_cases"] if u["id"] == uc_id)["candidates"].append(data),
                        self.tr("Add candidate"), {"use_cases"})

    def add_self_hosted(self) -> None:
        if not self.model.use_case_id:
            return
        dialog = CandidateDialog(self.doc, "self-hosted", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._add(dialog.candidate())

    def add_api(self) -> None:
        if not self.model.use_case_id:
            return
        dialog = CandidateDialog(self.doc, "api", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._add(dialog.candidate())

    def remove(self) -> None:
        index = self.table.currentIndex()
        cand_id = self.model.row_id(index.row()) if index.isValid() else None
        uc_id = self.model.use_case_id
        if not cand_id:
            return

        def edit(d: dict) -> None:
            uc = next(u for u in d["use_cases"] if u["id"] == uc_id)
            uc["candidates"] = [c for c in uc["candidates"] if c["id"] != cand_id]
            uc["evaluations"].pop(cand_id, None)
            if uc.get("pinned") == cand_id:
                uc["pinned"] = None

        self.doc.change(edit, self.tr("Remove candidate"), {"use_cases"})

    def suggest(self) -> int:
        uc = self.doc.use_case(self.model.use_case_id)
        if uc is None:
            return 0
        found = suggest_candidates(uc, self.doc.portfolio.organisation, self.doc.catalog)
        if not found:
            self.hint.setText(self.tr("Nothing to suggest: every fitting, allowed option is already a candidate."))
            return 0
        data = [c.model_dump(mode="json") for c in found]
        self.doc.change(lambda d: next(u for u in d["use_cases"] if u["id"] == uc.id)["candidates"].extend(data),
                        self.tr("Suggest candidates"), {"use_cases"})
        return len(found)


class CandidateDialog(QDialog):
    def __init__(self, doc: PortfolioDocument, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Add a self-hosted candidate") if kind == "self-hosted" else self.tr("Add an API candidate"))
        form = QFormLayout(self)
        cat = doc.catalog
        self.fields: dict[str, QComboBox | QSpinBox] = {}
        if kind == "api":
            self.fields["api"] = self._combo(sorted(a.id for a in cat.apis.values()))
            form.addRow(self.tr("API offering"), self.fields["api"])
        else:
            self.fields["model"] = self._combo(sorted(m.id for m in cat.models.values()))
            self.fields["precision"] = self._combo(list(PRECISIONS))
            self.fields["accelerator"] = self._combo(sorted(g.id for g in cat.accelerators.values()))
            gpus = QSpinBox()
            gpus.setRange(1, 1024)
            self.fields["gpus"] = gpus
            self.fields["engine"] = self._combo(list(ENGINES))
            self.fields["acquisition"] = acquisition = QComboBox()
            for value in ("buy", "rent"):
                acquisition.addItem(choice_label(value), value)
            for key, label in (("model", self.tr("Model")), ("precision", self.tr("Weight precision")),
                               ("accelerator", self.tr("Accelerator")), ("gpus", self.tr("Devices")),
                               ("engine", self.tr("Serving engine")), ("acquisition", self.tr("Bought or rented"))):
                form.addRow(label, self.fields[key])
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    @staticmethod
    def _combo(items: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(items)
        return combo

    def candidate(self) -> Candidate:
        values = {k: (w.value() if isinstance(w, QSpinBox) else w.currentText() if w.isEditable() else w.currentData())
                  for k, w in self.fields.items()}
        return Candidate(kind=self.kind, **values)
