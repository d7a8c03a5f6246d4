"""Use cases: a table to add, duplicate, remove and edit, with the details of the selected one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.license import USE_CATEGORIES
from desktop.domain.portfolio import UseCase, new_id
from desktop.engine.evaluations import EvaluationError, import_evaluations

from ..charts.format import full_label, number
from ..document import PortfolioDocument
from ..form import BoundForm, Field
from ..table_model import Column, RowTableModel, choice_label
from .candidates import ChoiceDelegate

UC = "{uc}"


class UseCaseTableModel(RowTableModel):
    def __init__(self, doc: PortfolioDocument, parent=None):
        columns = [
            Column(self.tr("Use case"), ("name",)),
            Column(self.tr("Data"), ("data_sensitivity",), "choice",
                   choices=lambda: ["public", "internal", "confidential", "secret"], fmt=choice_label),
            Column(self.tr("In-house only"), ("must_stay_in_house",), "bool",
                   tip=self.tr("The data must not leave the organisation's own infrastructure")),
            Column(self.tr("Quality"), ("quality_need",), "choice", choices=lambda: ["basic", "strong", "frontier"],
                   fmt=choice_label),
            Column(self.tr("Input / month"), ("workload", "input_tokens_per_month"), "millions",
                   tip=self.tr("Input tokens per month, in millions")),
            Column(self.tr("Output / month"), ("workload", "output_tokens_per_month"), "millions",
                   tip=self.tr("Output tokens per month, in millions")),
            Column(self.tr("Peak users"), ("workload", "peak_concurrency"), "int",
                   tip=self.tr("Requests served at the same time at peak")),
            Column(self.tr("Context"), ("workload", "context_length"), "int"),
            Column(self.tr("Candidates"), ("candidates",), editable=False, fmt=lambda v: str(len(v or []))),
        ]
        super().__init__(doc, columns, parent)
        doc.portfolioChanged.connect(lambda _parts: self.reload())
        doc.portfolioLoaded.connect(self.reload)
        self.reload()

    def fetch_rows(self) -> list[dict]:
        return [u.model_dump(mode="json") for u in self.doc.portfolio.use_cases]

    def row_path(self, row_id: str) -> tuple:
        return ("use_cases", row_id)


DETAILS = [
    Field(QT_TRANSLATE_NOOP("BoundForm", "Description"), ("use_cases", UC, "description"), "text"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Licensee country"),
          ("use_cases", UC, "usage", "licensee_country"), "country",
          tip=QT_TRANSLATE_NOOP("BoundForm", "Where the licensee (your organisation) is established")),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Commercial use"), ("use_cases", UC, "usage", "commercial"), "bool"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Customer-facing"),
          ("use_cases", UC, "usage", "customer_facing"), "bool"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Deployment"),
          ("use_cases", UC, "usage", "deployment"), "choice",
          choices=(QT_TRANSLATE_NOOP("BoundForm", "self-hosted"),
                   QT_TRANSLATE_NOOP("BoundForm", "third-party-service")),
          tip=QT_TRANSLATE_NOOP("BoundForm",
                                "third-party-service: you are only an end user of someone else's product")),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Offered to others as a hosted service"),
          ("use_cases", UC, "usage", "hosted_service"), "bool"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Product monthly active users"),
          ("use_cases", UC, "usage", "product_mau"), "int", maximum=2**31 - 1, step=1000),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Fine-tuning"), ("use_cases", UC, "usage", "fine_tune"), "bool"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Redistributing weights"),
          ("use_cases", UC, "usage", "redistribute_weights"), "bool"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Name of the derived model"),
          ("use_cases", UC, "usage", "derived_model_name"), "text"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Outputs train other models"),
          ("use_cases", UC, "usage", "train_other_models"), "bool"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Image, audio or video input"),
          ("use_cases", UC, "usage", "multimodal"), "bool"),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Cached share of input"),
          ("use_cases", UC, "workload", "cached_input_share"), maximum=1, step=0.05),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Prompt tokens"),
          ("use_cases", UC, "workload", "prompt_tokens"), "int", minimum=1, maximum=10_000_000, step=256),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Time to first token target (ms)"),
          ("use_cases", UC, "workload", "latency_target_ms"), "optfloat",
          maximum=600_000, decimals=0, step=100),
    Field(QT_TRANSLATE_NOOP("BoundForm", "Tokens per second per user (min)"),
          ("use_cases", UC, "workload", "min_tokens_per_s"), "optfloat",
          maximum=100_000, decimals=0, step=5),
]


class UseCasesView(QWidget):
    currentUseCaseChanged = Signal(str)  # use case id ("" when none)

    def __init__(self, doc: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.model = UseCaseTableModel(doc, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Use cases"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))  # fixed choices as translated combo boxes
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names are what people look for: a column wide enough for two lines of the longest name, wrapped,
        # rather than "C…"; the figures to the right keep their natural widths.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.model.modelReset.connect(self._fit_names)
        self.model.dataChanged.connect(lambda *_: self._fit_names())
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        buttons = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("&Add"), self.add, self.tr("Add a use case")),
            (self.tr("D&uplicate"), self.duplicate, self.tr("Copy the selected use case with its candidates")),
            (self.tr("&Remove"), self.remove, self.tr("Remove the selected use case")),
            (self.tr("Import &evaluations…"), self.import_scores,
             self.tr("Your own evaluation scores per candidate: CSV (candidate, score) or lm-evaluation-harness results.json")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.details = BoundForm(doc, DETAILS)
        self.uses = UseCategoryBox(doc)
        self.evaluations = QLabel()
        self.evaluations.setWordWrap(True)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: 600; font-size: 14px;")
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.details)
        detail_layout.addWidget(self.uses)
        detail_layout.addWidget(self.evaluations)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail_box)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 380])
        # The detail pane never scrolls sideways, so it may not shrink below what its fields need
        # (German labels are the longest); otherwise the right-hand column is cut off at 1366 px.
        scroll.setMinimumWidth(
            max(340, detail_box.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth())
        )
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self).addWidget(splitter)
        self._fit_names()

        doc.portfolioLoaded.connect(self._select_first)
        doc.portfolioChanged.connect(lambda _parts: self._show_details())
        self._select_first()

    NAME_MIN, NAME_MAX = 160, 240  # px: the name column wraps the rest onto a second line

    def _fit_names(self) -> None:
        fm = self.table.fontMetrics()
        widest = max((fm.horizontalAdvance(u.name) for u in self.doc.portfolio.use_cases), default=0) + 16
        self.table.horizontalHeader().resizeSection(0, max(self.NAME_MIN, min(widest, self.NAME_MAX)))

    # -- selection ---------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select(self, use_case_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == use_case_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self._show_details()
        self.currentUseCaseChanged.emit(self.current_id() or "")

    def _show_details(self) -> None:
        uc_id = self.current_id()
        uc = self.doc.use_case(uc_id) if uc_id else None
        self.details.context["uc"] = uc_id or ""
        self.uses.use_case_id = uc_id
        self.details.setEnabled(uc is not None)
        self.uses.setEnabled(uc is not None)
        self.details.refresh()
        self.uses.refresh()
        self.detail_title.setText(uc.name if uc else self.tr("No use case selected"))
        if uc and uc.evaluations:
            labels = {c.id: full_label(c) for c in uc.candidates}
            lines = [f"{labels.get(cid, cid)}: {number(score, 0 if score == int(score) else 1)}"
                     for cid, score in uc.evaluations.items()]
            self.evaluations.setText(self.tr("Your evaluation scores (question 3):") + "\n" + "\n".join(lines))
        else:
            self.evaluations.setText(self.tr("No evaluation scores yet: import your own results (question 3)."))

    # -- edits ------------------------------------------------------------------------------------
    def add(self) -> None:
        # A new use case starts from the organisation: its country is the licensee's country.
        new = UseCase(name=self.tr("New use case")).model_dump(mode="json")
        new["usage"]["licensee_country"] = self.doc.portfolio.organisation.country
        if self.doc.change(lambda d: d["use_cases"].append(new), self.tr("Add use case"), {"use_cases"}):
            self.select(new["id"])
            self.table.edit(self.table.currentIndex().siblingAtColumn(0))  # the next keys type its name

    def duplicate(self) -> None:
        uc = self.doc.use_case(self.current_id() or "")
        if uc is None:
            return
        copy = uc.model_dump(mode="json")
        copy["id"] = new_id()
        copy["name"] = self.tr("{0} (copy)").format(uc.name)
        index = self.doc.portfolio.use_cases.index(uc)
        if self.doc.change(lambda d: d["use_cases"].insert(index + 1, copy), self.tr("Duplicate use case"), {"use_cases"}):
            self.select(copy["id"])

    def remove(self) -> None:
        uc_id = self.current_id()
        if not uc_id:
            return
        self.doc.change(lambda d: d.__setitem__("use_cases", [u for u in d["use_cases"] if u["id"] != uc_id]),
                        self.tr("Remove use case"), {"use_cases"})
        self._select_first()

    def import_scores(self) -> None:
        uc = self.doc.use_case(self.current_id() or "")
        if uc is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import evaluation results"), "",
                                              self.tr("Evaluation results (*.csv *.json);;All files (*)"))
        if name:
            self.import_scores_from(Path(name))

    def import_scores_from(self, path: Path) -> bool:
        uc = self.doc.use_case(self.current_id() or "")
        if uc is None:
            return False
        try:
            scores, unmatched = import_evaluations(path, uc)
        except EvaluationError as exc:
            QMessageBox.warning(self, self.tr("Import evaluations"), str(exc))
            return False
        if not scores:
            QMessageBox.information(self, self.tr("Import evaluations"),
                                    self.tr("No candidate of this use case matches: {0}").format(", ".join(unmatched)))
            return False
        merged = {**uc.evaluations, **scores}
        ok = self.doc.set_value(("use_cases", uc.id, "evaluations"), merged, self.tr("Import evaluations"))
        if unmatched:
            QMessageBox.information(self, self.tr("Import evaluations"),
                                    self.tr("Imported {0} score(s); no candidate matches: {1}").format(len(scores), ", ".join(unmatched)))
        return ok


CATEGORY_LABELS = {  # keyed by the license domain's USE_CATEGORIES
    "military": QT_TRANSLATE_NOOP("UseCategoryBox", "military"),
    "sexual-content": QT_TRANSLATE_NOOP("UseCategoryBox", "sexual content"),
    "automated-legal-decisions": QT_TRANSLATE_NOOP("UseCategoryBox", "automated legal decisions"),
    "undisclosed-machine-text": QT_TRANSLATE_NOOP("UseCategoryBox", "undisclosed machine text"),
    "medical-advice": QT_TRANSLATE_NOOP("UseCategoryBox", "medical advice"),
    "critical-infrastructure": QT_TRANSLATE_NOOP("UseCategoryBox", "critical infrastructure"),
    "employment-decisions": QT_TRANSLATE_NOOP("UseCategoryBox", "employment decisions"),
    "guardrail-removal": QT_TRANSLATE_NOOP("UseCategoryBox", "guardrail removal"),
    "personal-data-profiling": QT_TRANSLATE_NOOP("UseCategoryBox", "profiling or monitoring people"),
}


class UseCategoryBox(QGroupBox):
    """The use categories acceptable-use policies restrict, as check boxes."""

    def __init__(self, doc: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(self.tr("Uses that licenses may restrict"), parent)
        from PySide6.QtWidgets import QCheckBox, QGridLayout

        self.doc = doc
        self.use_case_id: str | None = None
        grid = QGridLayout(self)
        self.boxes = {}
        for i, category in enumerate(USE_CATEGORIES):
            box = QCheckBox(self.tr(CATEGORY_LABELS.get(category, category)))
            box.toggled.connect(lambda checked, c=category: self._toggled(c, checked))
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[category] = box

    def refresh(self) -> None:
        uc = self.doc.use_case(self.use_case_id or "")
        for category, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(uc and category in uc.usage.uses))
            box.blockSignals(False)

    def _toggled(self, category: str, checked: bool) -> None:
        uc = self.doc.use_case(self.use_case_id or "")
        if uc is None:
            return
        uses = [u for u in uc.usage.uses if u != category] + ([category] if checked else [])
        self.doc.set_value(("use_cases", uc.id, "usage", "uses"), uses, self.tr("Change restricted uses"))
