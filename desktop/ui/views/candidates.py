"""Candidates of one use case (chosen at the top): self-hosted deployments and API offerings, picked from
the knowledge base (desktop.ui.views.candidate_dialog), with a "Suggest" that asks the engine and says
what it added and why."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.portfolio import Candidate, new_id
from desktop.domain.vocabulary import ENGINES, KV_PRECISIONS, PRECISIONS
from desktop.engine.messages import say
from desktop.engine.suggest import suggestions
from desktop.i18n.engine_text import EngineText
from desktop.i18n.messages import candidate_label
from desktop.ui.charts.format import current as current_formats
from desktop.ui.charts.format import money

from ..document import PortfolioDocument
from ..table_model import Column, RowTableModel, choice_label
from .candidate_dialog import CandidateDialog, close_matches


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
            column = model.columns[index.column()]
            choices = column.choices() if column.choices is not None else []
            if editor.isEditable() and choices and value not in choices:
                # A catalog column takes catalog ids only: typed text that names nothing is refused.
                match = next((c for c in choices if c.lower() == value.strip().lower()), None)
                if match is None:
                    near = close_matches(value, [(c, c.lower()) for c in choices])
                    model.doc.editRefused.emit(self.tr("“{0}” is not in the knowledge base. Close matches: {1}").format(
                        value, ", ".join(near) or self.tr("none")))
                    return
                value = match
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class CandidatesView(QWidget):
    useCaseChosen = Signal(str)  # the user switched the use case here

    def __init__(self, doc: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.model = CandidateTableModel(doc, self)
        self.title = QLabel(self.tr("Candidates for:"))
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.use_case_box = QComboBox()
        self.use_case_box.setObjectName("candidatesUseCase")
        self.use_case_box.setAccessibleName(self.tr("Use case whose candidates are shown"))
        self.use_case_box.setMinimumContentsLength(28)
        self.use_case_box.currentIndexChanged.connect(self._use_case_chosen)
        self.title.setBuddy(self.use_case_box)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.use_case_box)
        head.addStretch(1)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Candidates"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("self-hosted", self.tr("Add &self-hosted…"), self.add_self_hosted),
            ("api", self.tr("Add &API…"), self.add_api),
            ("remove", self.tr("&Remove"), self.remove),
            ("suggest", self.tr("Su&ggest"), self.suggest),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.hint = QLabel()
        self.hint.setObjectName("candidatesHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        doc.portfolioChanged.connect(lambda _parts: self._update_title())
        doc.portfolioLoaded.connect(self._update_title)
        self.set_use_case("")

    def set_use_case(self, use_case_id: str) -> None:
        self.model.use_case_id = use_case_id
        self.model.reload()
        self._update_title()

    def _use_case_chosen(self, index: int) -> None:
        uc_id = self.use_case_box.itemData(index) if index >= 0 else ""
        if uc_id and uc_id != self.model.use_case_id:
            self.set_use_case(uc_id)
            self.useCaseChosen.emit(uc_id)

    def _update_title(self) -> None:
        uc = self.doc.use_case(self.model.use_case_id)
        wanted = [(u.id, u.name) for u in self.doc.portfolio.use_cases]
        have = [(self.use_case_box.itemData(i), self.use_case_box.itemText(i)) for i in range(self.use_case_box.count())]
        self.use_case_box.blockSignals(True)
        if wanted != have:
            self.use_case_box.clear()
            for uc_id, name in wanted:
                self.use_case_box.addItem(name, uc_id)
        self.use_case_box.setCurrentIndex(self.use_case_box.findData(uc.id) if uc else -1)
        self.use_case_box.blockSignals(False)
        self.title.setText(self.tr("Candidates for:") if uc else self.tr("Select a use case first"))
        for button in self.buttons.values():
            button.setEnabled(uc is not None)
        if uc is None:
            self.hint.setText("")

    def _add(self, candidate: Candidate, use_case_ids: list[str] | None = None) -> bool:
        """One undoable edit; added to several use cases, each gets its own copy (own id)."""
        targets = use_case_ids or [self.model.use_case_id]
        copies = {uc_id: candidate.model_copy(update={"id": candidate.id if i == 0 else new_id()}).model_dump(mode="json")
                  for i, uc_id in enumerate(targets)}

        def edit(d: dict) -> None:
            for u in d["use_cases"]:
                if u["id"] in copies:
                    u["candidates"].append(copies[u["id"]])

        return self.doc.change(edit, self.tr("Add candidate"), {"use_cases"})

    def dialog(self, kind: str) -> CandidateDialog:
        return CandidateDialog(self.doc, kind, self.model.use_case_id, self)

    def add_self_hosted(self) -> None:
        self._add_from_dialog("self-hosted")

    def add_api(self) -> None:
        self._add_from_dialog("api")

    def _add_from_dialog(self, kind: str) -> None:
        if not self.model.use_case_id:
            return
        dialog = self.dialog(kind)
        if dialog.exec() == QDialog.DialogCode.Accepted and (candidate := dialog.candidate()) is not None:
            self._add(candidate, dialog.use_case_ids())

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
        """Add what the engine suggests, and say what was added and why (undo takes it back)."""
        uc = self.doc.use_case(self.model.use_case_id)
        if uc is None:
            return 0
        suggested = suggestions(uc, self.doc.portfolio.organisation, self.doc.catalog)
        words = EngineText(current_formats().lang, current_formats())
        found = [s.candidate.model_copy(update={"note": words(say("suggest.note", reasons="; ".join(
                 words(r) for r in s.reasons)))}) for s in suggested]  # the note in the language it is made in
        if not found:
            self.hint.setText(escape(self.tr("Nothing to suggest: every fitting, allowed option is already a candidate.")))
            return 0
        data = [c.model_dump(mode="json") for c in found]
        if not self.doc.change(lambda d: next(u for u in d["use_cases"] if u["id"] == uc.id)["candidates"].extend(data),
                               self.tr("Suggest candidates"), {"use_cases"}):
            return 0
        ua = self.doc.use_case_assessment(uc.id)
        currency = self.doc.portfolio.organisation.currency
        lines = []
        for c in found:
            ca = ua.candidate(c.id) if ua else None
            label = candidate_label(c, words.lang)
            cost = f" · {money(ca.cost.monthly_total, currency)}/" + self.tr("month") if ca else ""
            why = c.note or ""
            lines.append(f"<li><b>{escape(label)}</b>{escape(cost)}: {escape(why)}</li>")
        self.hint.setText(escape(self.tr("Suggest added {n} candidate(s) (Edit ▸ Undo takes them back):").format(n=len(found)))
                          + "<ul>" + "".join(lines) + "</ul>")
        return len(found)
